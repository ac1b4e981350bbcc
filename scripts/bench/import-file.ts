import { stringify } from 'csv-stringify/sync';
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { todayIso } from '../../app/lib/domain/dates';
import { COLUMNS, syntheticRows } from './synthetic-statements';

/**
 * A Tradewatch export of `count` synthetic statements numbered from `firstId`
 * (an export of another database, so every id is new here), written to `path`
 * as it is generated; with `bytes`, rows are written until the file is that big.
 */
export async function writeImportFile(path: string, options: { count?: number; bytes?: number; firstId?: number }): Promise<{ rows: number; bytes: number }> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(stringify([[...COLUMNS]]));
  const limit = options.bytes ?? Number.POSITIVE_INFINITY;
  let written = 0;
  let rows = 0;
  // Ten thousand at a time, so a file of any size is written from a bounded buffer.
  for (const row of syntheticRows(options.count ?? Number.MAX_SAFE_INTEGER, options.firstId ?? 1_000_000, todayIso())) {
    const line = stringify([row]);
    written += Buffer.byteLength(line);
    await write(line);
    rows++;
    if (written >= limit) break;
  }
  out.end();
  await once(out, 'finish');
  return { rows, bytes: statSync(path).size };
}
