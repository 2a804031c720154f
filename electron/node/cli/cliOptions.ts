import type { ParseArgsConfig } from 'node:util';

/** The options every command accepts (parseArgs, strict): the serve quick path parses with the same ones. */
export const CLI_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  port: { type: 'string' },
  open: { type: 'boolean', default: true },
  'no-open': { type: 'boolean', default: false },
  corpus: { type: 'string' },
  theme: { type: 'string' },
  out: { type: 'string' },
  limit: { type: 'string' },
  format: { type: 'string' },
  preset: { type: 'string' },
  notes: { type: 'string' },
  edition: { type: 'string' },
  layout: { type: 'string' },
  profile: { type: 'string' },
  'allow-empty': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  report: { type: 'boolean', default: false },
  'min-run': { type: 'string' },
  source: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];
