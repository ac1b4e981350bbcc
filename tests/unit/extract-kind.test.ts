import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';
import { kindOf } from '../../app/lib/extract/roles/kind';

function kinds(text: string, statementDate = '2023-05-01'): string[] {
  return extractStatements({ text, statementDate }).map((s) => s.kind);
}

describe('reported or projected', () => {
  it.each([
    'Trade between Chile and Peru will reach $5 billion.',
    'Chile and Peru aim to raise trade to $5 billion.',
    'Chile and Peru target trade of $5 billion.',
    'Chile and Peru plan to bring trade to $5 billion.',
    'Chile and Peru expect trade to hit $5 billion.',
    'Trade between Chile and Peru could reach $5 billion.',
    'The goal is trade between Chile and Peru of $5 billion.',
    'Trade between Chile and Peru is expected to rise to $5 billion.',
  ])('reads “%s” as projected', (text) => {
    expect(kinds(text)).toEqual(['projected']);
  });

  it.each([
    'Trade between Chile and Peru reached $5 billion in 2022.',
    'Trade between Chile and Peru was $5 billion last year.',
    'Trade between Chile and Peru stood at $5 billion in 2021.',
    'Trade between Chile and Peru amounted to $5 billion in 2022.',
  ])('reads “%s” as reported', (text) => {
    expect(kinds(text)).toEqual(['reported']);
  });

  it('lets the verb nearest the figure decide: a plan, then what trade reached', () => {
    expect(kinds('Chile and Peru plan to expand ties; trade between them reached $5 billion last year.')).toEqual(['reported']);
  });

  it('reads a figure for a deadline as projected even without a future verb', () => {
    expect(kinds('Trade between Chile and Peru: $9 billion by 2030.')).toEqual(['projected']);
  });

  it('reads a figure for a period still to come as projected', () => {
    expect(kindOf('trade is', { start: '2024-01-01', end: '2024-12-31', label: '2024' }, false, '2023-05-01')).toBe('projected');
  });

  it('reads a target already met as the target, plus a reported lower bound stated in its own right', () => {
    const [target, met] = extractStatements({ text: 'Chile and Peru have surpassed the bilateral trade target of $5 billion set for 2025.', statementDate: '2023-05-01' });
    expect(target).toMatchObject({ kind: 'projected', qualifier: 'exact', periodStart: '2025-01-01' });
    expect(met).toMatchObject({ kind: 'reported', qualifier: 'more than', value: 5e9, derivedFrom: null });
  });
});
