// The left column: the areas (filters + list), the plan or the briefing, as three tabs. The plan and
// the briefing editor are handed in by the app, which loads their code when first shown (on-demand.tsx;
// briefing/ also stands above panels/).
import { type ReactNode, useState } from 'react';
import { useKeyCommands } from '../store/use-key-commands';
import { useT } from '../store/use-t';
import { AreaList } from './AreaList';
import { Filters } from './Filters';

const TAB_LABEL = { areas: 'tabAreas', plan: 'tabPlan', briefing: 'tabBriefing' } as const;
type Tab = keyof typeof TAB_LABEL;
const TABS = Object.keys(TAB_LABEL) as Tab[];

export function Sidebar({ plan, briefing }: { plan: ReactNode; briefing: ReactNode }) {
  const { t } = useT();
  const [tab, setTab] = useState<Tab>('areas');
  const go = (step: number) => {
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] ?? 'areas';
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  const onKeyDown = useKeyCommands('tabs', { next: () => go(1), prev: () => go(-1) });
  return (
    <nav className="sidebar" id="sidebar" aria-label={t('sidebarLabel')}>
      <div role="tablist" className="tabs">
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={tab === id ? `panel-${id}` : undefined}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={onKeyDown}
          >
            {t(TAB_LABEL[id])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'areas' && (
          <>
            <Filters />
            <AreaList />
          </>
        )}
        {tab === 'plan' && plan}
        {tab === 'briefing' && briefing}
      </div>
    </nav>
  );
}
