// Extraction speed (issue 13): articles of 5,000 characters read per second on
// one core, and the time per character on hostile text at growing lengths,
// which stays flat when every pattern is linear. In-process and single-threaded,
// as one extraction worker runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractStatements } from '../../app/lib/extract';
import { ROOT } from './config';
import { round } from './stats';

const ARTICLE_CHARS = 5_000;
const THROUGHPUT_SECONDS = 5;
const HOSTILE_SIZES = [25_000, 50_000, 100_000, 200_000];
// Runs of what the patterns look for, the shapes that were slow before issue 11.
const HOSTILE_UNITS = ['1,', '$1 ', 'India and Pakistan ', 'Aa Bb said ', 'January-', '“$1” Ali Khan said. ', 'trade rose 5% to $1 billion in 2022 '];

export interface ExtractTiming {
  articlesPerSecond: number;
  articleChars: number;
  statementsPerArticle: number;
  /** CPU ms per 100 KB at each hostile size, for the slowest hostile text. */
  hostile: { size: number; msPer100Kb: number }[];
  /** Time per character at the largest size over the smallest: 1 is linear. */
  linearity: number;
}

interface Passage {
  passage: string;
  eval_date: string;
}

/** Real articles' text: the labelled passages, joined in turn until each article has 5,000 characters. */
function articles(): { text: string; date: string }[] {
  const dir = join(ROOT, 'tests/fixtures/passages');
  const passages = ['passages-dev.json', 'passages-dev-2.json'].flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Passage[]);
  return passages.map((first, i) => {
    let text = '';
    for (let k = i; text.length < ARTICLE_CHARS; k++) text += `${passages[k % passages.length].passage}\n\n`;
    return { text: text.slice(0, ARTICLE_CHARS), date: first.eval_date };
  });
}

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

export function benchExtraction(): ExtractTiming {
  const corpus = articles();
  let read = 0;
  let statements = 0;
  const started = performance.now();
  while (performance.now() - started < THROUGHPUT_SECONDS * 1000) {
    const article = corpus[read % corpus.length];
    statements += extractStatements({ text: article.text, statementDate: article.date }).length;
    read++;
  }
  const seconds = (performance.now() - started) / 1000;

  const hostile = HOSTILE_SIZES.map((size) => {
    const slowest = Math.max(
      ...HOSTILE_UNITS.map((unit) => {
        const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
        return cpuMs(() => extractStatements({ text, statementDate: '2024-05-01' }));
      }),
    );
    return { size, msPer100Kb: (slowest * 100_000) / size };
  });
  return {
    articlesPerSecond: read / seconds,
    articleChars: ARTICLE_CHARS,
    statementsPerArticle: statements / read,
    hostile,
    linearity: hostile.at(-1)!.msPer100Kb / hostile[0].msPer100Kb,
  };
}

export function extractionTable(t: ExtractTiming): string {
  const lines = [
    `Extraction on one core: ${round(t.articlesPerSecond)} articles of ${t.articleChars.toLocaleString('en-GB')} characters per second (target ≥ 50), ${round(t.statementsPerArticle)} statements each`,
    `Hostile text, slowest of ${HOSTILE_UNITS.length} shapes, CPU ms per 100 KB: ${t.hostile.map((h) => `${h.size / 1000} KB ${round(h.msPer100Kb)}`).join(', ')}; largest/smallest ${round(t.linearity, 2)} (1 is linear)`,
  ];
  return lines.join('\n');
}

export function extractionResults(t: ExtractTiming) {
  return {
    articles_per_s: round(t.articlesPerSecond),
    article_chars: t.articleChars,
    hostile_ms_per_100kb: Object.fromEntries(t.hostile.map((h) => [h.size, round(h.msPer100Kb)])),
    hostile_linearity: round(t.linearity, 2),
  };
}
