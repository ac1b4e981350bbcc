import { readdirSync, readFileSync } from 'node:fs';

/** A process's parent id from /proc, or null once it has gone. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name sits in parentheses and may hold spaces: read after the last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** CPU time (user + system) `pids` have used so far, in ms; /proc counts it in USER_HZ ticks of 10 ms. */
export function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks * 10;
}

/** `pid` and every process below it. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(Number(name));
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const tree: number[] = [];
  const walk = (p: number) => {
    tree.push(p);
    for (const child of children.get(p) ?? []) walk(child);
  };
  walk(pid);
  return tree;
}

export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

/** A field of /proc/<pid>/status in kB (VmRSS, VmHWM), 0 once the process has gone. */
export function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Samples the resident memory of `pids()` (read afresh each time, so workers
 * started mid-run count) every `everyMs` until stopped; reports the first
 * sample and the peak, in kB.
 */
export function sampleRss(pids: () => number[], everyMs: number): { stop: () => { baselineKb: number; peakKb: number; samples: number } } {
  const total = () => pids().reduce((sum, pid) => sum + statusKb(pid, 'VmRSS'), 0);
  const baselineKb = total();
  let peakKb = baselineKb;
  let samples = 1;
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, total());
    samples++;
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      peakKb = Math.max(peakKb, total());
      return { baselineKb, peakKb, samples: samples + 1 };
    },
  };
}
