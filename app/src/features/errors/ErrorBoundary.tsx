import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';

interface State {
  error: Error | null;
}

/** A rendering error shows a message and a way back instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('界面错误', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-screen" role="alert">
        <h1>{t('error.title')}</h1>
        <p>{t('error.body')}</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    );
  }
}
