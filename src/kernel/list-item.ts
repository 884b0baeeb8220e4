/**
 * A heading-shaped line that is an item of a list, not a piece of a paragraph cut where it looks
 * like a heading: a notice names the first unit of its list in its text (授予临江市应急管理局…科等3个
 * 集体), and the list then sets that unit on a line of its own. classify and dedup both ask it, so
 * that the line dedup keeps is read in its place.
 */
import { hasSentencePunctuation } from './text.js'
import { hanNumber } from './markers.js'

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

/** An item's number and the mark after it, in one style: 1. 2、 3） （4） 五、 ⑥ (a decimal is none: 2.5). */
const ITEM_NUMBER = /^(?:([（(]?)([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:(?<=[0-9])\.(?![0-9])|[、．)）])|([①-⑳]))/

/** An item's number read: its style (the brackets, the kind of figure, the mark: （0）, 0., 一、, ①) and its value. */
function itemNumber(text: string): { style: string; value: number } | undefined {
  const n = ITEM_NUMBER.exec(text.trimStart())
  if (n === null) return undefined
  if (n[3] !== undefined) return { style: '①', value: n[3].codePointAt(0)! - 0x2460 }
  const arabic = /[0-9]/.test(n[2])
  return { style: `${n[1]}${arabic ? '0' : '一'}${n[0].slice(-1)}`, value: arabic ? Number(n[2]) : hanNumber(n[2]) }
}

/** Two lines opening with numbers in turn, of one style: ① / ②, 1. / 2., 3、 / 4、, 一、 / 二、, （三） / （四）. */
export function numbersInTurn(a: string, b: string): boolean {
  const first = itemNumber(a)
  const second = itemNumber(b)
  return first !== undefined && second !== undefined && first.style === second.style && second.value === first.value + 1
}
