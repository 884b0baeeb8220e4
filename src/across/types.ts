/** Data that crosses between the worker threads, the across-page index and the across stage. */

/** A source place, compact: [start line, start column, start offset, end line, end column, end offset]. */
export type Place6 = [number, number, number, number, number, number]

/** The heading standing before a paragraph on its page (within the five blocks before it). */
export interface HeadInfo {
  id: string
  text: string
  place: Place6
}

/** A kept paragraph of a cleaned page, as the across stage saw it (after dedup, before normalise). */
export interface ParagraphInfo {
  /** Block id (stable across runs of the same page). */
  id: string
  /** Block text at the across stage. */
  text: string
  place: Place6
  /** LSH band keys of the folded text (minhash.ts). */
  keys: Int32Array
  head?: HeadInfo
}

/** What phase 1 reports about a page for the across-page search. */
export interface PageSignature {
  /** Paragraphs long enough to be compared across pages, in page order. */
  paragraphs: ParagraphInfo[]
  /** Folded characters of all body and caption blocks of the page (short ones included). */
  comparable: number
}

/** The earlier copy of a paragraph, on another page: what the across stage records as the twin. */
export interface AcrossTwin {
  page: string
  blockId: string
  place: Place6
  text: string
  /** Similarity (Dice on bigrams of the folded texts), 0..1. */
  score: number
  /** Share of this paragraph's shingles found in the twin, 0..1. */
  containment: number
  /** 'exact reprint' or 'near copy'. */
  reason: string
  /** The heading before the twin on its page, so that the same heading before this copy goes too. */
  head?: HeadInfo
}

/** Options of the across stage, set by the batch or a library caller (never from a config file). */
export interface AcrossStageOptions {
  /** The stage fills this with the page's comparable paragraphs (the batch uses startPage instead). */
  collect?: { signature?: PageSignature }
  /** Blocks to remove (by block id), each with its earlier copy. */
  drop?: Record<string, AcrossTwin>
}

/** A page whose compared text is (almost) wholly a copy of one earlier page. */
export interface CopyOf {
  /** The earlier page. */
  page: string
  /** Paragraphs removed as copies of that page, of the page's compared paragraphs. */
  paragraphs: number
  of: number
  /** Share of the page's compared text (folded characters) found on that page, 0..1. */
  share: number
}
