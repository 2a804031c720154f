// Bad inputs for the import paths, generated rather than committed (some are 50 MB). Each says what
// a correct outcome is: imported (with text that must come out, and text that must not), or refused.
import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import { zipSync, strToU8 } from 'fflate';
import { seededRandom } from '../../../../scripts/bench/seededRandom';

export interface HostileFile {
  label: string;
  name: string;
  bytes: Uint8Array;
  expect: 'import' | 'refuse';
  /** For an import: strings one of the passages must contain. */
  contains?: string[];
  /** For an import: strings no passage, title or raw text may contain. */
  absent?: string[];
  /** For a refusal: what the message must say. */
  reason?: RegExp;
}

const PROSE =
  '千万工程是习近平总书记在浙江工作时亲自谋划、亲自部署、亲自推动的一项重大决策。二十年来，浙江坚持一张蓝图绘到底，一任接着一任干，' +
  '从农村环境整治入手，由点及面、迭代升级，造就了万千美丽乡村，造福了万千农民群众。';
const prose = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}、${PROSE}`).join('\n\n');

export function docx(documentXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(documentXml),
    ...extra,
  });
}

export function docxOf(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`).join('');
  return docx(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
}

/** A .docx whose document.xml inflates to `mib` MiB of spaces from a few hundred KB. */
function zipBomb(mib: number): Uint8Array {
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  const parts: Record<string, Uint8Array> = {};
  for (let i = 0; i < mib; i++) parts[`word/media/pad${i}.xml`] = chunk;
  const head = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
  return docx(`${head}${PROSE}${' '.repeat(1024 * 1024 * 4)}</w:t></w:r></w:p></w:body></w:document>`, parts);
}

/** Word's password protection: an OLE compound file holding EncryptionInfo and EncryptedPackage streams. */
function encryptedDocx(): Uint8Array {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64), Buffer.from('EncryptedPackage', 'utf16le'), randomBytes(4096)]);
}

function randomBinary(n: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(random() * 256);
  return out;
}

