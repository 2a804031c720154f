import fs from 'node:fs';
import path from 'node:path';
import { startBrowserHost, type BrowserHost } from './startBrowserHost';

/** Where serve keeps the port it last listened on, in the data folder. */
export const PORT_FILE = 'browser-host-port.json';

type HostOptions = Omit<Parameters<typeof startBrowserHost>[0], 'port'>;

function rememberedPort(dataDir: string): number {
  try {
    const port = (JSON.parse(fs.readFileSync(path.join(dataDir, PORT_FILE), 'utf8')) as { port?: unknown }).port;
    return typeof port === 'number' && Number.isInteger(port) && port >= 1024 && port <= 65535 ? port : 0;
  } catch {
    return 0;
  }
}

/**
 * Starts the browser host on the port it had last time for this data folder, or on any free port
 * when that one is taken (another program, a second instance), and remembers the port it got.
 * The page's origin includes the port: on a new port each start, the window's localStorage (the
 * column widths) and its HTTP and compiled-code caches of the app's scripts were all lost.
 */
export async function startOnRememberedPort(dataDir: string, options: HostOptions): Promise<BrowserHost> {
  const wanted = rememberedPort(dataDir);
  let host: BrowserHost;
  try {
    host = await startBrowserHost({ ...options, port: wanted });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (wanted === 0 || (code !== 'EADDRINUSE' && code !== 'EACCES')) throw err;
    host = await startBrowserHost({ ...options, port: 0 });
  }
  if (host.port !== wanted) {
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.writeFileSync(path.join(dataDir, PORT_FILE), `${JSON.stringify({ port: host.port })}\n`);
    } catch {
      // Not remembering the port only costs the next start its caches.
    }
  }
  return host;
}
