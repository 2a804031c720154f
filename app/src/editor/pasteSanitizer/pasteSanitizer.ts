import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { noCut, type PasteCut } from './pasteLimits';
import { sanitizePastedHtml, sanitizePastedText } from './sanitizePastedHtml';

export interface PasteSanitizerOptions {
  /** Told when a paste was cut or flattened, so the writer learns what did not arrive. */
  onCut: ((cut: PasteCut) => void) | null;
}

/** Every paste and drop of HTML or text passes through the sanitiser before the schema reads it. */
export const PasteSanitizer = Extension.create<PasteSanitizerOptions>({
  name: 'pasteSanitizer',
  addOptions() {
    return { onCut: null };
  },
  addProseMirrorPlugins() {
    const report = (cut: PasteCut) => {
      if (!noCut(cut)) this.options.onCut?.(cut);
    };
    return [
      new Plugin({
        key: new PluginKey('pasteSanitizer'),
        props: {
          transformPastedHTML: (raw) => {
            const { html, cut } = sanitizePastedHtml(raw);
            report(cut);
            return html;
          },
          transformPastedText: (raw) => {
            const { text, cut } = sanitizePastedText(raw);
            report(cut);
            return text;
          },
        },
      }),
    ];
  },
});
