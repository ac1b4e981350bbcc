import { APPROXIMATE_TOLERANCE, CONFLICT_THRESHOLD, thresholdText } from '@/app/lib/domain/thresholds';

/** How a verdict is reached, in one sentence, with the thresholds the rules use. */
export function VerdictRules({ balance }: { balance: boolean }) {
  return (
    <p className="hint">
      A target is met when a figure reported for exactly its period reaches it; “about” and “nearly” count from{' '}
      {thresholdText(APPROXIMATE_TOLERANCE)} short{balance ? ', and a deficit target is met by a deficit no larger than it' : ''}. Reported
      figures more than {thresholdText(CONFLICT_THRESHOLD)} apart are flagged as a conflict.
    </p>
  );
}
