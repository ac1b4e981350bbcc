/** True when DATABASE_URL names a PostgreSQL server rather than leaving the app on its SQLite file. */
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}
