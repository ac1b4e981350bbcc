import { Readable } from 'node:stream';
import { getDb } from '@/db/client';
import { editorOrRefusal } from '@/app/lib/auth/authorise';
import { MAX_UPLOAD_BYTES } from '@/app/lib/import/limits';
import { importCsv } from '@/app/lib/import/run-import';

function refuse(message: string, status = 400) {
  return Response.json({ error: message }, { status });
}

/**
 * POST multipart/form-data with a `file`: answers with newline-delimited JSON,
 * progress lines ({"progress": 0.42}) while the file is read, then
 * {"report": {...}} once it is imported, or not imported at all.
 */
export async function POST(request: Request) {
  const { editor, refusal } = await editorOrRefusal();
  if (refusal) return refusal;
  let data: FormData;
  try {
    data = await request.formData();
  } catch {
    return refuse('Send the file as multipart/form-data in a field named “file”.');
  }
  const file = data.get('file');
  if (!(file instanceof File) || file.size === 0) return refuse('Choose a CSV file to import; the one sent is missing or empty.');
  if (file.size > MAX_UPLOAD_BYTES) return refuse(`The file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; import it with \`npm run import -- file.csv\`.`, 413);

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: object) => controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
      try {
        const input = Readable.fromWeb(file.stream() as Parameters<typeof Readable.fromWeb>[0]);
        const report = await importCsv(getDb(), input, { editor: editor.id, totalBytes: file.size, onProgress: (progress) => send({ progress }) });
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
