// An HTTP server answering POST /api/extract the way the app does, for the judged
// scorer: the same request schema and the same engine, without Next.js or a database,
// so scoring takes seconds. The app's route only adds the worker and its time budget.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extractStatements } from '../../app/lib/extract';
import { extractRequestSchema } from '../../app/lib/extract/request';

export interface ExtractServer {
  url: string;
  close(): Promise<void>;
}

function answer(body: string): { status: number; json: unknown } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { status: 400, json: { error: 'The body is not JSON.' } };
  }
  const request = extractRequestSchema.safeParse(parsed);
  if (!request.success) return { status: 400, json: { error: request.error.issues[0]?.message } };
  const { text, statementDate, url } = request.data;
  try {
    return { status: 200, json: { statements: extractStatements({ text, statementDate, url: url ?? null }) } };
  } catch (error) {
    // As the app's route does (422), so one passage that breaks the engine is a failed call, not a stopped scorer.
    console.error('The engine failed on a passage:', error);
    return { status: 422, json: { error: 'The text could not be read.' } };
  }
}

export function startExtractServer(): Promise<ExtractServer> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { status, json } =
        request.method === 'POST' && request.url === '/api/extract'
          ? answer(Buffer.concat(chunks).toString('utf8'))
          : { status: 404, json: { error: 'Only POST /api/extract is served here.' } };
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    });
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
