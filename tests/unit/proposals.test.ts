import { randomInt } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../app/lib/auth/actor';
import { getDashboard } from '../../app/lib/data/dashboard';
import { insertAccount } from '../../app/lib/data/account-records';
import { findProposal } from '../../app/lib/data/proposal-records';
import { fetchNamedHistory } from '../../app/lib/data/statement-history-reads';
import { fetchStatement, fetchViewStatements } from '../../app/lib/data/statement-reads';
import { updateStatement } from '../../app/lib/data/statement-edit-writes';
import { saveStatements } from '../../app/lib/data/statement-writes';
import type { Role } from '../../db/vocabulary';
import { approveProposal, proposeChange, proposeStatements, rejectProposal } from '../../app/lib/review/proposals';
import { comparedFields, statementSummary } from '../../app/lib/review/proposal-words';
import { useTempAppDatabase } from '../support/app-database';
import { exportAll } from '../support/export-all';
import { validInput } from '../support/valid-input';

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
let contributor: Actor;
let editor: Actor;
let secondEditor: Actor;

async function actorFor(name: string, role: Role): Promise<Actor> {
  const account = await insertAccount(temp.db, { email: `${name.toLowerCase().replace(/\s/g, '.')}@newsroom.test`, name, role, passwordHash: null });
  return { id: `session-${account.id}`, account, via: { kind: 'session', sessionId: `session-${account.id}` } };
}

beforeEach(async () => {
  temp = await useTempAppDatabase();
  contributor = await actorFor('Aida Contributor', 'contributor');
  editor = await actorFor('Bolat Editor', 'editor');
  secondEditor = await actorFor('Chyngyz Editor', 'editor');
});
afterEach(() => {
  delete process.env.REVIEW;
  temp.dispose();
});

// Mongolia–Kyrgyzstan: a pair the seed does not have, so every figure on it is this file's.
const MNG_KGZ = { pair: { first: 'MNG', second: 'KGZ' }, flow: 'total' as const, from: null, to: null };
/** A figure nobody else has: its amount and source carry a random tag. */
function figure(year = 2021, overrides: Record<string, string> = {}) {
  const millions = `${randomInt(100, 999)}.${randomInt(1, 9)}`;
  return validInput({ economyA: 'MNG', economyB: 'KGZ', period: String(year), valueText: `${millions} million US dollars`, statementDate: `${year + 1}-02-01`, sourceUrl: `https://example.org/${millions}`, ...overrides });
}

const liveOnPair = async () => (await fetchViewStatements(MNG_KGZ)).map((s) => s.id);
/** The dashboard's statements table for the pair (or for the pair it opens on instead, when this one has none). */
async function dashboardRows() {
  const dashboard = await getDashboard(MNG_KGZ, {});
  return dashboard.view ? dashboard.statements.rows : [];
}
const csvMentions = async (text: string) => (await exportAll(temp.path)).includes(text);

