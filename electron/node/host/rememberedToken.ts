import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where serve keeps its access token, in the data folder, readable by this user only. */
export const TOKEN_FILE = 'browser-host-token';

/**
 * The browser host's access token for a data folder, kept between starts like its port: a window
 * left open when the host stopped (its terminal closed) reaches the restarted host with the token it
 * already holds, so its autosave's retries succeed and nothing typed meanwhile is lost. The token
 * guards against other local users and other sites, not against this user, who can read user.db in
 * the same folder. A token that cannot be read or kept is made anew for this start.
 */
export function rememberedToken(dataDir: string): string {
  const file = path.join(dataDir, TOKEN_FILE);
  try {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (/^[\w-]{32,}$/.test(kept)) return kept;
  } catch {
    // First start in this folder.
  }
  const token = randomBytes(24).toString('base64url');
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, `${token}\n`, { mode: 0o600 });
  } catch {
    // Kept for this start only: a later restart gives open windows a new token.
  }
  return token;
}
