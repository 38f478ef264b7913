// Title, search and the language switch.

import { useState } from 'react';
import { useAtlas } from '../store/store';
import { useT } from '../store/use-t';
import { Search } from './Search';
import { PHONE_QUERY, useMedia } from './use-media';

export function Header({ children }: { children?: React.ReactNode }) {
  const { t, lang } = useT();
  const setLang = useAtlas((s) => s.setLang);
  // On a phone the actions fold into one menu.
  const phone = useMedia(PHONE_QUERY);
  const [menu, setMenu] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Esc closes the phone's menu from any of its controls
    <header
      className="app-header"
      data-open-menu={phone && menu ? '' : undefined}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && phone && menu) setMenu(false);
      }}
    >
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <p>{t('appSubtitle')}</p>
      </div>
      {phone && (
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menu}
          aria-controls="header-actions"
          onClick={() => setMenu(!menu)}
        >
          ☰ {t('menu')}
        </button>
      )}
      <Search />
      <div id="header-actions" className={`header-actions${phone && !menu ? ' folded' : ''}`}>
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
