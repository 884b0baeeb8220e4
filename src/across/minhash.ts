/**
 * MinHash signatures and LSH band keys of a paragraph, for finding paragraphs repeated on other
 * pages without comparing every pair.
 *
 * A paragraph is folded (foldForCompare: width, quotes, punctuation, spaces do not matter) and cut
 * into character shingles of SHINGLE code units. Each shingle gets a 32-bit hash; HASHES hash
 * functions (multiply-add with fixed odd multipliers, then a xorshift) each keep their minimum over
 * the shingles: the share of equal minima of two paragraphs estimates the Jaccard similarity of
 * their shingle sets. The signature is cut into BANDS bands of ROWS minima; each band is hashed to a
 * 32-bit key. Two paragraphs that share a band key become candidates, which the caller then checks
 * on their text. With ROWS = 4 and BANDS = 32, a pair with Jaccard similarity J is a candidate with
 * probability 1 − (1 − J⁴)³²: 0.988 at J = 0.6, 0.9985 at J = 0.68 (a 5 % OCR character error rate),
 * ≥ 0.9999 at J ≥ 0.75; a pair of unrelated paragraphs (J ≈ 0.01) with probability 3·10⁻⁷.
 *
 * Everything here is a pure function of the text and the constants below: the keys, and so the
 * candidates, are the same in every worker and in every run. Changing a constant changes the keys:
 * bump KEYS_VERSION so that saved indexes made with other keys are refused, not silently mixed.
 */
import { foldForCompare } from '../kernel/text.js'

export const SHINGLE = 4
export const ROWS = 4
/** A power of two: the band number is kept in the low bits of its keys. */
export const BANDS = 32
export const HASHES = ROWS * BANDS
/** Names the shingling, hash functions and banding; stored in index files. */
export const KEYS_VERSION = `minhash-k${SHINGLE}-r${ROWS}-b${BANDS}-v2`

/** Deterministic parameters of the hash functions (splitmix32 from a fixed seed). */
const MUL = new Uint32Array(HASHES)
const ADD = new Uint32Array(HASHES)
{
  let s = 0x9e3779b9
  const next = () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
  for (let i = 0; i < HASHES; i++) {
    MUL[i] = (next() | 1) >>> 0
    ADD[i] = next()
  }
}

/** murmur3 finaliser of a 32-bit value. */
function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** 32-bit hashes of the distinct shingles of a folded text (the whole text when shorter). */
export function shingleHashes(folded: string): Uint32Array {
  const n = SHINGLE
  const count = Math.max(1, folded.length - n + 1)
  const out = new Uint32Array(count)
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5
    const end = Math.min(folded.length, i + n)
    for (let k = i; k < end; k++) h = Math.imul(h ^ folded.charCodeAt(k), 0x01000193)
    out[i] = fmix(h)
  }
  return out
}

/** The MinHash signature (HASHES minima) of a folded text. */
export function signature(folded: string): Uint32Array {
  const shingles = shingleHashes(folded)
  const mins = new Uint32Array(HASHES)
  // one hash function at a time over all shingles: its constants and running minimum stay in registers
  for (let i = 0; i < HASHES; i++) {
    const mul = MUL[i]
    const add = ADD[i]
    let min = 0xffffffff
    for (let s = 0; s < shingles.length; s++) {
      let v = (Math.imul(shingles[s], mul) + add) >>> 0
      v = (v ^ (v >>> 15)) >>> 0
      if (v < min) min = v
    }
    mins[i] = min
  }
  return mins
}

/**
 * Band keys of a signature: BANDS 32-bit values whose low 5 bits are the band (so that keys of two
 * bands never meet in the index), never 0 (0 marks an empty slot of the index).
 */
export function bandKeys(sig: Uint32Array): Int32Array {
  const keys = new Int32Array(BANDS)
  for (let b = 0; b < BANDS; b++) {
    let h = Math.imul(b + 1, 0x9e3779b1)
    for (let r = 0; r < ROWS; r++) h = fmix((h ^ sig[b * ROWS + r]) + 0x7f4a7c15)
    const key = (h & ~(BANDS - 1)) | b
    keys[b] = key === 0 ? BANDS : key
  }
  return keys
}

/** Band keys of a paragraph's text. */
export function paragraphKeys(text: string): Int32Array {
  return bandKeys(signature(foldForCompare(text)))
}

/** Estimated Jaccard similarity of two signatures (share of equal minima). */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++
  return same / HASHES
}
