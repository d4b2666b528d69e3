// The console talks to the public GraphQL API only. The session is the HttpOnly cookie set by
// signIn; every request carries the CSRF header (the server ignores the cookie without it) and
// asks for Chinese messages.
const HEADERS = {
  'Content-Type': 'application/json',
  'X-ParkMatch-CSRF': '1',
  'Accept-Language': 'zh-CN',
}

export class ApiError extends Error {
  constructor(errors) {
    super(errors[0]?.message ?? '请求失败')
    this.errors = errors
    this.code = errors[0]?.extensions?.code
    this.field = errors[0]?.extensions?.field
    this.extensions = errors[0]?.extensions ?? {}
  }
}

let signedOut = () => {}

// The session store registers what to do when the server no longer knows the session.
export function onSignedOut(handler) {
  signedOut = handler
}

export async function gql(query, variables = {}) {
  let response
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: HEADERS,
      body: JSON.stringify({ query, variables }),
    })
  } catch {
    throw new ApiError([{ message: '无法连接服务器，请检查网络', extensions: { code: 'NETWORK' } }])
  }
  const isJson = (response.headers.get('content-type') ?? '').includes('application/json')
  if (!isJson) {
    throw new ApiError([{ message: `服务器错误（${response.status}）`, extensions: { code: 'INTERNAL' } }])
  }
  const body = await response.json()
  if (body.errors?.length) {
    const error = new ApiError(body.errors)
    if (error.code === 'UNAUTHENTICATED') signedOut()
    throw error
  }
  return body.data
}