describe('proposals', () => {
  it('keeps a proposed figure from readers: the dashboard, its statements and the CSV, until an editor approves it', async () => {
    const proposed = figure(2021);
    const [id] = await proposeStatements(temp.db, [{ statement: proposed }], contributor);
    expect(await findProposal(temp.db, id)).toMatchObject({ status: 'pending', action: 'create', authorName: 'Aida Contributor' });
    expect(await liveOnPair()).toEqual([]);
    expect(await csvMentions(proposed.valueText)).toBe(false);
    expect((await dashboardRows()).some((s) => s.valueText === proposed.valueText)).toBe(false);

    const approved = await approveProposal(temp.db, id, editor, 'Checked against the article.');
    expect(approved.ok).toBe(true);
    const statementId = approved.ok ? approved.value.statementId : 0;
    expect(await liveOnPair()).toEqual([statementId]);
    expect(await csvMentions(proposed.valueText)).toBe(true);
    expect((await dashboardRows()).map((s) => s.id)).toEqual([statementId]);
    expect(await findProposal(temp.db, id)).toMatchObject({ status: 'approved', reviewerName: 'Bolat Editor', reviewComment: 'Checked against the article.', statementId });
  });

  it('applies an approved edit, deletion and restoration with the history naming the author, the reviewer and the reason', async () => {
    const saved = await saveStatements(temp.db, [{ statement: figure(2020) }], { label: 'session-e', accountId: editor.account.id });
    const statementId = saved.ok ? saved.saved[0].id : 0;
    const current = (await fetchStatement(statementId))!;

    const edit = await proposeChange(temp.db, { action: 'edit', statementId, statement: { ...current, valueText: '999.9 million US dollars', valueStated: 999.9e6, valueUsd: null }, baseVersion: current.updatedAt, reason: 'corrected per Kabar' }, contributor);
    expect((await fetchStatement(statementId))!.valueText).toBe(current.valueText);
    expect((await approveProposal(temp.db, edit, editor)).ok).toBe(true);
    expect((await fetchStatement(statementId))!.valueUsd).toBe(999.9e6);

    const deletion = await proposeChange(temp.db, { action: 'delete', statementId, reason: 'a duplicate of the ministry’s figure' }, contributor);
    expect((await fetchStatement(statementId))!.deletedAt).toBeNull();
    expect((await approveProposal(temp.db, deletion, secondEditor)).ok).toBe(true);
    expect(await liveOnPair()).toEqual([]);

    const restoration = await proposeChange(temp.db, { action: 'restore', statementId, reason: 'not a duplicate after all' }, contributor);
    expect((await approveProposal(temp.db, restoration, editor)).ok).toBe(true);
    expect(await liveOnPair()).toEqual([statementId]);

    const history = await fetchNamedHistory(statementId);
    expect(history.map((c) => [c.action, c.accountName, c.reviewerName, c.reason])).toEqual([
      ['created', 'Bolat Editor', null, null],
      ['edited', 'Aida Contributor', 'Bolat Editor', 'corrected per Kabar'],
      ['deleted', 'Aida Contributor', 'Chyngyz Editor', 'a duplicate of the ministry’s figure'],
      ['restored', 'Aida Contributor', 'Bolat Editor', 'not a duplicate after all'],
    ]);
  });

  it('rejects only with a comment, which the author then reads; nothing reaches readers', async () => {
    const proposed = figure(2019);
    const [id] = await proposeStatements(temp.db, [{ statement: proposed }], contributor);
    expect(await rejectProposal(temp.db, id, editor, '  ')).toEqual({ ok: false, message: expect.stringContaining('Say why') });
    expect((await findProposal(temp.db, id))?.status).toBe('pending');
    expect((await rejectProposal(temp.db, id, editor, 'The article gives 2018, not 2019.')).ok).toBe(true);
    expect(await findProposal(temp.db, id)).toMatchObject({ status: 'rejected', reviewerName: 'Bolat Editor', reviewComment: 'The article gives 2018, not 2019.' });
    expect((await approveProposal(temp.db, id, secondEditor)).ok).toBe(false);
    expect(await liveOnPair()).toEqual([]);
    expect(await csvMentions(proposed.valueText)).toBe(false);
  });

  it('links a derived figure of a batch to its parent once the parent is approved, and not before', async () => {
    const parent = figure(2022);
    const child = figure(2023, { kind: 'projected', derivation: 'double the year before' });
    const [parentId, childId] = await proposeStatements(temp.db, [{ statement: parent }, { statement: child, derivedFromIndex: 0 }], contributor, 'https://example.org/article');
    expect((await findProposal(temp.db, childId))?.batch).toBe('https://example.org/article');

    const early = await approveProposal(temp.db, childId, editor);
    expect(early).toEqual({ ok: false, message: expect.stringContaining(`proposal #${parentId}`) });
    expect((await findProposal(temp.db, childId))?.status).toBe('pending');

    const approvedParent = await approveProposal(temp.db, parentId, editor);
    const approvedChild = await approveProposal(temp.db, childId, editor);
    expect(approvedParent.ok && approvedChild.ok).toBe(true);
    if (!approvedParent.ok || !approvedChild.ok) return;
    expect((await fetchStatement(approvedChild.value.statementId))!.derivedFromId).toBe(approvedParent.value.statementId);
  });

  it('under two-person review, refuses an editor’s approval of their own proposal and lets a second editor approve it', async () => {
    process.env.REVIEW = 'two-person';
    const [id] = await proposeStatements(temp.db, [{ statement: figure(2018) }], editor);
    const own = await approveProposal(temp.db, id, editor);
    expect(own).toEqual({ ok: false, message: expect.stringContaining('second editor') });
    expect((await findProposal(temp.db, id))?.status).toBe('pending');
    expect(await liveOnPair()).toEqual([]);
    expect((await approveProposal(temp.db, id, secondEditor)).ok).toBe(true);
    expect(await liveOnPair()).toHaveLength(1);
  });

  it('refuses to approve a figure recorded meanwhile, and leaves the proposal pending to be rejected', async () => {
    const proposed = figure(2017);
    const [id] = await proposeStatements(temp.db, [{ statement: proposed }], contributor);
    const direct = await saveStatements(temp.db, [{ statement: proposed }], { label: 'session-e', accountId: editor.account.id });
    const existing = direct.ok ? direct.saved[0].id : 0;
    const approval = await approveProposal(temp.db, id, secondEditor);
    expect(approval).toEqual({ ok: false, message: expect.stringContaining(`statement #${existing}`) });
    expect(await findProposal(temp.db, id)).toMatchObject({ status: 'pending', reviewerId: null });
    expect(await liveOnPair()).toEqual([existing]);
  });

  it('links a derived figure to its parent’s figure when that was recorded meanwhile and the parent is rejected for it', async () => {
    const parent = figure(2012);
    const child = figure(2013, { kind: 'projected', derivation: 'double the year before' });
    const [parentId, childId] = await proposeStatements(temp.db, [{ statement: parent }, { statement: child, derivedFromIndex: 0 }], contributor, 'https://example.org/batch');
    const direct = await saveStatements(temp.db, [{ statement: parent }], { label: 'session-e', accountId: editor.account.id });
    const existing = direct.ok ? direct.saved[0].id : 0;
    expect(await approveProposal(temp.db, parentId, editor)).toEqual({ ok: false, message: expect.stringContaining(`statement #${existing}`) });
    expect((await rejectProposal(temp.db, parentId, editor, `Already recorded as #${existing}.`)).ok).toBe(true);

    const approvedChild = await approveProposal(temp.db, childId, editor);
    expect(approvedChild.ok).toBe(true);
    if (!approvedChild.ok) return;
    expect((await fetchStatement(approvedChild.value.statementId))!.derivedFromId).toBe(existing);
  });

  it('refuses as stale an edit, deletion or restoration proposed without a version when the statement changed since', async () => {
    const saved = await saveStatements(temp.db, [{ statement: figure(2011) }], { label: 'session-e', accountId: editor.account.id });
    const statementId = saved.ok ? saved.saved[0].id : 0;
    const current = (await fetchStatement(statementId))!;
    const edit = await proposeChange(temp.db, { action: 'edit', statementId, statement: { ...current, speaker: 'Proposed speaker' }, reason: 'speaker per the article' }, contributor);
    const deletion = await proposeChange(temp.db, { action: 'delete', statementId, reason: 'a duplicate' }, contributor);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await updateStatement(temp.db, statementId, { ...current, notes: 'checked by the desk' }, { label: 'session-e', accountId: editor.account.id })).ok).toBe(true);

    expect(await approveProposal(temp.db, edit, secondEditor)).toEqual({ ok: false, message: expect.stringContaining('was changed after this was proposed') });
    expect(await approveProposal(temp.db, deletion, secondEditor)).toEqual({ ok: false, message: expect.stringContaining('was changed after this was proposed') });
    expect(await fetchStatement(statementId)).toMatchObject({ speaker: current.speaker, notes: 'checked by the desk', deletedAt: null });
    expect((await findProposal(temp.db, deletion))?.status).toBe('pending');
  });

  it('refuses a contributor as a reviewer', async () => {
    const [id] = await proposeStatements(temp.db, [{ statement: figure(2016) }], editor);
    const other = await actorFor('Dana Contributor', 'contributor');
    expect((await approveProposal(temp.db, id, other)).ok).toBe(false);
    expect((await rejectProposal(temp.db, id, other, 'no')).ok).toBe(false);
    expect((await findProposal(temp.db, id))?.status).toBe('pending');
  });
});

describe('what a reviewer compares', () => {
  it('marks the fields an edit changes, by the entry form’s labels', async () => {
    const saved = await saveStatements(temp.db, [{ statement: figure(2015) }], 'test');
    const current = (await fetchStatement(saved.ok ? saved.saved[0].id : 0))!;
    const rows = comparedFields(current, { ...current, speaker: 'Batmunkh Battsetseg' });
    expect(rows.filter((r) => r.changed).map((r) => [r.label, r.current, r.proposed])).toEqual([['Speaker', '—', 'Batmunkh Battsetseg']]);
    expect(rows.find((r) => r.label === 'Economy A')).toMatchObject({ current: 'Mongolia (MNG)', changed: false });
    expect(statementSummary(current)).toBe(`Mongolia–Kyrgyzstan, total trade, 2015: “${current.valueText}”`);
  });

  it('shows a new figure on its own, with nothing marked changed', () => {
    const rows = comparedFields(null, figure(2014));
    expect(rows.every((r) => r.current === null && !r.changed)).toBe(true);
    expect(rows.find((r) => r.label === 'Period')?.proposed).toBe('2014');
  });
});
