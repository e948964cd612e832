// The dataset in SQLite: one table per resource with a column for every
// filter, link tables for multi-vendor records, indexes on the filter columns,
// and parameterised queries that answer exactly as `matchesQuery` does.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as SqliteDb, Statement } from 'better-sqlite3';
import {
  Dataset,
  PAGE_MAX_BYTES,
  PageFiller,
  boundEnd,
  boundStart,
  endpointNames,
  spanOf,
  vendorIdsOf,
} from '../src/shared/api/contract';
import type { EndpointItem, EndpointName, EndpointQuery, PageCut, PageRequest } from '../src/shared/api/contract';
import { DATA_DIR, loadDataDir, loadDatasetFile } from './datasetFiles';

const OPEN_END = '9999-12-31';
const OPEN_START = '0000-01-01';

/** Which filter columns a resource's table carries. */
const SHAPE: Record<
  EndpointName,
  { vendor: 'column' | 'link' | 'self' | null; span: boolean; extra: ('metric' | 'kind')[] }
> = {
  vendors: { vendor: 'self', span: false, extra: [] },
  models: { vendor: 'column', span: true, extra: [] },
  metrics: { vendor: 'column', span: true, extra: ['metric'] },
  events: { vendor: 'column', span: true, extra: [] },
  stages: { vendor: null, span: true, extra: [] },
  claims: { vendor: 'link', span: true, extra: [] },
  sources: { vendor: null, span: false, extra: ['kind'] },
};

function schemaSql(): string {
  const out: string[] = [];
  for (const name of endpointNames) {
    const s = SHAPE[name];
    const cols = ['ord INTEGER PRIMARY KEY', 'id TEXT NOT NULL'];
    if (s.vendor === 'column' || s.vendor === 'self') cols.push('vendor_id TEXT', 'region TEXT');
    if (s.span) cols.push('span_start TEXT', 'span_end TEXT');
    for (const e of s.extra) cols.push(`${e} TEXT NOT NULL`);
    cols.push('json TEXT NOT NULL');
    out.push(`CREATE TABLE ${name} (${cols.join(', ')});`);
    out.push(`CREATE INDEX ${name}_id ON ${name} (id);`);
    if (s.vendor === 'column' || s.vendor === 'self') {
      out.push(
        `CREATE INDEX ${name}_vendor ON ${name} (vendor_id);`,
        `CREATE INDEX ${name}_region ON ${name} (region);`,
      );
    }
    if (s.span) out.push(`CREATE INDEX ${name}_span ON ${name} (span_start, span_end);`);
    for (const e of s.extra) out.push(`CREATE INDEX ${name}_${e} ON ${name} (${e});`);
    if (s.vendor === 'link') {
      out.push(
        `CREATE TABLE ${name}_vendors (ord INTEGER NOT NULL REFERENCES ${name}(ord), vendor_id TEXT NOT NULL, region TEXT, PRIMARY KEY (ord, vendor_id)) WITHOUT ROWID;`,
        `CREATE INDEX ${name}_vendors_vendor ON ${name}_vendors (vendor_id, ord);`,
        `CREATE INDEX ${name}_vendors_region ON ${name}_vendors (region, ord);`,
      );
    }
  }
  return out.join('\n');
}

/**
 * Reads the dataset: `DATASET_FILE` (a JSON file of the Dataset shape) when set, data/ otherwise. Refuses it
 * whole (DatasetError naming file, record and field) on bad JSON, a schema problem, a duplicate id or a
 * dangling reference, so a broken file is never half served.
 */
export async function loadDataset(file = process.env.DATASET_FILE, dataDir = DATA_DIR): Promise<Dataset> {
  return file ? loadDatasetFile(path.resolve(file)) : loadDataDir(dataDir);
}

/**
 * Creates the database and loads the dataset into it. `dbPath` (default
 * `DB_PATH`, else `:memory:`) names a file that is deleted and rebuilt.
 */
