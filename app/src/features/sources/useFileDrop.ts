import { useState, type DragEvent } from 'react';

/**
 * Files dropped on an element: whether a drag is over it (for the highlight) and the handlers to spread
 * on it. The drop's DataTransfer is handed over as it is: its folder entries can only be read during the
 * drop event itself (collectDroppedFiles does that first thing).
 */
export function useFileDrop(onDrop: (data: DataTransfer) => void, enabled = true) {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    dropProps: {
      onDragOver: (e: DragEvent<HTMLElement>) => {
        if (enabled && e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      },
      onDragLeave: () => setDragging(false),
      onDrop: (e: DragEvent<HTMLElement>) => {
        e.preventDefault();
        setDragging(false);
        if (enabled && e.dataTransfer.files.length > 0) onDrop(e.dataTransfer);
      },
    },
  };
}
