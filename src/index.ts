/**
 * Library entry: one page of bytes in, Markdown and report out. Knows nothing of files; the CLI
 * wires this to the file system.
 */
import { cleanText } from './clean.js'
import { decodePage } from './decode.js'
import { resolveOptions, type CleanOptions } from './kernel/options.js'
import { buildReport } from './report/build.js'
import { renderReportMarkdown } from './report/markdown.js'
import type { Report } from './report/schema.js'

export { cleanText, createProcessor } from './clean.js'
export { decodePage, encodePage, DecodeError } from './decode.js'
export { resolveOptions, defaultOptions, type CleanOptions } from './kernel/options.js'
export { restorePage, restoreText, RestoreError } from './report/restore.js'
export { renderReportMarkdown } from './report/markdown.js'
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
  const result = cleanText(text, options, name)
  const report = buildReport(name, result, info, text.length)
  const known = new Set(report.records.map((r) => r.id))
  const unmatched = decided.filter((id) => !known.has(id))
  if (unmatched.length > 0) report.unmatchedDecisions = unmatched
  return { markdown: result.markdown, report, reportMarkdown: renderReportMarkdown(report) }
}
