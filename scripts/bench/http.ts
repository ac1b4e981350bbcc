import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { gunzipSync } from 'node:zlib';

// One keep-alive connection per client, as a browser holds one.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

export interface TimedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** From sending the request to the last byte of the body. */
  ms: number;
  /** Body bytes as sent, compressed when the server compressed them. */
  wireBytes: number;
  /** The decoded body, when asked for. */
  body?: Buffer;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Keep (and decode) the body instead of only counting it. */
  keepBody?: boolean;
  /** Called with each chunk as it arrives, e.g. to count rows of a download. */
  onChunk?: (chunk: Buffer) => void;
  timeoutMs?: number;
}

export class RequestTimeout extends Error {}

/** One HTTP request to the bench's own server, timed to the last byte. */
export function timedRequest(url: string, options: RequestOptions = {}): Promise<TimedResponse> {
  const { method = 'GET', headers = {}, body, keepBody = false, onChunk, timeoutMs = 120_000 } = options;
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`The bench only talks to 127.0.0.1, not ${url}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { method, agent, headers: { ...headers, ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      let wireBytes = 0;
      res.on('data', (chunk: Buffer) => {
        wireBytes += chunk.length;
        if (keepBody) chunks.push(chunk);
        onChunk?.(chunk);
      });
      res.on('end', () => {
        const ms = performance.now() - started;
        let decoded: Buffer | undefined;
        if (keepBody) {
          const raw = Buffer.concat(chunks);
          decoded = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, ms, wireBytes, body: decoded });
      });
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new RequestTimeout(`${method} ${url} took longer than ${timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** What a browser asks for: the page compressed. */
export const BROWSER_HEADERS = { 'accept-encoding': 'gzip', accept: 'text/html' };
