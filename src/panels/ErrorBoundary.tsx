// A part of the app that fails shows a plain message in its place; the rest keeps working.
import { Component, type ReactNode } from 'react';
import { t } from '../i18n/strings';
import { useAtlas } from '../store/store';

type Props = { children: ReactNode; area: string };
type State = { error: Error | null };

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.warn(`${this.props.area}: ${error.message}`);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const lang = useAtlas.getState().lang;
    return (
      <div className="panel-error" role="alert">
        <p>{t(lang, 'panelFailed', { what: this.props.area, message: this.state.error.message })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t(lang, 'tryAgain')}
        </button>
      </div>
    );
  }
}
