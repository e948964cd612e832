import { useState } from 'react';
import { useLang, useT } from '../shared/i18n/i18n';
import { em } from '../shared/export/messages';
import { exportDoneMessage } from '../shared/export/doneMessage';
import { measureFile } from '../shared/export/phases';
import { registeredPanels } from '../shared/export/registry';
import { useExportEnv } from '../shared/export/useExportEnv';
import '../shared/export/export.css';

/** Header buttons: Export all (one ZIP) and Export page as PNG, with progress that leaves the page usable. */
export function ExportAllButtons() {
  const lang = useLang();
  const t = useT();
  const env = useExportEnv();
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState('');

  async function go(kind: 'zip' | 'page', clickedAt: number) {
    if (busy) return;
    const panels = registeredPanels();
    if (!panels.some((p) => p.snapshot().ready)) return setMsg(em(lang, 'nothingToExport'));
    setBusy(true);
    const progress = (n: number, total: number) => setMsg(em(lang, 'exportProgress', { n, total }));
    // A line naming skipped panels stays until the next export; the others fade after 8 s.
    let keepMessage = false;
    try {
      const e = env();
      // Loaded on first use, not with the page.
      const { downloadBlob, exportAllZip, exportPagePng } = await import('../shared/export/exportPanel');
      const r =
        kind === 'zip'
          ? await exportAllZip(panels, e, progress)
          : await exportPagePng(panels, e, { title: t('appName'), subtitle: t('tagline') }, progress);
      downloadBlob(r.blob, r.name);
      measureFile(kind, clickedAt);
      setMsg(exportDoneMessage(lang, kind, r.count, r.failed));
      keepMessage = r.failed.length > 0;
    } catch (err) {
      setMsg(`${em(lang, 'failed')}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
      if (!keepMessage) window.setTimeout(() => setMsg((m) => (m.includes('…') ? m : '')), 8000);
    }
  }

  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={(ev) => void go('zip', ev.timeStamp)}
        disabled={busy}
        title={em(lang, 'exportAllTitle')}
        data-testid="export-all"
      >
        {em(lang, 'exportAll')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={(ev) => void go('page', ev.timeStamp)}
        disabled={busy}
        data-testid="export-page"
      >
        {em(lang, 'exportPage')}
      </button>
      <span className="export-progress" role="status" aria-live="polite" data-testid="export-progress">
        {msg}
      </span>
    </>
  );
}
