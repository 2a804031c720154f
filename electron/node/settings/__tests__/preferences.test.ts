import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openUserDb } from '../../db/openUserDb';
import { SettingsService } from '../SettingsService';

describe('SettingsService preferences', () => {
  it('keeps the interface language in user.db across reopening, apart from the profile', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qianwan-prefs-'));
    const file = path.join(dir, 'user.db');
    const db = openUserDb(file);
    const settings = new SettingsService(db);
    expect(settings.getPreferences()).toEqual({ locale: 'zh-CN' });
    settings.saveProfile({ name: '王某' });
    expect(settings.savePreferences({ locale: 'en-US' })).toEqual({ locale: 'en-US' });
    db.close();
    const again = openUserDb(file);
    const reopened = new SettingsService(again);
    expect(reopened.getPreferences()).toEqual({ locale: 'en-US' });
    expect(reopened.getProfile().name).toBe('王某');
    again.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('falls back to Chinese when the stored language is unknown or the value is damaged', () => {
    const db = openUserDb(':memory:');
    const settings = new SettingsService(db);
    db.prepare("INSERT INTO settings (key, value) VALUES ('preferences', '{\"locale\":\"fr-FR\"}')").run();
    expect(settings.getPreferences().locale).toBe('zh-CN');
    db.prepare("UPDATE settings SET value = '{oops' WHERE key = 'preferences'").run();
    expect(settings.getPreferences().locale).toBe('zh-CN');
  });
});
