// Words between a subject and its verb ("the minister has also said"), dropped from the end of a subject.
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'further', 'reportedly', 'then', 'later', 'earlier', 'recently', 'again']);

/**
 * The text without the auxiliaries that end it, each after white space: "the minister has also" → "the minister".
 * A walk back over words: the pattern /(?:\s+(?:has|…|once\s+again|again))+\s*$/i did the same from every word.
 */
export function withoutAuxiliaries(text: string): string {
  const isSpace = (at: number) => at >= 0 && /\s/.test(text[at]);
  const wordStartBefore = (end: number) => {
    let start = end;
    while (start > 0 && /[a-z]/i.test(text[start - 1])) start--;
    return start;
  };
  let end = text.length;
  while (isSpace(end - 1)) end--;
  let kept = text.length;
  for (;;) {
    let start = wordStartBefore(end);
    const word = text.slice(start, end).toLowerCase();
    if (!AUXILIARIES.has(word) || !isSpace(start - 1)) break;
    if (word === 'again') {
      let onceEnd = start;
      while (isSpace(onceEnd - 1)) onceEnd--;
      const onceStart = wordStartBefore(onceEnd);
      if (text.slice(onceStart, onceEnd).toLowerCase() === 'once' && isSpace(onceStart - 1)) start = onceStart;
    }
    while (isSpace(start - 1)) start--;
    kept = start;
    end = start;
  }
  return text.slice(0, kept);
}

