import { Component, type ReactNode } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';

interface State {
  error: Error | null;
}

/**
 * Where a part loaded on first use (lazyNamed) is drawn: if it cannot be loaded or drawn, a message
 * in its place instead of the whole window's error screen, so the open document and everything else
 * keep their state. `onClose` gives the message a close button that closes the part.
 */
export class OnDemand extends Component<{ children: ReactNode; onClose?: () => void }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
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
