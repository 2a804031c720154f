/** The documents a term occurs in (increasing), with how often it occurs in each. */
export interface TermMatches {
  docs: Int32Array;
  tf: Int32Array;
}

export const NO_MATCHES: TermMatches = { docs: new Int32Array(0), tf: new Int32Array(0) };
