import type Database from 'better-sqlite3';
import { DEFAULT_PREFERENCES, EMPTY_PROFILE, type Preferences, type Profile } from '../../shared/api/apiTypes';
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
    try {
      return { ...EMPTY_PROFILE, ...(JSON.parse(row.value) as Partial<Profile>) };
    } catch {
      return { ...EMPTY_PROFILE, replacements: {} };
    }
  }

  /** Merges the given fields; replacements merge key by key (an empty value forgets one). */
  saveProfile(change: Partial<Profile>): Profile {
    const current = this.getProfile();
    const replacements = { ...current.replacements, ...(change.replacements ?? {}) };
    for (const [k, v] of Object.entries(replacements)) if (!v) delete replacements[k];
    const next: Profile = { ...current, ...change, replacements };
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
