/**
 * Offers bytes as a download: in the browser host the browser saves it (asking where, and before
 * replacing a file, as the user has set it up); in Electron the download shows the native save dialog.
 */
export function downloadFile(fileName: string, mimeType: string, dataBase64: string, win: Window = window): void {
  const binary = win.atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = win.document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  win.document.body.appendChild(a);
  a.click();
  a.remove();
  // The click has handed the blob to the download; release it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
