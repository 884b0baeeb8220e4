/**
 * Library entry: one page of bytes in, Markdown and report out. Knows nothing of files; the CLI
 * wires this to the file system.
 */
import { finishClean, startClean, type StartedClean } from './clean.js'
import { collectSignature } from './stages/across.js'
import type { AcrossTwin, PageSignature } from './across/types.js'
import { decodePage, type DecodeInfo } from './decode.js'
import { resolveOptions, type CleanOptions } from './kernel/options.js'
import { buildReport } from './report/build.js'
import { renderReportMarkdown } from './report/markdown.js'
import type { Report } from './report/schema.js'

export { cleanText, createProcessor } from './clean.js'
export { decodePage, encodePage, DecodeError } from './decode.js'
export { resolveOptions, defaultOptions, type CleanOptions } from './kernel/options.js'
export { restorePage, restoreText, RestoreError } from './report/restore.js'
export { renderReportMarkdown } from './report/markdown.js'
export { formatReport } from './report/format.js'
export type { Report, ReportRecord } from './report/schema.js'

export interface PageResult {
  markdown: string
  report: Report
  reportMarkdown: string
}

/**
 * Cleans one page. `decided` lists the change ids an editor gave a verdict on (options.revert holds
 * the reverted ones): those that match no change of this page are reported, never dropped silently.
 */
export function cleanPage(
  bytes: Uint8Array,
  name: string,
  options: CleanOptions = resolveOptions(),
  decided: string[] = [],
): PageResult {
  const { text, info } = decodePage(bytes)
  return finishPage(name, startClean(text, options, name), options, info, text.length, decided)
}

/** A page cleaned up to the across-page check (see startPage). */
export interface StartedPage {
  /** Its comparable paragraphs and their LSH keys, to check against the other pages. */
  signature: PageSignature
  /**
   * Cleans the rest: removes the blocks `drop` names (printed on other pages), then as cleanPage.
   * Called once.
   */
  finish(drop?: Record<string, AcrossTwin>): PageResult
}

/**
 * Cleans a page up to the across-page check (--across): the batch compares its signature with the
 * earlier pages' and finishes it with what to drop. The result is what cleanPage gives with
 * `options.across.drop`; the page is cleaned once, not once to compare and again to drop.
 */
export function startPage(
  bytes: Uint8Array,
  name: string,
  options: CleanOptions = resolveOptions(),
  decided: string[] = [],
): StartedPage {
  const { text, info } = decodePage(bytes)
  const started = startClean(text, options, name)
  return {
    signature: collectSignature(started.tree.children),
    finish: (drop) => finishPage(name, started, drop ? { ...options, across: { drop } } : options, info, text.length, decided),
  }
}

function finishPage(
  name: string,
  started: StartedClean,
  options: CleanOptions,
  info: DecodeInfo,
  length: number,
  decided: string[],
): PageResult {
  const result = finishClean(started, options)
  const report = buildReport(name, result, info, length)
  // (most pages come with no decisions: the page's hundreds of ids are then looked up for nothing)
  if (decided.length > 0) {
    const known = new Set(report.records.map((r) => r.id))
    const unmatched = decided.filter((id) => !known.has(id))
    if (unmatched.length > 0) report.unmatchedDecisions = unmatched
  }
  return { markdown: result.markdown, report, reportMarkdown: renderReportMarkdown(report) }
}
