import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { blockedRange } from './addresses';
import { parseContentType } from './charset';
import type { LinkProblem } from './refusals';
import { type AddressPolicy, type HostLookup, type ResolvedAddress, resolveForFetch, systemLookup } from './resolve';

// Fetches a pasted link for the server. Every hop of a redirect is checked the
// way the first address is (scheme, every address of its host), redirects are
// followed by hand so none is taken unchecked, and the connection goes to the
// address that was checked. The whole fetch, redirects and body included, has
// one deadline, and the body is read as a stream that stops past the cap.

export interface FetchOptions {
  timeoutMs: number;
  /** The most bytes of page (after decompression) read before giving up. */
  maxBytes: number;
  maxRedirects: number;
  policy: AddressPolicy;
  lookup: HostLookup;
}

export type PageType = 'text/html' | 'text/plain';

export interface FetchedPage {
  /** Where the page was found, after redirects. */
  url: string;
  type: PageType;
  charset: string | null;
  body: Buffer;
}

export type FetchResult = { ok: true; page: FetchedPage } | { ok: false; problem: LinkProblem };

/** 10 s, 5 MB, 5 redirects, public addresses only unless EXTRACT_ALLOW_PRIVATE=1 (for tests that serve pages locally). */
export function defaultFetchOptions(): FetchOptions {
  return {
    timeoutMs: 10_000,
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    policy: process.env.EXTRACT_ALLOW_PRIVATE === '1' ? () => null : blockedRange,
    lookup: systemLookup,
  };
}

const PAGE_TYPES = new Set<string>(['text/html', 'text/plain']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

class Refused extends Error {
  constructor(readonly problem: LinkProblem) {
    super(problem.code);
  }
}

export async function fetchPage(address: string, options: FetchOptions): Promise<FetchResult> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.timeoutMs);
  const timeout: LinkProblem = { code: 'timeout', seconds: Math.round(options.timeoutMs / 100) / 10 };
  let url = webUrl(address);
  if (!url) return { ok: false, problem: { code: 'not-web-address' } };
  try {
    for (let hop = 0; ; hop++) {
      const resolved = await beforeDeadline(resolveForFetch(url, options.lookup, options.policy), deadline.signal);
      if (!resolved.ok) return resolved;
      const response = await get(url, resolved.target, deadline.signal);
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode ?? 0) && location) {
        response.destroy();
        if (hop >= options.maxRedirects) return { ok: false, problem: { code: 'too-many-redirects', max: options.maxRedirects } };
        const next = webUrl(location, url);
        if (!next) return { ok: false, problem: { code: 'bad-redirect', location } };
        url = next;
        continue;
      }
      return { ok: true, page: await readPage(url, response, options.maxBytes) };
    }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    if (deadline.signal.aborted) return { ok: false, problem: timeout };
    return { ok: false, problem: { code: 'unreachable', host: url.hostname, detail: error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? error.name}: ${error.message}` : String(error) } };
  } finally {
    clearTimeout(timer);
  }
}

/** An http(s) URL with a host, resolved against the page that pointed to it; null for anything else. */
function webUrl(text: string, base?: URL): URL | null {
  try {
    const url = new URL(text.trim(), base);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

function beforeDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(new Error('deadline'));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** A lookup that answers with the checked address whatever it is asked, so the socket cannot go elsewhere. */
function pinnedLookup(target: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
}

function get(url: URL, target: ResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: {
          'user-agent': 'Tradewatch/1.0 (reads one article an editor pasted the link of)',
          accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8',
          'accept-encoding': 'gzip, deflate, br',
        },
        lookup: pinnedLookup(target),
        agent: false,
        signal,
      },
      resolve,
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function decompressed(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return response;
  const inflate = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
  if (!inflate) {
    response.destroy();
    throw new Refused({ code: 'bad-encoding', encoding });
  }
  response.on('error', (error) => inflate.destroy(error));
  return response.pipe(inflate);
}

async function readPage(url: URL, response: IncomingMessage, maxBytes: number): Promise<FetchedPage> {
  const status = response.statusCode ?? 0;
  const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  if (status < 200 || status > 299) {
    response.destroy();
    throw new Refused({ code: 'site-error', status });
  }
  const { type, charset } = parseContentType(response.headers['content-type']);
  if (!PAGE_TYPES.has(type)) {
    response.destroy();
    throw new Refused({ code: 'not-text', type });
  }
  const declared = Number(response.headers['content-length']);
  if (!response.headers['content-encoding'] && declared > maxBytes) {
    response.destroy();
    throw new Refused({ code: 'too-large', megabytes });
  }
  const body = decompressed(response);
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of body) {
      length += (chunk as Buffer).length;
      // Stop reading here: the rest of the page is never downloaded, nor inflated.
      if (length > maxBytes) throw new Refused({ code: 'too-large', megabytes });
      chunks.push(chunk as Buffer);
    }
  } finally {
    if (length > maxBytes || !response.complete) {
      body.destroy();
      response.destroy();
    }
  }
  return { url: url.href, type: type as PageType, charset, body: Buffer.concat(chunks) };
}
