import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { sanitizePastedHtml, sanitizePastedText } from './sanitizePastedHtml';

/** Every paste and drop of HTML or text passes through the sanitiser before the schema reads it. */
export const PasteSanitizer = Extension.create({
  name: 'pasteSanitizer',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pasteSanitizer'),
        props: {
          transformPastedHTML: (html) => sanitizePastedHtml(html),
          transformPastedText: (text) => sanitizePastedText(text),
        },
      }),
    ];
  },
});
