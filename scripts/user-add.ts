// `npm run user:add -- --email a@b.org --role editor [--name "A B"] [--base-url https://…]`:
// invites someone as an admin would on the accounts page, and prints the
// one-time link (valid 48 hours) to send them. The running server needs no
// restart: it reads the accounts and invitations tables on each request.
import { parseArgs } from 'node:util';
import { ROLES } from '../db/vocabulary';
import { INVITATION_HOURS, inviteAccount } from '../app/lib/accounts/account-changes';
import { inviteSchema } from '../app/lib/accounts/form-schemas';
import { closeDatabase, describeDatabase, prepareConfiguredDatabase } from '../app/lib/data/prepare';

const USAGE = `Usage: npm run user:add -- --email name@newsroom.org --role ${ROLES.join('|')} [--name "Full Name"] [--base-url https://tradewatch.example.org]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

let options: { email?: string; role?: string; name?: string; 'base-url'?: string };
try {
  options = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, 'base-url': { type: 'string' } },
    strict: true,
  }).values;
} catch (error) {
  fail((error as Error).message);
}

if (!options.email) fail('Give the person’s email with --email.');
if (!options.role) fail('Give a role with --role.');
const parsed = inviteSchema.safeParse({ email: options.email, role: options.role, name: options.name ?? options.email.split('@')[0] });
if (!parsed.success) fail(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('\n'));

const base = (options['base-url'] || process.env.PUBLIC_URL || 'http://localhost:3000').trim().replace(/\/+$/, '');
if (!/^https?:\/\/[^\s/]+/.test(base)) fail(`--base-url (or PUBLIC_URL) must be an http(s) address such as https://tradewatch.example.org, not "${base}".`);

const db = await prepareConfiguredDatabase();
try {
  const result = await inviteAccount(db, parsed.data, null);
  if (!result.ok) fail(result.message);
  const { account, token, expiresAt } = result.value;
  console.log(`Invited ${account.name} <${account.email}> as ${account.role} in ${describeDatabase()}.`);
  console.log(`Send them this link; it works once, for ${INVITATION_HOURS} hours (until ${expiresAt}):`);
  console.log(`  ${base}/invite/${token}`);
} finally {
  await closeDatabase(db);
}
