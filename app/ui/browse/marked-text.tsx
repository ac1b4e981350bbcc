import { markedRuns } from '@/app/lib/browse/fts-query';

/** A text whose searched words are marked, as <mark> runs (never as HTML from the text itself). */
export function MarkedText({ text }: { text: string }) {
  return (
    <>
      {markedRuns(text).map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>))}
    </>
  );
}
