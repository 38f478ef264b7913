// The left column: the areas (filters + list) or the plan, as two tabs.
import { useState } from 'react';
import { BriefingPanel } from '../briefing/BriefingPanel';
import { useT } from '../i18n/use-t';
import { AreaList } from './AreaList';
import { Filters } from './Filters';
import { PlanBrowser } from './PlanBrowser';

type Tab = 'areas' | 'plan' | 'briefing';
const TABS: Tab[] = ['areas', 'plan', 'briefing'];

export function Sidebar() {
  const { t } = useT();
  const [tab, setTab] = useState<Tab>('areas');
  const tabs: { id: Tab; label: string }[] = [
    { id: 'areas', label: t('tabAreas') },
    { id: 'plan', label: t('tabPlan') },
    { id: 'briefing', label: t('tabBriefing') },
  ];
  return (
    <nav className="sidebar" aria-label={t('sidebarLabel')}>
      <div role="tablist" className="tabs">
        {tabs.map((x) => (
          <button
            key={x.id}
            type="button"
            role="tab"
            id={`tab-${x.id}`}
            aria-selected={tab === x.id}
            aria-controls={tab === x.id ? `panel-${x.id}` : undefined}
            tabIndex={tab === x.id ? 0 : -1}
            onClick={() => setTab(x.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const step = e.key === 'ArrowRight' ? 1 : TABS.length - 1;
                const next = TABS[(TABS.indexOf(tab) + step) % TABS.length] ?? 'areas';
                setTab(next);
                document.getElementById(`tab-${next}`)?.focus();
              }
            }}
          >
            {x.label}
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
        {tab === 'plan' && <PlanBrowser />}
        {tab === 'briefing' && <BriefingPanel />}
      </div>
    </nav>
  );
}
