import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, seriousAccessibilityViolations, test } from './fixtures';

// Pasting a link on the extraction page: the server fetches the page from a
// local HTTP server started here (the e2e server runs with EXTRACT_ALLOW_PRIVATE=1,
// see playwright.config.ts), reads its article and fills in its provenance.

const ARTICLES = join(process.cwd(), 'tests/fixtures/articles');
const saved = (name: string) => readFileSync(join(ARTICLES, name));

// A figure no other run uses, in place of the saved page's own, so saving it twice (a retry) cannot collide.
const millions = randomInt(300, 999);
const georgiaArmenia = saved('caspian-ledger-georgia-armenia.html').toString('utf8').replace('reached $1.21 billion last year', `reached $${millions} million last year`);

let server: Server;
let site: string;
const hits: string[] = [];
// Reading a link fetches the page, then reads it in a worker that may first have to start: more than a typed text takes.
const READ = { timeout: 20_000 };

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(90_000);
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/business/georgia-armenia-trade') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(georgiaArmenia);
    // The Yoast page is windows-1252 and says so only in its <meta>, and is reached through a short link.
    if (path === '/s/48213') return res.writeHead(302, { location: '/2023/11/turkiye-uruguay-trade-deal/' }).end();
    if (path === '/2023/11/turkiye-uruguay-trade-deal/') return res.writeHead(200, { 'content-type': 'text/html' }).end(saved('rioplata-turkiye-uruguay.html'));
    if (path === '/economy/vietnam-cambodia') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(saved('mekong-wire-vietnam-cambodia.html'));
    if (path === '/chart.png') return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The server starts its extraction workers on the first request; start them here, so no test's timeout pays for it.
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await api.post('/api/extract', { data: { fetch: `${site}/economy/vietnam-cambodia` }, timeout: 60_000 });
  await api.dispose();
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test.describe('reading a pasted link on the extraction page', () => {
  test('reads the article, fills in its provenance, and saves the ticked statement to its statement page', async ({ page, dialogs }) => {
    await page.goto('/statements/extract');
    await page.getByLabel('Article URL').fill(`${site}/business/georgia-armenia-trade?utm_source=newsletter`);
    await page.getByRole('button', { name: 'Read this link' }).click();

    await expect(page.getByRole('status').first()).toHaveText(/^Read “Georgia and Armenia push trade past \$1\.2 billion” from The Caspian Ledger\. Found 2 statements/, READ);
    await expect(page.getByLabel('Article URL')).toHaveValue('https://caspianledger.example/business/2024/03/12/georgia-armenia-trade');
    await expect(page.getByLabel('Article title')).toHaveValue('Georgia and Armenia push trade past $1.2 billion');
    await expect(page.getByLabel('Outlet')).toHaveValue('The Caspian Ledger');
    await expect(page.getByLabel('Author')).toHaveValue('Nino Beridze');
    await expect(page.getByLabel('Publication date')).toHaveValue('2024-03-12');
    await expect(page.getByLabel('Statement date')).toHaveValue('2024-03-12');
    const text = page.getByLabel('Article text');
    await expect(text).toHaveValue(new RegExp(`^TBILISI — Trade between Georgia and Armenia reached \\$${millions} million last year`));
    await expect(text).not.toHaveValue(/Subscribe|Most read|cookies/);

    const reported = page.getByRole('group', { name: `Statement 1: reported 2023, $${millions} million` });
    const target = page.getByRole('group', { name: /^Statement 2: projected (by )?2030, \$2 billion$/ });
    await expect(reported.locator('mark')).toHaveText(`$${millions} million`);
    await expect(reported.getByLabel('Speaker')).toHaveValue('Levan Davitashvili');
    await target.getByLabel('Save this statement').uncheck();
    await page.getByRole('button', { name: 'Save ticked statements' }).click();

    await expect(page).toHaveURL(/pair=GEO-ARM/);
    await page.getByRole('link', { name: /^Open statement #\d+$/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Reported: $${millions}M`);
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('OutletThe Caspian Ledger');
    await expect(facts.getByRole('link', { name: 'https://caspianledger.example/business/2024/03/12/georgia-armenia-trade' })).toBeVisible();
    await expect(facts).toContainText('Published12 Mar 2024');
    await expect(facts).toContainText('Statement date12 Mar 2024');
    await expect(facts).toContainText('Notes' + 'Article: “Georgia and Armenia push trade past $1.2 billion” by Nino Beridze.');
    expect(dialogs).toEqual([]);
  });

  test('follows a short link to a page in windows-1252 and keeps the statement date the editor typed', async ({ page }) => {
    await page.goto('/statements/extract');
    await page.getByLabel('Article URL').fill(`${site}/s/48213`);
    await page.getByLabel('Statement date').fill('2023-11-20');
    await page.getByRole('button', { name: 'Read this link' }).click();

    await expect(page.getByLabel('Article title')).toHaveValue('Türkiye and Uruguay set sights on new trade deal', READ);
    await expect(page.getByLabel('Outlet')).toHaveValue('Río de la Plata Business Review');
    await expect(page.getByLabel('Author')).toHaveValue('María José Fernández');
    // The page's canonical link is relative: it names the page where it was found, after the short link.
    await expect(page.getByLabel('Article URL')).toHaveValue(`${site}/2023/11/turkiye-uruguay-trade-deal/`);
    await expect(page.getByLabel('Publication date')).toHaveValue('2023-11-21');
    await expect(page.getByLabel('Statement date')).toHaveValue('2023-11-20');
    const card = page.getByRole('group', { name: 'Statement 1: reported 2022, $412 million' });
    await expect(card).toContainText('Trade between Türkiye and Uruguay reached $412 million in 2022');
    await expect(card.getByLabel('Speaker')).toHaveValue('Omar Paganini');
  });

  test('reads the link when Enter is pressed in the address with no text pasted', async ({ page }) => {
    await page.goto('/statements/extract');
    await page.getByLabel('Article URL').fill(`${site}/economy/vietnam-cambodia`);
    await page.getByLabel('Article URL').press('Enter');
    await expect(page.getByRole('group', { name: 'Statement 1: reported 2023, $10.5 billion' })).toBeVisible(READ);
    await expect(page.getByLabel('Outlet')).toHaveValue('Mekong Wire');
    await expect(page.getByLabel('Statement date')).toHaveValue('2024-01-18');
  });

  test('has no serious accessibility problems with a read article and its proposals', async ({ page }) => {
    await page.goto('/statements/extract');
    await page.getByLabel('Article URL').fill(`${site}/economy/vietnam-cambodia`);
    await page.getByRole('button', { name: 'Read this link' }).click();
    await expect(page.getByRole('group', { name: 'Statement 1: reported 2023, $10.5 billion' })).toBeVisible(READ);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('says what is wrong when the link cannot be read, keeps the pasted text, and finds statements in it without fetching', async ({ page }) => {
    await page.goto('/statements/extract');
    await page.getByLabel('Article text').fill('Trade between Chile and Peru reached $4 billion in 2023, officials said.');
    await page.getByLabel('Article URL').fill(`${site}/chart.png`);
    await page.getByLabel('Statement date').fill('2024-02-01');
    await page.getByRole('button', { name: 'Read this link' }).click();

    const problem = 'The address serves image/png, not a web page or plain text; give the article’s page, or paste the article’s text instead.';
    await expect(page.getByRole('status').first()).toHaveText(problem, READ);
    await expect(page.getByLabel('Article URL')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Article URL')).toHaveAccessibleDescription(new RegExp(problem.replace(/[.?()]/g, '\\$&')));
    await expect(page.getByLabel('Article text')).toHaveValue('Trade between Chile and Peru reached $4 billion in 2023, officials said.');

    const before = hits.length;
    await page.getByRole('button', { name: 'Find statements' }).click();
    await expect(page.getByRole('group', { name: 'Statement 1: reported 2023, $4 billion' })).toBeVisible();
    expect(hits.length).toBe(before);
  });
});

test.describe('POST /api/extract with a link', () => {
  test('answers the statements with the article and its provenance', async ({ request }) => {
    const response = await request.post('/api/extract', { data: { fetch: `${site}/economy/vietnam-cambodia` } });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.article).toEqual({
      title: 'Vietnam, Cambodia aim for $20 billion in trade',
      outlet: 'Mekong Wire',
      published: '2024-01-18',
      author: 'Sokha Chan',
      url: `${site}/economy/vietnam-cambodia`,
      text: expect.stringContaining('PHNOM PENH — Trade between Vietnam and Cambodia rose to $10.5 billion in 2023'),
    });
    expect(body.statementDate).toBe('2024-01-18');
    expect(body.statements[0]).toMatchObject({ economyA: 'VNM', economyB: 'KHM', kind: 'reported', value: 10.5e9, periodStart: '2023-01-01' });
  });

  test('refuses what it cannot read with a 4xx and a message saying what to do', async ({ request }) => {
    const cases: [unknown, number, RegExp][] = [
      [{ fetch: 'ftp://example.org/report' }, 400, /starting with http:\/\/ or https:\/\//],
      [{ fetch: `${site}/gone` }, 422, /^The site answered 404 \(not found\) instead of the page; check the address, or paste the article’s text instead\.$/],
      [{ fetch: `${site}/chart.png` }, 422, /serves image\/png/],
      [{ fetch: `${site}/economy/vietnam-cambodia`, text: 'Trade rose.' }, 400, /not both/],
    ];
    for (const [data, status, message] of cases) {
      const response = await request.post('/api/extract', { data });
      expect(response.status(), JSON.stringify(data)).toBe(status);
      expect((await response.json()).error).toMatch(message);
    }
  });
});
