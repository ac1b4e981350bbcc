import { getDb } from '@/db/client';
import { attributionOf } from '@/app/lib/auth/actor';
import { actorOrRefusal } from '@/app/lib/auth/authorise';
import { importRates } from '@/app/lib/data/exchange-rate-writes';
import { BODY_LIMITS, tooLargeMessage } from '@/app/lib/http/body-limits.js';
import { contentTypeRefusal } from '@/app/lib/http/content-type';
import { crossOriginRefusal } from '@/app/lib/http/same-origin';
import { uploadedFile } from '@/app/lib/import/multipart-upload';
import { MAX_RATES_UPLOAD_BYTES } from '@/app/lib/import/rates-limits';

function refuse(message: string, status = 400) {
  return Response.json({ error: message }, { status });
}

/**
 * POST multipart/form-data with a `file` of exchange rates (a World Bank WDI
 * download or a plain currency,year,units_per_usd,source file): answers with
 * newline-delimited JSON, as POST /api/import does: {"progress": 0.42} lines
 * while the file is read, {"saving": true} once every row has passed, then
 * {"report": {...}}: imported, or not imported at all.
 */
export async function POST(request: Request) {
  const refusal = crossOriginRefusal(request) ?? contentTypeRefusal(request, ['multipart']);
  if (refusal) return refusal;
  const { editor, refusal: notEditor } = await actorOrRefusal(request, 'import');
  if (notEditor) return notEditor;
  const declared = Number(request.headers.get('content-length'));
  if (declared > BODY_LIMITS.rates) return refuse(tooLargeMessage(BODY_LIMITS.rates), 413);

  const upload = await uploadedFile(request, 'file', MAX_RATES_UPLOAD_BYTES);
  if (upload.refusal !== null) return refuse(upload.refusal);
  const file = upload.file;

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: object) => controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
      try {
        const report = await importRates(getDb(), file, {
          editor: attributionOf(editor),
          totalBytes: declared || undefined,
          onProgress: (progress) => send({ progress }),
          onSaving: () => send({ saving: true }),
        });
        send({ report });
      } catch (error) {
        console.error('Rates import failed', error);
        send({ error: 'The import failed on our side. Import the file again: a rates import is all or nothing, and the same file twice changes nothing.' });
      }
      controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' } });
}
