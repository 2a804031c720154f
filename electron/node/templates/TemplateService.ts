import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { templateSchema, type Template } from '../../shared/templates/templateSchema';

export interface TemplateProblem {
  file: string;
  message: string;
}

/**
 * The document templates: every resources/templates/*.json that passes the schema, in file-name
 * order. Read once, on first use; a broken file is left out and reported, never fatal, so one bad
 * template cannot stop the app.
 */
export class TemplateService {
  private loaded: { templates: Template[]; problems: TemplateProblem[] } | null = null;

  constructor(private readonly dir: string) {}

  list(): Template[] {
    return this.load().templates;
  }

  problems(): TemplateProblem[] {
    return this.load().problems;
  }

  get(id: string): Template {
    const template = this.list().find((t) => t.id === id);
    if (!template) throw new ApiError('not_found', `template ${id}`);
    return template;
  }

  private load(): { templates: Template[]; problems: TemplateProblem[] } {
    if (this.loaded) return this.loaded;
    const templates: Template[] = [];
    const problems: TemplateProblem[] = [];
    const files = fs.existsSync(this.dir) ? fs.readdirSync(this.dir).filter((f) => f.endsWith('.json')).sort() : [];
    for (const file of files) {
      try {
        const parsed = templateSchema.safeParse(JSON.parse(fs.readFileSync(path.join(this.dir, file), 'utf8')));
        if (!parsed.success) {
          problems.push({ file, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
        } else if (templates.some((t) => t.id === parsed.data.id)) {
          problems.push({ file, message: `duplicate template id ${parsed.data.id}` });
        } else {
          templates.push(parsed.data);
        }
      } catch (err) {
        problems.push({ file, message: err instanceof Error ? err.message : String(err) });
      }
    }
    this.loaded = { templates, problems };
    return this.loaded;
  }
}
