import { runTypeScript } from '../scripts/runTypeScript.mjs';
process.exitCode = await runTypeScript(process.argv[2], process.argv.slice(3));
