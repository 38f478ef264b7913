// A part of the app that fails shows a plain message in its place; the rest keeps working.
import { Component, type ReactNode } from 'react';
import { type Lang, t } from '../i18n/strings';
import { useAtlas } from '../store/store';

type Props = { children: ReactNode; area: string };

/**
 * A part's code, loaded on demand, did not arrive. A browser keeps a failed module load for the
 * page's life, so trying again cannot help: the message says to reload instead.
 */
export class PartLoadError extends Error {
  override name = 'PartLoadError';
}
type State = { error: Error | null };

/** The boundary itself must be a class; this wrapper hands it the language through a selector. */
export function ErrorBoundary(props: Props) {
  const lang = useAtlas((s) => s.lang);
  return <Boundary {...props} lang={lang} />;
}

class Boundary extends Component<Props & { lang: Lang }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.warn(`${this.props.area}: ${error.message}`);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const { lang } = this.props;
    return (
      <div className="panel-error" role="alert">
        <p>{t(lang, 'panelFailed', { what: this.props.area, message: this.state.error.message })}</p>
        {this.state.error instanceof PartLoadError ? (
          <p>{t(lang, 'partNotLoaded')}</p>
        ) : (
          <button type="button" onClick={() => this.setState({ error: null })}>
            {t(lang, 'tryAgain')}
          </button>
        )}
      </div>
    );
  }
}
