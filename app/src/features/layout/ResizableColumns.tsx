import { useCallback, useRef, useState, type ReactNode, type PointerEvent as ReactPointerEvent } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';

const STORAGE_KEY = 'qianwan.columns';
const MIN = 180;
const MAX = 640;

function loadWidths(): [number, number] {
  try {
    const v = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '') as unknown;
    if (Array.isArray(v) && typeof v[0] === "number" && typeof v[1] === "number") return [clamp(v[0]), clamp(v[1])];
  } catch {
    // first run or an unreadable value: use the defaults
  }
  // A laptop's window (1280 or 1366 wide) leaves the editor room for its toolbar and the page.
  return typeof window !== 'undefined' && window.innerWidth < 1440 ? [230, 320] : [240, 380];
}

function clamp(n: number): number {
  return Math.min(MAX, Math.max(MIN, Math.round(n)));
}

/** documents | editor | library, with draggable dividers; widths are remembered. */
export function ResizableColumns(props: { left: ReactNode; center: ReactNode; right: ReactNode }) {
  const [widths, setWidths] = useState<[number, number]>(loadWidths);
  const drag = useRef<{ side: 0 | 1; startX: number; startW: number } | null>(null);

  const onDown = useCallback(
    (side: 0 | 1) => (e: ReactPointerEvent<HTMLDivElement>) => {
      drag.current = { side, startX: e.clientX, startW: widths[side] };
      e.currentTarget.setPointerCapture(e.pointerId);
    },
    [widths],
  );
  const onMove = useCallback((e: ReactPointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const delta = e.clientX - d.startX;
    setWidths((w) => {
      const next: [number, number] = [...w];
      next[d.side] = clamp(d.side === 0 ? d.startW + delta : d.startW - delta);
      return next;
    });
  }, []);
  const onUp = useCallback(() => {
    drag.current = null;
    setWidths((w) => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(w));
      return w;
    });
  }, []);

  return (
    <div className="columns" style={{ gridTemplateColumns: `${widths[0]}px 6px minmax(360px, 1fr) 6px ${widths[1]}px` }}>
      <aside className="column column-left">{props.left}</aside>
      <div className="divider" role="separator" aria-orientation="vertical" title={t('layout.resize')} onPointerDown={onDown(0)} onPointerMove={onMove} onPointerUp={onUp} />
      <main className="column column-center">{props.center}</main>
      <div className="divider" role="separator" aria-orientation="vertical" title={t('layout.resize')} onPointerDown={onDown(1)} onPointerMove={onMove} onPointerUp={onUp} />
      <aside className="column column-right">{props.right}</aside>
    </div>
  );
}
