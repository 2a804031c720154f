import type { KeyboardEvent, ReactNode } from 'react';

export interface ModalFrameProps {
  /** The dialog's accessible name, and its heading unless `heading` is given. */
  label: string;
  testId: string;
  /** Extra classes of the dialog box (`wide`, `export-dialog` …). */
  className?: string;
  heading?: ReactNode;
  /** Buttons beside the heading. */
  actions?: ReactNode;
  /** Shows the × button; its accessible name is `closeLabel`. */
  onClose?: () => void;
  closeLabel?: string;
  onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void;
  children: ReactNode;
}

/** The frame every modal dialog shares: backdrop, box, heading row with its actions and close button. */
export function ModalFrame({ label, testId, className, heading, actions, onClose, closeLabel, onKeyDown, children }: ModalFrameProps) {
  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-label={label} data-testid={testId} onKeyDown={onKeyDown}>
      <div className={className ? `modal ${className}` : 'modal'}>
        <header className="modal-header">
          <h2>{heading ?? label}</h2>
          {actions}
          {onClose && (
            <button type="button" className="link-button" onClick={onClose} aria-label={closeLabel}>
              ×
            </button>
          )}
        </header>
        {children}
      </div>
    </div>
  );
}
