import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { defineConfig } from 'vite'

// Two pages: the console (index.html) and GraphiQL (graphiql.html, served at GET /graphql in
// development). Element Plus components and their styles are imported where they are used.
export default defineConfig({
  plugins: [vue(), Components({ dts: false, resolvers: [ElementPlusResolver({ importStyle: 'css' })] })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: { console: 'index.html', graphiql: 'graphiql.html' },
      // GraphiQL's React libraries mark modules "use client", which means nothing in a bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning)
      },
    },
    // GraphiQL's bundle is large by nature; it is a development tool, never on the console's path.
    chunkSizeWarningLimit: 2500,
  },
  server: { proxy: { '/graphql': { target: 'http://127.0.0.1:8000', ws: true } } },
})
