/** How far a 字数 goal is reached, 0–100 (capped), or null without a goal. */
export function goalPercent(words: number, goal: number | null | undefined): number | null {
  if (!goal || goal <= 0) return null;
  return Math.min(100, Math.floor((words / goal) * 100));
}
