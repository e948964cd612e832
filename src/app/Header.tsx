import { useState } from 'react';
import { useViewStore } from '../shared/filters/store';
import { useLang, useT } from '../shared/i18n/i18n';
import { ExportAllButtons } from './ExportAllButtons';

export function Header() {
  const t = useT();
  const lang = useLang();
  const setLang = useViewStore((s) => s.setLang);
  const [shareMsg, setShareMsg] = useState('');

  async function share() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setShareMsg(t('shareCopied'));
    } catch {
      setShareMsg(t('shareFailed'));
    }
    window.setTimeout(() => setShareMsg(''), 4000);
  }

  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1 className="app-header__name">{t('appName')}</h1>
        <p className="app-header__tagline">{t('tagline')}</p>
      </div>
      <div className="app-header__actions">
        <div role="group" aria-label={t('language')} className="seg">
          <button
            type="button"
            className="seg__btn"
            aria-pressed={lang === 'en'}
            lang="en"
            onClick={() => setLang('en')}
          >
            English
          </button>
          <button
            type="button"
            className="seg__btn"
            aria-pressed={lang === 'zh'}
            lang="zh"
            onClick={() => setLang('zh')}
          >
            中文
          </button>
        </div>
        <ExportAllButtons />
        <button type="button" className="btn btn--primary" onClick={() => void share()} data-testid="share">
          {t('share')}
        </button>
        <span className="app-header__msg" role="status" aria-live="polite">
          {shareMsg}
        </span>
      </div>
    </header>
  );
}
