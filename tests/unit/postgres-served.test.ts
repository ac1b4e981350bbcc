import { afterEach, describe, expect, it, vi } from 'vitest';
import { refuseUnservedDatabaseUrl } from '../../db/postgres/served';

describe('starting with DATABASE_URL', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses a PostgreSQL address with what to do, rather than quietly serving from SQLite', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const said = vi.spyOn(console, 'error').mockImplementation(() => {});
    refuseUnservedDatabaseUrl('postgresql://news:secret@db.example:5432/tradewatch');
    expect(exit).toHaveBeenCalledWith(1);
    expect(said.mock.calls[0][0]).toMatch(/serves from SQLite only.*Unset DATABASE_URL/);
    expect(said.mock.calls[0][0]).not.toContain('secret');
  });

  it('starts as before when DATABASE_URL is unset or not PostgreSQL', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    refuseUnservedDatabaseUrl(undefined);
    refuseUnservedDatabaseUrl('');
    refuseUnservedDatabaseUrl('mysql://db.example/tradewatch');
    expect(exit).not.toHaveBeenCalled();
  });
});
