import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';

// The article the product started from (KabulNow, 15 April 2023), as in ../shared/data/seed-article.txt.
const SEED_ARTICLE = `The Deputy Prime Minister of Kazakhstan, Serik Zhumangarin, met with the Taliban Deputy Prime Minister, Mullah Abdul Ghani Baradar, and the Taliban’s Foreign Minister, Amir Khan Muttaqi, in Kabul on Saturday.
“Both parties engaged in a thorough discussion of important political, economic, commercial, transportation, railway, and other initiatives throughout the meeting. During the meeting, the Deputy Prime Minister for Economic Affairs expressed his appreciation for Kazakhstan’s humanitarian aid and noted that both countries have always maintained cordial relations and close cooperation.” Mullah Baradar’s office said in a tweet.
At the meeting, Taliban officials requested Kazakhstan to accept the group’s diplomats in order to expand relations between the two countries. The Deputy Prime Minister of Kazakhstan reportedly expressed his country’s interest in strengthening bilateral relations with Afghanistan and accepted the Taliban’s request.
Although no country has officially recognized the Taliban as the legitimate government of Afghanistan, but the group has gained control of the Afghan embassies in the neighbouring countries, including Islamabad and Tehran.
The office of Mullah Baradar quoted Zhumangarin as expressing his desire to develop business relations, create a joint group to quickly solve business problems, facilitate Afghanistan businessmen with easy access to visas, and open bank branches in both countries. The Kazakh official added that the two countries had a trade volume of approximately one billion dollars last year, a twofold rise from the year before. He also said that this amount will surpass $3 billion this year.
In a separate meeting with Taliban Foreign Minister Amir Khan Muttaqi, both sides discussed bilateral trade and visa processing issues. Kazakhstan’s Deputy Prime Minister emphasized that Afghanistan has a unique position as a transit point connecting Central and South Asia, and that Kazakhstan is trying to connect Afghanistan to the region through railways to pave the way for trade.
`;

describe('the seed article, said on 2023-04-15', () => {
  const found = extractStatements({
    text: SEED_ARTICLE,
    statementDate: '2023-04-15',
    url: 'https://kabulnow.com/2023/04/kazakhstan-is-ready-to-accept-our-diplomats-says-the-taliban/',
  });

  it('finds exactly three statements: 2022 reported, 2021 derived, 2023 projected', () => {
    expect(found).toHaveLength(3);
    const shared = { economyA: 'KAZ', economyB: 'AFG', flow: 'total', currency: 'USD', speaker: 'Serik Zhumangarin' };
    expect(found[0]).toMatchObject({
      ...shared,
      kind: 'reported',
      value: 1e9,
      valueUsd: 1e9,
      qualifier: 'approximately',
      periodStart: '2022-01-01',
      periodEnd: '2022-12-31',
      valueText: 'approximately one billion dollars',
      derivedFrom: null,
    });
    expect(found[1]).toMatchObject({
      ...shared,
      kind: 'reported',
      value: 5e8,
      qualifier: 'approximately',
      periodStart: '2021-01-01',
      periodEnd: '2021-12-31',
      derivedFrom: 0,
      derivation: 'a twofold rise from the year before: 1000000000 ÷ 2',
    });
    expect(found[2]).toMatchObject({
      ...shared,
      kind: 'projected',
      value: 3e9,
      qualifier: 'more than',
      periodStart: '2023-01-01',
      periodEnd: '2023-12-31',
      quote: 'He also said that this amount will surpass $3 billion this year.',
      derivedFrom: null,
    });
  });

  it('highlights the figure inside its sentence', () => {
    for (const s of found) expect(s.quote.slice(s.valueSpan[0], s.valueSpan[1])).toBe(s.valueText);
  });
});
