// Type-checks each runtime layer with its own config (its own lib and types), so DOM code cannot
// slip into the Node layers and Node APIs cannot slip into the renderer.
import { spawnSync } from 'node:child_process';

const configs = ['tsconfig.shared.json', 'tsconfig.app.json', 'tsconfig.node.json', 'tsconfig.preload.json', 'tsconfig.tests.json'];
let failed = 0;
for (const config of configs) {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', config], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
  console.log(`typecheck ${config}: ${r.status === 0 ? 'ok' : 'FAILED'}`);
}
process.exit(failed ? 1 : 0);
