// @vitest-environment happy-dom
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyNamed } from '../lazyNamed';
import { OnDemand } from '../OnDemand';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
const host = document.createElement('div');
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  vi.restoreAllMocks();
});
const render = (node: ReactNode) => act(() => (root ??= createRoot(host)).render(node));

function Dialog({ title }: { title: string }) {
  return <h2>{title}</h2>;
}

describe('lazyNamed', () => {
  it('draws the fallback, then the part as soon as its chunk is in, and at once when opened again', async () => {
    let arrive!: () => void;
    const load = vi.fn(() => new Promise<{ Dialog: typeof Dialog }>((resolve) => (arrive = () => resolve({ Dialog }))));
    const Lazy = lazyNamed(load, 'Dialog', <p>占位</p>);
    render(<Lazy title="导出文稿" />);
    expect(host.textContent).toBe('占位');
    await act(async () => arrive());
    expect(host.textContent).toBe('导出文稿');
    render(null);
    render(<Lazy title="再次打开" />);
    expect(host.textContent).toBe('再次打开');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a chunk that cannot be loaded gives a message in its place, closable, and is tried again next time', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn<() => Promise<{ Dialog: typeof Dialog }>>().mockRejectedValueOnce(new Error('找不到文件')).mockResolvedValueOnce({ Dialog });
    const Lazy = lazyNamed(load, 'Dialog');
    const onClose = vi.fn();
    const page = (title: string) => (
      <main>
        <p>正文</p>
        <OnDemand onClose={onClose}>
          <Lazy title={title} />
        </OnDemand>
      </main>
    );
    await act(async () => render(page('修订历史')));
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('找不到文件');
    expect(host.textContent).toContain('正文');
    act(() => host.querySelector<HTMLButtonElement>('[role="alert"] button')!.click());
    expect(onClose).toHaveBeenCalled();
    render(null);
    await act(async () => render(page('修订历史')));
    expect(host.textContent).toBe('正文修订历史');
  });
});
