import { economyName } from './economies';
import { EARLIEST_YEAR, LATEST_YEAR, MAX_PLAUSIBLE_USD, MIN_USD_RATE } from './limits';

// One message per problem with a statement, whichever way it came in: the form
// shows it under its field, the JSON API under the field's name, the CSV import
// with the line and column. Each says what is wrong and how to fix it.

const usd = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', notation: 'compact' });

export const STATEMENT_MESSAGES = {
  economyMissing: (side: 'A' | 'B') => `Enter economy ${side}: a country name or ISO code, e.g. Kazakhstan or KAZ.`,
  economyUnknown: (typed: string) =>
    `“${typed.trim().slice(0, 60)}” is not an economy we know. Pick one from the list: a country name, its ISO alpha-3 code (KAZ), or European Union.`,
  economiesSame: (code: string) =>
    `Economy B must differ from economy A (both are ${economyName(code)}); a trade statement is between two economies.`,
  flow: 'Choose the flow: total trade, exports, imports or trade balance (total, exports, imports, balance).',
  kind: 'Choose whether the figure is reported or projected.',
  hedge: 'Choose a hedge from the list: exact, approximately, more than, at least, less than, up to, nearly.',
  balanceWordWithoutBalance: (word: string) =>
    `“${word}” is a trade balance, not a volume; choose “Trade balance” as the flow (a deficit is stored as a negative value).`,
  dateNotReal: (label: string) => `${label} must be a real date written yyyy-mm-dd, e.g. 2023-04-15.`,
  dateInFuture: (label: string) => `${label} is in the future; enter the day it happened (today or earlier).`,
  dateTooEarly: (label: string) => `${label} must be in ${EARLIEST_YEAR} or later.`,
  yearOutOfRange: `The year must be between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`,
  periodReversed: 'The period ends before it starts; swap the dates.',
  statementDateMissing: 'Enter the date the statement was made (yyyy-mm-dd); it is needed to read “last year” and “this year”.',
  publishedBeforeStatement: 'The publication date is before the statement date; a statement is published on or after the day it is made.',
  valueTextMissing: 'Enter the value as stated, e.g. “567.5 million” or “$3bn”.',
  notANumber: (label: string) => `${label} is not a number; write it plainly, e.g. 567500000.`,
  negativeVolume:
    'Values must be positive except for a trade balance: a trade volume is never below zero. Remove the minus sign, or choose “Trade balance” for a deficit.',
  zeroVolume: 'A trade volume must be more than zero; enter the figure that was stated.',
  currencyUnknown: (code: string) => `“${code}” is not an ISO 4217 currency code; use three letters such as USD, EUR, CNY or NPR.`,
  rateMissing: (currency: string) =>
    `Enter the rate used to convert ${currency} to US dollars: how many US dollars one ${currency} was worth over the period.`,
  rateNotANumber: (typed: string) =>
    `“${typed.trim().slice(0, 30)}” is not a rate; write how many US dollars one unit was worth as a plain number with a point for decimals.`,
  currencyConflict: (written: string, inValue: string, chosen: string) =>
    `The value says “${written}” (${inValue}) but the currency chosen is ${chosen}; say which of the two the figure was stated in.`,
  rateDependsOnCurrency: (inValue: string, chosen: string) => {
    const need = (code: string) => (code === 'USD' ? 'if it is in US dollars, leave the rate empty' : `if it is in ${code}, enter how many US dollars one ${code} was worth`);
    return `The rate depends on that answer: ${need(chosen)}; ${need(inValue)}.`;
  },
  rateTooSmall: (rate: number) =>
    `A rate of ${rate} US dollars a unit is below ${MIN_USD_RATE}, smaller than any currency's; check the rate's direction (US dollars for one unit, not units for one dollar) or enter the value in US dollars.`,
  rateOrigin: 'Whose rate it is must be editor, table or text; leave it empty for a rate you typed.',
  rateForDollars: 'A value in US dollars takes no rate; leave the rate empty (or 1).',
  usdInconsistent: (valueUsd: number, expected: number) =>
    `The value in US dollars (${valueUsd}) is not the stated value times the rate (${expected}); correct one of the three.`,
  implausible: (valueUsd: number) =>
    `That is ${usd.format(valueUsd)}, ${valueUsd > MAX_PLAUSIBLE_USD ? 'more than' : 'not under'} $${MAX_PLAUSIBLE_USD / 1e12} trillion, which no trade between two economies reaches; check the unit (million or billion) and the rate.`,
  notText: (field: string) => `${field} must be text (or a number), not a list or an object; send it as a string, e.g. "567.5 million".`,
  tooLong: (label: string, max: number) => `${label} is longer than ${max} characters; shorten it or move the rest to Notes.`,
  urlNotWeb: 'The source URL must be a web address starting with http:// or https://, e.g. https://kabulnow.com/…',
  derivedFromNotANumber: 'Derived from takes the number of another statement, e.g. 12 (from its address /statements/12).',
  parentMissing: (id: number) => `There is no statement #${id}; enter the number of an existing statement or leave this empty.`,
  parentOtherPair: (id: number, pair: string) =>
    `Statement #${id} is about another pair (${pair}); a figure derives from a statement of the same two economies.`,
  parentDeleted: (id: number) => `Statement #${id} was deleted; restore it first, or enter the number of a live statement.`,
  parentProjected: (id: number) =>
    `Statement #${id} is a projection; a projected figure derives from a reported one (the figure it multiplies or extends). Enter that statement's number, or leave this empty.`,
  parentItself: (id: number) => `Statement #${id} cannot be the source of itself; enter another statement's number or leave it empty.`,
} as const;
