/**
 * Evidence that two text pieces are the halves of one cut paragraph. Positive numbers only; the
 * join stage adds what layout tells (adjacent or far) and decides.
 */
import {
  changesScript,
  CJK,
  endsWithContinuationMark,
  firstUnmatched,
  firstUnmatchedCloser,
  isCjk,
  quoteBalance,
  words,
} from '../kernel/text.js'
import { BoundedMemo } from '../kernel/memo.js'
import { simplifyLeaks } from '../kernel/traditional.js'
import { tagWords } from '../kernel/grammar.js'

const WINDOW = 8

export interface SeamEvidence {
  score: number
  reasons: string[]
}

const seamWords = new BoundedMemo<string, string | undefined>()

/** A dictionary word of the ICU segmenter spans the cut: 成|功 -> 成功, 一|系列 -> 一系列. */
export function wordAcrossSeam(before: string, after: string): string | undefined {
  // (read without spaces between Chinese characters, as normalise leaves the joined paragraph: 城 市
  // reads 城市, and the output, cleaned again, must find the same word or none)
  // (and with leaked traditional characters simplified, as normalise converts those that make a word:
  // 過 / 當應 is 过当 whether or not the first cleaning converted them)
  const tail = simplifyLeaks(withoutSpacesInHan(before.slice(-2 * WINDOW))).slice(-WINDOW)
  const head = simplifyLeaks(withoutSpacesInHan(after.slice(0, 2 * WINDOW))).slice(0, WINDOW)
  if (!isCjk(tail[tail.length - 1]) || !isCjk(head[0])) return undefined
  // join and settle ask about the same seams round after round: segmenting is the costly part
  return seamWords.get(`${tail}\u0000${head}`, () => wordBetween(tail, head))
}

const SPACES_IN_HAN = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'g')

function withoutSpacesInHan(text: string): string {
  return text.replace(SPACES_IN_HAN, '')
}

function wordBetween(tail: string, head: string): string | undefined {
  const seam = tail.length
  // The word must not break a word that each half forms on its own: 一|个人服务 reads 一个 across the
  // cut only by tearing 个人 apart, so it is no evidence; 一|系列 keeps 系列 whole.
  const across = words(tail + head).filter((w) => w.isWord && w.index < seam && w.index + w.segment.length > seam)
  if (across.length === 0) return undefined
  const tailBounds = boundaries(tail, 0)
  const headBounds = boundaries(head, seam)
  return across.find((w) => tailBounds.has(w.index) && headBounds.has(w.index + w.segment.length))?.segment
}

function boundaries(text: string, shift: number): Set<number> {
  const set = new Set<number>([shift + text.length])
  for (const w of words(text)) set.add(shift + w.index)
  return set
}

/** How far into the second half a bracket the first half opened may close. */
const BRACKET_REACH = 30

/** A quotation opened and not closed before the break closes after it. */
export function closesQuoteAcross(before: string, after: string): boolean {
  return quoteBalance(before) > 0 && firstUnmatchedCloser(after) >= 0
}

/** A bracket opened and not closed before the break closes early after it. */
export function closesBracketAcross(before: string, after: string): boolean {
  return bracketBalance(before) > 0 && firstUnmatchedBracket(after) >= 0
}

function bracketBalance(text: string): number {
  let open = 0
  for (const ch of text) {
    if (ch === '（' || ch === '(') open++
    else if ((ch === '）' || ch === ')') && open > 0) open--
  }
  return open
}

function firstUnmatchedBracket(text: string): number {
  return firstUnmatched(text, '（(', '）)', BRACKET_REACH)
}

/** A figure closing a clause of Chinese text (…游客1.2, …共3), not a line of figures alone. */
const CLAUSE_FIGURE_END = /\p{Script=Han}[0-9０-９]+(?:[.．][0-9０-９]+)?$/u
/** A magnitude or a unit of measure, then Han text: the rest of a figure, 万人次。 亿元， %的… */
const UNIT_OPENING = /^(?:[万亿][\p{Script=Han}，,。]|[%％‰]|(?:余|多)?(?:元|吨|亩|公顷|公里|千米|平方米|立方米|公斤|千克|人次|户|名)[，,。、\p{Script=Han}])/u

