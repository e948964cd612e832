import type { Lang } from '../filters/state';
import { em } from './messages';

export interface ReadmeInput {
  lang: Lang;
  filters: string;
  date: string;
  link: string;
  panels: { title: string; files: string[]; csvOnly?: boolean }[];
  skipped: string[];
  /** Panels left out because their export threw, with the reason. */
  failed?: { title: string; reason: string }[];
}

/** README.txt of the Export-all ZIP: filters, source, and the files. */
export function buildReadme(r: ReadmeInput): string {
  const L = (k: Parameters<typeof em>[1]) => em(r.lang, k);
  const sep = L('labelSep');
  const lines = [
    L('readmeTitle'),
    '',
    `${L('filtersLabel')}${sep}${r.filters}`,
    `${L('exported')}${sep}${r.date}`,
    `${L('readmeLink')}${sep}${r.link}`,
    L('sourceLine'),
    '',
    L('readmeNote'),
    '',
    `${L('readmeFiles')}${sep}`,
  ];
  for (const p of r.panels) {
    lines.push(`- ${p.title}${p.csvOnly ? ` (${L('readmeCsvOnly')})` : ''}`);
    for (const f of p.files) lines.push(`    ${f}`);
  }
  if (r.skipped.length) {
    lines.push('', `${L('readmeSkipped')}${sep}`);
    for (const s of r.skipped) lines.push(`- ${s}`);
  }
  if (r.failed?.length) {
    lines.push('', `${L('readmeFailed')}${sep}`);
    for (const f of r.failed) lines.push(`- ${f.title} (${f.reason})`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
