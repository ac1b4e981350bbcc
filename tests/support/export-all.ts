import { streamStatementsCsv } from '../../app/lib/csv/export';

/** The whole database as the "Download all" CSV, decoded as a spreadsheet reads it (its byte order mark kept). */
export async function exportAll(databasePath: string): Promise<string> {
  const bytes = await new Response(streamStatementsCsv(databasePath, null)).arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
