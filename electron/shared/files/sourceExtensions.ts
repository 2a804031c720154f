/**
 * What the library imports, by extension: web pages (saved whole or as one MHTML file), PDF, Word and
 * WPS, Markdown and plain text. The file pickers, the drop targets and the service's reader agree on it.
 */
export const SOURCE_EXTENSIONS = ['.html', '.htm', '.xhtml', '.shtml', '.mhtml', '.mht', '.pdf', '.docx', '.doc', '.wps', '.md', '.markdown', '.txt', '.text'] as const;

/**
 * A file inside the folder a browser saves beside a page ("网页，完整" → page.html + page_files/): its
 * pictures, scripts and style sheets are not sources, and a folder import passes over them.
 */
export function isPageResource(relativePath: string): boolean {
  return /(^|[\\/])[^\\/]*_files[\\/]/i.test(relativePath) || /(^|[\\/])[^\\/]*\.files[\\/]/i.test(relativePath);
}
