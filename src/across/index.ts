/**
 * The across-page index: every kept paragraph of the pages seen so far (pages of a saved index
 * first, then the batch in sorted order), found by its LSH band keys.
 *
 * Layout, sized for hundreds of thousands of paragraphs: one open-addressing hash table maps a
 * 32-bit band key (its low bits name the band) to the newest paragraph with that key;
 * `next[entry * BANDS + band]` chains to the one before. A query walks the chains of its BANDS keys, ranks the candidates by the number of
 * bands they share (an estimate of their similarity), and checks at most MAX_VERIFY of them on the
 * text (judge.ts); of those that are copies, the earliest paragraph is the twin. A query costs the
 * number of paragraphs sharing a band key with it — a handful, not the size of the index — so a
 * batch costs time linear in its size, never the number of pairs.
 *
 * Only kept paragraphs are added: a copy removed from a page is not indexed, its earlier twin
 * stands for it.
 */
import { foldForCompare } from '../kernel/text.js'
import { BANDS } from './minhash.js'
import { judgePair, WHOLE_COPY } from './judge.js'
import type { AcrossTwin, CopyOf, HeadInfo, PageSignature, ParagraphInfo, Place6 } from './types.js'

/** Candidates checked on their text per query, at most (the best ranked). */
const MAX_VERIFY = 32

export interface IndexEntry {
  /** Index into AcrossIndex.pages. */
  page: number
  id: string
  text: string
  place: Place6
  head?: HeadInfo
  /** The text folded for comparison, made when first compared (not saved). */
  folded?: string
}

export interface Match {
  entry: number
  score: number
  containment: number
  reason: string
}

export class AcrossIndex {
  readonly pages: string[] = []
  readonly entries: IndexEntry[] = []
  /** Band keys of each entry, BANDS per entry (kept for saving the index). */
  private keys = new Int32Array(1024 * BANDS)
  private next = new Int32Array(1024 * BANDS)
  private slotKey = new Int32Array(1 << 16)
  private slotHead = new Int32Array(1 << 16)
  private used = 0
  /** Per entry, the query in which it was last seen (dedupes candidates without a Set). */
  private seenIn = new Int32Array(1024)
  private bandsShared = new Int32Array(1024)
  private queryCount = 0
  /** Entries of pages loaded from a saved index (they come first). */
  loaded = 0

  get size(): number {
    return this.entries.length
  }

  addPage(name: string): number {
    this.pages.push(name)
    return this.pages.length - 1
  }

  private findSlot(key: number): number {
    const mask = this.slotKey.length - 1
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask
    while (this.slotKey[i] !== 0 && this.slotKey[i] !== key) i = (i + 1) & mask
    return i
  }

  private grow(): void {
    const oldKey = this.slotKey
    const oldHead = this.slotHead
    this.slotKey = new Int32Array(oldKey.length * 2)
    this.slotHead = new Int32Array(oldKey.length * 2)
    for (let i = 0; i < oldKey.length; i++) {
      if (oldKey[i] === 0) continue
      const j = this.findSlot(oldKey[i])
      this.slotKey[j] = oldKey[i]
      this.slotHead[j] = oldHead[i]
    }
  }

  private ensureEntries(count: number): void {
    if (count * BANDS <= this.keys.length) return
    let size = this.keys.length
    while (size < count * BANDS) size *= 2
    const keys = new Int32Array(size)
    keys.set(this.keys)
    this.keys = keys
    const next = new Int32Array(size)
    next.set(this.next)
    this.next = next
    const seen = new Int32Array(size / BANDS)
    seen.set(this.seenIn)
    this.seenIn = seen
    this.bandsShared = new Int32Array(size / BANDS)
  }

  /** Adds a kept paragraph of page `page` (an index from addPage). */
  add(page: number, p: { id: string; text: string; place: Place6; keys: ArrayLike<number>; head?: HeadInfo }): number {
    const e = this.entries.length
    this.ensureEntries(e + 1)
    this.entries.push({ page, id: p.id, text: p.text, place: p.place, head: p.head })
    for (let b = 0; b < BANDS; b++) {
      const key = p.keys[b] | 0
      this.keys[e * BANDS + b] = key
      // grow at three quarters full (linear probing stays short; the table is most of the memory)
      if ((this.used + 1) * 4 > this.slotKey.length * 3) this.grow()
      const slot = this.findSlot(key)
      if (this.slotKey[slot] === 0) {
        this.slotKey[slot] = key
        this.slotHead[slot] = 0
        this.used++
      }
      // slotHead holds entry + 1 (0: none); next holds entry + 1 of the older one
      this.next[e * BANDS + b] = this.slotHead[slot]
      this.slotHead[slot] = e + 1
    }
    return e
  }

