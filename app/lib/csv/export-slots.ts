/**
 * How many CSV exports may run at once. Each holds a read-only connection and
 * turns pages of rows into CSV on the server's one thread, so sixty clients
 * that start a download and never read held every page for seconds; past
 * the cap an export is refused with 503 and Retry-After instead.
 */
export const MAX_CONCURRENT_EXPORTS = 8;
/** Seconds a refused client is asked to wait before trying again. */
export const EXPORT_RETRY_AFTER_SECONDS = 10;

/** A place among the running exports: give it back with release(), as often as you like. */
export interface ExportSlot {
  release(): void;
}

// On globalThis, as db/client.ts keeps its client: one count per process, however the route is bundled.
const counter = globalThis as unknown as { tradewatchExportsRunning?: number };
const running = () => counter.tradewatchExportsRunning ?? 0;

/** A slot for one more export, or null when MAX_CONCURRENT_EXPORTS are running. */
export function takeExportSlot(limit = MAX_CONCURRENT_EXPORTS): ExportSlot | null {
  if (running() >= limit) return null;
  counter.tradewatchExportsRunning = running() + 1;
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      counter.tradewatchExportsRunning = running() - 1;
    },
  };
}

/** Exports running now (for tests and the attack check). */
export function exportsRunning(): number {
  return running();
}
