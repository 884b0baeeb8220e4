/**
 * Pairwise similarity and shingles. `string-similarity` is deprecated upstream, so it is used only
 * here: replacing it means changing this file, not the stages.
 */
import stringSimilarity from 'string-similarity'
import { StampedSet } from './stamped-set.js'
import { BoundedMemo } from './memo.js'

/** Dice coefficient on character bigrams, 0..1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1
  return stringSimilarity.compareTwoStrings(a, b)
}

/**
 * The distinct character n-grams of a folded text (the whole text when shorter than n), each as a
 * 53-bit hash, in the order they first occur. Numbers rather than substrings because every stage
 * builds an index of every block's shingles: hashing a number is far cheaper than making and
 * hashing a string, and there is nothing for the collector to free. Two different n-grams of a page
 * share a hash with a chance of about 1 in 10^9 per page; a shared hash could only move a count of
 * shingles by one.
 */
export class Shingles {
  constructor(readonly hashes: Float64Array) {}
  get size(): number {
    return this.hashes.length
  }
}

/** For each shingle size, the texts' shingles and how they are made. */
const memo = new Map<number, { table: BoundedMemo<string, Shingles>; make: (text: string) => Shingles }>()

/**
 * The shingles of a folded text. Several stages ask for the same blocks' shingles, so they are
 * remembered; the result is shared and must not be changed.
 */
export function shingles(text: string, n: number): Shingles {
  let bySize = memo.get(n)
  if (bySize === undefined) memo.set(n, (bySize = { table: new BoundedMemo(), make: (t) => makeShingles(t, n) }))
  return bySize.table.get(text, bySize.make)
}

function makeShingles(text: string, n: number): Shingles {
  if (text.length === 0) return new Shingles(new Float64Array(0))
  if (text.length <= n) return new Shingles(Float64Array.of(hashRange(text, 0, text.length)))
  const all = new Float64Array(text.length - n + 1)
  const seen = scratch.reset(all.length)
  let distinct = 0
  for (let i = 0; i < all.length; i++) {
    const h = hashRange(text, i, i + n)
    if (seen.insert(h)) all[distinct++] = h
  }
  return new Shingles(distinct === all.length ? all : all.slice(0, distinct))
}

const scratch = new StampedSet()

/** Two independent 32-bit mixes of the code units, put together as a 53-bit integer. */
function hashRange(text: string, start: number, end: number): number {
  let a = 0x811c9dc5 ^ (end - start)
  let b = 0x9e3779b9 ^ (end - start)
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
    b ^= b >>> 15
  }
  a ^= a >>> 16
  a = Math.imul(a, 0x85ebca6b)
  a ^= a >>> 13
  a = Math.imul(a, 0xc2b2ae35)
  a ^= a >>> 16
  b = Math.imul(b ^ (b >>> 13), 0x27d4eb2f)
  b ^= b >>> 16
  return (a >>> 0) * 0x200000 + (b & 0x1fffff)
}

/** Share of `small`'s shingles found in `big`. */
export function containment(small: Shingles, big: Shingles): number {
  if (small.size === 0) return 0
  const set = scratch.reset(big.size)
  for (let i = 0; i < big.hashes.length; i++) set.insert(big.hashes[i])
  let shared = 0
  for (let i = 0; i < small.hashes.length; i++) if (set.has(small.hashes[i])) shared++
  return shared / small.size
}

/**
 * Inverted index from shingles to the blocks holding them: candidate pairs come from shared
 * shingles, never from comparing every pair. A shingle held by very many blocks (a stock phrase,
 * a run of punctuation) says nothing about which block is the twin and would make lookups grow with
 * the square of the page, so it stops being indexed past `maxPostings`.
 *
 * An open-addressing table over typed arrays: it is built several times for every page, and a Map
 * of arrays spent most of its time growing and being collected.
 */
export class ShingleIndex {
  private keys: Float64Array
  /** First posting of each slot plus one; 0 marks an empty slot. */
  private heads: Int32Array
  /** Last posting of each slot and how many it has. */
  private tails: Int32Array
  private lengths: Int32Array
  private used = 0
  /** Postings: block id and the next posting of the same shingle plus one (0 at the end). */
  private ids: Int32Array
  private next: Int32Array
  private postings = 0

  /** `expected`: about how many shingles will be added (the table is sized for them at once). */
  constructor(expected = 0, private readonly maxPostings = 256) {
    let size = 64
    while (size < expected * 2) size *= 2
    // (the arrays of an index of this size released before: which slot a shingle takes changes no count, and only the
    // heads must be emptied; of this size only, as a larger table costs more to empty, and to probe, than a new one;
    // postings too few are made anew, their number changes no count either, and they grow as asked)
    const reused = spares.get(size)
    if (reused !== undefined) {
      spares.delete(size)
      ;({ keys: this.keys, heads: this.heads, tails: this.tails, lengths: this.lengths } = reused.slots)
      ;({ ids: this.ids, next: this.next } = reused.postings.ids.length >= expected ? reused.postings : postingArrays(Math.max(64, expected)))
      this.heads.fill(0)
      return
    }
    ;({ keys: this.keys, heads: this.heads, tails: this.tails, lengths: this.lengths } = slotArrays(size))
    ;({ ids: this.ids, next: this.next } = postingArrays(Math.max(64, expected)))
  }

