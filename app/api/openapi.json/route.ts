import { openApiDocument } from '@/app/lib/api/openapi-document';
import { badParameters, jsonRead, readPreflight } from '@/app/lib/http/read-responses';

/** GET /api/openapi.json: the OpenAPI 3.1 document of this API (app/lib/api/openapi-document.ts). */
export function GET(request: Request) {
  const names = [...new Set(new URL(request.url).searchParams.keys())];
  if (names.length) return badParameters(names.slice(0, 10).map((name) => `“${name.slice(0, 40)}” is not a parameter of this endpoint; it takes none.`));
  return jsonRead(request, openApiDocument());
}

export function OPTIONS() {
  return readPreflight();
}
