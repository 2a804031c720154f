// Writes electron/shared/api/apiMethods.ts: the contract's method names as plain data, taken from the
// table itself (Object.keys(apiContract)), for the two bundles that must not carry zod (the preload,
// and the renderer's start-up chunk). Run by scripts/build.mjs; a test checks the file is current.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const API_METHODS_FILE = path.join(root, 'electron/shared/api/apiMethods.ts');

/** The file's text for these method names. */
export function apiMethodsSource(names) {
  return `// Generated from apiContract.ts by scripts/generateApiMethods.mjs (npm run build): do not edit.
// The contract's method names as plain data (no zod), for the preload bundle and the renderer's client.
import type { ApiMethod } from './apiContract';

export const API_METHOD_NAMES = [
${names.map((n) => `  '${n}',\n`).join('')}] as const satisfies readonly ApiMethod[];

/** Fails to compile when the table has a method this list lacks (the \`satisfies\` above checks the other way). */
type Exhaustive<Missing extends never> = Missing;
export type ApiMethodNamesComplete = Exhaustive<Exclude<ApiMethod, (typeof API_METHOD_NAMES)[number]>>;
`;
}

/** The method names of the contract table, read by running apiContract.ts. */
export async function contractMethodNames() {
  const bundled = await build({
    entryPoints: [path.join(root, 'electron/shared/api/apiContract.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    packages: 'external',
    logLevel: 'warning',
  });
  const module = { exports: {} };
  const { createRequire } = await import('node:module');
  new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(module, module.exports, createRequire(API_METHODS_FILE));
  return Object.keys(module.exports.apiContract);
}

/** Rewrites the file when the table changed; returns whether it did. */
export async function generateApiMethods() {
  const text = apiMethodsSource(await contractMethodNames());
  const current = fs.existsSync(API_METHODS_FILE) ? fs.readFileSync(API_METHODS_FILE, 'utf8') : null;
  if (current === text) return false;
  fs.writeFileSync(API_METHODS_FILE, text);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log((await generateApiMethods()) ? `written: ${path.relative(root, API_METHODS_FILE)}` : 'apiMethods.ts is current');
}
