/**
 * When is a paragraph a copy of a paragraph printed on an earlier page? The LSH index only proposes
 * candidates; this decides, on the folded texts (foldForCompare).
 *
 * - exact reprint: the same folded text;
 * - near copy: lengths within LENGTH_RATIO of each other and a Dice similarity on character bigrams
 *   (the measure of the within-page dedup) of at least SIMILARITY, which an OCR error rate of a few
 *   percent keeps (5 % of the characters changed gives ≈ 0.9);
 * - part of an earlier paragraph: shorter than that but at least PART_SHARE of it, and at least
 *   CONTAINMENT of its shingles are in the earlier paragraph — a reprint cut short, or a paragraph
 *   the scan split in two (a short paragraph quoting a phrase of a long one is neither). Only the
 *   shorter one goes, never a paragraph that says more than its earlier copy: neither kind of copy
 *   may hold a run of new text (NEW_RUN).
 *
 * A paragraph written on the same template with other figures (a weather or market note) is as
 * similar as a noisy copy: it is not a copy when its digits, read in order, differ from the earlier
 * one's by more than DIGIT_EDITS of them (OCR noise misreads a digit or splits a number; other
 * figures change many), nor when it differs from it only in a word or two replaced whole (a list
 * of names on one template; kernel/novel-runs.ts). Paragraphs shorter than MIN_LENGTH folded
 * characters (bylines, credits, 责任编辑 lines, one-line notices) are never compared across pages:
 * their repetition is legitimate.
 */
import { similarity } from '../kernel/similarity.js'
import { novelRuns, replacesWords } from '../kernel/novel-runs.js'
import { shingleHashes } from './minhash.js'
import { StampedSet } from '../kernel/stamped-set.js'

export const MIN_LENGTH = 30
export const SIMILARITY = 0.8
export const LENGTH_RATIO = 0.8
export const CONTAINMENT = 0.8
/** A part is at least this share of the earlier paragraph: a shorter one is a quotation, not a copy. */
export const PART_SHARE = 0.3
/**
 * A copy never says more than its earlier copy: a run of this many shingles in a row that the
 * earlier paragraph lacks (some 16 characters of new text) means a clause was added or another
 * block's text was joined in. OCR noise leaves shorter holes: an error spoils the 4 shingles around
 * it, and it takes three errors within a few characters to make such a run.
 */
export const NEW_RUN = 13
/** Digits that may differ, as a share of the longer digit sequence (at least one digit). */
export const DIGIT_EDITS = 0.1
/** A page whose compared text is at least this share copies of one earlier page is a copy of it. */
export const WHOLE_COPY = 0.9

export interface PairVerdict {
  score: number
  /** Share of the copy's shingles found in the earlier paragraph, 0..1. */
  containment: number
  reason: 'exact reprint' | 'near copy' | 'part of an earlier paragraph'
}

// the main thread judges thousands of candidate pairs, each against one earlier paragraph
const theirs = new StampedSet()
const mine = new StampedSet()

/** Fills `theirs` with the shingle hashes of `b`. */
function holdShingles(b: string): void {
  const hashes = shingleHashes(b)
  theirs.reset(hashes.length)
  for (let i = 0; i < hashes.length; i++) theirs.insert(hashes[i])
}

/** Share of `a`'s distinct shingles (minhash.ts) found in the text held in `theirs`. */
function containmentInHeld(a: string): number {
  const hashes = shingleHashes(a)
  mine.reset(hashes.length)
  let distinct = 0
  let shared = 0
  for (let i = 0; i < hashes.length; i++) {
    if (!mine.insert(hashes[i])) continue
    distinct++
    if (theirs.has(hashes[i])) shared++
  }
  return distinct === 0 ? 0 : shared / distinct
}

/** The longest run of consecutive shingles of `a` that are not in the text held in `theirs`. */
function longestNewRunInHeld(a: string): number {
  let run = 0
  let longest = 0
  for (const h of shingleHashes(a)) {
    run = theirs.has(h) ? 0 : run + 1
    if (run > longest) longest = run
  }
  return longest
}

/** Edit distance of two short strings. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = row
  }
  return prev[b.length]
}

/** True when the digits of the two texts, in order, differ more than OCR noise would make them. */
export function otherFigures(a: string, b: string): boolean {
  const da = a.replace(/\D+/g, '')
  const db = b.replace(/\D+/g, '')
  if (da === db) return false
  const allowed = Math.max(1, Math.round(DIGIT_EDITS * Math.max(da.length, db.length)))
  if (Math.abs(da.length - db.length) > allowed) return true
  return editDistance(da, db) > allowed
}

const round = (x: number) => Math.round(x * 1000) / 1000

/**
 * The verdict on `copy` (a paragraph of the page being checked) against `earlier` (a paragraph of
 * an earlier page), both folded, or undefined when `copy` is not a copy of it.
 */
export function judgePair(copy: string, earlier: string): PairVerdict | undefined {
  if (copy === earlier) return { score: 1, containment: 1, reason: 'exact reprint' }
  const shorter = Math.min(copy.length, earlier.length)
  const longer = Math.max(copy.length, earlier.length)
  holdShingles(earlier)
  if (longestNewRunInHeld(copy) >= NEW_RUN) return undefined
  if (shorter >= LENGTH_RATIO * longer) {
    if (otherFigures(copy, earlier)) return undefined
    const score = similarity(copy, earlier)
    if (score < SIMILARITY) return undefined
    // the same template with another name in it (a list of people, of places) is other text, and
    // so is the same sentence with another figure in it (another date, another amount)
    const own = novelRuns(copy, earlier)
    if (replacesWords(own) || own.figureChanged || own.levelChanged) return undefined
    return { score: round(score), containment: round(containmentInHeld(copy)), reason: 'near copy' }
  }
  if (copy.length > earlier.length || copy.length < PART_SHARE * earlier.length) return undefined
  const contained = containmentInHeld(copy)
  if (contained < CONTAINMENT) return undefined
  return { score: round(similarity(copy, earlier)), containment: round(contained), reason: 'part of an earlier paragraph' }
}
