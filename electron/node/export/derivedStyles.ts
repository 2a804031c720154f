/**
 * Paragraph styles of what the export derives (the byline from the profile, the date, the 参考文献
 * list, the 附件 label, note and title of the appendix): id → name. Opening the file again skips paragraphs in these styles (see docxToDoc).
 */
export const DERIVED_STYLES = { QwByline: '作者行', QwSignature: '署名', QwDate: '成文日期', QwReferencesHeading: '参考文献标题', QwReference: '参考文献', QwRecord: '版记', QwAppendixNote: '附件说明', QwAppendixLabel: '附件标识', QwAppendixTitle: '附件标题' } as const;
