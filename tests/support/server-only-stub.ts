// Stands in for 'server-only' in unit tests, which run server code outside Next.js.
