// Lint, including the runtime layers (docs/internals.md describes them):
//   shared → nothing; node → shared; main → node, shared; preload → shared; app → shared.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function layer(files, { forbidFolders, forbidModules = [], message }) {
  return {
    files,
    ignores: ['**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbidModules.map((name) => ({ name, message })),
          patterns: forbidFolders.map((folder) => ({ group: [`**/${folder}`, `**/${folder}/**`], message })),
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Type-aware rules, on the layers' own tsconfigs (tsconfig.json references them): a promise nobody
  // awaits or catches hides its failure, and a switch over a union must name every member.
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  layer(['electron/shared/**/*.ts'], {
    forbidFolders: ['electron/node', 'electron/main', 'electron/preload', 'app', 'node', 'main', 'preload'],
    forbidModules: ['electron', 'react', 'react-dom', 'better-sqlite3', ...nodeBuiltins],
    message: 'electron/shared is pure: it may import nothing from another layer, Node, the DOM libraries or Electron.',
  }),
  layer(['electron/node/**/*.ts'], {
    forbidFolders: ['electron/main', 'electron/preload', 'app', 'main', 'preload'],
    forbidModules: ['electron', 'react', 'react-dom'],
    message: 'electron/node runs on plain Node: it may import electron/shared only, never Electron or the renderer.',
  }),
  layer(['electron/main/**/*.ts'], {
    forbidFolders: ['electron/preload', 'app', 'preload'],
    forbidModules: ['react', 'react-dom'],
    message: 'electron/main may import electron/node and electron/shared only.',
  }),
  layer(['electron/preload/**/*.ts'], {
    forbidFolders: ['electron/node', 'electron/main', 'app', 'node', 'main'],
    forbidModules: nodeBuiltins,
    message: 'electron/preload exposes the contract only: it may import electron and electron/shared.',
  }),
  layer(['app/**/*.{ts,tsx}'], {
    forbidFolders: ['electron/node', 'electron/main', 'electron/preload'],
    forbidModules: ['electron', 'better-sqlite3', ...nodeBuiltins],
    message: 'The renderer is browser code: it may import electron/shared only, never Node, Electron or services.',
  }),
);
