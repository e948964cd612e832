import type { Lang } from '../filters/state';
import { em } from './messages';

/** The line Export all / Export page shows when its file is downloaded, naming any panel it had to skip. */
export function exportDoneMessage(
  lang: Lang,
  kind: 'zip' | 'page',
  count: number,
  failed: readonly { title: string }[],
): string {
  const done = em(lang, kind === 'zip' ? 'exportAllDone' : 'exportPageDone', { n: count });
  if (failed.length === 0) return done;
  const names = failed.map((f) => f.title).join(em(lang, 'listSep'));
  return `${done}${lang === 'zh' ? '；' : '; '}${em(lang, 'exportSkipped', { names })}`;
}
