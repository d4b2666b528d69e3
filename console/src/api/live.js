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

// Calls onEvent with each event's data; returns a function that ends the subscription.
export function subscribe(query, variables, onEvent) {
  return connection().subscribe(
    { query, variables },
    { next: (result) => result.data && onEvent(result.data), error: () => {}, complete: () => {} },
  )
}

export function disconnect() {
  client?.dispose()
  client = null
}
