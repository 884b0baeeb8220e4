/**
 * What a copy says that its twin does not, from a character diff (jsdiff) of the two folded texts:
 * the measure that tells OCR noise (a character misread here and there) from text of its own.
 */
import { diffChars } from 'diff'
import { alignWindow } from './align.js'

export interface NovelRuns {
  /** The longest run of the copy's own characters at either end of it. */
  edge: number
  /** The longest such run inside it. */
  inner: number
  /**
   * The longest run of the twin's characters the copy replaced with its own: the shorter side of a
   * change that both removes and adds.
   */
  replaced: number
  /**
   * The longest change that both removes and adds, counting both sides: 公 → 财务专用 is 5. OCR
   * misreads a character for one or two; it does not write four for one.
   */
  swapped: number
  /** Changes: removals, additions or both, between equal stretches. */
  changes: number
  /**
   * A change puts a digit in place of another (10月15日 / 10月10日), or another amount written in
   * characters (12个 / 两个): another figure, another fact.
   * OCR noise drops or splits figures, or misreads a digit as a letter; a date or an amount that reads
   * otherwise is the editor's to judge.
   */
  figureChanged: boolean
  /**
   * A change puts one level of government in place of another, a character for a character (镇村两级 / 乡村两级, 全县 /
   * 全市): the same template sentence said of another place. No two of 省市县区乡镇村 look alike to OCR.
   */
  levelChanged: boolean
}

/**
 * What the copy has that the twin lacks, on the passage of the twin the copy repeats (alignWindow).
 * OCR noise changes a character or two here and there; a paragraph quoting another adds its own
 * words before or after the quotation; a parallel paragraph replaces a word (replacesWords).
 */
export function novelRuns(copy: string, twin: string): NovelRuns {
  const [start, end] = alignWindow(twin, copy)
  const parts = diffChars(twin.slice(start, end), copy)
  let edge = 0
  let inner = 0
  let replaced = 0
  let swapped = 0
  let at = 0
  // the change being read: consecutive removed and added parts, in either order
  let removedRun = 0
  let addedRun = 0
  let changes = 0
  let removedText = ''
  let addedText = ''
  let figureChanged = false
  let levelChanged = false
  for (const part of parts) {
    if (!part.added && !part.removed) {
      if (removedRun + addedRun > 0) changes++
      replaced = Math.max(replaced, Math.min(removedRun, addedRun))
      if (removedRun > 0 && addedRun > 0) swapped = Math.max(swapped, removedRun + addedRun)
      figureChanged ||= changesFigure(removedText, addedText)
      levelChanged ||= changesLevel(removedText, addedText)
      removedRun = addedRun = 0
      removedText = addedText = ''
      at += part.value.length
      continue
    }
    if (part.removed) {
      removedRun += part.value.length
      removedText += part.value
      continue
    }
    addedRun += part.value.length
    addedText += part.value
    const atEdge = at === 0 || at + part.value.length === copy.length
    if (atEdge) edge = Math.max(edge, part.value.length)
    else inner = Math.max(inner, part.value.length)
    at += part.value.length
  }
  if (removedRun + addedRun > 0) changes++
  replaced = Math.max(replaced, Math.min(removedRun, addedRun))
  if (removedRun > 0 && addedRun > 0) swapped = Math.max(swapped, removedRun + addedRun)
  figureChanged ||= changesFigure(removedText, addedText)
  levelChanged ||= changesLevel(removedText, addedText)
  return { edge, inner, replaced, swapped, changes, figureChanged, levelChanged }
}

/** A level of government, one character (全县, 镇村两级, 市委). */
const LEVEL = /^[省市县区乡镇村]$/

/** One change puts a level of government in place of another: 镇 → 乡, 县 → 市. */
function changesLevel(removed: string, added: string): boolean {
  return removed !== added && LEVEL.test(removed) && LEVEL.test(added)
}

const DIGIT = /[0-9]/
const HAN_NUMERAL = /[零〇一二两三四五六七八九十百千万]/
const HAN_NUMERALS = /[零〇一二两三四五六七八九十百千万]+/
const WHOLLY_HAN_NUMERALS = /^[零〇一二两三四五六七八九十百千万]+$/

/**
 * One change puts another figure in place of a figure: a digit for a digit (10日 / 15日), or a number
 * written in characters for one in digits that says another amount (12个 / 两个; 3千 / 三千 is the
 * same amount, written otherwise), or a numeral in characters for another (一百六十 / 一百八十; 两 / 二 is the same).
 */
function changesFigure(removed: string, added: string): boolean {
  const removedDigit = DIGIT.test(removed)
  const addedDigit = DIGIT.test(added)
  if (removedDigit && addedDigit) return true
  if (!removedDigit && !addedDigit) return WHOLLY_HAN_NUMERALS.test(removed) && WHOLLY_HAN_NUMERALS.test(added) && hanNumberValue(removed) !== hanNumberValue(added)
  const [digits, characters] = removedDigit ? [removed, added] : [added, removed]
  if (!HAN_NUMERAL.test(characters)) return false
  const written = hanNumberValue(HAN_NUMERALS.exec(characters)![0])
  const figure = Number(/[0-9]+(?:\.[0-9]+)?/.exec(digits)![0])
  return written !== figure
}

const HAN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const HAN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** The value of a number written in characters (两 2, 十二 12, 三千五百 3500, 一万二千 12000). */
export function hanNumberValue(text: string): number {
  let total = 0
  let section = 0
  let digit = 0
  for (const ch of text) {
    if (ch in HAN_DIGIT) digit = HAN_DIGIT[ch]
    else if (ch === '万') {
      total += (section + digit) * 10000
      section = digit = 0
    } else {
      // (十 alone is ten: 十二 is 12)
      section += (digit || 1) * HAN_UNIT[ch]
      digit = 0
    }
  }
  return total + section + digit
}

/**
 * A paragraph on the same template as another (a list of names: 张三，…书记 / 李四，…书记) differs
 * from it only in a word or two, each replaced whole: at most REPLACED_CHANGES changes, one of which
 * replaces REPLACED_RUN or more characters in a row with as many of its own. OCR noise misreads single
 * characters here and there; a copy with a pair misread and nothing else is as likely a parallel
 * paragraph, so it is kept and flagged.
 */
export const REPLACED_RUN = 2
export const REPLACED_CHANGES = 2
/** ...or replaces a word with one of another length (公章 / 财务专用章): this many characters, both sides. */
export const SWAPPED_RUN = 4

/** The copy differs from its twin only in a word or two, each replaced whole (see REPLACED_RUN). */
export function replacesWords(runs: NovelRuns): boolean {
  return (runs.replaced >= REPLACED_RUN || runs.swapped >= SWAPPED_RUN) && runs.changes <= REPLACED_CHANGES
}
