/**
 * The JSON report as written to `NAME.report.json`: the page's facts a field a line, and each change
 * record, restore block and layout piece on a line of its own. An editor greps or diffs one record
 * per line; fully indented, a page's report was six times the size of the page (a record of eleven
 * fields took thirty lines), and a batch spent more time writing reports than Markdown.
 */
import type { Report } from './schema.js'

/** Objects and arrays nested this deep are written on one line; arrays one level deeper list an item a line. */
const EXPANDED_DEPTH = 2

export function formatReport(report: Report): string {
  return formatValue(report, 0) + '\n'
}

function formatValue(value: unknown, depth: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  const expand = depth < EXPANDED_DEPTH || (depth === EXPANDED_DEPTH && Array.isArray(value))
  if (!expand) return JSON.stringify(value)
  const pad = ' '.repeat(depth + 1)
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((item) => pad + formatValue(item, depth + 1)).join(',\n')}\n${' '.repeat(depth)}]`
  }
  // (JSON.stringify leaves out fields whose value is undefined: so must this)
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function')
  if (entries.length === 0) return '{}'
  const lines = entries.map(([key, v]) => `${pad}${JSON.stringify(key)}: ${formatValue(v, depth + 1)}`)
  return `{\n${lines.join(',\n')}\n${' '.repeat(depth)}}`
}
