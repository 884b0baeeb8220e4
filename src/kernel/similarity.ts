/**
 * Pairwise similarity and shingles. `string-similarity` is deprecated upstream, so it is used only
 * here: replacing it means changing this file, not the stages.
 */
import stringSimilarity from 'string-similarity'

/** Dice coefficient on character bigrams, 0..1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1
  return stringSimilarity.compareTwoStrings(a, b)
}

/** Character n-grams of a folded text (the whole text when shorter than n). */
export function shingles(text: string, n: number): Set<string> {
  const out = new Set<string>()
  if (text.length <= n) {
    if (text) out.add(text)
    return out
  }
  for (let i = 0; i + n <= text.length; i++) out.add(text.slice(i, i + n))
  return out
}

/** Share of `small`'s shingles found in `big`. */
export function containment(small: Set<string>, big: Set<string>): number {
  if (small.size === 0) return 0
  let shared = 0
  for (const s of small) if (big.has(s)) shared++
  return shared / small.size
}
