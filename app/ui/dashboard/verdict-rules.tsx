import { APPROXIMATE_TOLERANCE, CONFLICT_THRESHOLD, thresholdText } from '@/app/lib/domain/thresholds';

/** How a verdict is reached, in one sentence, with the thresholds the rules use. */
export function VerdictRules({ balance }: { balance: boolean }) {
  return (
    <p className="hint">
      A target is met when a figure reported for exactly its period reaches it; “about” and “nearly” allow{' '}
      {thresholdText(APPROXIMATE_TOLERANCE)} short
      {balance ? `. A deficit target is met by a deficit no larger than it (“about” allows a deficit ${thresholdText(APPROXIMATE_TOLERANCE)} larger)` : ''}.
      Reported figures more than {thresholdText(CONFLICT_THRESHOLD)} apart are flagged as a conflict
      {balance ? ', and so are a surplus and a deficit reported for one period' : ''}.
    </p>
  );
}
