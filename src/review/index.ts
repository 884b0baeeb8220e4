/**
 * The review page of a cleaned batch: DIR/review.html, built from DIR/*.report.json. One file, no
 * network: open it from the file manager, walk the changes, export the editor's decisions.
 */
import path from 'node:path'
import { writeAtomic } from '../cli/files.js'
import { readReports, reviewData, ReviewError, type ReviewData } from './data.js'
import { reviewHtml } from './page.js'

export { reviewData, reviewPage, readReports, ReviewError, KIND_LABELS, REVIEW_DATA_SCHEMA } from './data.js'
export type { ReviewData, ReviewItem, ReviewPage } from './data.js'
export { reviewHtml, reviewScript, scriptJson } from './page.js'

export const REVIEW_FILE = 'review.html'

/** Builds the review page of the batch in `dir` (its HTML and the data it embeds). */
export async function buildReview(dir: string): Promise<{ html: string; data: ReviewData }> {
  const reports = await readReports(dir)
  if (reports.length === 0) throw new ReviewError(`${dir}: no *.report.json here: clean a batch into it first (scanclean PAGES --out ${dir})`)
  const data = reviewData(reports, path.basename(path.resolve(dir)))
  return { html: reviewHtml(data), data }
}

/** Writes DIR/review.html; returns its path and what it shows. */
export async function writeReview(dir: string): Promise<{ file: string; pages: number; changes: number }> {
  const { html, data } = await buildReview(dir)
  const file = path.join(dir, REVIEW_FILE)
  await writeAtomic(file, html)
  return { file, pages: data.pages.length, changes: data.pages.reduce((n, p) => n + p.items.length, 0) }
}
