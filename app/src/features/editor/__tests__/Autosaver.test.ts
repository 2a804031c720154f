import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveStatus } from '../Autosaver';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(overrides: { save?: (s: string) => Promise<void>; composing?: () => boolean } = {}) {
  let content = 'a';
  const saved: string[] = [];
  const statuses: SaveStatus[] = [];
  const snapshot = vi.fn(() => content);
  const saver = new Autosaver<string>({
    save: overrides.save ?? (async (s) => void saved.push(s)),
    snapshot,
    isComposing: overrides.composing,
    delayMs: 500,
    retryMs: 1000,
    onStatus: (s) => statuses.push(s),
  });
  return { saver, saved, statuses, snapshot, type: (c: string) => ((content = c), saver.markDirty()) };
}

describe('Autosaver', () => {
  it('debounces: many keystrokes, one snapshot and one save after the pause', async () => {
    const { saved, snapshot, type, statuses } = setup();
    for (let i = 0; i < 10; i++) {
      type(`text${i}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(snapshot).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual(['text9']);
    expect(snapshot).toHaveBeenCalledTimes(1);
    // Each change of state is told once, not once per keystroke.
    expect(statuses).toEqual(['dirty', 'saving', 'saved']);
  });

  it('saves during a long burst of typing at most 1.5 s after the first unsaved change', async () => {
    const { saved, type } = setup();
    const savedAt: number[] = [];
    for (let i = 0; i < 60; i++) {
      type(`text${i}`);
      await vi.advanceTimersByTimeAsync(100);
      if (saved.length > savedAt.length) savedAt.push(i);
    }
    // Six seconds of uninterrupted typing: a save every 1.5 s, not one at the end.
    expect(saved.length).toBeGreaterThanOrEqual(3);
    expect(savedAt[0]).toBeLessThanOrEqual(15);
    for (let k = 1; k < savedAt.length; k++) expect(savedAt[k]! - savedAt[k - 1]!).toBeLessThanOrEqual(16);
  });

  it('waits while an IME composition is open', async () => {
    let composing = true;
    const { saved, type } = setup({ composing: () => composing });
    type('拼音');
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual([]);
    composing = false;
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual(['拼音']);
  });

  it('keeps changes made during a save and saves them next', async () => {
    let release!: () => void;
    const saved: string[] = [];
    const { type, saver } = setup({
      save: (s) =>
        new Promise<void>((resolve) => {
          saved.push(s);
          release = resolve;
        }),
    });
    type('one');
    await vi.advanceTimersByTimeAsync(500);
    type('two');
    release();
    await vi.advanceTimersByTimeAsync(600);
    release();
    await saver.flush();
    expect(saved).toEqual(['one', 'two']);
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('reports a failure, keeps the document dirty and retries', async () => {
    let fail = true;
    const saved: string[] = [];
    const { type, statuses, saver } = setup({
      save: async (s) => {
        if (fail) throw new Error('disk full');
        saved.push(s);
      },
    });
    type('重要内容');
    await vi.advanceTimersByTimeAsync(500);
    expect(statuses.at(-1)).toBe('failed');
    expect(saver.hasUnsavedChanges).toBe(true);
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['重要内容']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('flush saves immediately', async () => {
    const { saved, type, saver } = setup();
    type('now');
    await saver.flush();
    expect(saved).toEqual(['now']);
  });
});
