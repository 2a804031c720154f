import type { PassageInfo } from '../../../shared/api/apiTypes';
import type { DocNode } from '../../../shared/doc/docTypes';

// A study reflection as the editor stores it: headings, a block quote, an inline quotation, an
// adaptation, a see-also, adjacent citations and a passage cited twice.

export const SAMPLE_TITLE = '深入学习“千万工程”经验 扎实推进乡村全面振兴';

const source = (id: string, title: string, site: string | null, date: string | null, url: string | null) => ({ id, title, site, date, url });

export const SAMPLE_PASSAGES = new Map<string, PassageInfo>([
  ['p-alpha', { id: 'p-alpha', text: '千万工程从农村环境整治入手，由点及面、迭代升级。', workTitle: '学习千万工程经验的心得体会', heading: null, sources: [source('s1', '学习千万工程经验的心得体会', '人民网', '2023-07-03', 'http://example.org/a')] }],
  ['p-beta', { id: 'p-beta', text: '坚持以人民为中心的发展思想，把群众满意作为检验工作的标准。', workTitle: '研讨发言材料：以千万工程为引领', heading: null, sources: [source('s2', '研讨发言材料', '求是网', '2024-01-12', null)] }],
  ['p-gamma', { id: 'p-gamma', text: '二十年来，浙江持续推进千村示范、万村整治。', workTitle: '千村示范万村整治二十年', heading: null, sources: [source('s3', '千村示范万村整治二十年', null, null, null)] }],
  ['p-delta', { id: 'p-delta', text: '久久为功，一张蓝图绘到底。', workTitle: '一张蓝图绘到底', heading: null, sources: [source('s4', '一张蓝图绘到底', '光明网', '2023-09-01', null)] }],
]);

export const BLOCK_QUOTE = '千万工程从农村环境整治入手，由点及面、迭代升级，二十年持续努力造就了万千美丽乡村，造福了万千农民群众，创造了推进乡村全面振兴的成功经验和实践范例。';
export const ADAPTATION = '我们要坚持把群众满意不满意作为检验工作成效的根本标准，让农民群众成为乡村建设的参与者和受益者。';

export const SAMPLE_DOC: DocNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: '按照单位党组的安排，我认真学习了浙江“千村示范、万村整治”工程的经验做法，现将学习体会汇报如下。' }] },
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '一、提高思想认识' }] },
    {
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: BLOCK_QUOTE, marks: [{ type: 'quoted', attrs: { passageId: 'p-alpha' } }] }, { type: 'citation', attrs: { passageId: 'p-alpha', kind: 'quote', citedOn: '2026-05-01' } }] }],
    },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '（一）坚持以人民为中心' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: ADAPTATION, marks: [{ type: 'adapted', attrs: { passageId: 'p-beta' } }] },
        { type: 'citation', attrs: { passageId: 'p-beta', kind: 'adaptation', citedOn: '2026-05-02' } },
      ],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '正如文章所说：“' },
        { type: 'text', text: '久久为功，一张蓝图绘到底。', marks: [{ type: 'quoted', attrs: { passageId: 'p-delta' } }] },
        { type: 'text', text: '”这是' },
        { type: 'text', text: '最重要', marks: [{ type: 'bold' }] },
        { type: 'text', text: '的启示' },
        { type: 'citation', attrs: { passageId: 'p-delta', kind: 'quote' } },
        { type: 'citation', attrs: { passageId: 'p-gamma', kind: 'seeAlso' } },
        { type: 'text', text: '。' },
      ],
    },
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '二、抓好贯彻落实' }] },
    {
      type: 'orderedList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '整治人居环境。' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '发展乡村产业。' }] }] },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: '再次引用前文，环境整治是起点' }, { type: 'citation', attrs: { passageId: 'p-alpha', kind: 'seeAlso' } }, { type: 'text', text: '。' }] },
  ],
};
