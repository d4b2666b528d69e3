import { reactive } from 'vue'

import { gql, onSignedOut } from './api/graphql.js'
import { disconnect } from './api/live.js'

const USER = 'id username role park { id name code } bank { id name } company { id name verified }'

export const HOMES = {
  OFFICER: '/officer/dashboard',
  BANK_MANAGER: '/bank/leads',
  COMPANY: '/company/profile',
  ADMIN: '/admin',
}

export const session = reactive({ user: null, loaded: false, expired: false })

export function homeOf(user) {
  return HOMES[user?.role] ?? '/login'
}

function forget(expired) {
  disconnect()
  session.user = null
  session.expired = expired
}

// The server no longer knows the session (expired or revoked): back to the sign-in page.
export function setSignedOutHandler(router) {
  onSignedOut(() => {
    if (session.user === null) return
    forget(true)
    router.push({ path: '/login', query: { redirect: router.currentRoute.value.fullPath } })
  })
}

export async function loadSession() {
  if (session.loaded) return session.user
  try {
    session.user = (await gql(`{ me { ${USER} } }`)).me
  } catch {
    session.user = null
  }
  session.loaded = true
  return session.user
}

export async function signIn(username, password) {
  const data = await gql(
    `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { expiresAt user { ${USER} } } }`,
    { u: username, p: password },
  )
  session.user = data.signIn.user
  session.loaded = true
  session.expired = false
  return session.user
}

export async function signOut() {
  try {
    await gql('mutation { signOut }')
  } finally {
    forget(false)
  }
}
