import 'element-plus/theme-chalk/base.css'
import './styles.css'

import { createApp } from 'vue'

import App from './App.vue'
import { router } from './router.js'
import { setSignedOutHandler } from './session.js'

setSignedOutHandler(router)
createApp(App).use(router).mount('#app')
