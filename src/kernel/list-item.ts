/**
 * A heading-shaped line that is an item of a list, not a piece of a paragraph cut where it looks
 * like a heading: a notice names the first unit of its list in its text (授予临江市应急管理局…科等3个
 * 集体), and the list then sets that unit on a line of its own. classify and dedup both ask it, so
 * that the line dedup keeps is read in its place.
 */
import { hasSentencePunctuation } from './text.js'

/** An item's number: 2. 2、 （二） 二、 ③ (not a decimal: 2.5). */
const NUMBERED_ITEM = /^(?:[0-9]{1,2}[、．)）]|[0-9]{1,2}\.(?=[0-9]{4}|\D)|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[①-⑳])/

/** A sibling item is a short line. */
const ITEM_MAX = 40

/** Whether a line opens with an item's number (its spaces aside). */
export function isNumberedItem(text: string): boolean {
  return NUMBERED_ITEM.test(text.trimStart())
}

/**
 * Whether line `i` is an item of a list: it is numbered, or a line of its length stands next to it
 * that repeats nothing (the list's next item). `texts`: the lines; `folded`: as compared;
 * `mayBeItem(k)`: whether line k is of a kind an item may be; `repeats(k)`: whether line k repeats
 * earlier text.
 */
export function standsInList(
  texts: readonly string[],
  folded: readonly string[],
  i: number,
  mayBeItem: (k: number) => boolean,
  repeats: (k: number) => boolean,
): boolean {
  if (isNumberedItem(texts[i])) return true
  const length = folded[i].length
  return [i - 1, i + 1].some((k) => {
    if (k < 0 || k >= texts.length || !mayBeItem(k) || texts[k].length > ITEM_MAX) return false
    if (folded[k].length < length / 2 || folded[k].length > length * 2 || hasSentencePunctuation(texts[k])) return false
    return !repeats(k)
  })
}
