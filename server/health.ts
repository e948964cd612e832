// `GET /healthz`: the process answers and its database can be read. For load
// balancers and orchestrators; never cached.
import type { Database as SqliteDb } from 'better-sqlite3';

export const HEALTH_PATH = '/healthz';

export type Health = { ok: true } | { ok: false; reason: string };

/**
 * A probe that runs one trivial query reading the database's schema page; it
 * fails when the connection is closed or the file cannot be read.
 */
export function databaseProbe(db: SqliteDb): () => Health {
  let statement: { get(): unknown } | undefined;
  return () => {
    try {
      statement ??= db.prepare('SELECT count(*) AS n FROM sqlite_master');
      statement.get();
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: err instanceof Error ? err.message : String(err) };
    }
  };
}
