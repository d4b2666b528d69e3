import { onBeforeUnmount } from 'vue'

// The officer's live events (needs posted, proposals decided), heard once by the layout and
// handed to whichever pages listen.
const listeners = { need: new Set(), proposal: new Set() }

export function emitLive(kind, event) {
  for (const listener of listeners[kind]) listener(event)
}

// A page reacts to live events while it is shown.
export function onLive(kind, listener) {
  listeners[kind].add(listener)
  onBeforeUnmount(() => listeners[kind].delete(listener))
}
