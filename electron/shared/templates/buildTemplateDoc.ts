import type { Profile } from '../api/apiTypes';
import type { BlockNode, DocNode } from '../doc/docTypes';
import { fillProfile } from './fillProfile';
import type { Template } from './templateSchema';

const paragraph = (text: string): BlockNode => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' });

// A salutation that opens a speech (同志们：, 各位领导、同志们：): a paragraph of its own, set flush left.
const SALUTATION = /^([^，。；：！？\n]{1,24}：)(.+)$/su;

/**
 * A new document from a template: each section becomes its heading (if it has one) and a paragraph
 * that starts with the section's opening words (a salutation in a paragraph of its own). Hints stay
 * out of the text (they are shown beside it), and so does the signature: the layout places the
 * author line, so it is never written twice.
 */
export function buildTemplateDoc(template: Template, profile: Pick<Profile, 'name' | 'unit' | 'position' | 'region'>): { title: string; content: DocNode } {
  const content: BlockNode[] = [];
  for (const section of template.sections) {
    if (section.heading) content.push({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: fillProfile(section.heading, profile) }] });
    const starter = section.starter ? fillProfile(section.starter, profile) : '';
    const salutation = SALUTATION.exec(starter);
    if (salutation) content.push(paragraph(salutation[1]!), paragraph(salutation[2]!));
    else content.push(paragraph(starter));
  }
  return { title: fillProfile(template.title, profile), content: { type: 'doc', content } };
}
