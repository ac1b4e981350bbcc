import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { DEFAULT_PAGE_LIMIT } from '@/app/lib/api/schemas/queries';
import { MAX_LIMIT } from '@/app/lib/browse/browse-query';
import { COMTRADE_TERMS_URL } from '@/app/lib/domain/official-licence';
import { RECORD_LICENCE } from '@/app/lib/package/record-licence';
import { publicOrigin } from '@/app/lib/publish/public-origin';

export const metadata: Metadata = { title: 'Data and API' };

/** A read endpoint: what it answers and a query to try. */
const READS = [
  { path: '/api/statements', query: 'pair=KAZ-AFG&kind=projected', what: 'Statements with the filters, sort and search of the statements browser; JSON pages, or every row as CSV or NDJSON.' },
  { path: '/api/pairs', query: 'q=afghanistan', what: 'Every pair with statements, most documented first, with the line “Every pair” shows for it: latest figures, targets met and missed, the worst miss, the trend.' },
  { path: '/api/targets', query: 'pair=KAZ-AFG&verdict=missed', what: 'Every target with its verdict and share of target today; filters pair, flow, verdict, period (the year it is for) and speaker.' },
  { path: '/api/speakers', query: 'q=zhumangarin', what: 'Every speaker, their spellings grouped, with their targets’ track record.' },
  { path: '/api/official', query: 'pair=KAZ-AFG&year=2023', what: 'Official statistics figures, each with its source and licence note; filters pair, flow (exports or imports) and year.' },
] as const;

function Example({ children }: { children: string }) {
  return (
    <div className="table-scroll">
      <pre className="panel">
        <code>{children}</code>
      </pre>
    </div>
  );
}

/** The downloads, then what the API offers and how to call it; the OpenAPI document has every field. */
export default async function ApiPage() {
  const origin = publicOrigin(await headers());
  return (
    <>
      <h1>Data and API</h1>
      <p className="lede">Everything Tradewatch shows can be downloaded, and read by a script. Neither needs an account.</p>

      <h2 id="downloads">Downloads</h2>
      <ul>
        <li>
          <a href="/download">Download the whole record (zip)</a>: every statement and every target with its verdict as CSV, a{' '}
          <a href="https://datapackage.org/">Frictionless Data Package</a> descriptor with each column described and typed, and a README
          with the citation and licence. Official statistics are left out: their licences do not all allow passing them on.
        </li>
        <li>
          <a href="/statements.csv">Download every statement (CSV)</a>, with the columns the README describes.
        </li>
        <li>
          Any search, filter or dashboard view: its own <Link href="/statements">CSV, JSON and NDJSON links</Link> give exactly its rows.
        </li>
      </ul>

      <h2 id="api">API</h2>
      <p>
        Everything Tradewatch shows can be read by a script: statements, pairs, targets with their verdicts, speakers and official
        statistics, as JSON (and statements as CSV or NDJSON). Reading needs no account. Every endpoint, parameter and field is described
        in the <a href="/api/openapi.json">OpenAPI 3.1 document</a>.
      </p>

      <h2 id="endpoints">Read endpoints</h2>
      {READS.map((r) => (
        <section key={r.path} aria-labelledby={`endpoint-${r.path.slice(5)}`}>
          <h3 id={`endpoint-${r.path.slice(5)}`}>
            <code>GET {r.path}</code>
          </h3>
          <p>{r.what}</p>
          <Example>{`curl '${origin}${r.path}?${r.query}'`}</Example>
        </section>
      ))}
      <p>
        A parameter an endpoint does not take, or a value it cannot read, is refused with a 400 whose <code>problems</code> say which one
        and what it takes: a misspelt filter never quietly returns every row.
      </p>

      <h2 id="paging">Paging</h2>
      <p>
        Statements, targets and official figures come a page at a time: {DEFAULT_PAGE_LIMIT} rows unless <code>limit</code> asks for up
        to {MAX_LIMIT}. Each page ends with <code>next</code>, a cursor to send back as <code>after</code>, and <code>next_url</code>, the
        address of the next page (also in the <code>Link</code> header); both are null on the last page. A deep page is as fast as the
        first, and a row added meanwhile neither repeats nor skips one.
      </p>
      <Example>{`curl '${origin}/api/targets?limit=2'\ncurl '${origin}/api/targets?limit=2&after=<next of the page before>'`}</Example>

      <h2 id="formats">Formats</h2>
      <p>
        <code>/api/statements</code> takes <code>format</code>: <code>json</code> (the default, a page), <code>csv</code> (every row of
        the query, with the columns of the statements download) or <code>ndjson</code> (every row, one JSON object a line, streamed).
        The JSON of a query holds the same rows, fields and values as its CSV.
      </p>
      <Example>{`curl -o kaz-afg.csv '${origin}/api/statements?pair=KAZ-AFG&format=csv'\ncurl '${origin}/api/statements?q=Interfax&format=ndjson'`}</Example>

      <h2 id="caching">Caching</h2>
      <p>
        Every answer carries an <code>ETag</code> and <code>Cache-Control: no-cache</code>. Send the tag back as{' '}
        <code>If-None-Match</code>: while nothing changed the answer is a 304 without a body, and a new figure is seen the moment it is
        saved.
      </p>
      <Example>{`curl -i -H 'If-None-Match: "<ETag of the last answer>"' '${origin}/api/pairs'`}</Example>

      <h2 id="cors">Reading from another site</h2>
      <p>
        The read endpoints answer any site (<code>Access-Control-Allow-Origin: *</code>, GET only, never with cookies), so a page
        elsewhere can fetch them directly. Writes refuse another site&apos;s page.
      </p>

      <h2 id="writes">Writing</h2>
      <p>
        <code>POST /api/statements</code> adds a statement with the entry form&apos;s fields, as JSON or a form post, for a signed-in
        account. A script sends an API token, created on <Link href="/account">Your account</Link> with a scope (<em>read</em>,{' '}
        <em>propose</em> for changes that wait for review, or <em>write</em> to do what the account may) and an expiry; it is shown once.
        Editors&apos; statements are published at once (201); contributors&apos; and propose tokens&apos; wait for review (202).{' '}
        <code>POST /api/import</code> and <code>POST /api/rates</code> take a CSV file for editors. <code>POST /api/extract</code> reads
        the figures in an article without saving anything.
      </p>
      <Example>{`curl -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' \\\n  -d '{"economyA": "KAZ", "economyB": "AFG", "flow": "total", "kind": "reported", "period": "2024",\n       "valueText": "$545.2 million", "statementDate": "2025-02-10", "sourceUrl": "https://…"}' \\\n  '${origin}/api/statements'`}</Example>

      <h2 id="licence">Licence</h2>
      <p>
        The compiled record (statements, targets and verdicts) is licensed under{' '}
        <a href={RECORD_LICENCE.path}>{RECORD_LICENCE.title}</a>: credit Tradewatch when you reuse it. Official figures are their
        sources&apos; data, given for reference; each carries its source&apos;s licence note, and{' '}
        <a href={COMTRADE_TERMS_URL}>UN Comtrade&apos;s terms</a> restrict redistributing its figures.
      </p>
    </>
  );
}
