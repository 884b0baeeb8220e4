/**
 * The change report, JSON. Versioned: `schema` changes its number when a field changes meaning or
 * goes away; new optional fields keep it. Documented in docs/report-schema.md.
 */
import type { ChangeKind } from '../kernel/record.js'
import type { BlockKind, SourcePiece } from '../kernel/block.js'

export const REPORT_SCHEMA = 'scanclean-report/1'

export interface ReportPoint {
  line: number
  column: number
  offset: number
}
export interface ReportPlace {
  start: ReportPoint
  end: ReportPoint
}

/** One step of a character diff between the kept twin and the removed copy (jsdiff diffChars). */
export type DiffPart = ['=' | '+' | '-', string]

export interface ReportRecord {
  /** Stable across runs for the same input: decisions files refer to it. */
  id: string
  /** The stage (rule) that made the change. */
  rule: string
  kind: ChangeKind
  /** info: applied; warning: for the editor to decide. */
  level: 'info' | 'warning'
  message: string
  /** Source line range [first, last] (1-based) of the text before the change. */
  lines: [number, number]
  place: ReportPlace
  /** Text before the change. */
  actual: string
  /** Text after the change; [] for a removal. */
  expected: string[]
  /** Source text this change took out of the output, for restore. */
  removed: SourcePiece[]
  /**
   * For a removed duplicate or a flagged look-alike: the kept copy. `page` is set when the kept copy
   * is on another page (rule 'across', `--across`): its lines, place and block are on that page.
   */
  twin?: { blockId: string; lines: [number, number]; place: ReportPlace; text: string; page?: string }
  /** Similarity (Dice on bigrams) with the twin, 0..1. */
  score?: number
  /** Share of this block's shingles found in the twin, 0..1. */
  containment?: number
  /** Character diff from the twin (the aligned window of it) to this block. */
  diff?: DiffPart[]
  /** Where in the twin's text the diff window lies: [start, end) characters. */
  twinWindow?: [number, number]
  /** For a join: the two halves, and what stood between them. */
  halves?: [string, string]
  between?: string[]
  blockId?: string
  note?: string
  /** Set when an editor's decision reverted this change. */
  overridden?: 'reverted'
}

export interface ReportBlock {
  id: string
  kind: BlockKind
  text: string
  /** Runs of characters kept from the source: [start in text, source offset, length]. */
  runs: Array<[number, number, number]>
}

export interface Report {
  schema: typeof REPORT_SCHEMA
  tool: { name: 'scanclean'; version: string }
  page: {
    name: string
    bytes: number
    sha256: string
    encoding: string
    bom: boolean
    confidence: number
    /** Set when the encoding taken is not the detector's first choice, saying why. */
    detection?: string
    eol: string
    eolRuns?: Array<[string, number]>
    /** Length of the decoded text, in UTF-16 code units. */
    length: number
  }
  /**
   * Set (`--across`) when the page's compared text is wholly (≥ 90 %) a copy of one earlier page —
   * a page scanned twice, or printed again in another edition: that page, how many of this page's
   * compared paragraphs were removed as copies of it, and the share of the compared text.
   */
  copyOf?: { page: string; paragraphs: number; of: number; share: number }
  output: { sha256: string; blocks: number; characters: number }
  summary: {
    changes: number
    warnings: number
    byKind: Partial<Record<ChangeKind, number>>
  }
  records: ReportRecord[]
  restore: { blocks: ReportBlock[]; layout: SourcePiece[] }
  /** Decisions from a decisions file that matched no change. */
  unmatchedDecisions?: string[]
}
