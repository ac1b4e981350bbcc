import type { Metadata } from 'next';
import Link from 'next/link';
import { fetchOfficialSources } from '@/app/lib/data/official-reads';
import { formatDate } from '@/app/lib/domain/format';
import { COMTRADE_LICENCE_NOTE, COMTRADE_TERMS_URL } from '@/app/lib/domain/official-licence';
import '@/app/ui/tables/cards.css';

export const metadata: Metadata = { title: 'Official statistics' };
// The sources on file change with every import.
export const dynamic = 'force-dynamic';

const yearOf = (isoDate: string) => isoDate.slice(0, 4);

/** What official statistics are, why the two sides of a pair never quite agree, and what is on file. */
export default async function OfficialStatisticsPage() {
  const sources = await fetchOfficialSources();
  return (
    <>
      <h1>Official statistics</h1>
      <p className="lede">
        Beside what officials say, Tradewatch keeps what each economy&apos;s statistics office recorded of its own trade with a partner:
        its exports to it and its imports from it, by year and by month. They are drawn as squares on the chart, and every target is set
        beside them: the figure from each side for the same pair, flow and period, its share of the target and an official verdict, by
        the same rule as the verdict on the reported figure.
      </p>

      <h2 id="mirror-statistics">Why the two sides differ</h2>
      <p>
        Every flow is recorded twice: Kazakhstan&apos;s exports to Afghanistan are also Afghanistan&apos;s imports from Kazakhstan, its{' '}
        <em>mirror</em>. Importers value goods CIF (cost, insurance and freight: the price at their own border) and exporters FOB (free on
        board: the price at the exporter&apos;s border), so the two sides rarely agree, and the importer&apos;s figure is usually the
        higher.
      </p>
      <p>
        They also differ for other reasons: goods in transit at the turn of a year fall into different years, an importer may credit goods
        to the country they came from while the exporter credits the country it shipped them to, goods moving through a third country may
        be missed or counted twice, and offices use different thresholds, confidentiality rules and exchange rates. Tradewatch shows both
        sides and judges a target against each, rather than choosing one.
      </p>

      <h2 id="comparison">How a target is compared</h2>
      <ul>
        <li>The same pair, flow and period: an annual figure for a calendar year; for part of a year or a fiscal year (“Jan–May 2023”, July–June), its monthly figures added up, only when every month is on file; for several years, their annual figures added up.</li>
        <li>Exports from A to B: A&apos;s reported exports, and B&apos;s reported imports from A (the mirror); imports likewise.</li>
        <li>Total trade: each side&apos;s exports plus imports, only from a side that reported both; one direction is never passed off as the total.</li>
        <li>A balance: each side&apos;s exports less its imports, seen from the side that stated it, only where both directions are on file.</li>
        <li>When something is missing the comparison says what (“monthly figures incomplete: 3 of 5 months”) instead of giving a figure.</li>
      </ul>

      <h2 id="sources">Sources on file</h2>
      {sources.length === 0 ? (
        <p>
          No official statistics are on file yet. Editors add them from UN Comtrade downloads on the <Link href="/import">Import</Link> page.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">Official statistics on file, by source</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col" className="number">Figures</th>
                <th scope="col" className="number">Pairs</th>
                <th scope="col" className="number">Reporters</th>
                <th scope="col">Years</th>
                <th scope="col">Latest release</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.source}>
                  <td data-label="Source">{s.source}</td>
                  <td data-label="Figures" className="number">{s.figures.toLocaleString('en-US')}</td>
                  <td data-label="Pairs" className="number">{s.pairs.toLocaleString('en-US')}</td>
                  <td data-label="Reporters" className="number">{s.reporters.toLocaleString('en-US')}</td>
                  <td data-label="Years">{yearOf(s.firstPeriod) === yearOf(s.lastPeriod) ? yearOf(s.firstPeriod) : `${yearOf(s.firstPeriod)}–${yearOf(s.lastPeriod)}`}</td>
                  <td data-label="Latest release">{s.latestRelease ? formatDate(s.latestRelease) : 'not on file'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="hint">Each dashboard view&apos;s official figures, with their source and release date, download from its share panel (official figures CSV).</p>

      <h2 id="terms">Terms of use</h2>
      <p>
        UN Comtrade&apos;s terms of use restrict redistribution of its data: see <a href={COMTRADE_TERMS_URL}>{COMTRADE_TERMS_URL}</a>.
        Tradewatch shows its figures for reference, beside the claims it checks, and every row of the official figures CSV carries this
        note: “{COMTRADE_LICENCE_NOTE}”
      </p>
    </>
  );
}
