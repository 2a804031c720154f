import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures/browserHost';

const fixtures = path.resolve(__dirname, '..', 'electron', 'node', 'formats', '__tests__', 'fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name));

/** A Chrome-style .mhtml of a page: its HTML part quoted-printable, lines of at most 76 with "=" soft breaks. */
function mhtml(html: string, url: string): Buffer {
  const qp = Buffer.from(html, 'utf8')
    .toString('latin1')
    .split('\n')
    .map((line) => {
      const units = Array.from(line, (c) => (c === '=' || c.charCodeAt(0) > 0x7e ? `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : c));
      const out: string[] = [];
      let current = '';
      for (const u of units) {
        if (current.length + u.length > 75) {
          out.push(`${current}=`);
          current = '';
        }
        current += u;
      }
      return [...out, current].join('\r\n');
    })
    .join('\r\n');
  const b = '----MultipartBoundary--e2e----';
  return Buffer.from(
    [`From: <Saved by Blink>`, `Snapshot-Content-Location: ${url}`, 'Subject: page', 'MIME-Version: 1.0', `Content-Type: multipart/related; type="text/html"; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/html', 'Content-Transfer-Encoding: quoted-printable', `Content-Location: ${url}`, '', qp, `--${b}--`, ''].join('\r\n'),
    'latin1',
  );
}

test('import a saved page, an .mhtml, a WeChat article and a PDF at once: each previewed with its facts, saved, searchable, its passage shown in the page source', async ({ page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await page.getByRole('tab', { name: '来源' }).click();
  const gov = fixture('gov-style.html').toString('utf8');
  await page.getByTestId('import-file-input').setInputFiles([
    { name: '新华网-千万工程.html', mimeType: 'text/html', buffer: fixture('news-xinhua-style.html') },
    { name: '实施意见.mhtml', mimeType: 'multipart/related', buffer: mhtml(gov, 'https://www.example.gov.cn/art/2023/7/18/art_1.html') },
    { name: '公众号文章.html', mimeType: 'text/html', buffer: fixture('wechat-article.html') },
    { name: '辅导材料.pdf', mimeType: 'application/pdf', buffer: fixture('handout.pdf') },
  ]);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-preview')).toHaveCount(4, { timeout: 30_000 });
  await expect(dialog.getByTestId('import-tally')).toContainText('可导入 4 个文件');
  const card = (file: string) => dialog.locator(`[data-file="${file}"]`);
  await expect(card('新华网-千万工程.html').getByTestId('import-title')).toHaveValue('浙江“千万工程”造就万千美丽乡村');
  await expect(card('新华网-千万工程.html').getByTestId('import-site')).toHaveValue('新华网');
  await expect(card('新华网-千万工程.html').getByTestId('import-date')).toHaveValue('2023-06-05');
  await expect(card('实施意见.mhtml').getByTestId('import-url')).toHaveValue('https://www.example.gov.cn/art/2023/7/18/art_1.html');
  await expect(card('实施意见.mhtml').getByTestId('import-title')).toHaveValue('中共浙江省委办公厅 浙江省人民政府办公厅关于深化“千万工程”建设新时代美丽乡村的实施意见');
  await expect(card('公众号文章.html').getByTestId('import-site')).toHaveValue('青山发布');
  await expect(card('公众号文章.html').getByTestId('import-author')).toHaveValue('王小明');
  await expect(card('公众号文章.html')).toContainText('微信公众号文章');
  await expect(card('辅导材料.pdf').getByTestId('import-title')).toHaveValue('学习“千万工程”经验专题辅导材料');
  await page.screenshot({ path: 'test-results/screenshots/import-batch-1440.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screenshots/import-batch-1280.png' });
  await card('辅导材料.pdf').getByTestId('import-author').fill('青山县农业农村局');
  await dialog.getByRole('button', { name: '全部保存到素材库（4 个）' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('已保存');
  await dialog.getByRole('button', { name: '完成' }).click();

  await page.getByRole('tab', { name: '搜索' }).click();
  await page.getByTestId('library-search').fill('规划保留村生活污水治理覆盖率');
  const hit = page.getByTestId('library-result').filter({ hasText: '95%以上' });
  await expect(hit).toHaveCount(1);
  await hit.getByRole('button', { name: '查看出处' }).click();
  const viewer = page.getByTestId('source-viewer');
  await expect(viewer).toContainText('新华网');
  // The highlight is in the page's HTML source, around the passage's own words.
  await expect(viewer.getByTestId('viewer-raw').locator('mark')).toContainText('规划保留村生活污水治理覆盖率');
  await viewer.getByRole('button', { name: '关闭', exact: true }).click();
  await page.getByTestId('library-search').fill('前面建、后面乱');
  await expect(page.getByTestId('library-result').first()).toContainText('建立健全长效管护机制');
});

test('import a whole folder: pages, a PDF, a scan and a page’s resource folder; each file says what became of it', async ({ page, host }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-folder-'));
  const folder = path.join(dir, '学习材料');
  fs.mkdirSync(path.join(folder, '新华网_files'), { recursive: true });
  fs.mkdirSync(path.join(folder, '文件'));
  fs.writeFileSync(path.join(folder, '新华网.html'), fixture('news-xinhua-style.html'));
  fs.writeFileSync(path.join(folder, '新华网_files', 'detail.css'), 'body{}');
  fs.writeFileSync(path.join(folder, '新华网_files', 'yucun.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
  fs.writeFileSync(path.join(folder, '文件', '辅导材料.pdf'), fixture('handout.pdf'));
  fs.writeFileSync(path.join(folder, '文件', '扫描件.pdf'), fixture('scan.pdf'));
  fs.writeFileSync(path.join(folder, '名单.xlsx'), 'not a source');
  try {
    await page.goto(host.url);
    await page.getByRole('tab', { name: '来源' }).click();
    await page.getByTestId('import-folder-input').setInputFiles(folder);
    const dialog = page.getByTestId('import-dialog');
    await expect(dialog.getByTestId('import-preview')).toHaveCount(2, { timeout: 30_000 });
    await expect(dialog.getByTestId('import-tally')).toContainText('未能导入 1 个');
    await expect(dialog.getByTestId('import-tally')).toContainText('另有 3 个网页附属文件或其他类型的文件已跳过');
    await expect(dialog.getByTestId('import-refused')).toContainText('扫描件.pdf 是扫描件或图片，没有可读取的文字层');
    await dialog.getByRole('button', { name: '全部保存到素材库（2 个）' }).click();
    await expect(dialog.getByTestId('import-summary')).toContainText('已保存');
    await dialog.getByRole('button', { name: '完成' }).click();
    await expect(page.getByTestId('source-item').filter({ hasText: '学习“千万工程”经验专题辅导材料' })).toBeVisible();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('paste text as a source with its facts, and see them in the note it makes', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: '来源' }).click();
  await page.getByTestId('paste-source-button').click();
  const paste = page.getByTestId('paste-dialog');
  await paste.getByTestId('paste-text').fill('我县坚持把农村人居环境整治作为推进乡村振兴的重要抓手，三年来新建改建农村公厕一百二十座，农村生活垃圾分类实现行政村全覆盖。\n下一步，我们将持续深化“千万工程”经验，推动全县乡村面貌再上新台阶。');
  await paste.getByTestId('paste-title').fill('青山县推进农村人居环境整治工作情况');
  await paste.getByTestId('paste-site').fill('青山县人民政府网站');
  await paste.getByTestId('paste-date').fill('2024-03-12');
  await paste.getByTestId('paste-url').fill('https://www.qingshan.example.gov.cn/art/2024/3/12/1.html');
  await paste.getByTestId('paste-next').click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-title')).toHaveValue('青山县推进农村人居环境整治工作情况');
  await expect(dialog.getByTestId('import-site')).toHaveValue('青山县人民政府网站');
  await dialog.getByRole('button', { name: '保存到素材库' }).click();
  await dialog.getByRole('button', { name: '完成' }).click();
  await page.getByRole('tab', { name: '搜索' }).click();
  await page.getByRole('button', { name: '新建文稿' }).click();
  await page.getByTestId('editor').click();
  await page.getByTestId('library-search').fill('新建改建农村公厕');
  const hit = page.getByTestId('library-result').first();
  await expect(hit).toContainText('一百二十座');
  await hit.getByRole('button', { name: '插入引用' }).click();
  await expect(page.getByTestId('footnotes').locator('li').first()).toContainText('青山县推进农村人居环境整治工作情况');
  await expect(page.getByTestId('footnotes').locator('li').first()).toContainText('青山县人民政府网站');
});

test('a page in traditional characters is offered in simplified ones, and kept traditional when the writer unticks it', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('tab', { name: '来源' }).click();
  const html = '<html><head><title>學習「千萬工程」經驗</title></head><body><p>近年來，我們認真學習浙江「千萬工程」經驗，從群眾反映最強烈的垃圾、污水、廁所問題入手，全面完成農村改廁任務，村莊面貌煥然一新。</p></body></html>';
  await page.getByTestId('import-file-input').setInputFiles({ name: '繁體頁面.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  const dialog = page.getByTestId('import-dialog');
  const toggle = dialog.getByTestId('import-simplify').locator('input');
  await expect(toggle).toBeChecked();
  await expect(dialog.locator('.preview-samples')).toContainText('全面完成农村改厕任务');
  await dialog.getByTestId('import-title').fill('繁体页面（保留繁体）');
  await toggle.uncheck();
  await expect(dialog.locator('.preview-samples')).toContainText('全面完成農村改廁任務');
  await expect(toggle).not.toBeChecked();
  // What the writer typed stays when the file is read again.
  await expect(dialog.getByTestId('import-title')).toHaveValue('繁体页面（保留繁体）');
  await dialog.getByRole('button', { name: '保存到素材库' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('繁体页面（保留繁体）');
});
