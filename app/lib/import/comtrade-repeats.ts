import { economyName } from '../domain/economies';
import type { OfficialFigureCandidate } from '../domain/official-figure-rules';

/** What an earlier row of the same file says about a figure. */
export type RepeatCheck =
  | { kind: 'new' }
  /** The same reporter, partner, flow, period and value: a repeat (two downloads pasted together), left out. */
  | { kind: 'same'; firstLine: number }
  /** The same figure with another value: the file holds two releases, and nothing says which is right. */
  | { kind: 'differs'; firstLine: number; message: string };

const usd = (v: number) => `$${v.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/**
 * Remembers each kept figure of one file by what official_figures holds once
 * (its unique index official_figures_same_figure: source, reporter, partner,
 * flow and period), so a repeated row is counted as left out, and two rows
 * that disagree refuse the file rather than keep whichever came first. Only
 * kept rows are held: a few hundred bytes each, however large the file.
 */
export class RepeatedFigures {
  private readonly seen = new Map<string, { line: number; valueUsd: number }>();

  check(figure: OfficialFigureCandidate, line: number): RepeatCheck {
    const key = `${figure.source}|${figure.reporter}|${figure.partner}|${figure.flow}|${figure.period.start}|${figure.period.end}`;
    const first = this.seen.get(key);
    if (!first) {
      this.seen.set(key, { line, valueUsd: figure.valueUsd });
      return { kind: 'new' };
    }
    if (first.valueUsd === figure.valueUsd) return { kind: 'same', firstLine: first.line };
    const what = `${economyName(figure.reporter)}’s reported ${figure.flow} ${figure.flow === 'exports' ? 'to' : 'from'} ${economyName(figure.partner)} for ${figure.period.label}`;
    return {
      kind: 'differs',
      firstLine: first.line,
      message: `Line ${first.line} already gives ${what} as ${usd(first.valueUsd)}; this row says ${usd(figure.valueUsd)}. Keep the row of the release you mean (a file made of two downloads can hold two releases) and import again.`,
    };
  }
}
