/**
 * Thresholds and switches. Every field can be set from a JSON config file (`--config FILE`); the
 * defaults are justified by measurements in the README.
 */
export interface CleanOptions {
  dedup: {
    /** Remove duplicates at all. */
    enabled: boolean
    /** Shingle size (characters) of the n-gram index. */
    shingle: number
    /** A block whose shingles are at least this share inside an earlier kept block is a copy of it. */
    containment: number
    /** Near copies of similar length: pairwise similarity (Dice on bigrams) at or above this. */
    similarity: number
    /** Blocks shorter than this (characters, after folding) are never removed on their own. */
    minLength: number
  }
  join: {
    enabled: boolean
    /** A bare sentence between two halves of a paragraph counts as a caption when at most this long. */
    captionMaxLength: number
  }
  normalise: {
    punctuation: boolean
    spaces: boolean
    traditional: boolean
    latin: boolean
  }
  /** Change ids the editor reverted (issue: decisions). */
  revert?: ReadonlySet<string>
}

export const defaultOptions: CleanOptions = {
  dedup: { enabled: true, shingle: 4, containment: 0.7, similarity: 0.85, minLength: 10 },
  join: { enabled: true, captionMaxLength: 60 },
  normalise: { punctuation: true, spaces: true, traditional: true, latin: true },
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] }

export function resolveOptions(partial: DeepPartial<CleanOptions> = {}): CleanOptions {
  return {
    dedup: { ...defaultOptions.dedup, ...partial.dedup },
    join: { ...defaultOptions.join, ...partial.join },
    normalise: { ...defaultOptions.normalise, ...partial.normalise },
    revert: partial.revert as ReadonlySet<string> | undefined,
  }
}
