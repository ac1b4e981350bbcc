import busboy from 'busboy';
import { Readable } from 'node:stream';

// Reads a multipart/form-data upload as it arrives, instead of
// request.formData(), which holds the whole file in memory before anything
// can look at it. busboy is the streaming multipart parser Next.js itself
// vendors for server actions (see the README's libraries).

/** Raised on the file's stream when it passes the cap; the import reports the message as it is. */
export class FileTooLargeError extends Error {
  readonly userMessage: string;
  constructor(maxBytes: number) {
    const message = `The file is over ${Math.round(maxBytes / 1024 / 1024)} MB; nothing was imported. Import it with \`npm run import -- file.csv\`.`;
    super(message);
    this.userMessage = message;
  }
}

export type Upload = { file: Readable; refusal: null } | { file: null; refusal: string };

/**
 * The stream of the part named `field`, or why there is none. Other fields
 * are skipped; bytes past `maxBytes` end the file's stream with
 * FileTooLargeError. Backpressure holds: the request is read no faster than
 * the file's stream is.
 */
export function uploadedFile(request: Request, field: string, maxBytes: number): Promise<Upload> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (upload: Upload) => {
      if (!settled) resolve(upload);
      settled = true;
    };
    let parser: ReturnType<typeof busboy>;
    try {
      parser = busboy({ headers: Object.fromEntries(request.headers), limits: { files: 1, fileSize: maxBytes, fields: 20, fieldSize: 4096 } });
    } catch {
      return settle({ file: null, refusal: 'Send the file as multipart/form-data in a field named “file”.' });
    }
    parser.on('file', (name, stream) => {
      if (name !== field || settled) {
        stream.resume();
        return;
      }
      stream.once('limit', () => stream.destroy(new FileTooLargeError(maxBytes)));
      settle({ file: stream, refusal: null });
    });
    parser.on('error', (error: unknown) => settle({ file: null, refusal: `The upload could not be read: ${error instanceof Error ? error.message : String(error)}` }));
    parser.on('close', () => settle({ file: null, refusal: 'Choose a CSV file to import; the one sent is missing.' }));
    if (!request.body) return settle({ file: null, refusal: 'Choose a CSV file to import; the one sent is missing.' });
    Readable.fromWeb(request.body as Parameters<typeof Readable.fromWeb>[0]).pipe(parser);
  });
}
