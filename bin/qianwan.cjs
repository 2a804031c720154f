#!/usr/bin/env node
// The CLI entry: builds the bundles on first use from a fresh checkout, then runs the CLI.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const cli = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(cli)) {
  const r = spawnSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status || 1);
}
require(cli);
