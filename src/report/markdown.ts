/** Renders the JSON report as Markdown for reading in any viewer. */
import type { Report } from './schema.js'

export function renderReportMarkdown(report: Report): string {
  const lines: string[] = [`# Change report: ${report.page.name}`, '']
  lines.push(`${report.summary.changes} changes, ${report.summary.warnings} for the editor to check.`, '')
  for (const r of report.records) lines.push(`- ${r.id} ${r.kind} line ${r.lines[0]}: ${r.message}`)
  return lines.join('\n') + '\n'
}
