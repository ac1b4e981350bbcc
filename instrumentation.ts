/** Runs once when the server starts: migrate, seed and make sure editors have a password, before the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { readOnlyFromNowOn, useDatabase } = await import('./db/client');
    const { describeDatabase, prepareConfiguredDatabase } = await import('./app/lib/data/prepare');
    const { ensureEditorPassword } = await import('./app/lib/auth/editor-credentials');
    const { isPostgres } = await import('./app/lib/data/sql-dialect');
    const db = useDatabase(await prepareConfiguredDatabase());
    await ensureEditorPassword(db);
    if (!isPostgres(db)) readOnlyFromNowOn(db);
    console.log(`Tradewatch database ready at ${describeDatabase()}`);
    // Every pair's /pairs record brought up to date in the background, yielding
    // between pairs: the server answers meanwhile, and a /pairs that arrives
    // first shares the computations under way instead of starting its own.
    // Then the statements browser's verdicts and name groups, so the first
    // search, speaker page or /api/targets does not judge every pair itself.
    const { warmPairOverviews } = await import('./app/lib/data/pair-overview-reads');
    const { freshBrowseTables } = await import('./app/lib/data/browse-freshness');
    warmPairOverviews()
      .then(
        (warmed) => console.log(`Pair overviews ready: ${warmed.pairs} pairs in ${warmed.seconds.toFixed(1)} s`),
        (error) => console.error('Pair overviews could not be computed at start-up; /pairs will compute them.', error),
      )
      .then(async () => {
        const started = performance.now();
        await freshBrowseTables(db);
        console.log(`Target verdicts and speaker names ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      })
      .catch((error) => console.error('Target verdicts could not be judged at start-up; the first read will judge them.', error));
  }
}
