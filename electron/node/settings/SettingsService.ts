import type Database from 'better-sqlite3';
import { z } from 'zod';
import { DEFAULT_PREFERENCES, EMPTY_PROFILE, type Preferences, type Profile } from '../../shared/api/apiTypes';
import { profileSchema } from '../../shared/api/settingsSchemas';
import { isLocale } from '../../shared/i18n/locales';
import { parseJsonColumn } from '../db/parseJsonColumn';

// The settings values as stored (JSON); the profile is read by readStoredProfile (a damaged one is said).
const storedPreferences = z.object({ locale: z.unknown() }).partial();
const storedPhrases = z.array(z.unknown()).transform((list) => list.filter((p): p is string => typeof p === 'string'));

const PROFILE_KEY = 'profile';
const PREFERENCES_KEY = 'preferences';
const STANDARD_PHRASES_KEY = 'standardPhrases';

/** Settings kept in user.db (key → JSON), starting with the writer's profile. */
export class SettingsService {
  constructor(private readonly db: Database.Database) {}

  getProfile(): Profile {
    const row = this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(PROFILE_KEY);
    if (!row) return { ...EMPTY_PROFILE, replacements: {} };
    const stored = readStoredProfile(row.value);
    // Said, not hidden: the writer sees empty fields marked as such, and nothing is overwritten unseen.
    return stored ? { ...EMPTY_PROFILE, ...stored } : { ...EMPTY_PROFILE, replacements: {}, damaged: true };
  }

  /**
   * A setting's stored value through its schema; none when it is missing or damaged (data_damaged),
   * which starts it again from its default: the writer can still work and the next save mends it.
   */
  private read<T>(key: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T | undefined {
    const row = this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key);
    if (!row) return undefined;
    try {
      return parseJsonColumn(schema, row.value, `settings ${key}`);
    } catch {
      return undefined;
    }
  }

  /** Merges the given fields; replacements merge key by key (an empty value forgets one). */
  saveProfile(change: Partial<Profile>): Profile {
    const { damaged, ...current } = this.getProfile();
    // An unreadable profile is kept aside under its own key before the new one replaces it.
    if (damaged) this.db.prepare("INSERT OR REPLACE INTO settings (key, value) SELECT ?, value FROM settings WHERE key = ?").run(`${PROFILE_KEY}.damaged`, PROFILE_KEY);
    const replacements = { ...current.replacements, ...(change.replacements ?? {}) };
    for (const [k, v] of Object.entries(replacements)) if (!v) delete replacements[k];
    const { damaged: _ignored, ...changed } = change;
    const next: Profile = { ...current, ...changed, replacements };
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(PROFILE_KEY, JSON.stringify(next));
    return next;
  }

  /** Interface preferences (the language); a stored value this version does not know falls back. */
  getPreferences(): Preferences {
    const locale = this.read(PREFERENCES_KEY, storedPreferences)?.locale;
    return { locale: isLocale(locale) ? locale : DEFAULT_PREFERENCES.locale };
  }

  /** The writer's own 规范表述 (提法), added to the shipped list. */
  getStandardPhrases(): string[] {
    return (this.read(STANDARD_PHRASES_KEY, storedPhrases) ?? []).filter((p) => p.trim() !== '');
  }

  saveStandardPhrases(phrases: string[]): string[] {
    const clean = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(STANDARD_PHRASES_KEY, JSON.stringify(clean));
    return clean;
  }

  savePreferences(change: Partial<Preferences>): Preferences {
    const next: Preferences = { ...this.getPreferences(), ...change };
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(PREFERENCES_KEY, JSON.stringify(next));
    return next;
  }
}

/** The stored profile's fields, or null when the text is not JSON or not a profile (a damaged row). */
function readStoredProfile(text: string): Partial<Profile> | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = profileSchema.omit({ damaged: true }).partial().strip().safeParse(value);
  return parsed.success ? parsed.data : null;
}
