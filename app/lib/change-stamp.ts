import 'server-only';
import type { Db } from '../../db/client';

/**
 * A value that changes whenever the database does: data_version moves when
 * another connection (an import command, a backup restore) commits, and
 * total_changes() counts this connection's own writes.
 */
export function changeStamp(db: Db): string {
  const version = db.$client.pragma('data_version', { simple: true });
  const own = db.$client.prepare('select total_changes() as n').get() as { n: number };
  return `${version}:${own.n}`;
}
