import { Component, Suspense, type ReactNode } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';
import { LoadingNote } from './LoadingNote';

interface State {
  error: Error | null;
}

/**
 * Where a part loaded on first use (lazyNamed) is drawn: `fallback` (else LoadingNote) while it
 * loads, and if it cannot be loaded or drawn, a message in its place instead of the whole window's
 * error screen, so the open document and everything else keep their state.
 */
export class OnDemand extends Component<{ children: ReactNode; onClose?: () => void; fallback?: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return <Suspense fallback={this.props.fallback ?? <LoadingNote />}>{this.props.children}</Suspense>;
    return (
      <div className="loading-note bad" role="alert" data-testid="on-demand-error">
        <span>{t('common.partFailed', { message: error.message })}</span>
        {this.props.onClose && (
          <button type="button" className="link-button" onClick={this.props.onClose} aria-label={t('notice.close')}>
            ×
          </button>
        )}
      </div>
    );
  }
}