  keysOf(entry: number): Int32Array {
    return this.keys.subarray(entry * BANDS, (entry + 1) * BANDS)
  }

  /** The earliest indexed paragraph that `text` (with LSH keys `keys`) is a copy of, or undefined. */
  query(text: string, keys: ArrayLike<number>, folded?: string): Match | undefined {
    const stamp = ++this.queryCount
    const candidates: number[] = []
    for (let b = 0; b < BANDS; b++) {
      const key = keys[b] | 0
      const slot = this.findSlot(key)
      if (this.slotKey[slot] === 0) continue
      for (let e1 = this.slotHead[slot]; e1 !== 0; e1 = this.next[(e1 - 1) * BANDS + b]) {
        const e = e1 - 1
        if (this.seenIn[e] !== stamp) {
          this.seenIn[e] = stamp
          this.bandsShared[e] = 0
          candidates.push(e)
        }
        this.bandsShared[e]++
      }
    }
    if (candidates.length === 0) return undefined
    candidates.sort((x, y) => this.bandsShared[y] - this.bandsShared[x] || x - y)
    const q = folded ?? foldForCompare(text)
    let best: Match | undefined
    for (const e of candidates.slice(0, MAX_VERIFY)) {
      if (best && e > best.entry) continue
      // (folded once: the memo table of foldForCompare is too small to hold a whole archive)
      const entry = this.entries[e]
      const verdict = judgePair(q, (entry.folded ??= foldForCompare(entry.text)))
      if (verdict) best = { entry: e, ...verdict }
    }
    return best
  }

  twinOf(match: Match): AcrossTwin {
    const entry = this.entries[match.entry]
    return {
      page: this.pages[entry.page],
      blockId: entry.id,
      place: entry.place,
      text: entry.text,
      score: match.score,
      containment: match.containment,
      reason: match.reason,
      ...(entry.head ? { head: entry.head } : {}),
    }
  }
}

export interface PageDecision {
  /** Blocks to drop (by block id), each with its earlier copy; empty when the page has no copies. */
  drop: Record<string, AcrossTwin>
  /** Paragraphs dropped (those an editor reverted are kept and not counted). */
  dropped: number
  copyOf?: CopyOf
}

/**
 * Checks the paragraphs of one page against the index, then adds the page's kept paragraphs to it.
 * A paragraph is only compared with earlier pages, never with its own page (within-page copies are
 * the dedup stage's). `reverted` tells whether an editor reverted the removal of a paragraph: such a
 * paragraph stays on the page and is indexed like any kept one.
 */
export function checkPage(
  index: AcrossIndex,
  name: string,
  sig: PageSignature,
  reverted: (p: ParagraphInfo) => boolean = () => false,
): PageDecision {
  const drop: Record<string, AcrossTwin> = {}
  const kept: ParagraphInfo[] = []
  const byPage = new Map<string, { paragraphs: number; chars: number }>()
  let compared = 0
  let dropped = 0
  for (const p of sig.paragraphs) {
    const folded = foldForCompare(p.text)
    compared += folded.length
    const match = index.query(p.text, p.keys, folded)
    if (!match) {
      kept.push(p)
      continue
    }
    const twin = index.twinOf(match)
    drop[p.id] = twin
    if (reverted(p)) {
      kept.push(p)
      continue
    }
    dropped++
    const tally = byPage.get(twin.page) ?? { paragraphs: 0, chars: 0 }
    tally.paragraphs++
    tally.chars += folded.length
    byPage.set(twin.page, tally)
  }
  const page = index.addPage(name)
  for (const p of kept) index.add(page, p)
  let copyOf: CopyOf | undefined
  let top: [string, { paragraphs: number; chars: number }] | undefined
  for (const entry of byPage) if (!top || entry[1].chars > top[1].chars) top = entry
  if (top && compared > 0) {
    const share = top[1].chars / compared
    // wholly a copy: nearly all compared text from one page, and that text is most of the page
    if (share >= WHOLE_COPY && top[1].paragraphs >= 2 && compared >= 0.5 * sig.comparable) {
      copyOf = { page: top[0], paragraphs: top[1].paragraphs, of: sig.paragraphs.length, share: Math.round(share * 1000) / 1000 }
    }
  }
  return { drop, dropped, copyOf }
}