export function openDb(dataset: Dataset, dbPath: string | undefined = process.env.DB_PATH): SqliteDb {
  const file = dbPath && dbPath !== ':memory:' ? path.resolve(dbPath) : ':memory:';
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(schemaSql());
  const regionOf = new Map(dataset.vendors.map((v) => [v.id, v.region] as const));
  const load = db.transaction(() => {
    for (const name of endpointNames) {
      const s = SHAPE[name];
      const cols = ['ord', 'id'];
      if (s.vendor === 'column' || s.vendor === 'self') cols.push('vendor_id', 'region');
      if (s.span) cols.push('span_start', 'span_end');
      cols.push(...s.extra, 'json');
      const insert = db.prepare(
        `INSERT INTO ${name} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`,
      );
      const link =
        s.vendor === 'link'
          ? db.prepare(`INSERT OR IGNORE INTO ${name}_vendors (ord, vendor_id, region) VALUES (?, ?, ?)`)
          : null;
      (dataset[name] as EndpointItem<EndpointName>[]).forEach((item, ord) => {
        const row: Record<string, unknown> = { ord, id: item.id, json: JSON.stringify(item) };
        const vendors = vendorIdsOf(name, item);
        if (s.vendor === 'self') {
          row.vendor_id = item.id;
          row.region = (item as Dataset['vendors'][number]).region;
        } else if (s.vendor === 'column') {
          row.vendor_id = vendors[0] ?? null;
          row.region = vendors[0] ? (regionOf.get(vendors[0]) ?? null) : null;
        }
        if (s.span) {
          const span = spanOf(name, item);
          row.span_start = span?.start ?? null;
          row.span_end = span?.end ?? null;
        }
        for (const e of s.extra) row[e] = (item as unknown as Record<string, string>)[e];
        insert.run(row);
        if (link) for (const v of vendors) link.run(ord, v, regionOf.get(v) ?? null);
      });
    }
  });
  load();
  db.pragma('optimize');
  return db;
}

/** Ids of the vendors in the database, for the unknown-vendor check. */
export function vendorIds(db: SqliteDb): Set<string> {
  return new Set(db.prepare('SELECT id FROM vendors ORDER BY ord').pluck().all() as string[]);
}

/**
 * Builds the query of one page from fixed fragments: the filters' WHERE
 * clause, then a keyset on `ord` (rows after the cursor's, in data-file order,
 * one more than the page holds so the caller knows whether another follows).
 * Every value is a bound parameter (lists travel as one JSON array read by json_each).
 */
export function listSql<E extends EndpointName>(
  name: E,
  query: EndpointQuery<E>,
  page: Pick<PageRequest, 'after' | 'limit'>,
): { sql: string; params: unknown[] } {
  const q = query as {
    vendor?: string[];
    region?: string;
    from?: string;
    to?: string;
    metric?: string[];
    id?: string[];
    kind?: string;
  };
  const s = SHAPE[name];
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  const inList = 'IN (SELECT value FROM json_each(?))';
  if (s.vendor === 'column' || s.vendor === 'self') {
    if (q.vendor) add(`t.vendor_id ${inList}`, JSON.stringify(q.vendor));
    if (q.region) add('t.region = ?', q.region);
  } else if (s.vendor === 'link') {
    if (q.vendor)
      add(
        `EXISTS (SELECT 1 FROM ${name}_vendors l WHERE l.ord = t.ord AND l.vendor_id ${inList})`,
        JSON.stringify(q.vendor),
      );
    if (q.region) add(`EXISTS (SELECT 1 FROM ${name}_vendors l WHERE l.ord = t.ord AND l.region = ?)`, q.region);
  }
  if (s.span && (q.from || q.to)) {
    add(
      't.span_start <= ? AND t.span_end >= ?',
      q.to ? boundEnd(q.to) : OPEN_END,
      q.from ? boundStart(q.from) : OPEN_START,
    );
  }
  if (s.extra.includes('metric') && q.metric) add(`t.metric ${inList}`, JSON.stringify(q.metric));
  if (name === 'sources') {
    if (q.id) add(`t.id ${inList}`, JSON.stringify(q.id));
    if (q.kind) add('t.kind = ?', q.kind);
  }
  if (page.after !== null) add('t.ord > ?', page.after);
  const sql = `SELECT t.ord, t.json FROM ${name} t${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY t.ord LIMIT ?`;
  return { sql, params: [...params, page.limit + 1] };
}

/** Runs list queries through prepared statements cached by SQL text. */
export class ListQueries {
  private readonly statements = new Map<string, Statement>();
  constructor(private readonly db: SqliteDb) {}

  /**
   * One page of the matching records' JSON texts, in data-file order, cut as
   * the JS backend cuts it (PageFiller); rows past the page are never read.
   * `maxBytes` is PAGE_MAX_BYTES but for tests of the byte cut.
   */
  page<E extends EndpointName>(
    name: E,
    query: EndpointQuery<E>,
    request: Pick<PageRequest, 'after' | 'limit'>,
    maxBytes = PAGE_MAX_BYTES,
  ): { rows: string[]; cut: PageCut } {
    const { sql, params } = listSql(name, query, request);
    let stmt = this.statements.get(sql);
    if (!stmt) this.statements.set(sql, (stmt = this.db.prepare(sql).raw(true)));
    const rows: string[] = [];
    const filler = new PageFiller(request.limit, maxBytes);
    let lastOrd = -1;
    let full = false;
    let more = false;
    for (const [ord, json] of stmt.iterate(...params) as IterableIterator<[number, string]>) {
      if (full) {
        more = true;
        break; // ends the statement: the rest is never read
      }
      rows.push(json);
      lastOrd = ord;
      full = filler.take(Buffer.byteLength(json));
    }
    return { rows, cut: { lastOrd, more } };
  }
}
