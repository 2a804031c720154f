import { BrowserWindow } from 'electron';
import type { PrintPage } from '../node/export/docToPrintHtml';

const inches = (mm: number) => mm / 25.4;

/**
 * Electron's PDF route: the print view (docToPrintHtml) in a hidden window with no script and no
 * preload, printed on A4 with the preset's margins and the page number in the footer.
 */
export async function printHtmlToPdf(page: PrintPage): Promise<Buffer> {
  const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, spellcheck: false } });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(page.html, 'utf8').toString('base64')}`);
    const m = page.marginsMm;
    return await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: false,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: page.footerHtml,
      margins: { top: inches(m.top), bottom: inches(m.bottom), left: inches(m.left), right: inches(m.right) },
    });
  } finally {
    win.destroy();
  }
}
