import { openDatabase } from '../../db/client';
import { claimAttempt } from '../../app/lib/data/sign-in-throttle';
import { closeWriteConnection } from '../../app/lib/data/write-transaction';

/*
 * Run as its own process by tests/unit/sign-in-throttle.test.ts, standing in
 * for a second app instance: opens the database file with its own
 * connection, waits for the agreed instant so that every process claims at
 * once, claims the keys and prints whether it got them.
 * Arguments: database path, start instant (ms since the epoch), keys as JSON.
 */
const [path, startAt, keys] = process.argv.slice(2);
const db = openDatabase(path);
while (Date.now() < Number(startAt));
const claim = await claimAttempt(db, JSON.parse(keys) as string[], Date.now(), 15_000);
process.stdout.write(JSON.stringify({ claimed: claim.claimed }));
closeWriteConnection(db);
db.$client.close();
