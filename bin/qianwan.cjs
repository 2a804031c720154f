#!/usr/bin/env node
// The CLI entry: builds the bundles on first use from a fresh checkout, then runs the CLI. `serve`
// first runs the small serve-start bundle (listen, print the address, open the window), then loads
// the CLI bundle while the browser starts.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const dist = path.join(__dirname, '..', 'dist');
const cli = path.join(dist, 'cli.cjs');
const serveStart = path.join(dist, 'serve-start.cjs');
if (!fs.existsSync(cli) || !fs.existsSync(serveStart)) {
  const r = spawnSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status || 1);
}
const argv = process.argv.slice(2);
let early = Promise.resolve(null);
if (argv[0] === 'serve') {
  const start = require(serveStart);
  early = start.listenForServe(argv, start.processIo);
}
// Should the quick path fail (the port taken, say), the CLI runs `serve` itself and says why in its own words.
early.then(
  (started) => require(cli).main(argv, started),
  () => require(cli).main(argv, null),
);
