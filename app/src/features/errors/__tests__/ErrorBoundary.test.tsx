// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => vi.restoreAllMocks());

function Broken(): never {
  throw new Error('渲染失败的组件');
}

describe('ErrorBoundary', () => {
  it('shows a Chinese message and the error instead of a blank window', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = document.createElement('div');
    const root = createRoot(host);
    act(() =>
      root.render(
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>,
      ),
    );
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('出现了问题');
    expect(host.textContent).toContain('渲染失败的组件');
    expect(host.querySelector('button')?.textContent).toBe('重新加载');
    act(() => root.unmount());
  });

  it('renders its children when nothing fails', () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    act(() =>
      root.render(
        <ErrorBoundary>
          <p>正文</p>
        </ErrorBoundary>,
      ),
    );
    expect(host.textContent).toBe('正文');
    act(() => root.unmount());
  });
});
