// Renders the app icons (resources/icon.svg → build/icons/*.png, build/icon.png, build/icon.ico).
import { runTypeScript } from '../runTypeScript.mjs';

process.exitCode = await runTypeScript('scripts/icons/main.ts', process.argv.slice(2));
