// Parts of the UI that no first screen shows load their code when first shown, so it is not among
// the first screen's bytes (a budget in `npm run bench`): the briefing editor and the plan (sidebar
// tabs), the presentation and the comparison. A part whose file fails to load says so in its place
// (its ErrorBoundary) and asks for a reload; the rest of the app goes on.
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { ErrorBoundary, PartLoadError } from './panels/ErrorBoundary';
import { useT } from './store/use-t';

/** React.lazy for a named export; a load that fails says so as such (not as a part that broke). */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    try {
      return { default: await load() };
    } catch (e) {
      throw new PartLoadError(e instanceof Error ? e.message : String(e));
    }
  });
}

export const BriefingPanel = onDemand(async () => (await import('./briefing/BriefingPanel')).BriefingPanel);
export const PlanBrowser = onDemand(async () => (await import('./panels/PlanBrowser')).PlanBrowser);
export const PresentationView = onDemand(
  async () => (await import('./briefing/PresentationView')).PresentationView,
);
export const ComparePanel = onDemand(async () => (await import('./panels/ComparePanel')).ComparePanel);

/**
 * An on-demand part in its place: "Loading…" while its code loads (a moment from a server, nothing
 * from the single file; `quiet` parts show nothing meanwhile), its own message if that fails.
 */
export function OnDemand({
  area,
  quiet = false,
  children,
}: {
  area: string;
  quiet?: boolean;
  children: ReactNode;
}) {
  const { t } = useT();
  return (
    <ErrorBoundary area={area}>
      <Suspense fallback={quiet ? null : <p className="loading-part">{t('loadingPart')}</p>}>
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}
