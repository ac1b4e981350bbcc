import { BUSY_MESSAGE } from '../request';
import type { BlockedRange } from './addresses';

// Every way reading a link can fail, and what the editor is told: what is
// wrong and what to do next. One place, so the API and the page say the same.

export type LinkProblem =
  | { code: 'not-web-address' }
  | { code: 'blocked-address'; host: string; range: BlockedRange }
  | { code: 'no-such-host'; host: string }
  | { code: 'unreachable'; host: string; detail: string }
  | { code: 'timeout'; seconds: number }
  | { code: 'too-large'; megabytes: number }
  | { code: 'too-many-redirects'; max: number }
  | { code: 'bad-redirect'; location: string }
  | { code: 'site-error'; status: number }
  | { code: 'not-text'; type: string }
  | { code: 'bad-encoding'; encoding: string }
  | { code: 'no-article' }
  | { code: 'too-slow' }
  | { code: 'busy' }
  | { code: 'failed'; detail: string };

const PASTE = 'paste the article’s text instead';

const RANGE_WORDS: Record<BlockedRange, string> = {
  private: 'on a private network',
  loopback: 'this server itself (a loopback address)',
  'link-local': 'a link-local address, only reachable on the server’s own network',
  shared: 'inside a provider’s network (a carrier-grade NAT address)',
  multicast: 'a multicast address, not a web site',
  unspecified: 'not a usable address (unspecified)',
  reserved: 'in a reserved range, not on the public internet',
};

/** The HTTP status and message a problem is answered with; the request's fault is 400, the page's 422. */
export function linkRefusal(problem: LinkProblem): { status: number; message: string } {
  switch (problem.code) {
    case 'not-web-address':
      return { status: 400, message: 'Give the article’s address starting with http:// or https://, e.g. https://example.com/news/trade-talks.' };
    case 'blocked-address':
      return { status: 400, message: `That address (${problem.host}) is ${RANGE_WORDS[problem.range]}, which Tradewatch does not read; give the article’s public address or ${PASTE}.` };
    case 'no-such-host':
      return { status: 422, message: `No site answers at ${problem.host}: check the address for typos, or ${PASTE}.` };
    case 'unreachable':
      return { status: 422, message: `The site at ${problem.host} could not be reached; try again later or ${PASTE}.` };
    case 'timeout':
      return { status: 422, message: `The site did not send the page within ${problem.seconds} seconds; try again later or ${PASTE}.` };
    case 'too-large':
      return { status: 422, message: `The page is larger than ${problem.megabytes} MB, more than an article; ${PASTE}.` };
    case 'too-many-redirects':
      return { status: 422, message: `The address sends the reader on through more than ${problem.max} redirects; open it in a browser and give the address it ends at, or ${PASTE}.` };
    case 'bad-redirect':
      return { status: 422, message: `The address redirects to something that is not a web page (${problem.location.slice(0, 80)}); ${PASTE}.` };
    case 'site-error':
      return { status: 422, message: `The site answered ${problem.status}${problem.status === 404 ? ' (not found)' : problem.status === 403 || problem.status === 401 ? ' (no access: perhaps a paywall)' : ''} instead of the page; check the address, or ${PASTE}.` };
    case 'not-text':
      return { status: 422, message: `The address serves ${problem.type || 'something unnamed'}, not a web page or plain text; give the article’s page, or ${PASTE}.` };
    case 'bad-encoding':
      return { status: 422, message: `The site sent the page compressed as ${problem.encoding}, which Tradewatch cannot read; ${PASTE}.` };
    case 'no-article':
      return { status: 422, message: `No article text was found on that page; ${PASTE}.` };
    case 'too-slow':
      return { status: 422, message: `The page is too complex to read in time; ${PASTE}.` };
    case 'busy':
      return { status: 503, message: BUSY_MESSAGE };
    case 'failed':
      return { status: 422, message: `The page could not be read; ${PASTE}.` };
  }
}
