/** Largest upload the import page accepts; a bigger file goes through `npm run import`. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
