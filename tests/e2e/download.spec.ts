import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { expect, parseCsv, READER, test } from './fixtures';

// Issue 16, item 5: a reader downloads the whole record as a data package
// (/download) and the zip opens with its four files. Read-only: the seeded
// statements, whatever other tests add beside them.

test.describe('the data package download', () => {
  test.use({ storageState: READER });

  test('saves the whole record as a zip that opens with the statements, the targets, the descriptor and the README', async ({ page }) => {
    await page.goto('/statements');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data & API' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data and API');
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the whole record (zip)' }).click();
    const download = await downloading;

    const today = new Date().toISOString().slice(0, 10);
    expect(download.suggestedFilename()).toBe(`tradewatch-data-${today}.zip`);
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'datapackage.json', 'statements.csv', 'targets.csv']);

    const text = (name: string) => new TextDecoder().decode(files[name]);
    const descriptor = JSON.parse(text('datapackage.json')) as { profile: string; resources: { path: string; schema: { fields: { name: string }[] } }[] };
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.resources.map((r) => r.path)).toEqual(['statements.csv', 'targets.csv']);

    const statements = parseCsv(text('statements.csv'));
    expect(statements.records.some((r) => r.outlet === 'KabulNow')).toBe(true);
    const targets = parseCsv(text('targets.csv')).records;
    const kazakhstan2023 = targets.find((t) => t.pair === 'AFG-KAZ' && t.period_label === '2023' && t.flow === 'total');
    expect(kazakhstan2023?.verdict).toBe('missed');
    expect(Number(kazakhstan2023?.share_of_target)).toBeCloseTo(0.19, 2);
    expect(text('README.txt')).toContain(`Tradewatch, ${today}, `);
  });
});
