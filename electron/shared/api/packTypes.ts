// Library packs (学习材料包): chosen own sources in one .qwpack file that moves them between offline
// machines. What the contract returns for an export and an import.

/** A pack's file name ends so: the file pickers and drops of the UI tell a pack by it. */
export const PACK_EXTENSION = '.qwpack';

/** A pack as the contract returns it: its facts, its size and its bytes in base64. */
export interface PackExportResult {
  fileName: string;
  bytes: number;
  dataBase64: string;
  sources: number;
  /** Distinct passages the pack carries (those the shipped library holds included). */
  passages: number;
  /** Passages whose text the writer corrected; the corrections travel with them. */
  corrections: number;
}

/** Why a correction in a pack was not applied here. */
export type PackCorrectionSkip =
  /** This library's passage has a correction of its own, different from the pack's: it is kept. */
  | 'local_correction'
  /** The passage belongs to the shipped library here, which is read-only. */
  | 'shipped';

/** What importing a pack added, and what it found already present. */
export interface PackImportSummary {
  pack: { appVersion: string; createdAt: string };
  /** Every source of the pack: added, or already in this library (same file, so not duplicated). */
  sources: Array<{ id: string; title: string; added: boolean }>;
  passages: {
    /** Stored for the first time. */
    added: number;
    /** Already in the shipped library or among the own sources: linked, not stored twice. */
    present: number;
  };
  corrections: {
    applied: number;
    /** The same correction was already here. */
    present: number;
    skipped: Array<{ passageId: string; text: string; reason: PackCorrectionSkip }>;
  };
}
