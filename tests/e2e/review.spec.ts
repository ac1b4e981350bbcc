import { randomInt } from 'node:crypto';
import { type Browser, type Page } from '@playwright/test';
import { inviteAndActivate, freshContext, type ActivatedAccount } from './accounts-fixtures';
import { bodyRows, expect, parseCsv, statementsTable, test } from './fixtures';

/*
 * The review story of issue 15, as the newsroom lives it: a contributor's
 * figures wait for an editor, readers see only what an editor approved, and
 * the statement's history names who proposed and who approved, and why.
 */

/** An article of our own on a pair the seed lacks (Mongolia–Kyrgyzstan), with three figures nobody else uses. */
function article() {
  const [a, b, c] = [randomInt(300, 499), randomInt(100, 299), randomInt(600, 999)];
  return {
    figures: [a, b, c],
    url: `https://example.org/mongolia-kyrgyz-trade-${Date.now()}-${randomInt(1e6)}`,
    text:
      `ULAANBAATAR — Trade turnover between Mongolia and Kyrgyzstan reached $${a} million in 2022, Mongolia's foreign minister Batmunkh Battsetseg said on Monday. ` +
      `In 2019 trade between Mongolia and Kyrgyzstan amounted to $${b} million, she said. ` +
      `The two countries aim to raise bilateral trade to $${c} million by 2030.`,
  };
}

/** What a reader sees: the pair's dashboard rows and the CSV rows from the article. */
async function readerView(browser: Browser, url: string) {
  const reader = await freshContext(browser);
  const page = await reader.newPage();
  await page.goto('/?pair=MNG-KGZ&flow=total');
  const table = statementsTable(page);
  const rows = (await table.count()) === 0 ? [] : await bodyRows(table).allInnerTexts();
  const csv = parseCsv(await (await reader.request.get('/statements.csv')).text()).records.filter((r) => Object.values(r).includes(url));
  await reader.close();
  return { rows, csv };
}

