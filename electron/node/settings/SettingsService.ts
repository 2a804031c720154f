import type Database from 'better-sqlite3';
import { DEFAULT_PREFERENCES, EMPTY_PROFILE, type Preferences, type Profile } from '../../shared/api/apiTypes';
import { isLocale } from '../../shared/i18n/locales';

const PROFILE_KEY = 'profile';
const PREFERENCES_KEY = 'preferences';

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

  savePreferences(change: Partial<Preferences>): Preferences {
    const next: Preferences = { ...this.getPreferences(), ...change };
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(PREFERENCES_KEY, JSON.stringify(next));
    return next;
  }
}
