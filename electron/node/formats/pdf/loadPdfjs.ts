import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

let loading: Promise<typeof Pdfjs> | null = null;

/** pdf.js (an ES module, several megabytes) loaded on the first PDF, not at start-up. */
export function loadPdfjs(): Promise<typeof Pdfjs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loading;
}
