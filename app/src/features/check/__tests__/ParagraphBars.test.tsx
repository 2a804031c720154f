// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { CheckParagraph } from '../../../../../electron/shared/check/checkTypes';
import { ParagraphBars } from '../ParagraphBars';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const line = (index: number, kind: CheckParagraph['kind']): CheckParagraph => ({ index, start: 0, end: 10, kind, excerpt: `第${index}行`, chars: 10, borrowed: 0, cited: 0, uncited: 0, standard: 0, ratio: 0 });

describe('ParagraphBars', () => {
  it('numbers the body paragraphs as a reader counts them, headings named as headings', () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    act(() => root.render(<ParagraphBars paragraphs={[line(0, 'paragraph'), line(1, 'heading'), line(2, 'paragraph'), line(3, 'quote'), line(4, 'heading'), line(5, 'list')]} />));
    expect([...host.querySelectorAll('.check-paragraph-label')].map((el) => el.textContent)).toEqual(['第 1 段', '标题', '第 2 段', '第 3 段', '标题', '第 4 段']);
    act(() => root.unmount());
  });
});
