import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataDir } from '../userDataDir';

describe('userDataDir', () => {
  it('follows each OS convention, like Electron userData', () => {
    expect(userDataDir({ env: {}, platform: 'linux', home: '/home/a' })).toBe('/home/a/.config/qianwan-writer');
    expect(userDataDir({ env: { XDG_CONFIG_HOME: '/x' }, platform: 'linux', home: '/home/a' })).toBe('/x/qianwan-writer');
    expect(userDataDir({ env: {}, platform: 'darwin', home: '/Users/a' })).toBe('/Users/a/Library/Application Support/qianwan-writer');
    expect(userDataDir({ env: { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\a' })).toContain('qianwan-writer');
  });

  it('lets --data-dir win over QIANWAN_DATA_DIR, and both over the default', () => {
    expect(userDataDir({ env: { QIANWAN_DATA_DIR: '/env' }, platform: 'linux', home: '/h' })).toBe(path.resolve('/env'));
    expect(userDataDir({ override: '/flag', env: { QIANWAN_DATA_DIR: '/env' }, platform: 'linux', home: '/h' })).toBe(path.resolve('/flag'));
  });
});
