import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';

function speakers(text: string): (string | null)[] {
  return extractStatements({ text, statementDate: '2023-05-01' }).map((s) => s.speaker);
}

describe('the speaker', () => {
  it('reads “according to X”', () => {
    expect(speakers('Trade between Chile and Peru reached $5 billion in 2022, according to Maria Lopez, head of the chamber.')).toEqual(['Maria Lopez']);
  });

  it('reads “X said” and keeps the name from a title before it', () => {
    expect(speakers('Trade between Chile and Peru reached $5 billion in 2022, Chilean Trade Minister Jorge Vidal said.')).toEqual(['Jorge Vidal']);
  });

  it('reads “said X” at the end of a sentence', () => {
    expect(speakers('Trade between Chile and Peru reached $5 billion in 2022, said the Ministry of Foreign Trade.')).toEqual(['Ministry of Foreign Trade']);
  });

  it('reads the attribution outside a quotation', () => {
    expect(speakers('Chile and Peru met. “Trade between our countries reached $5 billion last year,” Jorge Vidal told reporters.')).toEqual(['Jorge Vidal']);
  });

  it('resolves a surname and a pronoun to the person named before', () => {
    const text = 'Chile’s minister Jorge Vidal met Peru’s envoy. Vidal said trade between the two countries reached $5 billion in 2022. He added that it will reach $7 billion next year.';
    expect(speakers(text)).toEqual(['Jorge Vidal', 'Jorge Vidal']);
  });

  it('resolves “the official” to the person named before, as in “quoted X as saying”', () => {
    const text = 'The ministry quoted Vidal as saying ties were strong. The Chilean official added that trade between Chile and Peru reached $5 billion in 2022.';
    expect(speakers(text)).toEqual(['Vidal']);
  });

  it('keeps a description when no person was named', () => {
    expect(speakers('The Peruvian ambassador to Santiago said trade between Chile and Peru reached $5 billion in 2022.')).toEqual(['Peruvian ambassador to Santiago']);
  });

  it('spells out an acronym the text defined', () => {
    const text = 'The Central Bank of Chile (CBC) published figures. Exports from Chile to Peru were $5 billion in 2022, CBC data showed.';
    expect(speakers(text)).toEqual(['Central Bank of Chile']);
  });

  it('is null when nobody is named', () => {
    expect(speakers('Trade between Chile and Peru reached $5 billion in 2022.')).toEqual([null]);
  });
});
