export interface Sentence {
  text: string;
  /** Offset of the sentence in the whole text. */
  start: number;
  paragraph: number;
}

// Words that end in a full stop without ending the sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'rs', 'nrs', 'tk', 'rp', 'inc', 'ltd',
  'co', 'corp', 'gov', 'gen', 'col', 'lt', 'sen', 'rep', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'u.s.a', 'fig', 'est', 'dept', 'govt', 'mln', 'bln',
  // Spanish, French and Russian titles and short forms: "Sr.", "Mme.", "EE. UU.", "env.", "им.".
  'sr', 'sra', 'srta', 'dra', 'ud', 'uds', 'ee', 'núm', 'pág', 'mme', 'mmes', 'mlle', 'env', 'cf', 'им', 'ул', 'тов',
]);
// A run of stops is taken whole and only from its first character, (?=(…))\1 being
// an atomic group: otherwise every stop in a long run ("....") rescans the rest of
// it, and 200,000 of them took minutes.
// Closing quotes include the French " »" with its space; a sentence may open with «, „, ¿ or ¡.
const END = /(?<![.!?])(?=([.!?]+(?:\s?»|["'”’)\]])*))\1(?=\s+(?:["'“‘„«(\[¿¡]\s?)?[\p{Lu}\d])/gu;

/** Splits text prepared by `prepareText` into sentences; a line break always ends one. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  text.split('\n').forEach((line, paragraph) => {
    let from = 0;
    END.lastIndex = 0;
    for (let match = END.exec(line); match; match = END.exec(line)) {
      const before = line.slice(Math.max(from, match.index - 12), match.index);
      const word = (/\S*$/.exec(before)?.[0] ?? '').replace(/^["'“‘„«¿¡(\[]+/, '');
      // A single capital before the stop is an initial, as in "S. Jaishankar".
      const initial = /^\p{Lu}$/u.test(word);
      if (match[0].startsWith('.') && (initial || ABBREVIATIONS.has(word.toLowerCase()))) continue;
      push(sentences, line, from, match.index + match[0].length, offset, paragraph);
      from = match.index + match[0].length;
    }
    push(sentences, line, from, line.length, offset, paragraph);
    offset += line.length + 1;
  });
  return sentences;
}

function push(sentences: Sentence[], line: string, from: number, to: number, offset: number, paragraph: number): void {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) sentences.push({ text, start: offset + from + lead, paragraph });
}
