import { describe, expect, it } from 'vitest';
import { readCards } from '../../app/lib/extract/cards';
import { checkCards } from '../../app/lib/extract/save-cards';
import { cardFieldName } from '../../app/lib/extract/state';

/** The review form as the browser posts it: each card's fields under c0., c1., … */
function reviewForm(cards: Record<string, string>[]): FormData {
  const data = new FormData();
  data.set('cardCount', String(cards.length));
  cards.forEach((fields, index) => {
    for (const [name, value] of Object.entries(fields)) data.set(cardFieldName(index, name), value);
  });
  return data;
}

const KABULNOW = {
  economyA: 'Kazakhstan (KAZ)', economyB: 'Afghanistan (AFG)', flow: 'total', kind: 'reported',
  statementDate: '2023-04-15', sourceUrl: 'https://kabulnow.com/2023/04/kazakhstan', outlet: 'kabulnow.com', selected: 'on',
};
const reported = { ...KABULNOW, period: '2022', valueText: 'approximately one billion dollars', quote: 'a trade volume of approximately one billion dollars last year\r\nand more' };
const derived = { ...KABULNOW, period: '2021', valueText: '500,000,000 USD', hedge: 'approximately', derivation: 'half of 2022: a twofold rise', derivedFromIndex: '0' };

describe('reading the review cards', () => {
  it('reads each card back as typed, with its parent, selection and line breaks as \\n', () => {
    const [first, second] = readCards(reviewForm([reported, { ...derived, valueStart: '4', valueEnd: '9', duplicateId: '12' }]));
    expect(first).toMatchObject({ selected: true, derivedFrom: null, valueSpan: null, duplicateId: null });
    expect(first.values).toMatchObject({ economyA: 'Kazakhstan (KAZ)', period: '2022', quote: 'a trade volume of approximately one billion dollars last year\nand more' });
    expect(second).toMatchObject({ derivedFrom: 0, valueSpan: [4, 9], duplicateId: 12 });
  });

  it('turns the ticked cards into candidates for the write path, the derived one pointing at its parent', () => {
    const checked = checkCards(readCards(reviewForm([reported, derived])));
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.items.map((i) => i.derivedFromIndex)).toEqual([null, 0]);
    expect(checked.items[0].statement).toMatchObject({
      economyA: 'KAZ', economyB: 'AFG', periodStart: '2022-01-01', periodEnd: '2022-12-31', periodLabel: '2022',
      valueStated: 1e9, valueUsd: 1e9, currency: 'USD', usdRate: null, hedge: 'approximately', outlet: 'kabulnow.com', derivedFromId: null,
    });
    expect(checked.items[1].statement).toMatchObject({ valueUsd: 5e8, hedge: 'approximately', derivation: 'half of 2022: a twofold rise' });
  });

  it('leaves an unticked card out, and a card derived from it keeps no link', () => {
    const checked = checkCards(readCards(reviewForm([{ ...reported, selected: '' }, derived])));
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.items).toHaveLength(1);
    expect(checked.items[0].derivedFromIndex).toBeNull();
  });

  it('puts each problem on its own card and field, the way the form would', () => {
    const checked = checkCards(readCards(reviewForm([reported, { ...derived, statementDate: '', sourceUrl: 'https://' }])));
    if (checked.ok) throw new Error('expected a refusal');
    expect(checked.message).toBe('1 ticked statement needs correcting; nothing was saved yet.');
    expect(checked.cards[0].errors).toEqual({});
    expect(Object.keys(checked.cards[1].errors).sort()).toEqual(['sourceUrl', 'statementDate']);
  });

  it('says so when nothing is ticked', () => {
    const checked = checkCards(readCards(reviewForm([{ ...reported, selected: '' }])));
    expect(checked).toMatchObject({ ok: false, message: expect.stringMatching(/Nothing is ticked/) });
  });
});
