import { CopyButton } from './copy-button';

/**
 * The embed code, live or pinned. The choice is two radio buttons and CSS
 * (publish.css shows the chosen code), so it needs no script; without :has()
 * support both codes simply show.
 */
export function EmbedChoice({ embed, pinnedWords, pinnedFirst }: { embed: { live: string; pinned: string }; pinnedWords: string; pinnedFirst: boolean }) {
  return (
    <fieldset className="share-item share-embed">
      <legend>Embed the chart</legend>
      <div className="share-choices">
        <label>
          <input type="radio" name="embed-kind" value="live" defaultChecked={!pinnedFirst} /> Live: follows the record as it changes
        </label>
        <label>
          <input type="radio" name="embed-kind" value="pinned" defaultChecked={pinnedFirst} /> Pinned to {pinnedWords}: never changes
        </label>
      </div>
      <div className="embed-code embed-live">
        <label htmlFor="embed-live">Embed code (live)</label>
        <textarea id="embed-live" readOnly rows={4} value={embed.live} />
        <CopyButton text={embed.live} label="Copy embed code" showingId="embed-live" />
      </div>
      <div className="embed-code embed-pinned">
        <label htmlFor="embed-pinned">Embed code (pinned to {pinnedWords})</label>
        <textarea id="embed-pinned" readOnly rows={4} value={embed.pinned} />
        <CopyButton text={embed.pinned} label="Copy embed code" showingId="embed-pinned" />
      </div>
    </fieldset>
  );
}
