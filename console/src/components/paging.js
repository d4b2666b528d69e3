import { computed, reactive } from 'vue'

import { notifyError } from './notify.js'

// Pages of a Relay connection: `fetchPage(first, after)` answers { edges, pageInfo, totalCount }.
// Cursors of the pages seen are kept so that "previous" goes back without another protocol.
export function usePaged(fetchPage, pageSize = 20) {
  const state = reactive({
    rows: [],
    total: 0,
    loading: false,
    cursors: [null],
    endCursor: null,
    hasNext: false,
  })

  async function load(index) {
    state.loading = true
    try {
      const connection = await fetchPage(pageSize, state.cursors[index])
      state.rows = connection.edges.map((edge) => edge.node)
      state.total = connection.totalCount
      state.hasNext = connection.pageInfo.hasNextPage
      state.endCursor = connection.pageInfo.endCursor
      state.cursors = state.cursors.slice(0, index + 1)
    } catch (error) {
      notifyError(error)
    } finally {
      state.loading = false
    }
  }

  return reactive({
    rows: computed(() => state.rows),
    total: computed(() => state.total),
    loading: computed(() => state.loading),
    hasNext: computed(() => state.hasNext),
    hasPrevious: computed(() => state.cursors.length > 1),
    pageNumber: computed(() => state.cursors.length),
    reload: () => load(state.cursors.length - 1),
    first: () => {
      state.cursors = [null]
      return load(0)
    },
    next: () => {
      state.cursors = [...state.cursors, state.endCursor]
      return load(state.cursors.length - 1)
    },
    previous: () => load(state.cursors.length - 2),
  })
}
