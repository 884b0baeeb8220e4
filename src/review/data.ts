/**
 * The data the review page embeds: the JSON reports of a cleaned batch, cut down to what an editor
 * looks at (no restore runs, no removed pieces), each change with a little of the source text
 * around it, in page order.
 */
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { ChangeKind } from '../kernel/record.js'
import { restoreText } from '../report/restore.js'
import { REPORT_SCHEMA, type Report, type ReportRecord } from '../report/schema.js'
import { VERSION } from '../version.js'

export const REVIEW_DATA_SCHEMA = 'scanclean-review-data/1'

/** One change as the page shows it: the report record without its restore pieces. */
export type ReviewItem = Omit<ReportRecord, 'removed'> & {
  /** Source text just before and just after the change (same line), when the report allows. */
  ctx?: [string, string]
}

export interface ReviewPage {
  /** The report's page.name (NAME.txt): the `page` of a decision. */
  name: string
  /** The output file name without extension: NAME.md and NAME.report.md lie beside the review page. */
  base: string
  /** Length of the source text (UTF-16 code units) and its number of lines. */
  length: number
  lines: number
  summary: Report['summary']
  /** Decisions of the last decisions file that matched no change of this page. */
  unmatched: string[]
  /** When the page is wholly a copy of an earlier page (`--across`): that page and how much. */
  copyOf?: { page: string; paragraphs: number; of: number; share: number }
  /** Changes in page order (by source offset). */
  items: ReviewItem[]
}

export interface ReviewData {
  schema: typeof REVIEW_DATA_SCHEMA
  /** The schema of the decisions file the page exports (src/cli/decisions.ts). */
  decisionsSchema: 'scanclean-decisions/1'
  tool: string
  /** The batch folder's name. */
  title: string
  /** Changes when any page's output changes: keys the verdicts the browser keeps. */
  signature: string
  kinds: Array<{ kind: ChangeKind; label: string }>
  pages: ReviewPage[]
}

/** Kinds in the order the filters list them, with their labels. */
export const KIND_LABELS: ReadonlyArray<{ kind: ChangeKind; label: string }> = [
  { kind: 'duplicate', label: 'Duplicates' },
  { kind: 'join', label: 'Joins' },
  { kind: 'caption-moved', label: 'Captions moved' },
  { kind: 'heading-moved', label: 'Headings moved' },
  { kind: 'marker', label: 'Markers removed' },
  { kind: 'furniture', label: 'Furniture removed' },
  { kind: 'punctuation', label: 'Punctuation' },
  { kind: 'space', label: 'Spaces' },
  { kind: 'character', label: 'Characters' },
  { kind: 'latin', label: 'Latin words' },
  { kind: 'markup', label: 'Markup' },
  { kind: 'layout', label: 'Layout' },
  { kind: 'flag', label: 'Flags' },
]

/** Characters of source shown on each side of a change. */
const CONTEXT = 24

export class ReviewError extends Error {}

function contextOf(source: string, start: number, end: number): [string, string] {
  let before = source.slice(Math.max(0, start - CONTEXT), start)
  const nl = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
  if (nl >= 0) before = before.slice(nl + 1)
  let after = source.slice(end, end + CONTEXT)
  const m = /[\r\n]/.exec(after)
  if (m) after = after.slice(0, m.index)
  return [before, after]
}

export function reviewPage(report: Report, base: string): ReviewPage {
  let source: string | undefined
  try {
    source = restoreText(report)
  } catch {
    source = undefined // a report that does not rebuild its page: changes are shown without context
  }
  const indexed = report.records.map((record, index) => ({ record, index }))
  indexed.sort((a, b) => a.record.place.start.offset - b.record.place.start.offset || a.index - b.index)
  const items = indexed.map(({ record }) => {
    const { removed: _removed, ...rest } = record
    const item: ReviewItem = rest
    if (source !== undefined && record.place.end.offset > record.place.start.offset) {
      item.ctx = contextOf(source, record.place.start.offset, record.place.end.offset)
    }
    return item
  })
  const lastLine = report.records.reduce((n, r) => Math.max(n, r.lines[1]), 1)
  const copyOf = (report as { copyOf?: ReviewPage['copyOf'] }).copyOf
  return {
    ...(copyOf ? { copyOf } : {}),
    name: report.page.name,
    base,
    length: report.page.length,
    lines: source !== undefined ? source.split(/\r\n|\r|\n/).length : lastLine,
    summary: report.summary,
    unmatched: report.unmatchedDecisions ?? [],
    items,
  }
}

export function reviewData(reports: Array<{ report: Report; base: string }>, title: string): ReviewData {
  const hash = createHash('sha256')
  for (const { report } of reports) hash.update(`${report.page.name}\0${report.page.sha256}\0${report.output.sha256}\n`)
  const present = new Set<string>(reports.flatMap(({ report }) => report.records.map((r) => r.kind)))
  const kinds = KIND_LABELS.filter((k) => present.has(k.kind))
  for (const kind of present) if (!kinds.some((k) => k.kind === kind)) kinds.push({ kind: kind as ChangeKind, label: kind })
  return {
    schema: REVIEW_DATA_SCHEMA,
    decisionsSchema: 'scanclean-decisions/1',
    tool: `scanclean ${VERSION}`,
    title,
    signature: hash.digest('hex').slice(0, 16),
    kinds,
    pages: reports.map(({ report, base }) => reviewPage(report, base)),
  }
}

/** The reports of a cleaned batch: DIR/*.report.json, sorted by file name. */
export async function readReports(dir: string): Promise<Array<{ report: Report; base: string; file: string }>> {
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.report.json') && !n.startsWith('.')).sort()
  const reports: Array<{ report: Report; base: string; file: string }> = []
  for (const name of names) {
    const file = path.join(dir, name)
    let report: Report
    try {
      report = JSON.parse(await fs.readFile(file, 'utf8')) as Report
    } catch (error) {
      throw new ReviewError(`${file}: not a readable JSON report: ${(error as Error).message}`)
    }
    if (!report || report.schema !== REPORT_SCHEMA || !Array.isArray(report.records) || !report.page) {
      throw new ReviewError(`${file}: not a scanclean report (expected "schema": "${REPORT_SCHEMA}")`)
    }
    reports.push({ report, base: name.slice(0, -'.report.json'.length), file })
  }
  return reports
}
