// `npm run test:crash`: the crash harness's long form (100 kills).
import path from 'node:path';
import { root, runTypeScript } from '../runTypeScript.mjs';

// The harness finds the child's source relative to its own file.
process.exitCode = await runTypeScript('scripts/crash/crashMain.ts', process.argv.slice(2), { define: { __dirname: JSON.stringify(path.join(root, 'scripts/crash')) } });
