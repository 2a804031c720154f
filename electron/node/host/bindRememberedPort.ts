import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { bindLoopback } from './bindLoopback';

/** Where serve keeps the port it last listened on, in the data folder. */
export const PORT_FILE = 'browser-host-port.json';

function rememberedPort(dataDir: string): number {
  try {
    const port = (JSON.parse(fs.readFileSync(path.join(dataDir, PORT_FILE), 'utf8')) as { port?: unknown }).port;
    return typeof port === 'number' && Number.isInteger(port) && port >= 1024 && port <= 65535 ? port : 0;
  } catch {
    return 0;
  }
}

/**
 * Binds the loopback port the browser host had last time for this data folder, or any free port
 * when that one is taken (another program, a second instance), and remembers the port it got.
 * The page's origin includes the port: on a new port each start, the window's localStorage (the
 * column widths) and its HTTP and compiled-code caches of the app's scripts were all lost.
 */
export async function bindRememberedPort(dataDir: string): Promise<http.Server> {
  const wanted = rememberedPort(dataDir);
  let server: http.Server;
  try {
    server = await bindLoopback(wanted);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (wanted === 0 || (code !== 'EADDRINUSE' && code !== 'EACCES')) throw err;
    server = await bindLoopback(0);
  }
  const port = (server.address() as { port: number }).port;
  if (port !== wanted) {
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.writeFileSync(path.join(dataDir, PORT_FILE), `${JSON.stringify({ port })}\n`);
    } catch {
      // Not remembering the port only costs the next start its caches.
    }
  }
  return server;
}
