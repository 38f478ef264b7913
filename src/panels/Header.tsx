// Title, search and the language switch.

import { useAtlas } from '../store/store';
import { useT } from '../store/use-t';
import { Search } from './Search';

export function Header({ children }: { children?: React.ReactNode }) {
  const { t, lang } = useT();
  const setLang = useAtlas((s) => s.setLang);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <p>{t('appSubtitle')}</p>
      </div>
      <Search />
      <div className="header-actions">
        {children}
        <button
          type="button"
          className="lang-toggle"
          onClick={() => setLang(lang === 'en' ? 'zh' : 'en')}
          // Named by what it shows (a name that differs from the visible text fails voice control and
          // axe's label-content-name-mismatch); what it does is its description.
          title={t('switchLanguage')}
          lang={lang === 'en' ? 'zh-CN' : 'en'}
        >
          {t('switchToOther')}
        </button>
      </div>
    </header>
  );
}
