import { describe, expect, it } from 'vitest';
import { guardUnsavedClose, type ClosableWindow } from '../guardUnsavedClose';
import type { Preventable } from '../sessionPolicy';

// The page refuses to unload while its last save is unacknowledged; the window keeps trying, then asks.
function fakeWindow() {
  let listener: ((event: Preventable) => void) | null = null;
  const win: ClosableWindow & { closes: number; destroyed: boolean; refuseUnload(): boolean } = {
    closes: 0,
    destroyed: false,
    isDestroyed: () => win.destroyed,
    close: () => void win.closes++,
    webContents: { on: (_event, l) => void (listener = l) },
    /** Fires will-prevent-unload as Electron does; true when main overrode the page (the window closes). */
    refuseUnload: () => {
      let prevented = false;
      listener!({ preventDefault: () => void (prevented = true) });
      return prevented;
    },
  };
  return win;
}

describe('guardUnsavedClose', () => {
  it('tries again while the save is on its way, then asks; 仍然关闭 closes, 取消 keeps the window', () => {
    let clock = 0;
    const timers: { fn: () => void; ms: number }[] = [];
    const answers = [false, true];
    const asked: number[] = [];
    const win = fakeWindow();
    guardUnsavedClose(win, { now: () => clock, schedule: (fn, ms) => timers.push({ fn, ms }), confirmClose: () => (asked.push(clock), answers.shift()!) });

    // The first refusal: no question, a retry in 200 ms.
    expect(win.refuseUnload()).toBe(false);
    expect(timers.map((t) => t.ms)).toEqual([200]);
    timers.shift()!.fn();
    expect(win.closes).toBe(1);
    // Still refused 4.8 s later: still waiting.
    clock = 4800;
    expect(win.refuseUnload()).toBe(false);
    expect(asked).toEqual([]);
    // After 5 s the user decides: 取消 keeps the window (and the next close waits afresh).
    clock = 5000;
    expect(win.refuseUnload()).toBe(false);
    expect(asked).toEqual([5000]);
    clock = 6000;
    expect(win.refuseUnload()).toBe(false);
    expect(asked).toEqual([5000]);
    clock = 11_000;
    expect(win.refuseUnload()).toBe(true);
    expect(asked).toEqual([5000, 11_000]);
  });

  it('a retry after the window is gone does nothing', () => {
    const timers: (() => void)[] = [];
    const win = fakeWindow();
    guardUnsavedClose(win, { now: () => 0, schedule: (fn) => timers.push(fn), confirmClose: () => true });
    win.refuseUnload();
    win.destroyed = true;
    timers[0]!();
    expect(win.closes).toBe(0);
  });
});
