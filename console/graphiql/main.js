// GraphiQL built from the npm registry, so that /graphql works on a machine without internet.
// No JSX: React.createElement keeps the build free of a React plugin.
import { createGraphiQLFetcher } from '@graphiql/toolkit'
import { GraphiQL } from 'graphiql'
import 'graphiql/style.css'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'

const url = `${location.origin}/graphql`
const subscriptionUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`
const fetcher = createGraphiQLFetcher({ url, subscriptionUrl })

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, {
    fetcher,
    defaultHeaders: '{"Authorization": "Bearer <token from the login mutation>"}',
  }),
)
