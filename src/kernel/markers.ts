/**
 * Continuation markers: where a newspaper says that a text goes on on another page (…（下转第2版）)
 * or comes from one (（上接第1版）…). Strip removes them, classify reads paragraphs without the one
 * at their end, and join pairs the two kinds.
 */
import type { Block } from './block.js'

// Set inside a paragraph, a marker is taken only in brackets, with the word that makes it one
// (上接/紧接… at the start, 下转/转… at the end), so that no sentence of the article is taken for one.
// (the page named by its letter and number alone too: （下转A4）)
const PAGE = '\\s*(?:第?\\s*[A-Za-zＡ-Ｚａ-ｚ0-9０-９一二三四五六七八九十百]{1,4}\\s*(?:版|页|面)[^）)】]{0,8}|[A-Za-zＡ-Ｚａ-ｚ][0-9０-９]{1,2})[）)】]'
// (a bare 接 or 转 as overseas papers set it, （转A8）, last: the longer words are tried first)
const LEADING_WORDS = '上接|接上|紧接|上转|接第|续第|续接|接'
const TRAILING_WORDS = '下转|转下|转第|转至|转接|下接|转'
export const LEADING_MARKER = new RegExp(`^[（(【]\\s*(?:${LEADING_WORDS})${PAGE}\\s*`)
const TRAILING_MARKER = new RegExp(`\\s*[（(【]\\s*(?:${TRAILING_WORDS})${PAGE}$`)
export const WHOLE_MARKER = new RegExp(`^[（(【]\\s*(?:${LEADING_WORDS}|${TRAILING_WORDS})${PAGE}$`)
// (by the word that opens the marker: 上转 brings back, 转接 sends on)
const SENDS_ON = new RegExp(`^\\s*[（(【\\[]?\\s*(?:${TRAILING_WORDS})`)
const BRINGS_BACK = new RegExp(`^\\s*[（(【\\[]?\\s*(?:${LEADING_WORDS})`)

/** The length of the continuation marker at the end of a paragraph (…（下转第2版）), or 0. */
export function trailingMarker(text: string): number {
  // (a marker closes its bracket last; most paragraphs end otherwise, and are read no further)
  const last = text.charCodeAt(text.length - 1)
  if (last !== 0xff09 && last !== 0x29 && last !== 0x3011) return 0
  const match = TRAILING_MARKER.exec(text)
  return match && match[0].length < text.length ? match[0].length : 0
}

/** A marker that sends the text on to another page (下转…, 转第…). */
export function sendsOn(marker: string): boolean {
  return SENDS_ON.test(marker)
}

/** A marker that brings the text back from another page (上接…, 接第…). */
export function bringsBack(marker: string): boolean {
  return BRINGS_BACK.test(marker)
}

/**
 * The block as read without the continuation marker at its end (a copy, sharing nothing it could
 * change), or undefined when it has none.
 */
export function withoutTrailingMarker(block: Block): Block | undefined {
  const length = trailingMarker(block.value)
  if (length === 0) return undefined
  return { ...block, value: block.value.slice(0, -length), data: { ...block.data, map: block.data.map.slice(0, -length) } }
}

const HAN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** A number written in Han numerals up to 999 (四, 十二, 二十一, 一百零五), or NaN. */
export function hanNumber(text: string): number {
  let total = 0
  let digit = -1
  for (const c of text) {
    if (c in HAN_DIGIT) digit = HAN_DIGIT[c]
    else if (c === '十' || c === '百') {
      total += (digit < 0 ? 1 : digit) * (c === '十' ? 10 : 100)
      digit = -1
    } else return NaN
  }
  return total + Math.max(digit, 0)
}

const PAGE_NAME = /([A-Za-z]?)\s*([0-9]{1,3}|[〇零一二三四五六七八九十百]{1,5})/

/**
 * The page a continuation marker or a folio's page field names, written one way (第四版, 第4版, 第 4 版 →
 * 4; A04版, （下转A4） → A4), or undefined.
 */
export function pageNamed(text: string): string | undefined {
  const match = PAGE_NAME.exec(text.normalize('NFKC'))
  if (!match) return undefined
  const n = /[0-9]/.test(match[2]) ? Number(match[2]) : hanNumber(match[2])
  return Number.isNaN(n) ? undefined : `${match[1].toUpperCase()}${n}`
}
