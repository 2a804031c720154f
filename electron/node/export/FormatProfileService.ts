import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import type { DocumentOptions } from '../../shared/api/apiTypes';
import { BUILTIN_PROFILES, isBuiltinProfileId } from '../../shared/export/builtinProfiles';
import { formatProfileSchema, LAYOUTS, type FormatProfile, type Layout } from '../../shared/export/formatProfile';
import { readFormatProfileFile } from '../../shared/export/formatProfileFile';

const DEFAULT_KEY = 'defaultFormat';

/**
 * The unit format profiles: the three built-in layouts and the user's own, saved by name in user.db.
 * A profile read from the database is validated again: one that no longer fits the schema is skipped,
 * never half-used.
 */
export class FormatProfileService {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): FormatProfile[] {
    const own = this.db.prepare<[], { json: string }>('SELECT json FROM format_profiles ORDER BY name').all().flatMap((r) => {
      try {
        const parsed = formatProfileSchema.safeParse(JSON.parse(r.json));
        return parsed.success ? [parsed.data] : [];
      } catch {
        return [];
      }
    });
    return [...LAYOUTS.map((l) => BUILTIN_PROFILES[l]), ...own];
  }

  /** A profile by id; a deleted one falls back to the built-in layout it was made from, or 材料格式. */
  get(id: string | null | undefined, fallback: Layout = 'material'): FormatProfile {
    if (id && isBuiltinProfileId(id)) return BUILTIN_PROFILES[id];
    return this.list().find((p) => p.id === id) ?? BUILTIN_PROFILES[fallback];
  }

  /** The profile new documents start with (its layout, notes and edition). */
  getDefault(): FormatProfile {
    const row = this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(DEFAULT_KEY);
    return this.get(row?.value ?? 'material');
  }

  setDefault(id: string): FormatProfile {
    const profile = this.get(id);
    if (profile.id !== id) throw new ApiError('not_found', id);
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(DEFAULT_KEY, id);
    return profile;
  }

  /**
   * The profile a document of `layout` starts with: the default profile when it has that layout (a
   * unit's own 材料格式), else the built-in one.
   */
  forLayout(layout: Layout): FormatProfile {
    const preferred = this.getDefault();
    return preferred.layout === layout ? preferred : BUILTIN_PROFILES[layout];
  }

  /** What a new document of `layout` starts with: that profile, its note style and edition. */
  newDocumentOptions(layout?: Layout): Pick<DocumentOptions, 'format' | 'notes' | 'edition'> {
    const profile = layout ? this.forLayout(layout) : this.getDefault();
    return { format: profile.id, notes: profile.notes, edition: profile.edition };
  }

  /** A new own profile copied from another, under a new name. */
  create(fromId: string, name: string): FormatProfile {
    const from = this.get(fromId);
    const profile = formatProfileSchema.parse({ ...from, id: `u-${randomUUID().replaceAll('-', '').slice(0, 16)}`, name });
    this.write(profile);
    return profile;
  }

  /** Saves an own profile; the built-in layouts are read-only (save a copy instead). */
  save(profile: FormatProfile): FormatProfile {
    if (isBuiltinProfileId(profile.id)) throw new ApiError('read_only', profile.name);
    if (!this.db.prepare('SELECT 1 FROM format_profiles WHERE id = ?').get(profile.id)) throw new ApiError('not_found', profile.id);
    this.write(profile);
    return profile;
  }

  delete(id: string): void {
    if (isBuiltinProfileId(id)) throw new ApiError('read_only', BUILTIN_PROFILES[id].name);
    if (this.db.prepare('DELETE FROM format_profiles WHERE id = ?').run(id).changes === 0) throw new ApiError('not_found', id);
  }

  /**
   * A profile file from another machine. A file naming a profile this machine has (by name) replaces
   * it, so an office can send an updated format; a bad or newer file is refused and nothing changes.
   */
  import(text: string): FormatProfile {
    const read = readFormatProfileFile(text);
    if ('problem' in read) throw new ApiError(read.problem.code, 'detail' in read.problem ? read.problem.detail : undefined);
    const incoming = read.profile;
    if (Object.values(BUILTIN_PROFILES).some((b) => b.name === incoming.name)) throw new ApiError('profile_builtin_name', incoming.name);
    const existing = this.db.prepare<[string], { id: string }>('SELECT id FROM format_profiles WHERE name = ?').get(incoming.name);
    const profile: FormatProfile = { ...incoming, id: existing?.id ?? (isBuiltinProfileId(incoming.id) ? `u-${randomUUID().replaceAll('-', '').slice(0, 16)}` : incoming.id) };
    this.write(profile);
    return profile;
  }

  private write(profile: FormatProfile): void {
    const clash = this.db.prepare('SELECT id FROM format_profiles WHERE name = ? AND id <> ?').get(profile.name, profile.id);
    if (clash || Object.values(BUILTIN_PROFILES).some((b) => b.name === profile.name)) throw new ApiError('profile_name_taken', profile.name);
    this.db
      .prepare('INSERT INTO format_profiles (id, name, json, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, json = excluded.json, updated_at = excluded.updated_at')
      .run(profile.id, profile.name, JSON.stringify(profile), this.now().toISOString());
  }
}
