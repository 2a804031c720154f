import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, stopHost } from './fixtures/browserHost';

// The window keeps its profile from one start to the next (serve: data folder/browser-profile), but
// what the page stores is keyed by its origin, port included: serve on a new port each start lost the
// column widths the writer had dragged.
test('the column widths survive quitting and starting serve again', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-restart-'));
  try {
    let { child, host } = await startHost(dataDir);
    await page.goto(host.url);
    const left = page.locator('.column-left');
    await expect(left).toBeVisible();
    const before = (await left.boundingBox())!.width;
    const divider = (await page.getByRole('separator').first().boundingBox())!;
    await page.mouse.move(divider.x + divider.width / 2, divider.y + 200);
    await page.mouse.down();
    await page.mouse.move(divider.x + divider.width / 2 + 60, divider.y + 200, { steps: 5 });
    await page.mouse.up();
    const dragged = (await left.boundingBox())!.width;
    expect(dragged).toBeGreaterThan(before + 40);
    const origin = host.origin;
    await stopHost(child);

    ({ child, host } = await startHost(dataDir));
    try {
      expect(host.origin).toBe(origin);
      await page.goto(host.url);
      await expect(left).toBeVisible();
      expect((await left.boundingBox())!.width).toBeCloseTo(dragged, 0);
    } finally {
      await stopHost(child);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
