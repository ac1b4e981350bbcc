// `npm run editor:password`: replaces, in the database the environment names
// (DATABASE_URL, else DATABASE_PATH), the editor password with a new generated
// one (or the one given) and prints it once. Every session signed in before
// ends, in the running server too: it reads the sessions table on each request.
import { randomBytes } from 'node:crypto';
import { closeDatabase, describeDatabase, prepareConfiguredDatabase } from '../app/lib/data/prepare';
import { setEditorPassword } from '../app/lib/auth/editor-credentials';

const password = process.argv[2] || randomBytes(18).toString('base64url');
const db = await prepareConfiguredDatabase();
const { sessionsEnded } = await setEditorPassword(db, password);
await closeDatabase(db);
console.log(`New editor password for ${describeDatabase()} (shown once):\n  ${password}`);
console.log(`Signed out ${sessionsEnded} editor session${sessionsEnded === 1 ? '' : 's'}.`);
if (process.env.EDITOR_PASSWORD) console.log('Note: EDITOR_PASSWORD is set, and replaces this password at the next start.');
