import { parsePeriod, type ParsedPeriod } from '../../app/lib/domain/period-parse';
import type { StatedBy } from '../../app/lib/domain/stated-by';
import { parseStatedValue, type ParsedValue } from '../../app/lib/domain/value-parse';

// What the parser tests read: the parse, or a thrown error saying what came back instead.

export function value(text: string, statedBy: StatedBy = {}): ParsedValue {
  const result = parseStatedValue(text, statedBy);
  if (!result.ok) throw new Error(`expected “${text}” to parse, got: ${result.error}`);
  return result.value;
}

export function valueError(text: string, statedBy: StatedBy = {}): string {
  const result = parseStatedValue(text, statedBy);
  if (result.ok) throw new Error(`expected “${text}” to fail, got ${JSON.stringify(result.value)}`);
  return result.error;
}

export function period(text: string, statedBy: StatedBy = {}): ParsedPeriod {
  const result = parsePeriod(text, statedBy);
  if (!result.ok) throw new Error(`expected “${text}” to parse, got: ${result.error}`);
  return result.period;
}

export function periodError(text: string, statedBy: StatedBy = {}): string {
  const result = parsePeriod(text, statedBy);
  if (result.ok) throw new Error(`expected “${text}” to fail, got ${JSON.stringify(result.period)}`);
  return result.error;
}
