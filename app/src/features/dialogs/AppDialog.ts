import type { LocalSuggestion, PassageInfo } from '../../../../electron/shared/api/apiTypes';

/**
 * The one dialog the main window shows at a time, with what it needs: one state instead of a flag
 * per dialog, so two can never be open at once and each carries its own data.
 */
export type AppDialog =
  | { kind: 'template' }
  | { kind: 'profile' }
  | { kind: 'backups' }
  | { kind: 'export' }
  /** After adapting a passage: the names 本地化 offers to replace. */
  | { kind: 'localise'; passageId: string; names: LocalSuggestion[] }
  /** A quotation from a 参考范文 waiting for the writer's choice (改写使用 by default). */
  | { kind: 'essayQuote'; passage: PassageInfo }
  | { kind: 'compare'; source: string; rewrite: string };
