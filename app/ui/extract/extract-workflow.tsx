'use client';

import { useActionState } from 'react';
import { reviewArticle } from '@/app/lib/extract/actions';
import { type ArticleField, initialExtractState } from '@/app/lib/extract/state';
import { EditorPasswordField } from '../auth/editor-password-field';
import { Field } from '../statement-form/field';
import { ProposalCard } from './proposal-card';

const PROVENANCE_FIELDS: [ArticleField, string, string, string?][] = [
  ['statementDate', 'Statement date', 'The day the figures were said (required); “last year” is read from it. A read link sets it to the publication date if empty.', 'date'],
  ['publishedDate', 'Publication date', 'The day the article was published.', 'date'],
  ['outlet', 'Outlet', 'Leave empty to use the site’s name from the URL.'],
  ['title', 'Article title', 'Kept in each statement’s notes.'],
  ['author', 'Author', 'The article’s byline, kept in each statement’s notes.'],
];

function cardTitle(index: number, kind: string, period: string, value: string) {
  return `Statement ${index + 1}: ${kind} ${period}, ${value}`;
}

/** Paste an article or its link, review what was found, save the ticked statements together. */
export function ExtractWorkflow({ maxCharacters, signedIn }: { maxCharacters: number; signedIn: boolean }) {
  const [state, action, pending] = useActionState(reviewArticle, initialExtractState(signedIn));
  const { article, articleErrors, cards } = state;
  return (
    <form action={action} key={state.attempt} noValidate>
      {/* Enter in any field is "Find statements", the first submit button, which reads the link only when there is no text. */}
      <button type="submit" name="intent" value="find" disabled={pending} className="visually-hidden" tabIndex={-1} aria-hidden="true">
        Find statements
      </button>
      <div aria-live="polite">
        {state.message && (
          <p className={`notice ${cards.length ? '' : 'error'}`} role="status">
            {state.message}
          </p>
        )}
      </div>
      <fieldset>
        <legend>The article</legend>
        <Field
          id="url"
          label="Article URL"
          hint="http:// or https:// address; saved as each statement’s source. “Read this link” fetches the page and fills in its text, title, outlet, author and dates."
          errors={articleErrors.url}
        >
          {(describedBy, invalid) => (
            <input id="url" name="url" type="url" defaultValue={article.url} aria-describedby={describedBy} aria-invalid={invalid || undefined} autoComplete="off" />
          )}
        </Field>
        <div className="actions">
          <button type="submit" name="intent" value="read" disabled={pending} className="secondary" aria-describedby="url-hint">
            Read this link
          </button>
        </div>
        <Field
          id="text"
          label="Article text"
          hint={`Read from the link, or pasted: plain text or HTML, up to ${maxCharacters.toLocaleString('en-US')} characters. Tags are removed; nothing in it runs.`}
          errors={articleErrors.text}
        >
          {(describedBy, invalid) => (
            <textarea id="text" name="text" rows={10} defaultValue={article.text} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </Field>
        <div className="form-grid">
          {PROVENANCE_FIELDS.map(([field, label, hint, type]) => (
            <Field key={field} id={field} label={label} hint={hint} errors={articleErrors[field]}>
              {(describedBy, invalid) => (
                <input id={field} name={field} type={type ?? 'text'} defaultValue={article[field]} aria-describedby={describedBy} aria-invalid={invalid || undefined} autoComplete="off" />
              )}
            </Field>
          ))}
        </div>
        <input type="hidden" name="filledDate" value={article.filledDate} />
        <div className="actions">
          <button type="submit" name="intent" value="find" disabled={pending} className={cards.length ? 'secondary' : undefined}>
            Find statements
          </button>
        </div>
      </fieldset>
      {cards.length > 0 && (
        <section aria-labelledby="review-heading">
          <h2 id="review-heading">Review before saving</h2>
          <input type="hidden" name="cardCount" value={cards.length} />
          {cards.map((card, index) => (
            <ProposalCard key={index} card={card} index={index} title={cardTitle(index, card.values.kind, card.values.period, card.values.valueText)} />
          ))}
          {!state.signedIn && <EditorPasswordField error={state.passwordError} />}
          <div className="actions">
            <button type="submit" name="intent" value="save" disabled={pending}>
              Save ticked statements
            </button>
          </div>
        </section>
      )}
    </form>
  );
}