  /**
   * Gives the index's arrays to the next index made: a page builds several, each as large as the
   * page, and allocating them (zeroed) cost more than using them. The index must not be used again.
   */
  release(): void {
    const size = this.keys.length
    const spare = spares.get(size)
    if (spare === undefined || spare.postings.ids.length < this.ids.length) {
      spares.set(size, {
        slots: { keys: this.keys, heads: this.heads, tails: this.tails, lengths: this.lengths },
        postings: { ids: this.ids, next: this.next },
      })
    }
  }

  add(id: number, grams: Shingles): void {
    const hashes = grams.hashes
    if ((this.used + hashes.length) * 2 > this.keys.length) this.grow(this.used + hashes.length)
    if (this.postings + hashes.length > this.ids.length) this.growPostings(this.postings + hashes.length)
    const { keys, heads, tails, lengths, ids, next, maxPostings } = this
    const mask = keys.length - 1
    for (let k = 0; k < hashes.length; k++) {
      const key = hashes[k]
      // the low 32 bits are a well-mixed half of the hash
      let slot = (key >>> 0) & mask
      while (heads[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask
      const p = this.postings++
      ids[p] = id
      next[p] = 0
      if (heads[slot] === 0) {
        keys[slot] = key
        heads[slot] = p + 1
        lengths[slot] = 1
        this.used++
      } else if (lengths[slot] < maxPostings) {
        next[tails[slot]] = p + 1
        lengths[slot]++
      } else {
        this.postings--
        continue
      }
      tails[slot] = p
    }
  }

  /** For each indexed block sharing shingles with `grams`: how many it shares. */
  sharedCounts(grams: Shingles, skip?: (id: number) => boolean): Map<number, number> {
    const counts = new Map<number, number>()
    const hashes = grams.hashes
    const { keys, heads, ids, next } = this
    const mask = keys.length - 1
    for (let k = 0; k < hashes.length; k++) {
      const key = hashes[k]
      let slot = (key >>> 0) & mask
      while (heads[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask
      for (let p = heads[slot]; p !== 0; p = next[p - 1]) {
        const id = ids[p - 1]
        if (skip?.(id)) continue
        counts.set(id, (counts.get(id) ?? 0) + 1)
      }
    }
    return counts
  }

  private growPostings(needed: number): void {
    let size = this.ids.length * 2
    while (size < needed) size *= 2
    const { ids, next } = postingArrays(size)
    ids.set(this.ids)
    next.set(this.next)
    this.ids = ids
    this.next = next
  }

  private grow(needed: number): void {
    const { keys, heads, tails, lengths } = this
    let size = keys.length * 2
    while (size < needed * 2) size *= 2
    ;({ keys: this.keys, heads: this.heads, tails: this.tails, lengths: this.lengths } = slotArrays(size))
    const mask = size - 1
    for (let s = 0; s < keys.length; s++) {
      if (heads[s] === 0) continue
      let slot = (keys[s] >>> 0) & mask
      while (this.heads[slot] !== 0) slot = (slot + 1) & mask
      this.keys[slot] = keys[s]
      this.heads[slot] = heads[s]
      this.tails[slot] = tails[s]
      this.lengths[slot] = lengths[s]
    }
  }
}

/**
 * The arrays of an index released and not yet used again, by the table's size (see ShingleIndex.release): one of
 * each size, a power of two, so they hold at most twice the largest page's.
 */
const spares = new Map<number, { slots: ReturnType<typeof slotArrays>; postings: ReturnType<typeof postingArrays> }>()

// one allocation for the arrays of a table: allocating a typed array costs more than filling it
function slotArrays(size: number): { keys: Float64Array; heads: Int32Array; tails: Int32Array; lengths: Int32Array } {
  const buffer = new ArrayBuffer(size * 20)
  return {
    keys: new Float64Array(buffer, 0, size),
    heads: new Int32Array(buffer, size * 8, size),
    tails: new Int32Array(buffer, size * 12, size),
    lengths: new Int32Array(buffer, size * 16, size),
  }
}

function postingArrays(size: number): { ids: Int32Array; next: Int32Array } {
  const buffer = new ArrayBuffer(size * 8)
  return { ids: new Int32Array(buffer, 0, size), next: new Int32Array(buffer, size * 4, size) }
}

/** Whether most of block `id`'s shingles are held by another block of the index (it repeats text). */
export function repeatsEarlier(index: ShingleIndex, grams: Shingles, id: number): boolean {
  if (grams.size === 0) return false
  for (const [j, n] of index.sharedCounts(grams)) if (j !== id && n / grams.size >= 0.5) return true
  return false
}
