/**
 * Leaked traditional characters and their simplified forms: a table generated from OpenCC's
 * dictionaries (src/data/make-traditional-leaks.ts says which characters count), loaded once. The
 * normalise stage replaces them; comparisons fold them, so that a copy with a leak is still a copy.
 */
import { TRADITIONAL_LEAKS } from '../data/traditional-leaks.js'

export interface LeakTable {
  simplifiedOf: Map<string, string>
  /** Matches any leaked character: texts without one are skipped at once. */
  any: RegExp
  /** The same, global, for replacing. */
  all: RegExp
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
  const chars = [...simplifiedOf.keys()].map((c) => c.replace(/[\\\]\[^-]/, '\\$&')).join('')
  table = { simplifiedOf, any: new RegExp(`[${chars}]`, 'u'), all: new RegExp(`[${chars}]`, 'gu') }
  return table
}

/** The text with every leaked traditional character in its simplified form. */
export function simplifyLeaks(text: string): string {
  const t = traditionalLeaks()
  if (!t.any.test(text)) return text
  return text.replace(t.all, (c) => t.simplifiedOf.get(c) ?? c)
}
