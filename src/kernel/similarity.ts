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

const MEMO_LIMIT = 4096
const memo = new Map<string, ReadonlySet<string>>()

/**
 * Character n-grams of a folded text (the whole text when shorter than n). Several stages ask for
 * the same blocks' shingles, so they are remembered (in a table emptied when full); the set is
 * shared and must not be changed.
 */
export function shingles(text: string, n: number): ReadonlySet<string> {
  const key = `${n}\u0000${text}`
  let out = memo.get(key)
  if (out === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(key, (out = makeShingles(text, n)))
  }
  return out
}

function makeShingles(text: string, n: number): Set<string> {
  const out = new Set<string>()
  if (text.length <= n) {
    if (text) out.add(text)
    return out
  }
  for (let i = 0; i + n <= text.length; i++) out.add(text.slice(i, i + n))
  return out
}

/** Share of `small`'s shingles found in `big`. */
export function containment(small: ReadonlySet<string>, big: ReadonlySet<string>): number {
  if (small.size === 0) return 0
  let shared = 0
  for (const s of small) if (big.has(s)) shared++
  return shared / small.size
}

/**
 * Inverted index from shingles to the blocks holding them: candidate pairs come from shared
 * shingles, never from comparing every pair. A shingle held by very many blocks (a stock phrase,
 * a run of punctuation) says nothing about which block is the twin and would make lookups grow with
 * the square of the page, so it stops being indexed past `maxPostings`.
 */
export class ShingleIndex {
  private readonly postings = new Map<string, number[]>()
  constructor(private readonly maxPostings = 256) {}

  add(id: number, grams: Iterable<string>): void {
    for (const g of grams) {
      const list = this.postings.get(g)
      if (!list) this.postings.set(g, [id])
      else if (list.length < this.maxPostings) list.push(id)
    }
  }

  /** For each indexed block sharing shingles with `grams`: how many it shares. */
  sharedCounts(grams: Iterable<string>, skip?: (id: number) => boolean): Map<number, number> {
    const counts = new Map<number, number>()
    for (const g of grams) {
      for (const id of this.postings.get(g) ?? []) {
        if (skip?.(id)) continue
        counts.set(id, (counts.get(id) ?? 0) + 1)
      }
    }
    return counts
  }
}
