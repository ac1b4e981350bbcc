import { afterEach, describe, expect, it } from 'vitest';
import { describeDatabase, prepareConfiguredDatabase } from '../../app/lib/data/prepare';

describe('the database the environment names', () => {
  const before = process.env.DATABASE_URL;
  afterEach(() => {
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  });

  it('is described in the start-up log without its password', () => {
    expect(describeDatabase('postgresql://news:s3cret@db.example:5432/tradewatch')).toBe('postgresql://news:*****@db.example:5432/tradewatch');
    expect(describeDatabase('postgres://db.example/tradewatch')).toBe('postgres://db.example/tradewatch');
    expect(describeDatabase('news:s3cret@db.example')).not.toContain('s3cret');
  });

  it('refuses an address that is not PostgreSQL, saying what to set, rather than quietly using the SQLite file', async () => {
    process.env.DATABASE_URL = 'mysql://news:s3cret@db.example/tradewatch';
    const refusal = prepareConfiguredDatabase();
    await expect(refusal).rejects.toThrow(/must be a PostgreSQL address.*Unset it to use the SQLite file/);
    await expect(refusal).rejects.not.toThrow(/s3cret/);
  });
});
