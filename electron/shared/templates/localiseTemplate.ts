import type { Template } from './templateSchema';

/**
 * The template as the guide shows it in `locale`: name, description, section labels and hints from
 * its translations when it has them (each falls back to the original on its own).
 */
export function localiseTemplate(template: Template, locale: string): Template {
  const tr = template.translations?.[locale];
  if (!tr) return template;
  return {
    ...template,
    name: tr.name ?? template.name,
    description: tr.description ?? template.description,
    sections: template.sections.map((s) => ({ ...s, label: tr.sections?.[s.id]?.label ?? s.label, hint: tr.sections?.[s.id]?.hint ?? s.hint })),
  };
}
