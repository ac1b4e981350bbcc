import { type CurrencyQuestion as Question, currencyAnswerValue } from '@/app/lib/statements/form-value';
import { FORM_LABELS } from '@/app/lib/statements/form-labels';

const NAMES = new Intl.DisplayNames(['en'], { type: 'currency' });

/** Asked when the value's words and the Currency box name different currencies: the editor picks one, nothing is chosen for them. */
export function CurrencyQuestion({ question }: { question: Question }) {
  const { written, inValue, chosen, answer } = question;
  return (
    <fieldset className="choices question" aria-describedby="currency-error">
      <legend>{FORM_LABELS.currencyChoice}</legend>
      <label>
        <input type="radio" id="currencyChoice-value" name="currencyChoice" value={currencyAnswerValue(question, inValue)} defaultChecked={answer === inValue} /> {NAMES.of(inValue)} ({inValue}), as “{written}” in the
        value says
      </label>
      <label>
        <input type="radio" id="currencyChoice-chosen" name="currencyChoice" value={currencyAnswerValue(question, chosen)} defaultChecked={answer === chosen} /> {NAMES.of(chosen)} ({chosen}), as chosen under Currency
      </label>
    </fieldset>
  );
}
