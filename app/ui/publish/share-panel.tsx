import { headers } from 'next/headers';
import type { DashboardView } from '@/app/lib/data/dashboard';
import { publicOrigin } from '@/app/lib/publish/public-origin';
import { shareLinks } from '@/app/lib/publish/share-links';
import { asofWords } from '@/app/lib/publish/view-words';
import { CopyButton } from './copy-button';
import { EmbedChoice } from './embed-choice';
import './publish.css';

/** Copy link, cite this, embed code and downloads for the view: everything needed to publish it. */
export async function SharePanel({ dashboard: d }: { dashboard: DashboardView }) {
  const links = shareLinks(publicOrigin(await headers()), d.view, new Date());
  return (
    <section className="share-panel panel" aria-labelledby="share-heading">
      <h2 id="share-heading">Share, cite or embed this view</h2>
      <div className="share-item">
        <label htmlFor="share-link">Link to this view</label>
        <div className="share-line">
          <input id="share-link" type="text" readOnly value={links.link} />
          <CopyButton text={links.link} label="Copy link" showingId="share-link" />
        </div>
      </div>
      <div className="share-item">
        <h3>Cite this</h3>
        <p className="share-cite" id="share-cite">
          {links.citation}
        </p>
        <p className="hint">The link in the citation is pinned to {asofWords(links.pinnedAsof)}, so readers see what you saw.</p>
        <CopyButton text={links.citation} label="Copy citation" showingId="share-cite" />
      </div>
      <EmbedChoice embed={links.embed} pinnedWords={asofWords(links.pinnedAsof)} pinnedFirst={Boolean(d.view.asof)} />
      <div className="share-item">
        <h3>Download</h3>
        <ul className="share-downloads">
          <li><a href={links.downloads.png} download>Chart image (PNG)</a></li>
          <li><a href={links.downloads.svg} download>Chart image (SVG)</a></li>
          <li><a href={links.downloads.statementsCsv} download>Statements (CSV)</a></li>
          <li><a href={links.downloads.targetsCsv} download>Targets with verdicts and shares (CSV)</a></li>
          <li><a href={links.downloads.officialCsv} download>Official figures, both sides, with sources and terms of use (CSV)</a></li>
        </ul>
      </div>
    </section>
  );
}
