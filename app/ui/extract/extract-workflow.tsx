'use client';

import { useActionState } from 'react';
import { reviewArticle } from '@/app/lib/extract/actions';
import { type ArticleField, initialExtractState } from '@/app/lib/extract/state';
import { EditorPasswordField } from '../auth/editor-password-field';
import { Field } from '../statement-form/field';
import { ProposalCard } from './proposal-card';

const ARTICLE_FIELDS: [ArticleField, string, string, string?][] = [
  ['url', 'Article URL', 'http:// or https:// address; saved as each statement’s source.', 'url'],
  ['statementDate', 'Statement date', 'The day the figures were said (required); “last year” is read from it.', 'date'],
  ['publishedDate', 'Publication date', 'The day the article was published.', 'date'],
  ['outlet', 'Outlet', 'Leave empty to use the site’s name from the URL.'],
];

function cardTitle(index: number, kind: string, period: string, value: string) {
  return `Statement ${index + 1}: ${kind} ${period}, ${value}`;
}

/** Paste an article, review what was found, save the ticked statements together. */
export function ExtractWorkflow({ maxCharacters, signedIn }: { maxCharacters: number; signedIn: boolean }) {
  const [state, action, pending] = useActionState(reviewArticle, initialExtractState(signedIn));
  const { article, articleErrors, cards } = state;
  return (
    <form action={action} key={state.attempt} noValidate>
      <div aria-live="polite">
        {state.message && (
          <p className={`notice ${cards.length ? '' : 'error'}`} role="status">
            {state.message}
          </p>
        )}
      </div>
      <fieldset>
        <legend>The article</legend>
        <Field id="text" label="Article text" hint={`Plain text or HTML, up to ${maxCharacters.toLocaleString('en-US')} characters. Tags are removed; nothing in it runs.`} errors={articleErrors.text}>
          {(describedBy, invalid) => (
            <textarea id="text" name="text" rows={10} defaultValue={article.text} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </Field>
        <div className="form-grid">
          {ARTICLE_FIELDS.map(([field, label, hint, type]) => (
            <Field key={field} id={field} label={label} hint={hint} errors={articleErrors[field]}>
              {(describedBy, invalid) => (
                <input id={field} name={field} type={type ?? 'text'} defaultValue={article[field]} aria-describedby={describedBy} aria-invalid={invalid || undefined} autoComplete="off" />
              )}
            </Field>
          ))}
        </div>
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
