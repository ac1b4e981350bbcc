/** The sentence a figure came from, with the figure marked. */
export function HighlightedQuote({ quote, span }: { quote: string; span: [number, number] | null }) {
  if (!span) return <blockquote>{quote}</blockquote>;
  const [start, end] = span;
  return (
    <blockquote>
      {quote.slice(0, start)}
      <mark>{quote.slice(start, end)}</mark>
      {quote.slice(end)}
    </blockquote>
  );
}
