/** Runs once when the server starts: migrate and seed before the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb, databasePath } = await import('./db/client');
    getDb();
    console.log(`Tradewatch database ready at ${databasePath()}`);
  }
}
