import { getDb } from '@/db/client';
import { attributionOf } from '@/app/lib/auth/actor';
import { actorOrRefusal } from '@/app/lib/auth/authorise';
import { reviewPolicy } from '@/app/lib/auth/permissions';
import { BODY_LIMITS, tooLargeMessage } from '@/app/lib/http/body-limits.js';
import { contentTypeRefusal } from '@/app/lib/http/content-type';
import { crossOriginRefusal } from '@/app/lib/http/same-origin';
import { MAX_UPLOAD_BYTES } from '@/app/lib/import/limits';
import { uploadedFile } from '@/app/lib/import/multipart-upload';
import { importCsv } from '@/app/lib/import/run-import';

// An import publishes every row at once: under two-person review that would skip the second editor.
const STATEMENTS_NEED_REVIEW =
  'This site runs with two-person review (REVIEW=two-person), so a file of statements is not imported here: each figure needs a second editor. Add them through the form or POST /api/statements, where each waits in the review queue. Official statistics still import.';

function refuse(message: string, status = 400) {
  return Response.json({ error: message }, { status });
}

/**
 * POST multipart/form-data with a `file`: answers with newline-delimited JSON,
 * progress lines ({"progress": 0.42}) as the file's rows are read (the upload
 * is read as it arrives, never held whole), {"saving": true} once every row
 * has passed, then {"report": {...}}: imported, or not imported at all.
 */
export async function POST(request: Request) {
  const refusal = crossOriginRefusal(request) ?? contentTypeRefusal(request, ['multipart']);
  if (refusal) return refusal;
  const { editor, refusal: notEditor } = await actorOrRefusal(request, 'import');
  if (notEditor) return notEditor;
  const declared = Number(request.headers.get('content-length'));
  if (declared > BODY_LIMITS.import) return refuse(tooLargeMessage(BODY_LIMITS.import), 413);

  const upload = await uploadedFile(request, 'file', MAX_UPLOAD_BYTES);
  if (upload.refusal !== null) return refuse(upload.refusal);
  const file = upload.file;

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: object) => controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
      try {
        const report = await importCsv(getDb(), file, {
          editor: attributionOf(editor),
          totalBytes: declared || undefined,
          onProgress: (progress) => send({ progress }),
          onSaving: () => send({ saving: true }),
          refuseStatements: reviewPolicy() === 'two-person' ? STATEMENTS_NEED_REVIEW : undefined,
        });
        send({ report });
      } catch (error) {
        console.error('Import failed', error);
        send({ error: 'The import failed on our side; nothing was imported. Try again.' });
      }
      controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' } });
}