export function hostileFiles(): HostileFile[] {
  const good = docxOf(['学习千万工程经验心得', PROSE, PROSE.slice(20)]);
  const utf8 = Buffer.from(prose(6), 'utf8');
  const withBadBytes = Buffer.concat([utf8.subarray(0, 300), Buffer.from([0xff, 0xfe, 0xc3]), utf8.subarray(300)]);
  const fifty = Buffer.alloc(50 * 1024 * 1024, Buffer.from(`${PROSE}\n`, 'utf8'));
  return [
    { label: 'zero bytes .txt', name: 'empty.txt', bytes: new Uint8Array(0), expect: 'refuse', reason: /没有文字|空/ },
    { label: 'zero bytes .docx', name: 'empty.docx', bytes: new Uint8Array(0), expect: 'refuse', reason: /空/ },
    { label: 'zero bytes .html', name: 'empty.html', bytes: new Uint8Array(0), expect: 'refuse', reason: /没有文字|空/ },
    { label: 'a BOM and nothing else', name: 'bom.txt', bytes: Buffer.from([0xef, 0xbb, 0xbf]), expect: 'refuse', reason: /没有文字/ },
    { label: 'only white space', name: 'blank.md', bytes: Buffer.from(' \n\n\t\u3000\n', 'utf8'), expect: 'refuse', reason: /没有文字/ },
    { label: 'random binary .txt', name: 'random.txt', bytes: randomBinary(64 * 1024, 1), expect: 'refuse', reason: /编码/ },
    { label: 'random binary .docx', name: 'random.docx', bytes: randomBinary(64 * 1024, 2), expect: 'refuse', reason: /不是 Word 文档|损坏/ },
    { label: 'random binary .html', name: 'random.html', bytes: randomBinary(64 * 1024, 3), expect: 'refuse', reason: /编码/ },
    { label: 'truncated zip', name: 'truncated.docx', bytes: good.subarray(0, Math.floor(good.length / 2)), expect: 'refuse', reason: /损坏/ },
    { label: 'zip without a Word body', name: 'notword.docx', bytes: zipSync({ 'readme.txt': strToU8('不是 Word 文档') }), expect: 'refuse' },
    { label: 'zip bomb', name: 'bomb.docx', bytes: zipBomb(300), expect: 'refuse', reason: /解压后过大/ },
    { label: 'encrypted docx', name: 'encrypted.docx', bytes: encryptedDocx(), expect: 'refuse', reason: /密码|加密/ },
    { label: '50 MB file', name: 'huge.txt', bytes: fifty, expect: 'refuse', reason: /文件太大.*huge\.txt.*20 MB/ },
    { label: '1 MB on a single line', name: 'oneline.txt', bytes: Buffer.from(PROSE.replace(/\n/g, '').repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(PROSE))), 'utf8'), expect: 'import', contains: ['一张蓝图绘到底'] },
    { label: 'invalid UTF-8 bytes inside UTF-8 text', name: 'badutf8.txt', bytes: withBadBytes, expect: 'import', contains: ['一任接着一任干'] },
    { label: 'GBK without BOM', name: 'gbk.txt', bytes: iconv.encode(prose(5), 'gbk'), expect: 'import', contains: ['造就了万千美丽乡村'] },
    { label: 'UTF-16LE without BOM', name: 'utf16le.txt', bytes: iconv.encode(prose(5), 'utf-16le'), expect: 'import', contains: ['由点及面、迭代升级'] },
    { label: 'UTF-16BE without BOM', name: 'utf16be.txt', bytes: iconv.encode(prose(5), 'utf-16be'), expect: 'import', contains: ['由点及面、迭代升级'] },
    {
      label: 'NUL and control characters',
      name: 'control.txt',
      bytes: Buffer.from(prose(4).replace(/，/g, '，\u0000\u0007\u001b').replace(/。/g, '。\u0001\u0008'), 'utf8'),
      expect: 'import',
      contains: ['亲自谋划、亲自部署'],
      absent: ['\u0000', '\u0007', '\u001b', '\u0001', '\u0008'],
    },
    {
      label: 'deeply nested HTML',
      name: 'nested.html',
      bytes: Buffer.from(`<html><body>${'<div>'.repeat(20000)}<p>${PROSE}</p>${'</div>'.repeat(20000)}</body></html>`, 'utf8'),
      expect: 'import',
      contains: ['一张蓝图绘到底'],
      absent: ['<div', '<p>'],
    },
    {
      label: 'scripts and event handlers in HTML',
      name: 'scripts.html',
      bytes: Buffer.from(
        `<html><head><script>alert('x');document.cookie</script><style>body{}</style></head><body onload="alert(1)"><p onclick="steal()">${PROSE}</p><img src=x onerror="alert(2)"><a href="javascript:alert(3)">链接</a><iframe src="https://evil.example/"></iframe></body></html>`,
        'utf8',
      ),
      expect: 'import',
      contains: ['一张蓝图绘到底'],
      absent: ['alert', 'onerror', 'javascript:', 'document.cookie', '<script', 'evil.example'],
    },
    {
      label: 'script in Markdown',
      name: 'scripts.md',
      bytes: Buffer.from(`# 心得\n\n<script>alert(1)</script>\n\n${PROSE}\n\n<img src=x onerror=alert(1)>\n`, 'utf8'),
      expect: 'import',
      contains: ['一张蓝图绘到底'],
      absent: ['<script', 'onerror'],
    },
    {
      label: 'emoji and rare CJK extension characters',
      name: 'emoji.txt',
      bytes: Buffer.from(`${PROSE}🌾🏡👍 𠀀𠀁𪚥𰻞𱁬 ${PROSE.slice(0, 40)}`, 'utf8'),
      expect: 'import',
      contains: ['🌾🏡👍', '𠀀𠀁𪚥𰻞𱁬'],
    },
    { label: 'path traversal in the name', name: '../../../etc/passwd.txt', bytes: Buffer.from(`路径一\n\n${prose(2)}`, 'utf8'), expect: 'import', contains: ['一张蓝图绘到底'] },
    { label: 'Windows path traversal in the name', name: '..\\..\\Windows\\system32\\hosts.md', bytes: Buffer.from(`路径二\n\n${prose(2)}`, 'utf8'), expect: 'import', contains: ['一张蓝图绘到底'] },
    { label: 'HTML and RTL override in the name', name: '<img src=x onerror=alert(1)>\u202Etxt.exe.txt', bytes: Buffer.from(`名称三\n\n${prose(2)}`, 'utf8'), expect: 'import', contains: ['一张蓝图绘到底'] },
    { label: 'old binary Word file renamed', name: 'old.docx', bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBinary(8192, 4)]), expect: 'refuse' },
    { label: 'a sound .docx (control)', name: '心得.docx', bytes: good, expect: 'import', contains: ['一张蓝图绘到底'] },
    { label: 'a Word body full of markup-like text', name: 'markup.docx', bytes: docxOf([`<script>alert(1)</script> ${PROSE}`]), expect: 'import', contains: ['<script>alert(1)</script>'] },
  ];
}
