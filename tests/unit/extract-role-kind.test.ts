import { describe, expect, it } from 'vitest';
import { extractStatements, type ExtractedStatement } from '../../app/lib/extract';

// Reported or projected, decided per figure by the nearest cue in its own clause.

function extract(text: string, statementDate = '2024-05-01'): ExtractedStatement[] {
  return extractStatements({ text, statementDate });
}

/** The statements as stated, not the baselines a change implies. */
function kinds(text: string, statementDate = '2024-05-01'): string[] {
  return extract(text, statementDate).filter((s) => s.derivedFrom === null).map((s) => `${s.kind} ${s.value}`);
}

describe('targets and forecasts', () => {
  it.each([
    'Trade between Ghana and Togo may reach $3 billion.',
    'Trade between Ghana and Togo might climb to $3 billion.',
    'Trade between Ghana and Togo is set to exceed $3 billion.',
    'Ghana and Togo have the potential to lift trade to $3 billion.',
    'Trade between Ghana and Togo can reach $3 billion, the minister said.',
    'Ghana eyes $3 billion in trade with Togo.',
    'Trade between Ghana and Togo will likely hit $3 billion.',
    'Trade between Ghana and Togo would touch $3 billion if the road opens.',
    'Bilateral trade between Ghana and Togo is projected at $3 billion.',
    'The forecast for trade between Ghana and Togo is $3 billion.',
    'Ghana and Togo set an ambitious $3 billion trade target.',
  ])('reads “%s” as projected', (text) => {
    expect(kinds(text)).toEqual(['projected 3000000000']);
  });

  it('reads a target set in the past as projected too', () => {
    expect(kinds('In 2015 Ghana and Togo had set a goal of $3 billion in bilateral trade.')).toEqual(['projected 3000000000']);
  });
});

describe('reported figures', () => {
  it.each([
    'Trade between Ghana and Togo stood at $3 billion in 2023.',
    'Trade between Ghana and Togo amounted to $3 billion in 2023.',
    'Trade between Ghana and Togo totalled $3 billion in 2023.',
    'Ghana’s exports to Togo were estimated at $3 billion in 2023.',
    'Ghana’s exports to Togo came in at $3 billion in 2023.',
  ])('reads “%s” as reported', (text) => {
    expect(kinds(text)).toEqual(['reported 3000000000']);
  });

  it('reads a past change that arrives at the figure as reported: “fell 9 percent to reach”, “rose to stand at”', () => {
    expect(kinds('Ghana’s exports to Togo fell by 9 percent to reach $3 billion in 2023.')).toEqual(['reported 3000000000']);
    expect(kinds('Ghana’s imports from Togo rose sharply to stand at $1 billion in 2023.')).toEqual(['reported 1000000000']);
  });

  it('does not read “more than expected” as a forecast', () => {
    expect(kinds('Trade between Ghana and Togo grew more than expected, to $3 billion in 2023.')).toEqual(['reported 3000000000']);
  });
});

describe('one sentence, both kinds', () => {
  it('reads the level a goal starts from as reported: “from current levels of $2 billion to $5 billion”', () => {
    expect(kinds('Ghana and Togo agreed to more than double trade within four years, from current levels of $2 billion to $5 billion.'))
      .toEqual(['reported 2000000000', 'projected 5000000000']);
  });

  it('reads “will hit $5 billion by 2028 from $3 billion in 2023” as a forecast and what trade is', () => {
    expect(kinds('Ghana’s exports to Togo will hit $5 billion by 2028 from $3 billion in 2023, the minister said.'))
      .toEqual(['projected 5000000000', 'reported 3000000000']);
  });

  it('reads a goal revised from one figure to another as two goals', () => {
    expect(kinds('Ghana and Togo raised their bilateral trade target to $8 billion from $5 billion.'))
      .toEqual(['projected 8000000000', 'projected 5000000000']);
  });

  it('decides by the clause of each figure: a goal, then what imports amounted to', () => {
    expect(kinds('Ghana’s trade with Togo reached $4 billion in 2023, above the $3 billion goal both had set, with imports accounting for $2.5 billion.'))
      .toEqual(['reported 4000000000', 'projected 3000000000', 'reported 2500000000']);
  });

  it('reads a relative clause as the figure’s own: “hopes to lift trade, which last year stood at…”', () => {
    expect(kinds('Ghana hopes to lift trade with Togo, which last year stood at $3 billion.')).toEqual(['reported 3000000000']);
  });

  it('keeps a figure reported when the sentence also speaks of a target after it', () => {
    expect(kinds('Trade between Ghana and Togo stood at $3 billion in 2023 and the two aim to double it by 2030.')).toEqual(['reported 3000000000']);
  });
});

describe('a target already met', () => {
  it('is a statement in its own right: no figure it is worked out from', () => {
    const found = extract('Ghana and Togo have crossed the bilateral trade target of $3 billion set for 2025.');
    expect(found.map((s) => [s.kind, s.qualifier, s.derivedFrom])).toEqual([['projected', 'exact', null], ['reported', 'more than', null]]);
  });
});
