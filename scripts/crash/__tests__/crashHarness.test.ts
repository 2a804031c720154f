import { describe, expect, it } from 'vitest';
import { runCrashHarness } from '../runCrashHarness';

// The short form of `npm run test:crash`: a real child process editing a real user.db, killed with
// SIGKILL ten times; three of the runs restore backups while their writes are acknowledged, one at
// least killed inside a restore, and one at least killed while an import is being saved.
describe('crash harness', () => {
  it('survives 10 SIGKILLs: file sound, no acknowledged write lost, at most 2 s of typing lost', async () => {
    const report = await runCrashHarness({ kills: 10, seed: 8 });
    expect(report.problems).toEqual([]);
    expect(report.kills).toBe(10);
    expect(report.damaged).toBe(0);
    expect(report.lost).toBe(0);
    expect(report.acknowledged).toBeGreaterThan(20);
    expect(report.killsInsideSave).toBeGreaterThan(0);
    expect(report.restoreRuns).toBe(3);
    expect(report.killsInsideRestore).toBeGreaterThan(0);
    expect(report.killsInsideImport).toBeGreaterThan(0);
    expect(report.maxTypingLostMs).toBeLessThanOrEqual(2000);
  }, 60_000);
});
