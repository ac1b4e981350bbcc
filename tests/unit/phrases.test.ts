import { describe, expect, it } from 'vitest';
import { flowPhrase, SURPLUS_WORDS, DEFICIT_WORDS } from '../../app/lib/domain/phrases/flows';
import { HEDGE_PHRASES, hedgeAtEnd, hedgeAtStart, hedgeOfPhrase } from '../../app/lib/domain/phrases/hedges';
import { BILATERAL } from '../../app/lib/domain/phrases/pairs';
import { alternation } from '../../app/lib/domain/phrases/pattern';
import { FLOW_LABELS } from '../../app/lib/domain/vocabulary';
import { flowLabelsFor } from '../../app/lib/domain/flow-labels';

describe('the phrases module', () => {
  it('tries the longest phrase first, so “more than” is not read as “more”', () => {
    expect(new RegExp(`^(?:${alternation(['more', 'more than'])})`).exec('more than $5bn')?.[0]).toBe('more than');
    expect(new RegExp(`^(?:${alternation(['a.b'])})$`).test('axb')).toBe(false);
  });

  it('gives each hedge word one meaning, at the start of a value and at the end of running text', () => {
    const all = Object.values(HEDGE_PHRASES).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(hedgeAtStart('close to $5bn')).toEqual({ hedge: 'nearly', length: 'close to '.length });
    expect(hedgeAtEnd('trade of approximately ')).toEqual({ hedge: 'approximately', length: 'approximately '.length });
    expect(hedgeOfPhrase('Crossed')).toBe('more than');
    expect(hedgeAtStart('overall 5bn')).toBeNull();
  });

  it('keeps surplus and deficit words apart', () => {
    expect(SURPLUS_WORDS.filter((w) => (DEFICIT_WORDS as readonly string[]).includes(w))).toEqual([]);
  });

  it('words each flow the same way in the form’s labels and the sentence before saving', () => {
    expect(flowPhrase('exports', 'Nepal', 'India')).toBe('Nepal’s exports to India');
    expect(flowLabelsFor({ first: 'NPL', second: 'IND' }).balance).toBe('Nepal’s trade balance with India (surplus +, deficit −)');
    expect(FLOW_LABELS.balance).toBe('Trade balance (A’s surplus +, deficit −)');
  });

  it('recognises a pair already named: “bilateral”, “the two countries”, “both sides”', () => {
    for (const text of ['bilateral trade', 'the two countries', 'both sides', 'our two nations', 'the sides']) expect(BILATERAL.test(text), text).toBe(true);
    expect(BILATERAL.test('their states')).toBe(false);
  });
});
