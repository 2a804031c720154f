import type Database from 'better-sqlite3';
import { DEFAULT_PREFERENCES, EMPTY_PROFILE, type Preferences, type Profile } from '../../shared/api/apiTypes';
import { profileSchema } from '../../shared/api/settingsSchemas';
import { isLocale } from '../../shared/i18n/locales';

const PROFILE_KEY = 'profile';
const PREFERENCES_KEY = 'preferences';
const STANDARD_PHRASES_KEY = 'standardPhrases';

/** Settings kept in user.db (key → JSON), starting with the writer's profile. */
export class SettingsService {
  constructor(private readonly db: Database.Database) {}

  getProfile(): Profile {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(PROFILE_KEY) as { value: string } | undefined;
    if (!row) return { ...EMPTY_PROFILE, replacements: {} };
    const stored = readStoredProfile(row.value);
    // Said, not hidden: the writer sees empty fields marked as such, and nothing is overwritten unseen.
    return stored ? { ...EMPTY_PROFILE, ...stored } : { ...EMPTY_PROFILE, replacements: {}, damaged: true };
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
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(PREFERENCES_KEY) as { value: string } | undefined;
    let stored: Partial<Preferences> = {};
    try {
      stored = row ? (JSON.parse(row.value) as Partial<Preferences>) : {};
    } catch {
      stored = {};
    }
    return { locale: isLocale(stored.locale) ? stored.locale : DEFAULT_PREFERENCES.locale };
  }

  /** The writer's own 规范表述 (提法), added to the shipped list. */
  getStandardPhrases(): string[] {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(STANDARD_PHRASES_KEY) as { value: string } | undefined;
    try {
      const list: unknown = row ? JSON.parse(row.value) : [];
      return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
    } catch {
      return [];
    }
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
