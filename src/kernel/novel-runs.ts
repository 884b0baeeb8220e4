/**
 * What a copy says that its twin does not, from a character diff (jsdiff) of the two folded texts:
 * the measure that tells OCR noise (a character misread here and there) from text of its own.
 */
import { diffChars } from 'diff'
import { alignWindow } from './align.js'

export interface NovelRuns {
  /** The longest run of the copy's own characters at either end of it. */
  edge: number
  /** The longest such run inside it. */
  inner: number
  /**
   * The longest run of the twin's characters the copy replaced with its own: the shorter side of a
   * change that both removes and adds.
   */
  replaced: number
  /** Changes: removals, additions or both, between equal stretches. */
  changes: number
  /**
   * A change puts a digit in place of another (10月15日 / 10月10日): another figure, another fact.
   * OCR noise drops or splits figures, or misreads a digit as a letter; a date or an amount that reads
   * otherwise is the editor's to judge.
   */
  figureChanged: boolean
}

/**
 * What the copy has that the twin lacks, on the passage of the twin the copy repeats (alignWindow).
 * OCR noise changes a character or two here and there; a paragraph quoting another adds its own
 * words before or after the quotation; a parallel paragraph replaces a word (replacesWords).
 */
export function novelRuns(copy: string, twin: string): NovelRuns {
  const [start, end] = alignWindow(twin, copy)
  const parts = diffChars(twin.slice(start, end), copy)
  let edge = 0
  let inner = 0
  let replaced = 0
  let at = 0
  // the change being read: consecutive removed and added parts, in either order
  let removedRun = 0
  let addedRun = 0
  let changes = 0
  let removedDigit = false
  let addedDigit = false
  let figureChanged = false
  for (const part of parts) {
    if (!part.added && !part.removed) {
      if (removedRun + addedRun > 0) changes++
      replaced = Math.max(replaced, Math.min(removedRun, addedRun))
      figureChanged ||= removedDigit && addedDigit
      removedRun = addedRun = 0
      removedDigit = addedDigit = false
      at += part.value.length
      continue
    }
    if (part.removed) {
      removedRun += part.value.length
      removedDigit ||= DIGIT.test(part.value)
      continue
    }
    addedRun += part.value.length
    addedDigit ||= DIGIT.test(part.value)
    const atEdge = at === 0 || at + part.value.length === copy.length
    if (atEdge) edge = Math.max(edge, part.value.length)
    else inner = Math.max(inner, part.value.length)
    at += part.value.length
  }
  if (removedRun + addedRun > 0) changes++
  replaced = Math.max(replaced, Math.min(removedRun, addedRun))
  figureChanged ||= removedDigit && addedDigit
  return { edge, inner, replaced, changes, figureChanged }
}

const DIGIT = /[0-9]/

/**
 * A paragraph on the same template as another (a list of names: 张三，…书记 / 李四，…书记) differs
 * from it only in a word or two, each replaced whole: at most REPLACED_CHANGES changes, one of which
 * replaces REPLACED_RUN or more characters in a row with as many of its own. OCR noise misreads single
 * characters here and there; a copy with a pair misread and nothing else is as likely a parallel
 * paragraph, so it is kept and flagged.
 */
export const REPLACED_RUN = 2
export const REPLACED_CHANGES = 2

/** The copy differs from its twin only in a word or two, each replaced whole (see REPLACED_RUN). */
export function replacesWords(runs: NovelRuns): boolean {
  return runs.replaced >= REPLACED_RUN && runs.changes <= REPLACED_CHANGES
}
