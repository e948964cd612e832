import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLang } from '../i18n/i18n';
import type { PanelSnapshot } from './registry';
import type { Background } from './exportPanel';
import { em, type ExportMessageKey } from './messages';
import { measureFile } from './phases';
import { useExportEnv } from './useExportEnv';
import { useViewStore, viewStateOf } from '../filters/store';
import './export.css';

// The export code (SVG composition, rasterising, ZIP) loads on first use, not with the page.
const loadExport = () => import('./exportPanel');

type Action = 'png1' | 'png2' | 'png4' | 'svg' | 'csv' | 'copyImage' | 'copyLink';
const ACTIONS: { action: Action; label: ExportMessageKey }[] = [
  { action: 'png2', label: 'png2' },
  { action: 'png1', label: 'png1' },
  { action: 'png4', label: 'png4' },
  { action: 'svg', label: 'svg' },
  { action: 'csv', label: 'csv' },
  { action: 'copyImage', label: 'copyImage' },
  { action: 'copyLink', label: 'copyLink' },
];
const RATIO: Partial<Record<Action, number>> = { png1: 1, png2: 2, png4: 4 };

/** Per-panel menu button: PNG (1×/2×/4×, white or transparent), SVG, CSV, copy image, copy link. */
export function ExportMenu({
  title,
  ready,
  snapshot,
}: {
  title: string;
  ready: boolean;
  snapshot: () => PanelSnapshot;
}) {
  const lang = useLang();
  const env = useExportEnv();
  const [open, setOpen] = useState(false);
  const [bg, setBg] = useState<Background>('white');
  const [status, setStatus] = useState('');
  const [link, setLink] = useState('');
  const [busy, setBusy] = useState(false);
  const btnRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const menuId = useId();
  const L = (k: ExportMessageKey) => em(lang, k);

  const items = () => [...(listRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  const focusItem = (i: number) => {
    const all = items();
    all[(i + all.length) % all.length]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    listRef.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function say(msg: string, keep = false) {
    setStatus(msg);
    window.clearTimeout(timer.current);
    if (!keep) timer.current = window.setTimeout(() => setStatus(''), 6000);
  }

  function close() {
    setOpen(false);
    btnRef.current?.focus();
  }

  async function run(action: Action, clickedAt: number) {
    close();
    const s = snapshot();
    const e = env();
    const needsChart = action !== 'csv' && action !== 'copyLink';
    if (needsChart && !s.chartEl) return say(L('noChart'));
    if (action === 'copyLink') {
      const { shareLink } = await loadExport();
      const url = shareLink(viewStateOf(useViewStore.getState()), s.id);
      setLink(url);
      try {
        await navigator.clipboard.writeText(url);
        say(L('linkCopied'));
      } catch {
        say(`${L('linkCopyFailed')}: ${url}`, true);
      }
      return;
    }
    if (action === 'copyImage') {
      if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return say(L('imageCopyUnsupported'));
      setBusy(true);
      say(L('working'), true);
      try {
        // A promise keeps the click's user activation while the image renders.
        await navigator.clipboard.write([
          new ClipboardItem({ 'image/png': loadExport().then((x) => x.panelPng(s, e, 2, bg)) }),
        ]);
        say(L('imageCopied'));
      } catch {
        say(L('imageCopyFailed'));
      } finally {
        setBusy(false);
      }
      return;
    }
    setBusy(true);
    say(L('working'), true);
    try {
      const { downloadBlob, fileName, panelCsv, panelPng, panelSvg } = await loadExport();
      if (action === 'csv') {
        downloadBlob(new Blob([panelCsv(s, e)], { type: 'text/csv;charset=utf-8' }), fileName(s.id, e, 'csv'));
        measureFile('csv', clickedAt);
      } else if (action === 'svg') {
        const { svg } = await panelSvg(s, e, bg);
        downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName(s.id, e, 'svg'));
        measureFile('svg', clickedAt);
      } else {
        const blob = await panelPng(s, e, RATIO[action] ?? 2, bg);
        downloadBlob(blob, fileName(s.id, e, 'png'));
        measureFile('png', clickedAt);
      }
      say(L('done'));
    } catch (err) {
      say(`${L('failed')}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  }

  function onMenuKey(e: KeyboardEvent<HTMLUListElement>) {
    const all = items();
    const i = all.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') focusItem(i + 1);
    else if (e.key === 'ArrowUp') focusItem(i - 1);
    else if (e.key === 'Home') focusItem(0);
    else if (e.key === 'End') focusItem(all.length - 1);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') setOpen(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  }

  function onButtonKey(e: KeyboardEvent<HTMLButtonElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  }

  return (
    <div className="export-menu" ref={wrapRef} data-export="skip">
      <button
        ref={btnRef}
        type="button"
        className="btn btn--small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={`${L('export')} ${title}`}
        aria-busy={busy || undefined}
        disabled={!ready}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onButtonKey}
        data-testid="export-menu"
      >
        {L('export')} ▾
      </button>
      <ul
        ref={listRef}
        id={menuId}
        role="menu"
        aria-label={`${L('exportMenu')}: ${title}`}
        className="export-menu__list"
        hidden={!open}
        onKeyDown={onMenuKey}
      >
        {ACTIONS.map(({ action, label }) => (
          <li key={action} role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="export-menu__item"
              data-action={action}
              onClick={(ev) => void run(action, ev.timeStamp)}
            >
              {L(label)}
            </button>
          </li>
        ))}
        <li role="separator" className="export-menu__sep" />
        {(['white', 'transparent'] as const).map((b) => (
          <li key={b} role="none">
            <button
              type="button"
              role="menuitemradio"
              aria-checked={bg === b}
              tabIndex={-1}
              className="export-menu__item"
              data-bg={b}
              onClick={() => setBg(b)}
            >
              {L(b === 'white' ? 'bgWhite' : 'bgTransparent')}
            </button>
          </li>
        ))}
      </ul>
      <span
        className="export-menu__status"
        role="status"
        aria-live="polite"
        data-link={link || undefined}
        data-testid="export-status"
      >
        {open ? '' : status}
      </span>
    </div>
  );
}
