import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { Attack, AttackContext, AttackOutcome } from './types';

/*
 * Item 11 of issue 11: two edits from the same loaded form must not both say
 * "Saved" while one change is lost. Driven through a real browser, since the
 * edit form saves through a server action.
 */

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

async function lostUpdates(context: AttackContext): Promise<AttackOutcome[]> {
  const cookie = await context.editorCookie();
  const created = await fetch(`${context.baseUrl}/api/statements`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ economyA: 'Belarus', economyB: 'Latvia', flow: 'total', kind: 'reported', period: '2023', valueText: '345.6 million dollars', statementDate: '2024-03-01', speaker: 'Attack speaker', sourceUrl: `https://example.org/attack-${Date.now()}` }),
  });
  if (created.status !== 201) return [{ tried: 'set up a statement to edit', held: false, detail: `POST /api/statements answered ${created.status}` }];
  const { id } = (await created.json()) as { id: number };

  const browser = await chromium.launch(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] } : {});
  try {
    const page = await browser.newContext();
    const [name, value] = cookie.split(';')[0].split('=');
    await page.addCookies([{ name, value, url: context.baseUrl }]);
    const [first, second] = [await page.newPage(), await page.newPage()];
    for (const tab of [first, second]) await tab.goto(`${context.baseUrl}/statements/${id}/edit`);
    await first.getByLabel('Value as stated').fill('999.9 million dollars');
    await first.getByRole('button', { name: 'Save changes' }).click();
    await first.waitForURL(/changed=edited/);
    await second.getByLabel('Speaker', { exact: true }).fill('Attack speaker, corrected');
    await second.getByRole('button', { name: 'Save changes' }).click();
    const refused = await second
      .getByText('was changed by someone else')
      .first()
      .waitFor({ timeout: 30_000 })
      .then(() => true, () => false);
    const stored = await (await fetch(`${context.baseUrl}/statements.csv?pair=BLR-LVA&flow=total`)).text();
    const kept = stored.includes('999.9 million dollars');
    return [{
      tried: 'two saves from the same loaded edit form',
      held: refused && kept,
      detail: refused && kept ? 'the second was refused with the first change shown; the first is stored' : `second refused: ${refused}, first change kept: ${kept}`,
    }];
  } finally {
    await browser.close();
  }
}

export const EDIT_ATTACKS: Attack[] = [{ item: '11 lost updates', run: lostUpdates }];
