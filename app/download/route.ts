import { plainText } from '@/app/lib/csv/csv-responses';
import { EXPORT_RETRY_AFTER_SECONDS, MAX_CONCURRENT_EXPORTS, takeExportSlot } from '@/app/lib/csv/export-slots';
import { packageFileName, streamDataPackage } from '@/app/lib/package/data-package-stream';
import { publicOrigin } from '@/app/lib/publish/public-origin';

export const dynamic = 'force-dynamic';

/**
 * GET /download: the whole record as a Frictionless data package, a zip of
 * statements.csv, targets.csv, datapackage.json and README.txt (official.csv
 * too when official figures on file may be handed on), streamed as it is
 * read (app/lib/package/). It counts among the CSV exports: at most
 * MAX_CONCURRENT_EXPORTS run at once, 503 with Retry-After beyond.
 */
export async function GET(request: Request) {
  const slot = takeExportSlot();
  if (!slot) {
    const message = `${MAX_CONCURRENT_EXPORTS} downloads are already running. Please try again in ${EXPORT_RETRY_AFTER_SECONDS} seconds.\n`;
    return plainText(message, 503, { 'Retry-After': String(EXPORT_RETRY_AFTER_SECONDS) });
  }
  const now = new Date();
  try {
    // streamDataPackage gives the slot back itself, whichever way the download ends (or fails to start).
    const body = await streamDataPackage({ origin: publicOrigin(request.headers), now, signal: request.signal, onEnd: slot.release });
    return new Response(body, {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${packageFileName(now)}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    console.error('download failed', error);
    return plainText('The data package could not be built just now; try again in a moment.\n', 500);
  }
}
