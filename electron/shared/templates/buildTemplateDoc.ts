import type { Profile } from '../api/apiTypes';
import type { BlockNode, DocNode } from '../doc/docTypes';
import { fillProfile } from './fillProfile';
import type { Template } from './templateSchema';

const paragraph = (text: string): BlockNode => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' });

/**
 * A new document from a template: each section becomes its heading (if it has one) and a paragraph
 * that starts with the section's opening words; the signature closes it. Hints stay out of the text
 * (they are shown beside it) so nothing of the template leaks into the exported document.
 */
export function buildTemplateDoc(template: Template, profile: Pick<Profile, 'name' | 'unit' | 'position' | 'region'>): { title: string; content: DocNode } {
  const content: BlockNode[] = [];
  for (const section of template.sections) {
    if (section.heading) content.push({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: fillProfile(section.heading, profile) }] });
    content.push(paragraph(section.starter ? fillProfile(section.starter, profile) : ''));
  }
  if (template.signature) content.push(paragraph(fillProfile(template.signature, profile)));
  return { title: fillProfile(template.title, profile), content: { type: 'doc', content } };
}
