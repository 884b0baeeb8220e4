/**
 * `scanclean review DIR` and `--review`: the review page of a cleaned batch (src/review).
 */
import { ReviewError, writeReview } from '../review/index.js'
import { describeFsError } from './files.js'

function describe(dir: string, error: unknown): string {
  return error instanceof ReviewError ? error.message : `${dir}: ${describeFsError(error)}`
}

/** Writes DIR/review.html. Exit code: 0 written, 1 not. */
export async function reviewCommand(dir: string, opts: { quiet?: boolean } = {}): Promise<number> {
  try {
    const { file, pages, changes } = await writeReview(dir)
    if (!opts.quiet) process.stderr.write(`scanclean: review page written: ${file} (${pages} page(s), ${changes} change(s))\n`)
    return 0
  } catch (error) {
    process.stderr.write(`scanclean: review: ${describe(dir, error)}\n`)
    return 1
  }
}

/**
 * `--review` at clean time: after a batch where every page was cleaned, writes the review page of
 * the output folder. False when it was not written.
 */
export async function reviewAfterClean(out: string, failed: number, log: (line: string) => void, quiet?: boolean): Promise<boolean> {
  if (failed > 0) {
    log(`scanclean: review page not written: ${failed} page(s) failed (fix them, or run \`scanclean review ${out}\`)`)
    return false
  }
  try {
    const { file, changes } = await writeReview(out)
    if (!quiet) log(`scanclean: review page written: ${file} (${changes} change(s))`)
    return true
  } catch (error) {
    log(`scanclean: review: ${describe(out, error)}`)
    return false
  }
}
