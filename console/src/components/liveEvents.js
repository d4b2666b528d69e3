import { onBeforeUnmount, onMounted } from 'vue'

import { subscribe } from '../api/live.js'

// A role's live events (needs posted, proposals decided), heard once by its layout and handed to
// whichever pages listen.
const listeners = { need: new Set(), proposal: new Set() }

export function emitLive(kind, event) {
  for (const listener of listeners[kind]) listener(event)
}

// A page reacts to live events while it is shown.
export function onLive(kind, listener) {
  listeners[kind].add(listener)
  onBeforeUnmount(() => listeners[kind].delete(listener))
}

// A layout's subscription, open while the layout is shown.
export function useSubscription(query, variables, onEvent) {
  let stop = null
  onMounted(() => {
    stop = subscribe(query, variables, onEvent)
  })
  onBeforeUnmount(() => stop?.())
}
