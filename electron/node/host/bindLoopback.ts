import http from 'node:http';

/**
 * An HTTP server listening on 127.0.0.1 only, with no handler yet: the serve command binds it before
 * the rest of the app has loaded, so the window can start at once; requests wait in the socket's
 * backlog until startBrowserHost attaches the handler (a synchronous load holds the event loop).
 */
export function bindLoopback(port: number): Promise<http.Server> {
  const server = http.createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
