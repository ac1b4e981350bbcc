import type { OfficialVerdict } from '@/app/lib/domain/official-outcome';

const OFFICIAL_VERDICT_CLASS: Record<OfficialVerdict, string> = {
  met: 'verdict-met',
  missed: 'verdict-missed',
  'not yet due': 'verdict-pending',
  'no official figure': 'verdict-pending',
};

/** An official verdict in the colours of the reported one. */
export function OfficialVerdictTag({ verdict }: { verdict: OfficialVerdict }) {
  return <span className={`verdict ${OFFICIAL_VERDICT_CLASS[verdict]}`}>{verdict}</span>;
}

/** Where the explanation of why the two sides' figures differ lives. */
export const MIRROR_STATISTICS_HREF = '/official-statistics#mirror-statistics';
