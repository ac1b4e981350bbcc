'use client';

import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { tickLabel } from '@/app/lib/dashboard/axis-ticks';
import type { TargetPoint } from '@/app/lib/domain/track-record';

/** Each series with its label and colour (the page's CSS variables, as the dashboard's chart uses them). */
const SERIES = {
  target: { label: 'Target stated', colour: 'var(--projected)' },
  outcome: { label: 'Reported for the period', colour: 'var(--reported)' },
} as const;

// The reported bar says the verdict by its colour too; the tooltip and the table below say it in words.
const VERDICT_COLOURS: Record<string, string> = { met: 'var(--met)', missed: 'var(--missed)', disputed: 'var(--pending)' };

type Row = { key: string; label: string; target: number; outcome: number | null; verdict: string; pair: string };

function TooltipBody({ active, payload }: { active?: boolean; payload?: { payload: Row }[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="claims-tooltip">
      <strong>
        {row.label} · {row.pair}
      </strong>
      <div>
        {SERIES.target.label}: {tickLabel(row.target)}
      </div>
      <div>
        {SERIES.outcome.label}: {row.outcome === null ? 'none yet' : tickLabel(row.outcome)}
      </div>
      <div>Verdict: {row.verdict}</div>
    </div>
  );
}

/** Each target a speaker stated beside what was reported for its period: claims against outcomes. */
export function ClaimsChart({ points }: { points: TargetPoint[] }) {
  const rows: Row[] = points.map((p) => ({ key: String(p.id), label: p.period, target: p.targetUsd, outcome: p.outcomeUsd, verdict: p.verdict, pair: p.pair }));
  return (
    <div className="claims-chart">
      <BarChart responsive style={{ width: '100%', height: 280 }} data={rows} margin={{ top: 12, right: 12, bottom: 4, left: 0 }} barGap={2} maxBarSize={56}>
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis dataKey="label" tickLine={false} interval={0} />
        <YAxis tickFormatter={tickLabel} width={64} />
        <Tooltip content={<TooltipBody />} cursor={{ fill: 'var(--grid)', opacity: 0.5 }} />
        <Bar dataKey="target" name={SERIES.target.label} fill={SERIES.target.colour} isAnimationActive={false} />
        <Bar dataKey="outcome" name={SERIES.outcome.label} fill={SERIES.outcome.colour} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.key} fill={VERDICT_COLOURS[r.verdict] ?? SERIES.outcome.colour} />
          ))}
        </Bar>
      </BarChart>
      <p className="claims-legend" aria-hidden="true">
        {[
          [SERIES.target.colour, SERIES.target.label],
          [VERDICT_COLOURS.met, 'reported, met'],
          [VERDICT_COLOURS.missed, 'reported, missed'],
        ].map(([colour, label]) => (
          <span key={label} className="legend-item">
            <span className="swatch" style={{ background: colour }} /> {label}
          </span>
        ))}
      </p>
    </div>
  );
}
