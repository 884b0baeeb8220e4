/**
 * A page wholly a copy of another says so at the top of its report: the JSON field `copyOf`
 * (schema.ts), placed right after `page`, and a line right under the title of the report Markdown,
 * which the renderer (report/markdown.ts) writes with copyOfLine().
 */
import type { Report } from '../report/schema.js'
import type { CopyOf } from './types.js'

/** The Markdown line that says a page is a copy of another (no trailing newline). */
export function copyOfLine(copyOf: CopyOf): string {
  const fence = '`'.repeat(Math.max(0, ...(copyOf.page.match(/`+/g) ?? []).map((r) => r.length)) + 1)
  const name = `${fence}${fence.length > 1 ? ' ' : ''}${copyOf.page}${fence.length > 1 ? ' ' : ''}${fence}`
  const percent = Math.round(copyOf.share * 100)
  return (
    `**Copy of another page:** this page repeats ${name} (${copyOf.paragraphs} of its ${copyOf.of} compared paragraphs, ` +
    `${percent} % of the compared text); the repeated paragraphs were removed, each recorded below (rule \`across\`).`
  )
}

/** The report with `copyOf` set (right after `page`, so that it reads at the top). */
export function withCopyOf(report: Report, copyOf: CopyOf): Report {
  const { schema, tool, page, ...rest } = report
  return { schema, tool, page, copyOf, ...rest } as Report
}
