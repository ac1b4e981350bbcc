/** An extracted article's address as a link; an outlet's name (a pasted text without an address) as it is. */
export function BatchSource({ batch }: { batch: string }) {
  return /^https?:\/\//i.test(batch) ? (
    <a href={batch} rel="noopener noreferrer nofollow">
      {batch}
    </a>
  ) : (
    <>{batch}</>
  );
}
