export { CHECK_DELAY_MS, PassageCheck, checkRuns, passageCheckKey, refreshPassageCheck } from './passageCheck';
export type { PassageCheckStorage, RunStatus } from './passageCheck';
export { findPassageRuns } from './findPassageRuns';
