import { describe, expect, it } from 'vitest';
import { openUserDb } from '../../db/openUserDb';
import { SettingsService } from '../SettingsService';

describe('SettingsService', () => {
  it('keeps the profile and remembers localisation choices, merging them', () => {
    const settings = new SettingsService(openUserDb(':memory:'));
    expect(settings.getProfile()).toEqual({ name: '', unit: '', position: '', region: '', replacements: {} });
    settings.saveProfile({ name: '王某', unit: '城关镇人民政府', region: '城关镇', replacements: { 东沙镇: '城关镇' } });
    settings.saveProfile({ position: '副镇长', replacements: { 海淀: '我县' } });
    expect(settings.getProfile()).toEqual({ name: '王某', unit: '城关镇人民政府', position: '副镇长', region: '城关镇', replacements: { 东沙镇: '城关镇', 海淀: '我县' } });
    settings.saveProfile({ replacements: { 海淀: '' } });
    expect(settings.getProfile().replacements).toEqual({ 东沙镇: '城关镇' });
  });

  it('says when the stored profile is damaged, and keeps it aside before a new one replaces it', () => {
    const db = openUserDb(':memory:');
    const settings = new SettingsService(db);
    for (const damaged of ['{"name":"王某","replacements":', '{"name":42}', '"profile"']) {
      db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('profile', ?)").run(damaged);
      expect(settings.getProfile()).toEqual({ name: '', unit: '', position: '', region: '', replacements: {}, damaged: true });
    }
    db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('profile', ?)").run('{"name":"王某","replacements":');
    expect(settings.saveProfile({ name: '李某' })).toEqual({ name: '李某', unit: '', position: '', region: '', replacements: {} });
    expect(settings.getProfile().damaged).toBeUndefined();
    expect(db.prepare("SELECT value FROM settings WHERE key = 'profile.damaged'").pluck().get()).toBe('{"name":"王某","replacements":');
  });
});
