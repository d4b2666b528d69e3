import { gql } from './api/graphql.js'
import { useZone } from './format.js'

// The zone the service judges dates in (PARKMATCH_TIMEZONE), read once, beside the session, so
// that every page shows dates and "today" as the service does, whatever the browser's zone. A
// failed read is tried again at the next navigation.
let read = null

export function loadServiceTime() {
  read ??= gql('{ serviceTime { zone } }')
    .then((data) => useZone(data.serviceTime.zone))
    .catch(() => {
      read = null
    })
  return read
}
