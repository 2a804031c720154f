/** Why a backup of user.db was taken; `damaged` is a refused file set aside by a restore. */
export type BackupReason = 'daily' | 'manual' | 'migration' | 'before-restore' | 'damaged';

export interface BackupInfo {
  /** The file's name inside the backups folder; the only handle the UI gets (never a path). */
  name: string;
  createdAt: string;
  size: number;
  reason: BackupReason;
}

export interface RestoreResult {
  restored: string;
  /** The backup that now holds what was in use before the restore. */
  keptAs: string;
}

/** "Export everything": a zip the UI offers as a download. */
export interface ExportBundle {
  fileName: string;
  dataBase64: string;
  documents: number;
  /** False while no DOCX exporter is available; the zip then holds Markdown only. */
  docx: boolean;
}

/** Backups are kept at most this many (the newest); set-aside damaged files are never pruned. */
export const BACKUPS_KEPT = 7;
export const BACKUP_NAME_PATTERN = /^user-(\d{8}T\d{9}Z)-(daily|manual|migration|before-restore|damaged)\.db$/;
