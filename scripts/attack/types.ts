/** What every attack gets: the server under attack and an editor's session on it. */
export interface AttackContext {
  /** e.g. http://127.0.0.1:4123, a server started for the run on a throwaway database. */
  baseUrl: string;
  /** The editor password the server was started with. */
  editorPassword: string;
  /** A Cookie header value for a signed-in editor session (fresh for each attack). */
  editorCookie: () => Promise<string>;
  /** The SQLite file the server uses, for checks that what was stored is right. */
  databasePath: string;
}

/** One thing tried against the server, and whether the server held. */
export interface AttackOutcome {
  tried: string;
  held: boolean;
  /** What was seen, e.g. "413 in 4 ms" or "took 95 s, other pages stalled". */
  detail: string;
}

/** One item of issue 11, replayed against a running server. */
export interface Attack {
  /** The item number and a short name, e.g. "1 stalling extraction". */
  item: string;
  run: (context: AttackContext) => Promise<AttackOutcome[]>;
}
