/**
 * Leaked traditional characters and their simplified forms: a table generated from OpenCC's
 * dictionaries (src/data/make-traditional-leaks.ts says which characters count), loaded once. The
 * normalise stage replaces them; comparisons fold them, so that a copy with a leak is still a copy.
 */
import { SIMPLIFIED_ONLY, TRADITIONAL_LEAKS } from '../data/traditional-leaks.js'

export interface LeakTable {
  simplifiedOf: Map<string, string>
  /** Leaked characters of the BMP by code unit (1 = leaked): most texts hold none, and are read once. */
  bmp: Uint8Array
  /** Leaked characters outside the BMP. */
  astral: Set<number>
  /** Simplified forms no traditional text uses (区 of 區, 议 of 議): a text holding them is simplified. */
  simplifiedOnly: Set<string>
}

let table: LeakTable | undefined

export function traditionalLeaks(): LeakTable {
  if (table) return table
  const simplifiedOf = new Map<string, string>()
  for (const line of TRADITIONAL_LEAKS) {
    for (const entry of line.split(' ')) {
      const [t, s] = [...entry]
      simplifiedOf.set(t, s)
    }
  }
  const bmp = new Uint8Array(0x10000)
  const astral = new Set<number>()
  for (const c of simplifiedOf.keys()) {
    const cp = c.codePointAt(0)!
    if (cp > 0xffff) astral.add(cp)
    else bmp[cp] = 1
  }
  const simplifiedOnly = new Set<string>()
  for (const line of SIMPLIFIED_ONLY) for (const c of line) simplifiedOnly.add(c)
  table = { simplifiedOf, bmp, astral, simplifiedOnly }
  return table
}

/** Whether the text holds a leaked traditional character. */
export function hasLeak(text: string): boolean {
  const t = traditionalLeaks()
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (t.bmp[unit] === 1) return true
    if (unit >= 0xd800 && unit <= 0xdbff && t.astral.size > 0 && t.astral.has(text.codePointAt(i)!)) return true
  }
  return false
}

/** The text with every leaked traditional character in its simplified form. */
export function simplifyLeaks(text: string): string {
  if (!hasLeak(text)) return text
  const t = traditionalLeaks()
  let out = ''
  for (const c of text) out += t.simplifiedOf.get(c) ?? c
  return out
}
