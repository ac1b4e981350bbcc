/** Runs once when the server starts: migrate, seed and make sure editors have a password, before the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb, databasePath } = await import('./db/client');
    const { ensureEditorPassword } = await import('./app/lib/auth/editor-credentials');
    const db = getDb();
    await ensureEditorPassword(db);
    console.log(`Tradewatch database ready at ${databasePath()}`);
  }
}
