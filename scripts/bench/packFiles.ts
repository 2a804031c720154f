import path from 'node:path';
import { readCorpusDir } from '../../electron/node/library/buildLibrary';
import { buildCorpus } from '../../electron/node/library/pipeline/buildCorpus';
import type { RawSourceFile } from '../../electron/node/library/pipeline/corpusTypes';
import { seededRandom } from './seededRandom';

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/**
 * The files of a unit's 学习材料包 as it collects them: WeChat articles saved by the browser as one
 * file (.mhtml, quoted-printable HTML and two pictures each), news pages saved as .html (navigation,
 * scripts and footer around the article) and long text files. Their text is the seed corpus's
 * sentences recombined, so no two paragraphs are alike and the vocabulary is the real one.
 * Deterministic; about 20 MB as a pack.
 */
export function packFiles(root: string): RawSourceFile[] {
  const seed = buildCorpus(readCorpusDir(path.join(root, 'resources', 'corpus')));
  const sentences = seed.passages.flatMap((p) => p.text.split(/(?<=[。！？])/u)).filter((s) => s.length >= 8);
  const rand = seededRandom(20240601);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const paragraph = () => Array.from({ length: 3 + Math.floor(rand() * 4) }, () => pick(sentences)).join('');
  const essay = (sections: number) =>
    Array.from({ length: sections }, (_, i) => [`${NUMERALS[i % NUMERALS.length]}、${pick(sentences).slice(0, 14).replace(/[，。、；：]+$/u, '')}`, ...Array.from({ length: 3 + Math.floor(rand() * 3) }, paragraph)]).flat();
  const files: RawSourceFile[] = [];
  for (let i = 0; i < 26; i++) files.push(wechatPage(i, essay(3), rand));
  for (let i = 0; i < 70; i++) files.push(newsPage(i, essay(3), rand));
  for (let i = 0; i < 24; i++) files.push({ fileName: `学习资料汇编-${i + 1}.txt`, bytes: Buffer.from(`学习资料汇编（第${i + 1}辑）\n${essay(6).join('\n')}\n${essay(6).join('\n')}\n`, 'utf8') });
  return files;
}

const title = (lines: string[], i: number) => `${lines[0]!.slice(2)}（${i + 1}）`;
const html = (lines: string[], i: number, around: { before: string; after: string }) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title(lines, i)}</title></head><body>${around.before}<article><h1>${title(lines, i)}</h1>${lines
    .map((l) => (/^[一二三四五六]、/u.test(l) ? `<h2>${l}</h2>` : `<p>${l}</p>`))
    .join('\n')}</article>${around.after}</body></html>`;

function wechatPage(i: number, lines: string[], rand: () => number): RawSourceFile {
  const url = `https://mp.weixin.qq.com/s/bench${i}`;
  const page = html(lines, i, {
    before: `<div id="meta_content"><span id="js_name">浙江发布</span><em id="publish_time">2023-06-${String((i % 28) + 1).padStart(2, '0')}</em></div><div id="js_content">`,
    after: '</div><div class="rich_media_tool">阅读 在看 分享</div>',
  });
  const boundary = '----MultipartBoundary--bench----';
  const picture = (n: number) => {
    const bytes = Buffer.alloc(4 * (62_500 + Math.floor(rand() * 37_500)));
    for (let k = 0; k < bytes.length; k += 4) bytes.writeUInt32LE(Math.floor(rand() * 0x100000000), k);
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    return `--${boundary}\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://mmbiz.qpic.cn/bench/${i}-${n}.jpg\r\n\r\n${bytes.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`;
  };
  const text =
    `From: <Saved by Blink>\r\nSnapshot-Content-Location: ${url}\r\nSubject: =?utf-8?B?${Buffer.from(title(lines, i)).toString('base64')}?=\r\nMIME-Version: 1.0\r\n` +
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"\r\n\r\n` +
    `--${boundary}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: ${url}\r\n\r\n${quotedPrintable(page)}\r\n` +
    `${picture(1)}${picture(2)}--${boundary}--\r\n`;
  return { fileName: `微信文章-${i + 1}.mhtml`, bytes: Buffer.from(text, 'latin1') };
}

function newsPage(i: number, lines: string[], rand: () => number): RawSourceFile {
  // A news site's page: the article is a small part of it.
  const script = `<script>window.__INITIAL_STATE__=${JSON.stringify({ channels: Array.from({ length: 300 }, (_, k) => ({ id: k, name: `频道${k}`, url: `/c/${Math.floor(rand() * 1e9)}` })) })}</script>`;
  const page = html(lines, i, {
    before: `${script}<nav>首页 &gt; 新闻 &gt; 正文</nav><div class="info">2023-07-${String((i % 28) + 1).padStart(2, '0')} 来源：浙江日报 字号：大 中 小</div>`,
    after: '<div class="editor">（责任编辑：王小明）</div><footer>版权所有 © 浙江日报报业集团 浙ICP备05071005号</footer>',
  });
  return { fileName: `新闻-${i + 1}.html`, bytes: Buffer.from(page, 'utf8') };
}

/** Quoted-printable as Chrome writes a saved page's HTML: UTF-8 bytes, lines of at most 76. */
function quotedPrintable(text: string): string {
  let out = '';
  let line = 0;
  for (const byte of Buffer.from(text, 'utf8')) {
    const piece = byte >= 33 && byte <= 126 && byte !== 61 ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line + piece.length > 75) {
      out += '=\r\n';
      line = 0;
    }
    out += piece;
    line += piece.length;
  }
  return out;
}