/** Han numerals, as a count is written in them: 八十, 一百零五, 百分之三十. */
const HAN_NUMERALS = '零〇一二三四五六七八九十百千万亿两点分之'
const HAN_NUMERAL_END = new RegExp(`[${HAN_NUMERALS}]$`)
const HAN_NUMERAL_OPENING = new RegExp(`^[${HAN_NUMERALS}]`)
// (a figure among them: 百分点 is a unit's word, 百分 / 点。)
const HAN_NUMBER = new RegExp(`^(?=.*[零〇一二三四五六七八九十两])[${HAN_NUMERALS}]+$`)

/**
 * A number in Han numerals cut across the break (…总投资超过八 / 十亿元。): read whole, the tagger takes one count
 * across the cut, its characters numerals only (not 统一 / 十个…, where the count is the second half's own).
 */
function numberAcrossSeam(before: string, after: string): boolean {
  const tail = before.trimEnd().slice(-WINDOW)
  const head = after.trimStart().slice(0, WINDOW)
  if (!HAN_NUMERAL_END.test(tail) || !HAN_NUMERAL_OPENING.test(head)) return false
  let at = 0
  for (const w of tagWords(tail + head)) {
    if (at < tail.length && at + w.word.length > tail.length) return w.tag === 'm' && HAN_NUMBER.test(w.word)
    at += w.word.length
  }
  return false
}

export function seamEvidence(before: string, after: string): SeamEvidence {
  const reasons: string[] = []
  let score = 0
  const word = wordAcrossSeam(before, after)
  if (word) {
    // (a longer word is stronger evidence: almost any character makes a two-character word with
    // 一 or 不, few make a three-character one: 等一|系列 is 一系列, where 等一|点 is only 一点)
    score += word.length >= 3 ? 2.5 : 2
    reasons.push(`the word “${word}” runs across the break`)
  }
  const closer = firstUnmatchedCloser(after)
  if (closesQuoteAcross(before, after)) {
    score += 2
    reasons.push('a quotation opened before the break closes after it')
  } else if (closer >= 0 && closer < 30 && quoteBalance(before) <= 0) {
    // the second half closes a quotation the first half never opened: it continues something else
    score -= 2
    reasons.push('the second half closes a quotation the first half did not open')
  }
  // (a bracket too, opened and not closed before the break, closed early after it: 北京路（白塔路至东风 /
  // 东路段）两侧…)
  if (closesBracketAcross(before, after)) {
    score += 2
    reasons.push('a bracket opened before the break closes after it')
  }
  // (a figure cut from its magnitude or unit, …接待游客1.2 / 万人次。…: a sentence never ends on a bare
  // figure, and a magnitude or unit never opens one; the same evidence as a word running across)
  if (CLAUSE_FIGURE_END.test(before) && UNIT_OPENING.test(after)) {
    score += 2
    reasons.push('a figure runs on into its unit across the break')
  } else if (!word && numberAcrossSeam(before, after)) {
    // (and a number in Han numerals, …超过八 / 十亿元。, which the segmenter does not read as a word)
    score += 2
    reasons.push('a number in Han numerals runs across the break')
  }
  if (endsWithContinuationMark(before)) {
    score += 1
    reasons.push(`the first half ends with “${before.trimEnd().slice(-1)}”`)
  }
  if (/^[，、。；：,;:）)]/.test(after)) {
    score += 1
    reasons.push('the second half starts with punctuation')
  }
  // (full-width letters too: normalise makes them half-width, and the output must read the same)
  if (/[A-Za-zＡ-Ｚａ-ｚ][-－]$/.test(before) && /^[a-zａ-ｚ]/.test(after)) {
    score += 2
    reasons.push('a Latin word hyphenated across the break')
  } else if (/[a-zａ-ｚ,]$/.test(before) && /^[a-zａ-ｚ]/.test(after)) {
    score += 1
    reasons.push('a Latin sentence continues in lower case')
  }
  if (changesScript(before, after)) {
    score -= 3
    reasons.push('the text changes script across the break (a translation, not a continuation)')
  }
  return { score, reasons }
}
