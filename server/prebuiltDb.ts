// A database file built once (server/build-db.ts) and then opened read-only by
// every server process (PREBUILT_DB): the scale-out path of docs/scale-out.md.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as SqliteDb } from 'better-sqlite3';
import { endpointNames } from '../src/shared/api/contract';
import { StartError } from './startError';

/**
 * Puts a freshly built database in rollback-journal mode before it is closed.
 * A WAL database cannot be opened read-only where its folder is not writable
 * (SQLite must create the -shm file: "attempt to write a readonly database"),
 * so a file meant to be shared read-only by replicas (a read-only volume, a
 * folder the server's user does not own) must not be left in WAL mode.
 */
export function sealForReadOnly(db: SqliteDb): SqliteDb {
  db.pragma('journal_mode = DELETE');
  return db;
}

/**
 * Opens a database file built by server/build-db.ts, read-only; never writes
 * to it. Refuses (StartError: the message alone, exit 1), naming the file, one
 * that is missing or is not a database of this app.
 */
export function openPrebuiltDb(file: string): SqliteDb {
  const resolved = path.resolve(file);
  const how = `build it once with: node dist-server/build-db.js <dataset.json | data folder> ${file}`;
  if (!fs.existsSync(resolved)) throw new StartError(`PREBUILT_DB ${file} does not exist; ${how}`);
  let db: SqliteDb | undefined;
  try {
    db = new Database(resolved, { readonly: true, fileMustExist: true });
    const tables = new Set(
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .pluck()
        .all()
        .map((n) => String(n)),
    );
    const missing = endpointNames.filter((n) => !tables.has(n));
    if (missing.length) throw new Error(`it has no table ${missing.join(', ')}`);
    return db;
  } catch (error) {
    db?.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartError(`PREBUILT_DB ${file} is not a database of this app (${reason}); ${how}`, { cause: error });
  }
}
