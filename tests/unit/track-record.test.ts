import { describe, expect, it } from 'vitest';
import { median, tallyTargets, trackRecordSentence } from '../../app/lib/domain/track-record';

// Issue 16, item 2: a speaker's targets tallied into the sentence their page shows.

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, and none of nothing', () => {
    expect(median([0.9, 0.1, 0.5])).toBe(0.5);
    expect(median([0.2, 0.8, 0.4, 1])).toBeCloseTo(0.6);
    expect(median([0.19])).toBe(0.19);
    expect(median([])).toBeNull();
  });
});

describe('trackRecordSentence', () => {
  it('gives a single settled target’s share as it is', () => {
    expect(trackRecordSentence(tallyTargets([{ verdict: 'missed', ratio: 567.5e6 / 3e9 }]))).toBe('1 target: 1 missed (19% of target)');
  });

  it('counts each verdict in the dashboard’s order and gives the median of the settled shares', () => {
    const tally = tallyTargets([
      { verdict: 'not yet due', ratio: null },
      { verdict: 'missed', ratio: 0.68 },
      { verdict: 'met', ratio: 1 },
    ]);
    expect(tally).toMatchObject({ targets: 3, met: 1, missed: 1, notYetDue: 1, shares: 2 });
    expect(trackRecordSentence(tally)).toBe('3 targets: 1 met, 1 missed, 1 not yet due (median 84% of target)');
  });

  it('leaves disputed targets and balances out of the median, and says nothing of a share when none is known', () => {
    const tally = tallyTargets([
      { verdict: 'disputed', ratio: 0.1 },
      { verdict: 'met', ratio: null },
      { verdict: 'no reported figure yet', ratio: null },
    ]);
    expect(tally.medianShare).toBeNull();
    expect(trackRecordSentence(tally)).toBe('3 targets: 1 met, 1 disputed, 1 no reported figure yet');
  });

  it('says when no target was stated', () => {
    expect(trackRecordSentence(tallyTargets([]))).toBe('No targets stated');
  });
});
