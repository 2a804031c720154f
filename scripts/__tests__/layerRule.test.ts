import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
// The layer rule alone: the snippets are not in any tsconfig, so the type-aware rules (and the
// project service they need) are left out here; `npm run lint` runs them on the real files.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/switch-exhaustiveness-check': 'off' },
  },
});

async function restricted(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

// The layer rule of DESIGN.md, proven on code that breaks it and code that keeps it.
describe('layer imports lint rule', () => {
  it('keeps electron/shared pure', async () => {
    expect(await restricted('electron/shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toBe(1);
    expect(await restricted('electron/shared/x.ts', "import { q } from '../node/q';\nexport const a = q;\n")).toBe(1);
    expect(await restricted('electron/shared/x.ts', "import { t } from './i18n/translate';\nexport const a = t;\n")).toBe(0);
  });

  it('keeps Electron out of electron/node', async () => {
    expect(await restricted('electron/node/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
    expect(await restricted('electron/node/x.ts', "import { w } from '../main/windowOptions';\nexport const a = w;\n")).toBe(1);
    expect(await restricted('electron/node/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toBe(0);
  });

  it('keeps Node, Electron and services out of the renderer', async () => {
    expect(await restricted('app/src/x.ts', "import fs from 'fs';\nexport const a = fs;\n")).toBe(1);
    expect(await restricted('app/src/x.ts', "import { c } from '../../electron/node/api/createApi';\nexport const a = c;\n")).toBe(1);
    expect(await restricted('app/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toBe(1);
    expect(await restricted('app/src/x.ts', "import { t } from '../../electron/shared/i18n/translate';\nexport const a = t;\n")).toBe(0);
  });

  it('lets preload reach only electron and shared', async () => {
    expect(await restricted('electron/preload/x.ts', "import { d } from '../node/db/openUserDb';\nexport const a = d;\n")).toBe(1);
    expect(await restricted('electron/preload/x.ts', "import { contextBridge } from 'electron';\nexport const a = contextBridge;\n")).toBe(0);
  });
});
