import { z } from 'zod';
import { LAYOUTS } from '../export/formatProfile';

// A template is data (resources/templates/*.json): adding one needs no code. Each section says what
// it is for (hint) and which library passages suit it (suggest: a kind and a theme of the library).

const text = (max: number) => z.string().min(1).max(max);

export const templateSectionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).max(40),
    /** The section's role, shown in the template guide: 开头, 一是, 差距与举措, 结尾 … */
    label: text(30),
    /** A heading to put into the document (may hold {unit} … placeholders); none for 开头/结尾. */
    heading: text(80).optional(),
    /** Opening words the writer continues; may hold placeholders. */
    starter: text(400).optional(),
    hint: text(300),
    /** The library filter a "suggest passages" click sets: a passage kind and, optionally, a theme. */
    suggest: z.object({ kind: text(10), theme: text(20).optional() }).strict(),
  })
  .strict();

/**
 * What the writing guide shows in another interface language: the template's name and description,
 * each section's label and hint. Titles, headings and opening words are not translated: they go into
 * the (Chinese) document.
 */
const translationSchema = z
  .object({
    name: text(60).optional(),
    description: text(400).optional(),
    sections: z.record(z.string().max(40), z.object({ label: text(40).optional(), hint: text(400).optional() }).strict()).optional(),
  })
  .strict();

export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).max(40),
    name: text(30),
    description: text(300),
    /** The works of the library whose structure this template follows (for the writer to look at). */
    derivedFrom: z.array(text(120)).min(1).max(10),
    title: text(80),
    /**
     * Accepted for template files written before layouts placed the author line: the layout now writes
     * 单位 职务 姓名 where the unit's format says (under the title, or as the 署名), never twice.
     */
    signature: z.string().max(80).optional(),
    /** The layout drafts from this template take (材料格式 for 心得体会 and 研讨发言). */
    layout: z.enum(LAYOUTS).optional(),
    sections: z.array(templateSectionSchema).min(2).max(20),
    translations: z.record(z.string().max(10), translationSchema).optional(),
  })
  .strict()
  .refine((t) => new Set(t.sections.map((s) => s.id)).size === t.sections.length, { message: 'section ids must be unique' })
  .refine((t) => Object.values(t.translations ?? {}).every((tr) => Object.keys(tr.sections ?? {}).every((id) => t.sections.some((s) => s.id === id))), {
    message: 'a translation names a section the template does not have',
  });

export type Template = z.infer<typeof templateSchema>;
export type TemplateTranslation = z.infer<typeof translationSchema>;
export type TemplateSection = z.infer<typeof templateSectionSchema>;