/** Opens a proposal from the review queue by its figure's amount. */
async function openProposal(page: Page, millions: number) {
  await page.goto('/review');
  await page.getByRole('row').filter({ hasText: `$${millions} million` }).getByRole('link', { name: /^#\d+: Add a figure$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Proposal #\d+: Add a figure$/ })).toBeVisible();
}

test.describe('review before publishing', () => {
  test.describe.configure({ timeout: 180_000 });
  let contributor: ActivatedAccount;
  let editor: ActivatedAccount;

  test.beforeAll(async ({ browser }) => {
    contributor = await inviteAndActivate(browser, { role: 'contributor' });
    editor = await inviteAndActivate(browser, { role: 'editor' });
  });
  test.afterAll(async () => {
    await contributor?.context.close();
    await editor?.context.close();
  });

  test('a contributor’s three figures wait for an editor, who approves two and rejects one; readers see the two, and the history names both', async ({ browser }) => {
    const { figures, url, text } = article();
    const [reported, earlier, target] = figures;

    // The contributor finds the article's statements and proposes them.
    const mine = contributor.page;
    await mine.goto('/statements/extract');
    await expect(mine.getByRole('note').filter({ hasText: 'proposed for an editor’s review' })).toBeVisible();
    await mine.getByLabel('Article text').fill(text);
    await mine.getByLabel('Article URL').fill(url);
    await mine.getByLabel('Statement date').fill('2023-05-08');
    await mine.getByRole('button', { name: 'Find statements' }).click();
    await expect(mine.getByRole('group', { name: /^Statement \d+:/ })).toHaveCount(3);
    await mine.getByRole('button', { name: 'Save ticked statements' }).click();
    await expect(mine).toHaveURL(/\/review\?proposed=3$/);
    await expect(mine.getByRole('status')).toHaveText('3 figures proposed for review: readers see them once an editor approves them.');
    const own = mine.getByRole('table', { name: 'Your proposals, newest first' });
    await expect(bodyRows(own).filter({ hasText: 'Waiting for review' })).toHaveCount(3);

    // Readers see none of them, on the dashboard or in the CSV.
    const before = await readerView(browser, url);
    expect(before.rows.filter((row) => figures.some((m) => row.includes(`$${m}M`)))).toEqual([]);
    expect(before.csv).toEqual([]);

    // The editor finds them together under the article's address, named by their author.
    const desk = editor.page;
    await desk.goto('/review');
    const batch = desk.getByRole('region', { name: `From ${url}` });
    await expect(bodyRows(batch.getByRole('table'))).toHaveCount(3);
    await expect(bodyRows(batch.getByRole('table')).filter({ hasText: contributor.name })).toHaveCount(3);

    // A proposal is not for readers' eyes.
    await openProposal(desk, reported);
    const proposalUrl = desk.url();
    const reader = await freshContext(browser);
    const readerPage = await reader.newPage();
    await readerPage.goto(proposalUrl);
    await expect(readerPage.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
    await expect(readerPage.getByText(`$${reported} million`)).toHaveCount(0);
    await reader.close();

    // Approve two, one with a comment; reject one, saying why.
    await expect(desk.getByRole('table', { name: 'The proposed figure, field by field' }).getByRole('row', { name: /Value as stated/ })).toContainText(`$${reported} million`);
    const approveForm = desk.getByRole('form', { name: 'Approve' });
    await approveForm.getByLabel('Comment for the author').fill('Checked against the ministry’s release.');
    await approveForm.getByRole('button', { name: 'Approve and publish' }).click();
    await expect(desk.getByRole('status')).toHaveText('Approved: readers see the change now.');
    await expect(desk.getByRole('note', { name: 'Outcome' })).toContainText(`Approved by ${editor.name}`);
    const approvedLink = desk.getByRole('note', { name: 'Outcome' }).getByRole('link', { name: /^statement #\d+$/ });
    const statementPath = (await approvedLink.getAttribute('href'))!;

    await openProposal(desk, target);
    await desk.getByRole('form', { name: 'Approve' }).getByRole('button', { name: 'Approve and publish' }).click();
    await expect(desk.getByRole('status')).toHaveText('Approved: readers see the change now.');

    await openProposal(desk, earlier);
    const rejectForm = desk.getByRole('form', { name: 'Reject' });
    await rejectForm.getByLabel('Comment for the author').fill('The article gives this figure for 2019 but it is the ministry’s estimate; find the customs figure.');
    await rejectForm.getByRole('button', { name: 'Reject' }).click();
    await expect(desk.getByRole('status')).toHaveText('Rejected: nothing changed for readers, and the author sees your comment.');
    await expect(desk.getByRole('form', { name: 'Approve' })).toHaveCount(0);

    // Readers now see exactly the two, on the dashboard and in the CSV.
    const after = await readerView(browser, url);
    expect(after.rows.filter((row) => figures.some((m) => row.includes(`$${m}M`)))).toHaveLength(2);
    expect(after.rows.some((row) => row.includes(`$${earlier}M`))).toBe(false);
    expect(after.csv).toHaveLength(2);

    // The contributor sees each outcome, and the editor's comment.
    await mine.goto('/review');
    const outcomes = bodyRows(mine.getByRole('table', { name: 'Your proposals, newest first' }));
    await expect(outcomes.filter({ hasText: `Approved by ${editor.name}` })).toHaveCount(2);
    const rejected = outcomes.filter({ hasText: `Rejected by ${editor.name}` });
    await expect(rejected).toHaveCount(1);
    await expect(rejected).toContainText('find the customs figure');
    await expect(rejected).toContainText(`$${earlier} million`);

    // The team's history names the author and the approving editor.
    await desk.goto(statementPath);
    const history = desk.getByRole('list').filter({ hasText: /^created/ }).first();
    await expect(history.getByRole('listitem').first()).toContainText(`created`);
    await expect(history.getByRole('listitem').first()).toContainText(`by ${contributor.name}, approved by ${editor.name}`);

    // An edit with a reason shows to readers as a correction, without names or emails.
    await desk.getByRole('link', { name: 'Edit', exact: true }).click();
    await desk.getByLabel('Speaker', { exact: true }).fill('Batmunkh Battsetseg, Minister of Foreign Affairs');
    await desk.getByRole('button', { name: 'Save changes' }).click();
    await expect(desk.getByLabel('Reason for the change')).toHaveAccessibleDescription(/Say why you are changing it/);
    await desk.getByLabel('Reason for the change').fill('corrected per Montsame: she is the foreign minister');
    await desk.getByRole('button', { name: 'Save changes' }).click();
    await expect(desk.getByRole('status').filter({ hasText: 'Saved your changes' })).toBeVisible();
    await expect(desk.getByRole('list').filter({ hasText: /^created/ }).first().getByRole('listitem').filter({ hasText: /^edited/ })).toContainText(
      `by ${editor.name} Reason: “corrected per Montsame: she is the foreign minister”`,
    );

    const readerAgain = await freshContext(browser);
    const readerStatement = await readerAgain.newPage();
    await readerStatement.goto(statementPath);
    await expect(readerStatement.getByRole('heading', { name: 'Corrections', level: 2 })).toBeVisible();
    const corrections = readerStatement.getByRole('list').filter({ hasText: 'Corrected on' });
    await expect(corrections).toContainText('“corrected per Montsame: she is the foreign minister”');
    await expect(readerStatement.getByRole('main')).not.toContainText(contributor.name);
    await expect(readerStatement.getByRole('main')).not.toContainText(editor.name);
    await expect(readerStatement.getByRole('main')).not.toContainText('@example.org');
    await readerAgain.close();
  });

  test('a contributor’s edit and deletion are proposed with their reasons, compared side by side, and applied on approval', async () => {
    // A figure of the editor's own, published at once.
    const millions = randomInt(100, 999);
    const desk = editor.page;
    await desk.goto('/statements/new');
    await desk.getByLabel('Economy A', { exact: true }).fill('Mongolia');
    await desk.getByLabel('Economy B', { exact: true }).fill('Kyrgyzstan');
    await desk.getByLabel('Period', { exact: true }).fill('2018');
    await desk.getByLabel('Value as stated', { exact: true }).fill(`${millions} million US dollars`);
    await desk.getByLabel('Statement date', { exact: true }).fill('2019-03-01');
    await desk.getByLabel('Source URL', { exact: true }).fill(`https://example.org/mng-kgz-${millions}-${Date.now()}`);
    await desk.getByRole('button', { name: 'Save figure' }).click();
    await expect(desk).toHaveURL(/added=\d+/);
    const id = new URL(desk.url()).searchParams.get('added');

    // The contributor proposes a correction.
    const mine = contributor.page;
    await mine.goto(`/statements/${id}`);
    await expect(mine.getByText('a change you make here is proposed for an editor’s review')).toBeVisible();
    await mine.getByRole('link', { name: 'Propose a change' }).click();
    await expect(mine.getByRole('note').filter({ hasText: 'Your change will be proposed' })).toBeVisible();
    await mine.getByLabel('Value as stated', { exact: true }).fill(`${millions + 1} million US dollars`);
    await mine.getByLabel('Reason for the change').fill('corrected per Kabar');
    await mine.getByRole('button', { name: 'Propose change' }).click();
    await expect(mine).toHaveURL(/\/review\/\d+\?proposed=1$/);
    await expect(mine.getByRole('status')).toContainText('Proposed for review');
    await expect(mine.getByRole('form', { name: 'Approve' })).toHaveCount(0);
    const editUrl = mine.url().replace(/\?.*$/, '');

    // Readers still see the figure as it was.
    await mine.goto(`/statements/${id}`);
    await expect(mine.getByRole('heading', { level: 1 })).toContainText(`$${millions}M`);

    // The editor sees the current record beside the proposed one, the changed field marked.
    await desk.goto(editUrl);
    const comparison = desk.getByRole('table', { name: /^Current record and proposed change, field by field: \d+ fields? changed$/ });
    await expect(comparison.getByRole('columnheader')).toHaveText(['Field', 'Current record', 'Proposed']);
    const value = comparison.getByRole('row', { name: /Value as stated \(changed\)/ });
    await expect(value).toContainText(`${millions} million US dollars`);
    await expect(value).toContainText(`${millions + 1} million US dollars`);
    await expect(desk.getByText('corrected per Kabar')).toBeVisible();
    await desk.getByRole('form', { name: 'Approve' }).getByRole('button', { name: 'Approve and publish' }).click();
    await expect(desk.getByRole('status')).toHaveText('Approved: readers see the change now.');

    // Then proposes deleting it; the editor approves that too.
    await mine.goto(`/statements/${id}`);
    await expect(mine.getByRole('heading', { level: 1 })).toContainText(`$${millions + 1}M`);
    await mine.getByLabel('Reason for deleting').fill('a duplicate of the customs figure');
    await mine.getByRole('button', { name: 'Propose deleting' }).click();
    await expect(mine).toHaveURL(/\/review\/\d+\?proposed=1$/);
    await expect(mine.getByRole('heading', { level: 2, name: 'Current record' })).toBeVisible();
    const deleteUrl = mine.url().replace(/\?.*$/, '');
    await desk.goto(deleteUrl);
    await expect(desk.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^Proposal #\\d+: Delete statement #${id}$`));
    await desk.getByRole('form', { name: 'Approve' }).getByRole('button', { name: 'Approve and publish' }).click();
    await expect(desk.getByRole('status')).toHaveText('Approved: readers see the change now.');

    await desk.goto(`/statements/${id}`);
    const history = desk.getByRole('list').filter({ hasText: /^created/ }).first().getByRole('listitem').filter({ hasText: /^(created|edited|deleted) / });
    await expect(history).toHaveText([
      new RegExp(`^created .* by ${editor.name}`),
      new RegExp(`^edited .* by ${contributor.name}, approved by ${editor.name} Reason: “corrected per Kabar”`),
      new RegExp(`^deleted .* by ${contributor.name}, approved by ${editor.name} Reason: “a duplicate of the customs figure”`),
    ]);
  });

  test('an approval that can no longer be made is refused on the form, with the reason and the comment kept, and the proposal stays pending', async () => {
    const millions = randomInt(1000, 1999);
    const figure = { economyA: 'MNG', economyB: 'KGZ', flow: 'total', kind: 'reported', period: '2021', valueText: `$${millions} million`, statementDate: '2022-03-01', sourceUrl: `https://example.org/review-refusal-${Date.now()}` };
    const proposed = await contributor.context.request.post('/api/statements', { data: figure });
    expect(proposed.status()).toBe(202);
    const { proposalId } = (await proposed.json()) as { proposalId: number };
    // Meanwhile an editor records the same figure directly.
    const published = await editor.context.request.post('/api/statements', { data: figure });
    expect(published.status()).toBe(201);
    const { id } = (await published.json()) as { id: number };

    const page = editor.page;
    await page.goto(`/review/${proposalId}`);
    const approval = page.getByRole('form', { name: 'Approve' });
    await approval.getByLabel('Comment for the author').fill('matches the ministry release');
    await approval.getByRole('button', { name: 'Approve and publish' }).click();
    await expect(approval.getByRole('alert')).toContainText(`already recorded as statement #${id}`);
    await expect(approval.getByLabel('Comment for the author')).toHaveValue('matches the ministry release');
    await page.reload();
    await expect(page.getByText('Waiting for review', { exact: true }).first()).toBeVisible();
    // The refusal's words are not in the address, so nobody can send a reviewer a link that shows words of their own.
    expect(page.url()).not.toContain('message=');
  });

  test('someone signed out, or another contributor, cannot see a proposal', async ({ browser }) => {
    await contributor.page.goto('/review');
    const first = contributor.page.getByRole('table', { name: 'Your proposals, newest first' }).getByRole('link').first();
    const href = (await first.getAttribute('href'))!;
    const other = await inviteAndActivate(browser, { role: 'contributor' });
    const response = await other.page.goto(href);
    expect(response?.status()).toBe(404);
    await other.page.goto('/review');
    await expect(other.page.getByRole('heading', { name: 'Waiting for review' })).toHaveCount(0);
    await expect(other.page.getByText('You have proposed nothing yet.')).toBeVisible();
    await other.context.close();
    const reader = await freshContext(browser);
    const page = await reader.newPage();
    await page.goto('/review');
    await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await reader.close();
  });
});
