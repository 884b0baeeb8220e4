import type { Block } from '../kernel/block.js'
import { HEADLINE_MAX, isContent, isVisiblyLonger } from './classify.js'

/** How long the words before the title may be: the authors' names, the journal's name. */
const PREFIX_MAX = 30
/** How near the page's furniture (its folio) a running head stands. */
const FURNITURE_SPAN = 2

const spaceless = (text: string) => text.replace(/[\s\u3000]+/g, '')

/**
 * A journal's running head: the article's own title printed again at a page break after the authors' names or the
 * journal's, set apart by a colon or a gap (周某某，陈某某：某某的运行逻辑与优化路径), next to the page's folio (· 56 ·). Read by
 * what the page repeats: the title is a heading-shaped line higher up, and the head is no longer than the title and a
 * few names; a line with a sentence's mark before the title is no head.
 */
export function markTitleRunningHeads(all: Block[]): void {
  // (each title with its spaceless form, and each line's made once when first asked: every line is read against every
  // title above it)
  const heads: Array<{ title: string; bare: string }> = []
  for (let i = 0; i < all.length; i++) {
    const block = all[i]
    if (!isContent(block)) continue
    const text = block.value.trim()
    const near = () => {
      for (let k = Math.max(0, i - FURNITURE_SPAN); k <= i + FURNITURE_SPAN && k < all.length; k++) if (k !== i && all[k].kind === 'furniture') return true
      return false
    }
    let bare: string | undefined
    const head = heads.find(({ title: h, bare: hBare }) => {
      if (!text.endsWith(h) && !(bare ??= spaceless(text)).endsWith(hBare)) return false
      const before = text.slice(0, text.length - h.length).trimEnd()
      return before.length > 0 && before.length <= PREFIX_MAX && /[：:]$|[\s\u3000]$/.test(text.slice(0, text.length - h.length)) && !/[。！？!?；;]/.test(before)
    })
    if (head !== undefined && near()) {
      block.kind = 'furniture'
      continue
    }
    if (text.length >= 6 && !isVisiblyLonger(text, HEADLINE_MAX) && !/[，,。；;：:！!？?]/.test(text)) heads.push({ title: text, bare: spaceless(text) })
  }
}
