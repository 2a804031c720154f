import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Open dialogs, innermost last: only the innermost takes Esc and keeps Tab. */
const open: Array<RefObject<HTMLElement | null>> = [];

function focusables(box: HTMLElement): HTMLElement[] {
  return [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

/**
 * What every modal dialog does with the keyboard (WAI-ARIA dialog pattern): focus moves in when it
 * opens (to an [autofocus] field, else the first control), Tab and Shift+Tab stay inside, Esc closes
 * it however it was opened (a mouse click leaves focus on the trigger, outside the dialog, so the
 * listener is on the document), and focus goes back to the trigger when it closes.
 */
export function useDialogFocus(box: RefObject<HTMLElement | null>, onEscape?: () => void): void {
  const escape = useRef(onEscape);
  escape.current = onEscape;
  useEffect(() => {
    const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    open.push(box);
    const el = box.current;
    if (el && !el.contains(document.activeElement)) {
      const first = el.querySelector<HTMLElement>('[autofocus], [data-autofocus]') ?? focusables(el)[0];
      (first ?? el).focus();
    }
    const onKey = (e: KeyboardEvent) => {
      if (open[open.length - 1] !== box || !box.current || e.isComposing) return;
      if (e.key === 'Escape' && escape.current) {
        e.preventDefault();
        e.stopPropagation();
        escape.current();
      } else if (e.key === 'Tab') {
        const items = focusables(box.current);
        if (items.length === 0) return e.preventDefault();
        const first = items[0]!;
        const last = items[items.length - 1]!;
        const inside = box.current.contains(document.activeElement);
        if (e.shiftKey && (document.activeElement === first || !inside)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      const at = open.lastIndexOf(box);
      if (at >= 0) open.splice(at, 1);
      if (trigger?.isConnected) trigger.focus();
    };
  }, [box]);
}
