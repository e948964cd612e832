// `npm run bench:big`'s load: N clients at once, each walking every page of
// one list (following meta.nextCursor) as the dashboard's fetchList does, with
// the browser's Accept-Encoding. Its own process, so its work never delays the
// /vendors probe in the bench process. Client 0 parses every page whole and
// counts its records; the others decompress every page and read its meta
// only (at the end of the body), on node:http rather than fetch, so the load
// generator, which shares the machine's 2 cores with the server, costs little.
// Args: <list url> <clients> <max pages>. Prints one JSON line: WalkersResult.
import { metaOfPage, nextStep, type WalkResult, type WalkersResult } from './big-answers-lib';
import { get, keepAliveAgent } from './big-http';

const [listUrl, clientsArg, maxPagesArg] = process.argv.slice(2);
if (!listUrl || !clientsArg || !maxPagesArg) {
  console.error('usage: big-walkers <list url> <clients> <max pages>');
  process.exit(2);
}
const maxPages = Number(maxPagesArg);
const agent = keepAliveAgent(Number(clientsArg));
/** Bytes at the end of a page that surely hold its meta (a count and a cursor of at most 64 characters). */
const META_TAIL = 256;

async function walk(client: number): Promise<WalkResult> {
  const t0 = performance.now();
  let pages = 0;
  let records = 0;
  let cursor: string | null = null;
  try {
    for (;;) {
      const url = new URL(listUrl!);
      if (cursor) url.searchParams.set('cursor', cursor);
      const res = await get(url.toString(), agent);
      const page =
        client === 0
          ? wholePage(res.body.toString())
          : metaOfPage(res.body.toString('utf8', Math.max(0, res.body.length - META_TAIL)));
      pages++;
      records += page.count;
      const step = nextStep({ status: res.status, records: page.count, nextCursor: page.nextCursor }, pages, maxPages);
      if ('end' in step) return { pages, records, ms: performance.now() - t0, error: step.end };
      cursor = step.cursor;
    }
  } catch (err) {
    return { pages, records, ms: performance.now() - t0, error: String(err) };
  }
}

/** A page parsed whole: its records counted, and checked against meta.count. */
function wholePage(text: string): { count: number; nextCursor: string | null } {
  const body = JSON.parse(text) as { data?: unknown[]; meta?: { count?: number; nextCursor?: string | null } };
  const count = body.data?.length ?? 0;
  if (body.meta?.count !== undefined && body.meta.count !== count)
    throw new Error(`meta.count ${body.meta.count} but ${count} records`);
  return { count, nextCursor: body.meta?.nextCursor ?? null };
}

const walks = await Promise.all(Array.from({ length: Number(clientsArg) }, (_, i) => walk(i)));
const cpu = process.cpuUsage();
const result: WalkersResult = { walks, cpuMs: (cpu.user + cpu.system) / 1000 };
process.stdout.write(JSON.stringify(result) + '\n');
