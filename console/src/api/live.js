// Live updates over graphql-transport-ws on the same /graphql path. The browser sends the
// session cookie with the handshake; the server accepts it from its own origin only.
import { createClient } from 'graphql-ws'

let client = null

function connection() {
  if (client === null) {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
    client = createClient({ url: `${scheme}://${location.host}/graphql`, lazy: true, retryAttempts: 5 })
  }
  return client
}

// Calls onEvent with each event's data and onEnd once the subscription is over (the server
// ended or refused it, or the socket gave up); returns a function that ends the subscription.
export function subscribe(query, variables, onEvent, onEnd = () => {}) {
  return connection().subscribe(
    { query, variables },
    { next: (result) => result.data && onEvent(result.data), error: onEnd, complete: onEnd },
  )
}

// Calls listener each time the socket closes (it reconnects by itself, re-subscribing); returns
// a function that stops listening.
export function onSocketClosed(listener) {
  return connection().on('closed', listener)
}

export function disconnect() {
  client?.dispose()
  client = null
}
