// The production server: Next's request handler inside a plain Node http
// server, so that what must happen before the app sees a request happens for
// every request, pages, route handlers and server actions alike:
//  - the client's address, which the app's throttles key on, is set here in
//    x-tradewatch-client from the socket (or, with TRUST_PROXY=n, from the n-th
//    X-Forwarded-For entry from the right), never taken from the client;
//  - a body over the route's cap is refused with 413 before it is read, by its
//    Content-Length or, sent without one, as soon as it passes the cap;
//  - a write sent by another site's page (a form post carrying the editor's
//    cookie, a server action) gets a 403 with a message; Next's own check on
//    server actions answers 500, and route handlers check again themselves;
//  - a page served over https says so for the future (Strict-Transport-Security).
// Run by `npm start` (scripts/start.mjs) and by the bench and `npm run attack`.
import { createServer } from 'node:http';
import next from 'next';
import { bodyLimitFor, tooLargeMessage } from '../app/lib/http/body-limits.js';
import { crossOriginProblem } from '../app/lib/http/origin-check.js';
import { forwardedValue, requestFacts } from '../app/lib/http/forwarded-request.js';

// The bench finds the serving process by this title, as it did `next start`'s.
process.title = 'next-server (tradewatch)';

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const trustedProxies = Number.parseInt(process.env.TRUST_PROXY || '0', 10) || 0;
const HSTS = 'max-age=63072000';

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();

function answer(req, res, status, message) {
  res.on('error', () => {});
  if (res.headersSent) return;
  const wantsJson = req.url.startsWith('/api/') || req.headers['next-action'] !== undefined || !(req.headers.accept ?? '').includes('text/html');
  const body = wantsJson ? JSON.stringify({ error: message }) : `<!doctype html><meta charset="utf-8"><title>${status}</title><p>${message.replace(/[<>&]/g, '')}</p>`;
  res.writeHead(status, { 'content-type': wantsJson ? 'application/json' : 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

// How long a refused body may keep arriving (read and thrown away) after the
// 413: closing at once would reset the connection under a client still
// sending, and it would never see the answer.
const DRAIN_MS = 1000;

/** A 413 now; the rest of the body is discarded, never held, and the connection closed soon after. */
function refuseBody(req, res, limit) {
  answer(req, res, 413, tooLargeMessage(limit));
  res.once('finish', () => setTimeout(() => req.socket.destroy(), DRAIN_MS).unref());
}

/**
 * Counts the body as the socket delivers it; past `limit` nothing more reaches
 * Next (not even its end, so nothing acts on a cut-off body), the client gets
 * a 413 and the connection is closed.
 */
function capStreamedBody(req, res, limit) {
  let received = 0;
  let refused = false;
  const push = req.push.bind(req);
  req.push = (chunk, encoding) => {
    if (refused) return true;
    if (chunk !== null) received += chunk.length;
    if (received <= limit) return push(chunk, encoding);
    refused = true;
    refuseBody(req, res, limit);
    return true;
  };
}

async function main() {
  await app.prepare();
  const server = createServer((req, res) => {
    const facts = requestFacts(req, trustedProxies);
    // Headers only a trusted proxy may set: gone unless TRUST_PROXY says there is one.
    delete req.headers['x-tradewatch-client'];
    req.headers['x-tradewatch-client'] = facts.clientAddress;
    if (trustedProxies === 0) {
      for (const name of ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip']) delete req.headers[name];
    } else {
      // One value each, the one the outermost trusted proxy saw, so Next and the app read the same.
      if (req.headers['x-forwarded-host']) req.headers['x-forwarded-host'] = forwardedValue(req.headers['x-forwarded-host'], trustedProxies);
      req.headers['x-forwarded-proto'] = facts.https ? 'https' : 'http';
    }
    if (facts.https) res.setHeader('Strict-Transport-Security', HSTS);

    const limit = bodyLimitFor(facts.pathname);
    if (facts.declaredLength > limit) return refuseBody(req, res, limit);
    // Every write, server actions included: no write is meant to come from another site.
    if (facts.isWrite) {
      const problem = crossOriginProblem({ origin: req.headers.origin, fetchSite: req.headers['sec-fetch-site'], host: facts.publicHost });
      if (problem) return answer(req, res, 403, problem);
    }
    capStreamedBody(req, res, limit);
    handle(req, res).catch((error) => {
      console.error('Request failed', error);
      answer(req, res, 500, 'Something went wrong on our side; try again.');
    });
  });
  // A client that sends its headers slowly or never finishes them holds a socket, not the server.
  server.headersTimeout = 20_000;
  // No limit on a whole request: a 200 MB import is read only as fast as its rows are checked, which can take
  // minutes. A socket with nothing moving for two minutes is closed instead, however the request is going.
  server.requestTimeout = 0;
  server.timeout = 120_000;
  server.listen(port, hostname, () => console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`));
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
