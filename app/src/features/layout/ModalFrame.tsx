import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useDialogFocus } from './useDialogFocus';

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
  /** What Esc does; by default the same as the × button. A dialog that must be answered passes none. */
  onEscape?: () => void;
  onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void;
  children: ReactNode;
}

/**
 * The frame every modal dialog shares: backdrop, box, heading row with its actions and close button;
 * focus moves in, stays in, Esc closes, focus returns (useDialogFocus).
 */
export function ModalFrame({ label, testId, className, heading, actions, onClose, closeLabel, onEscape, onKeyDown, children }: ModalFrameProps) {
  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box, onEscape ?? onClose);
  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-label={label} data-testid={testId} onKeyDown={onKeyDown}>
      <div className={className ? `modal ${className}` : 'modal'} ref={box} tabIndex={-1}>
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
