import fs from 'node:fs';
import { z } from 'zod';
import type { SettingsService } from '../settings/SettingsService';

const fileSchema = z.object({ phrases: z.array(z.string().min(1).max(200)).max(5000) });

/**
 * The 提法 list the check shows as 规范表述: the shipped file (resources/standard-phrases.json, data
 * anyone can edit) read on first use, plus the writer's own, kept in user.db's settings.
 */
export class StandardPhrases {
  private shippedList: string[] | null = null;

  constructor(
    private readonly file: string,
    private readonly settings: SettingsService,
  ) {}

  shipped(): string[] {
    if (this.shippedList) return this.shippedList;
    try {
      this.shippedList = fileSchema.parse(JSON.parse(fs.readFileSync(this.file, 'utf8'))).phrases;
    } catch {
      // A missing or broken list costs the grey marks, never the check itself.
      this.shippedList = [];
    }
    return this.shippedList;
  }

  all(): string[] {
    return [...this.shipped(), ...this.settings.getStandardPhrases()];
  }
}
