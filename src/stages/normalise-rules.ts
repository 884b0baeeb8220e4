/**
 * Normalisation rules as pure functions over the text of ONE block. Each finder returns edits that
 * never overlap, sorted by start; the caller applies them right to left. The finders run in the order
 * punctuation → spaces → traditional → latin, each on the text the previous one produced, and each is
 * idempotent on its own output: a second run finds no applied (info) edits.
 *
 * Nothing here knows about the sample pages: every rule is stated in terms of character classes
 * (Han, CJK punctuation, Latin, digits) and matched pairs of brackets and quotes.
 */
import { hasLeak, simplifyLeaks, traditionalLeaks } from '../kernel/traditional.js'
import { DOUBLED_MARK, isNameRow, isTableRow, letterSpaces, TYPED_DASH, words } from '../kernel/text.js'
import { SURNAMES } from '../kernel/surnames.js'
import type { BlockKind } from '../kernel/block.js'
import { BoundedMemo } from '../kernel/memo.js'

export interface Edit {
  /** Range in `text` (UTF-16 indices). */
  start: number
  end: number
  /** Equal to text.slice(start, end) for a pure flag. */
  replacement: string
  rule: string
  kind: 'punctuation' | 'space' | 'character' | 'latin' | 'flag'
  /** info: applied with certainty; warning: the editor must decide (a flag, nothing changes). */
  level: 'info' | 'warning'
  message: string
}

/**
 * Characters the scan or the text export could not read, left as the replacement character (�): the
 * editor must restore them from the paper. Flagged, never guessed.
 */
export function findUnreadableEdits(text: string): Edit[] {
  const edits: Edit[] = []
  for (let i = text.indexOf('\ufffd'); i >= 0; ) {
    let end = i + 1
    while (text[end] === '\ufffd') end++
    edits.push({
      start: i,
      end,
      replacement: text.slice(i, end),
      rule: 'unreadable',
      kind: 'flag',
      level: 'warning',
      message: `${end - i === 1 ? 'a character' : `${end - i} characters`} the scan could not read (�): restore from the paper`,
    })
    i = text.indexOf('\ufffd', end)
  }
  return edits
}

/**
 * Words a scan misreads by one look-alike character into no word at all: 己经 (已经), 自已 (自己); and a
 * year whose figures it read as letters, before 年: l994年, 2O23年. Each is made the word it must be.
 */
const MISREAD_WORDS = new Map([
  ['己经', '已经'],
  ['巳经', '已经'],
  ['自已', '自己'],
  ['自巳', '自己'],
])
// (己 after a word it ends is that word's, whatever follows: 自己经营, 知己)
const OWN_WORD_BEFORE = '(?<![自知异克舍利为由律损])'
const MISREAD_WORD = new RegExp([...MISREAD_WORDS.keys()].map((w) => (w[0] === '己' || w[0] === '巳' ? OWN_WORD_BEFORE + w : w)).join('|'), 'g')
/**
 * 已 read as 己 or 巳 before what only 已 stands before, outside a word 己 ends (…拖拉机己全部检修完毕,
 * 己基本完成; not 自己全部的积蓄).
 */
const MISREAD_ALREADY = new RegExp(`${OWN_WORD_BEFORE}[己巳](?=全部|基本|完成|成为|达到|超过|累计|初步|陆续|开始|进入|形成|建成|实现|取得|投入使用)`, 'g')
const MISREAD_YEAR = /(?<![A-Za-z0-9])(?=[0-9lIOo]{4}年)(?=[^年]*[lIOo])[12lI][0-9Oo]{3}(?=年)/g
const LETTER_FIGURE: Record<string, string> = { l: '1', I: '1', O: '0', o: '0' }
/** A figure with a zero read as the letter O, before its unit in Chinese: 1O0克, 2O元, 1O月. */
const MISREAD_AMOUNT = /(?<![A-Za-z0-9.])[1-9](?:[0-9]*[Oo])+[0-9Oo]*(?=[\u4e00-\u9fff])/g
/**
 * A figure with a one read as the letter l or I (2l秒3, 1I0米): the letters stand after a figure and
 * before a figure or a unit, outside any Latin word, code or address. Made figures only there; a
 * figure ending in such a letter before anything else (型号3l, 2l世纪) may be a code's: flagged.
 */
const MISREAD_ONE = /(?<![A-Za-z0-9.,_/\\=@#:%&?+-])[0-9]+[lI][0-9lI]*(?![A-Za-z_/\\=@.-])/g
const FIGURE_UNIT = /^[0-9秒分米时岁日月年号人元角万亿千百个次名届克吨斤度倍项件家户座条所只台辆张本场队支枚块%％℃]/
/** ...or after a figure's unit, before the figure that unit leads to (5米l2, 5分l7秒4, 10时l5分). */
const MISREAD_ONE_AFTER_UNIT = /(?<=[0-9][米分秒时点])[lI][0-9lI]*[0-9](?![A-Za-z_/\\=@.-])/g
/**
 * ...or a figure's first one read as a letter after Chinese text (亩产达到l05公斤): the letter opens a
 * figure right after a Han character or a Chinese mark, no Latin letter or figure before it. Made a
 * figure only before a unit (a code's letter is not followed by one: 酷睿I5处理器); else flagged.
 */
const MISREAD_LEADING_ONE = /(?<=[\u4e00-\u9fff，。、；：“”（《])[lI][0-9][0-9lI]*(?![A-Za-z_/\\=@.-])/g
const LEADING_UNIT = /^(?:[秒分米时岁日月年号人元角万亿千百个次名届克吨斤度倍项件家户座条所只台辆张本场队支枚块亩%％℃]|公[斤里顷尺升]|毫[米克升]|厘米|平方|立方)/
/**
 * A zero read as the letter O in a figure written in Han numerals (喷施九二O, 一九八O年, 二OO五年): a
 * Latin O after two Han digits or between two, no Latin letter or figure beside the figure, can only
 * be 〇. After one Han digit alone (一O), it may be a word's letter: flagged.
 */
const HAN_DIGIT = '〇一二三四五六七八九'
const MISREAD_HAN_ZERO = new RegExp(`(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])[${HAN_DIGIT}]+[OoＯｏ][${HAN_DIGIT}OoＯｏ]*(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])`, 'g')
const HAN_DIGIT_AROUND_O = new RegExp(`[${HAN_DIGIT}]{2}[OoＯｏ]|[${HAN_DIGIT}][OoＯｏ]+[${HAN_DIGIT}]`)
/** What a text holding a misread word or year holds: read once a page, and once a block. */
// (full-width figures too: the page is read before its figures are made half-width)
export const MAY_HOLD_MISREAD = /[己巳]|[lIOoＯｏ][\d０-９]|[\d０-９][OoＯｏlIｌＩ]|[〇一二三四五六七八九][OoＯｏ]/

export function findMisreadEdits(text: string): Edit[] {
  // (most blocks hold neither a look-alike nor a year: they are read no further)
  if (!MAY_HOLD_MISREAD.test(text)) return []
  const edits: Edit[] = []
  for (const m of text.matchAll(MISREAD_WORD)) {
    const word = MISREAD_WORDS.get(m[0])!
    edits.push({ start: m.index!, end: m.index! + 2, replacement: word, rule: 'misread-word', kind: 'character', level: 'info', message: `${quote(m[0])}, no word, made ${quote(word)}: a character the scan misread` })
  }
  for (const m of text.matchAll(MISREAD_ALREADY)) {
    const word = text.slice(m.index!, m.index! + 3)
    edits.push({ start: m.index!, end: m.index! + 1, replacement: '已', rule: 'misread-word', kind: 'character', level: 'info', message: `${quote(m[0])} before ${quote(word.slice(1))}, no word, made “已”: a character the scan misread` })
  }
  for (const m of text.matchAll(MISREAD_YEAR)) {
    const year = [...m[0]].map((c) => LETTER_FIGURE[c] ?? c).join('')
    if (Number(year) < 1900 || Number(year) > 2099) continue
    edits.push({ start: m.index!, end: m.index! + 4, replacement: year, rule: 'misread-year', kind: 'character', level: 'info', message: `year ${quote(m[0])} made ${quote(year)}: figures the scan read as letters` })
  }
  for (const m of text.matchAll(MISREAD_AMOUNT)) {
    // (a year is the year rule's: 2O23年)
    if (text[m.index! + m[0].length] === '年' && m[0].length === 4) continue
    const figure = m[0].replace(/[Oo]/g, '0')
    edits.push({ start: m.index!, end: m.index! + m[0].length, replacement: figure, rule: 'misread-figure', kind: 'character', level: 'info', message: `figure ${quote(m[0])} made ${quote(figure)}: a zero the scan read as the letter O` })
  }
  for (const m of text.matchAll(MISREAD_ONE)) {
    const end = m.index! + m[0].length
    const figure = m[0].replace(/[lI]/g, '1')
    const between = /[0-9]$/.test(m[0]) || FIGURE_UNIT.test(text.slice(end))
    edits.push(
      between
        ? { start: m.index!, end, replacement: figure, rule: 'misread-figure', kind: 'character', level: 'info', message: `figure ${quote(m[0])} made ${quote(figure)}: a one the scan read as a letter` }
        : { start: m.index!, end, replacement: m[0], rule: 'misread-figure', kind: 'character', level: 'warning', message: `figure ${quote(m[0])} may be ${quote(figure)} (a one the scan read as a letter), or a code's: left as it is` },
    )
  }
  for (const m of text.matchAll(MISREAD_HAN_ZERO)) {
    const end = m.index! + m[0].length
    const figure = m[0].replace(/[OoＯｏ]/g, '〇')
    edits.push(
      HAN_DIGIT_AROUND_O.test(m[0])
        ? { start: m.index!, end, replacement: figure, rule: 'misread-figure', kind: 'character', level: 'info', message: `figure ${quote(m[0])} made ${quote(figure)}: a zero the scan read as the letter O among Han numerals` }
        : { start: m.index!, end, replacement: m[0], rule: 'misread-figure', kind: 'character', level: 'warning', message: `figure ${quote(m[0])} may be ${quote(figure)} (a zero the scan read as the letter O), or a word's letter: left as it is` },
    )
  }
  for (const m of text.matchAll(MISREAD_ONE_AFTER_UNIT)) {
    const figure = m[0].replace(/[lI]/g, '1')
    edits.push({ start: m.index!, end: m.index! + m[0].length, replacement: figure, rule: 'misread-figure', kind: 'character', level: 'info', message: `figure ${quote(m[0])} made ${quote(figure)}: a one the scan read as a letter` })
  }
  for (const m of text.matchAll(MISREAD_LEADING_ONE)) {
    const end = m.index! + m[0].length
    // (a year is the year rule's, l985年, and a figure after its unit the unit rule's, 5分l7秒)
    if (edits.some((e) => e.start < end && m.index! < e.end)) continue
    const figure = m[0].replace(/[lI]/g, '1')
    edits.push(
      LEADING_UNIT.test(text.slice(end))
        ? { start: m.index!, end, replacement: figure, rule: 'misread-figure', kind: 'character', level: 'info', message: `figure ${quote(m[0])} made ${quote(figure)}: a one the scan read as a letter` }
        : { start: m.index!, end, replacement: m[0], rule: 'misread-figure', kind: 'character', level: 'warning', message: `figure ${quote(m[0])} may be ${quote(figure)} (a one the scan read as a letter), or a code's: left as it is` },
    )
  }
  return edits.sort((a, b) => a.start - b.start)
}

/** A dot between two Han characters that is not the name separator: • ・ ‧ ∙ ･ for · (努尔兰•吐尔逊). */
const NAME_DOT_VARIANT = /(?<=[\u4e00-\u9fff])[•・‧∙･](?=[\u4e00-\u9fff])/g
/**
 * A full-width full stop set as the separator inside a transliterated name between short names in a
 * list (热合曼．阿不都拉、古丽．买买提): two to four characters before it, two to five after it, each
 * ending where the list's marks or the line do. Journals set ． as their full stop after a sentence,
 * which is longer.
 */
const NAME_FULL_STOP = /(?<=(?:^|[、，,；;：:\s（(“"])[\u4e00-\u9fff]{2,4})．(?=[\u4e00-\u9fff]{2,5}(?:$|[、，,；;\s）)”"]))/g
/** What a text holding a name dot to mend holds: read once a page, and once a block. */
export const MAY_HOLD_NAME_DOT = /[•・‧∙･．]/

/**
 * The separator of a transliterated name, or of two names in one (证券·市场), set with another dot: a
 * bullet, a katakana middle dot. Chinese has no other use for them between two characters; the
 * separator is · (U+00B7).
 */
export function findNameDotEdits(text: string): Edit[] {
  if (!MAY_HOLD_NAME_DOT.test(text)) return []
  const edits: Edit[] = []
  for (const m of [...text.matchAll(NAME_DOT_VARIANT), ...text.matchAll(NAME_FULL_STOP)].sort((a, b) => a.index! - b.index!)) {
    edits.push({
      start: m.index!,
      end: m.index! + 1,
      replacement: '·',
      rule: 'name-dot',
      kind: 'punctuation',
      level: 'info',
      message: `${quote(m[0])} between ${quote(text[m.index! - 1])} and ${quote(text[m.index! + 1])} made the name separator “·”`,
    })
  }
  return edits
}

/**
 * A comma, enumeration comma, semicolon or colon printed twice (的决定》，，是指导…), and a full stop
 * printed twice (生活。。): the scan doubled it; Chinese never sets two. One is kept. Three stops or
 * more are an ellipsis typed so (punctuation width reads them), and ！！ ？？ are the writer's own.
 */
export function findDoubledMarkEdits(text: string): Edit[] {
  if (!DOUBLED_MARK_WORK.test(text)) return []
  const edits: Edit[] = []
  for (const m of text.matchAll(DOUBLED_MARK)) {
    const mark = m[0][0]
    edits.push({
      start: m.index!,
      end: m.index! + m[0].length,
      replacement: mark,
      rule: 'doubled-mark',
      kind: 'punctuation',
      level: 'info',
      message: `“${mark}” printed ${m[0].length === 2 ? 'twice' : `${m[0].length} times`} made one`,
    })
  }
  return edits
}

const DOUBLED_MARK_WORK = /，，|、、|；；|：：|。。/

// ---------------------------------------------------------------------------------------------
// Character classes

/** Han ideographs: CJK Ext A, URO, compatibility ideographs, 〇, and the astral extensions. */
function isHanCode(cp: number): boolean {
  return (
    (cp >= 0x3400 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    cp === 0x3007 ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  )
}

/** Han test on the UTF-16 unit at `i` (either half of a surrogate pair counts). */
function hanAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false
  const u = text.charCodeAt(i)
  if (u >= 0xdc00 && u <= 0xdfff && i > 0) return isHanCode(text.codePointAt(i - 1) ?? 0)
  return isHanCode(text.codePointAt(i) ?? 0)
}

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isHanCode(ch.codePointAt(0) ?? 0)
}

/** CJK (full-width) punctuation, quotes and brackets. */
const CJK_PUNCT = new Set([...'，。、：；！？（）“”‘’《》〈〉「」『』【】〔〕…—～·'])
/** Full-width marks that never want a space on either side. */
const STRONG_PUNCT = new Set([...'，。、：；！？'])
const OPENERS = new Set([...'“‘《〈「『（【〔'])
const CLOSERS = new Set([...'”’》〉」』）】〕'])
/** Spaces the space rule handles (newlines are structure, not spaces). */
const SPACE = new Set([' ', '\t', '\u3000', '\u00a0'])

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.has(ch)
}

/** isSpace of the code unit at `i`, read without making a one-character string (the space rule walks every character). */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0
}

/** Han or CJK punctuation: "Chinese text" for the punctuation and space rules. */
function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && (isHan(ch) || CJK_PUNCT.has(ch))
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}

function quote(s: string): string {
  return `“${s}”`
}

function describeSpaces(run: string): string {
  if (run === ' ') return 'space'
  if (run === '\u3000') return 'full-width space'
  if (run === '\t') return 'tab'
  return `run of ${run.length} spaces`
}

/** URLs and e-mail addresses: no rule edits inside them. */
function protectedUrlRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const re = /(?:https?:\/\/|ftp:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g
  for (const m of text.matchAll(re)) {
    let end = m.index! + m[0].length
    // trailing sentence punctuation is not part of the address
    while (end > m.index! && /[.,;:!?)\]']/.test(text[end - 1])) end--
    ranges.push([m.index!, end])
  }
  return ranges
}

function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z]/.test(ch)
}

/** A Han character within `reach` characters before `i`. */
function hanNear(text: string, i: number, reach: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) if (hanAt(text, k)) return true
  return false
}

function inRanges(ranges: Array<[number, number]>, i: number): boolean {
  return ranges.some(([s, e]) => i >= s && i < e)
}

// ---------------------------------------------------------------------------------------------
// 1. Punctuation width

const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。' }

function fullWidthAlnum(cp: number): boolean {
  return (cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a) || cp === 0xff0b
}

/** Matched bracket pairs; `(` and `（` open, `)` and `）` close, nesting allowed. */
function matchParens(text: string): { pairs: Array<[number, number]>; unmatched: number[] } {
  const stack: number[] = []
  const pairs: Array<[number, number]> = []
  const unmatched: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '(' || ch === '（') stack.push(i)
    else if (ch === ')' || ch === '）') {
      const open = stack.pop()
      if (open === undefined) unmatched.push(i)
      else pairs.push([open, i])
    }
  }
  unmatched.push(...stack)
  return { pairs, unmatched }
}

/** Every punctuation edit starts at one of these: a block without any is left alone at once. */
const PUNCTUATION_WORK = /[,:;?!.()"'\uff0b\uff10-\uff19\uff21-\uff3a\uff41-\uff5a．％－＠…]|。。。|--|－－/

/** An area code in brackets and the number after a space, written the Western way: (718) 358-8899. */
const AREA_CODE_NUMBER = /^\([0-9]{2,4}\) [0-9]{3,4}-[0-9]{4}/
const HALF_MARK = /[,:;?!.]/
/** An entry of a list of references: its number in brackets and its document type, [J] [M] [EB/OL]. */
const CITATION_ENTRY = /^\s*\[\d{1,3}\].{2,200}?\[(?:J|M|C|D|N|R|S|P|Z|A|G|EB\/OL|DB\/OL|M\/OL|J\/OL|N\/OL|CP\/DK)\]/
/** Such an entry without its type, its author's field closed by the standard's stop and space: [3] 某某总局. 某某规范. */
const CITATION_FIELDS = /^\s*\[\d{1,3}\]\s*[^\s.。，,；;]{2,30}(?:[，,]\s*[^\s.。，,；;]{2,30}){0,4}\. \S[^。]*\.$/
const FULL_WIDTH_ALNUM = /[\uff0b\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/
/** Text that may hold a URL or an e-mail address (protectedUrlRanges is a costly scan). */
const MAY_HOLD_URL = /:\/\/|www\.|@/
/** , : ; ? ! . by code unit: the loop over a block's characters makes no one-character strings. */
function isHalfMark(code: number): boolean {
  return code === 0x2c || code === 0x3a || code === 0x3b || code === 0x3f || code === 0x21 || code === 0x2e
}

/** A mark typed with Latin characters (..., --), and whether it is decided to be Chinese. */
interface TypedMark {
  start: number
  end: number
  typed: string
  decided: boolean
}

export function findPunctuationEdits(text: string, kind: BlockKind): Edit[] {
  if (!PUNCTUATION_WORK.test(text)) return []
  const urls = MAY_HOLD_URL.test(text) ? protectedUrlRanges(text) : []
  // `eff(i)` is the text as it will read once the decided conversions are made: decisions look at
  // converted neighbours, so a second run reaches the same decisions (idempotence). An overlay of
  // the changed places, not a copy: text.split('') made a string of every character of every block.
  const changedAt = new Map<number, string>()
  const eff = (i: number): string | undefined => changedAt.get(i) ?? text[i]
  const edits: Edit[] = []

  // full-width letters, digits and ＋ become half-width, one edit per run
  for (let i = text.search(FULL_WIDTH_ALNUM); i >= 0 && i < text.length; ) {
    if (!fullWidthAlnum(text.charCodeAt(i))) {
      i++
      continue
    }
    let j = i
    let out = ''
    while (j < text.length && fullWidthAlnum(text.charCodeAt(j))) {
      out += String.fromCharCode(text.charCodeAt(j) - 0xfee0)
      changedAt.set(j, out[out.length - 1])
      j++
    }
    edits.push({
      start: i,
      end: j,
      replacement: out,
      rule: 'fullwidth-alnum',
      kind: 'punctuation',
      level: 'info',
      message: `full-width ${quote(text.slice(i, j))} made half-width ${quote(out)}`,
    })
    i = j
  }

  // a full-width percent sign or decimal point goes with the number it belongs to; a full-width dot,
  // hyphen or at sign between letters or digits with them (ｗｗｗ．ｅｘａｍｐｌｅ．ｃｎ, ０８７１－６５１２３４５,
  // ｌｎｂｄ＠１６３．ｃｏｍ)
  const firstNumberMark = text.search(/[．％－＠]/)
  const alnumAt = (i: number) => /[0-9A-Za-z]/.test(eff(i) ?? '')
  for (let i = firstNumberMark < 0 ? text.length : Math.max(1, firstNumberMark); i < text.length; i++) {
    const dot = text[i] === '．' && alnumAt(i - 1) && alnumAt(i + 1)
    // (not a dash typed as two hyphens, －－, which is the Chinese dash)
    const hyphen = text[i] === '－' && text[i - 1] !== '－' && text[i + 1] !== '－' && alnumAt(i - 1) && alnumAt(i + 1)
    const at = text[i] === '＠' && alnumAt(i - 1) && alnumAt(i + 1)
    // (also after spaces, which the space rule takes out between a figure and its sign: 6.5 ％)
    let before = i - 1
    if (text[i] === '％') while (before > 0 && (text[before] === ' ' || text[before] === '\u3000')) before--
    const percent = text[i] === '％' && /[0-9]/.test(eff(before) ?? '')
    if (!dot && !hyphen && !percent && !at) continue
    const replacement = percent ? '%' : hyphen ? '-' : at ? '@' : '.'
    const inNumber = percent || (dot && /[0-9]/.test(eff(i - 1) ?? '') && /[0-9]/.test(eff(i + 1) ?? ''))
    changedAt.set(i, replacement)
    edits.push({
      start: i,
      end: i + 1,
      replacement,
      rule: 'fullwidth-alnum',
      kind: 'punctuation',
      level: 'info',
      message: `full-width ${quote(text[i])} ${inNumber ? 'in a number' : 'between letters or digits'} made half-width ${quote(replacement)}`,
    })
  }

  // an ellipsis typed as three or more full stops in Chinese text is the Chinese ellipsis ……; decided
  // with the marks below, since a converted neighbour makes it touch Chinese and the other way round
  const ellipses: TypedMark[] = []
  for (const m of text.includes('…') || text.includes('...') || text.includes('。。。') ? text.matchAll(/\.{3,}|。{3,}|…(?!…)/g) : []) {
    const start = m.index!
    if (inRanges(urls, start) || m[0] === '……') continue
    if (m[0] === '…' && text[start - 1] === '…') continue
    ellipses.push({ start, end: start + m[0].length, typed: m[0], decided: false })
  }
  // the spaces after or before “…” that the space rule removes: in body text those next to Chinese,
  // in a headline those next to full-width ，。、：；！？
  const spaceRemovedNextTo = BODY_KINDS.has(kind)
    ? isChinese
    : HEADLINE_KINDS.has(kind)
      ? (ch: string | undefined) => STRONG_PUNCT.has(ch ?? '')
      : undefined
  const decideEllipses = (): boolean => {
    let changed = false
    for (const e of ellipses) {
      if (e.decided) continue
      let before: string | undefined = eff(e.start - 1)
      let after: string | undefined = eff(e.end)
      // spaces the space rule removes are read past
      if (e.typed[0] === '…' && spaceRemovedNextTo) {
        if (isSpace(before) && spaceRemovedNextTo(prevNonSpace(e.start))) before = prevNonSpace(e.start)
        if (isSpace(after) && spaceRemovedNextTo(nextNonSpace(e.end - 1))) after = nextNonSpace(e.end - 1)
      }
      if (!(isHan(before) || isHan(after) || (isChinese(before) && before !== '…') || (isChinese(after) && after !== '…'))) continue
      for (let k = e.start; k < e.end; k++) changedAt.set(k, '…')
      e.decided = changed = true
    }
    return changed
  }

  // (the places converted, few or none: an array the text's length, allocated for each block, cost more)
  const converted = new Set<number>()
  const prevNonSpace = (i: number): string | undefined => {
    let k = i - 1
    while (k >= 0 && isSpace(eff(k))) k--
    return k >= 0 ? eff(k) : undefined
  }
  const nextNonSpace = (i: number): string | undefined => {
    let k = i + 1
    while (k < text.length && isSpace(eff(k))) k++
    return k < text.length ? eff(k) : undefined
  }
  // a dash typed as two or more hyphens (-- or －－) in Chinese text is the Chinese dash ——; decided
  // with the marks below, as ellipses are (a single hyphen or — joins: 北京—上海, 2023-11-03)
  const dashes: TypedMark[] = []
  for (const m of text.includes('--') || text.includes('－－') ? text.matchAll(TYPED_DASH) : []) {
    if (!inRanges(urls, m.index!)) dashes.push({ start: m.index!, end: m.index! + m[0].length, typed: m[0], decided: false })
  }
  const decideDashes = (): boolean => {
    let changed = false
    for (const d of dashes) {
      // (past spaces: the space rule takes those between Chinese marks out, and the dash is one)
      if (d.decided || !(isChinese(prevNonSpace(d.start)) || isChinese(nextNonSpace(d.end - 1)))) continue
      for (let k = d.start; k < d.end; k++) changedAt.set(k, '—')
      d.decided = changed = true
    }
    return changed
  }

  // the neighbour of a bracket, looking past spaces that the space rule removes (those next to ，。、：；！？)
  const touching = (i: number, step: 1 | -1): string | undefined => {
    let k = i + step
    while (k >= 0 && k < text.length && isSpace(eff(k))) k += step
    return k !== i + step && STRONG_PUNCT.has(eff(k) ?? '') ? eff(k) : eff(i + step)
  }
  // a pair of brackets or quotes that holds Chinese text, or touches it
  // (not an area code in a number written the Western way, which keeps its brackets: (718) 358-8899)
  const pairInChinese = (o: number, c: number): boolean => {
    if (c - o <= 5 && AREA_CODE_NUMBER.test(text.slice(o, c + 10))) return false
    for (let k = o + 1; k < c; k++) if (hanAt(text, k)) return true
    return isChinese(touching(o, -1)) || isChinese(touching(c, 1))
  }
  const { pairs, unmatched } = text.includes('(') || text.includes(')') ? matchParens(text) : { pairs: [], unmatched: [] }
  // straight double quotes, paired in order (an odd count pairs none: which is which is unknown);
  // each pair becomes “ ” when it holds Chinese text or touches it
  const quotePairs: Array<[number, number]> = []
  const quoteMark = new Map<number, string>()
  // (single ones alike, ‘ ’, but for an apostrophe inside a Latin word: it's)
  for (const [straight, opening, closing] of [['"', '“', '”'], ["'", '‘', '’']] as const) {
    if (!text.includes(straight)) continue
    const at: number[] = []
    for (let i = text.indexOf(straight); i >= 0; i = text.indexOf(straight, i + 1)) {
      if (inRanges(urls, i) || (straight === "'" && isLatinLetter(text[i - 1]) && isLatinLetter(text[i + 1]))) continue
      at.push(i)
    }
    if (at.length % 2 !== 0) continue
    for (let k = 0; k < at.length; k += 2) {
      quotePairs.push([at[k], at[k + 1]])
      quoteMark.set(at[k], opening)
      quoteMark.set(at[k + 1], closing)
    }
  }
  const fullWidthOf = (i: number): string | undefined => quoteMark.get(i) ?? HALF_TO_FULL[text[i]]
  const convert = (i: number): boolean => {
    const fw = fullWidthOf(i)
    if (converted.has(i) || fw === undefined || inRanges(urls, i)) return false
    converted.add(i)
    changedAt.set(i, fw)
    return true
  }

  // (a reference list's entry keeps its stops, as the citation standard sets them: [2]徐勇.“政党下乡”…[J].学术月刊)
  const citation = CITATION_ENTRY.test(text) || CITATION_FIELDS.test(text)
  // only these positions can convert: the loops below visit them, not the whole text
  const marks: number[] = []
  for (let i = text.search(HALF_MARK); i >= 0 && i < text.length; i++) if (isHalfMark(text.charCodeAt(i))) marks.push(i)

  // decide to a fixpoint: a conversion can make a neighbour "touch Chinese" (`中?!` → `中？！`)
  for (let changed = true; changed; ) {
    changed = decideEllipses()
    changed = decideDashes() || changed
    for (const i of marks) {
      const ch = text[i]
      if (converted.has(i)) continue
      if (ch === ',' || ch === ':' || ch === ';' || ch === '?' || ch === '!') {
        const p = prevNonSpace(i)
        const n = nextNonSpace(i)
        // numbers keep their separators: 1,000  10:30  3:2
        if ((ch === ',' || ch === ':') && isDigit(eff(i - 1)) && isDigit(eff(i + 1))) continue
        if (isChinese(p) || isChinese(n)) changed = convert(i) || changed
        // (a comma after a percentage in a Chinese sentence, before a Latin word or a figure with no
        // space after it: 性能提升28%,GPU性能提升35% — an English comma would have a space after it)
        else if (ch === ',' && (p === '%' || p === '％') && n !== undefined && !isSpace(eff(i + 1)) && hanNear(text, i, 8)) changed = convert(i) || changed
      } else if (ch === '.' && !citation) {
        // a sentence end after Chinese text; never between digits, never an ellipsis or a domain
        const p = eff(i - 1)
        const n = eff(i + 1)
        // (also after a percentage or an address that closes a Chinese sentence: 增长12.3%. …@example.com.报告)
        // (before Chinese, or before spaces and Chinese: 增长15.3%. 其中)
        // (a Chinese sentence's: 增长12.3%. — not an English one's, …and 15%.)
        const closesFigure =
          ((p === '%' && hanNear(text, i, 12)) || urls.some(([, e]) => e === i)) && (n === undefined || isHan(n) || (isSpace(n) && isHan(nextNonSpace(i)))) ||
          // (a figure or a time closing a Chinese paragraph: …至4月19日18:00. — a decimal point never ends one)
          (isDigit(p) && n === undefined && hanNear(text, i, 12))
        const afterChinese = isHan(p) || (p !== undefined && CLOSERS.has(p)) || closesFigure
        // (before a figure too: 改造项目.2018年 — after Chinese, a stop never opens a decimal)
        const ends = n === undefined || /\s/.test(n) || isHan(n) || CLOSERS.has(n) || OPENERS.has(n) || (isHan(p) && isDigit(n))
        if (afterChinese && ends) changed = convert(i) || changed
      }
    }
    for (const [o, c] of pairs) {
      const halfO = text[o] === '('
      const halfC = text[c] === ')'
      if ((!halfO || converted.has(o)) && (!halfC || converted.has(c))) continue
      const mixed = halfO !== halfC // one half already full-width: match it
      if (mixed || pairInChinese(o, c)) {
        if (halfO) changed = convert(o) || changed
        if (halfC) changed = convert(c) || changed
      }
    }
    for (const i of unmatched) {
      if (text[i] !== '(' && text[i] !== ')') continue
      if (isChinese(touching(i, -1)) || isChinese(touching(i, 1))) changed = convert(i) || changed
    }
    for (const [o, c] of quotePairs) {
      if (converted.has(o)) continue
      if (pairInChinese(o, c)) {
        changed = convert(o) || changed
        changed = convert(c) || changed
      }
    }
  }

  // a typed mark decided Chinese becomes the Chinese one, in one edit
  for (const [typedMarks, replacement, rule] of [
    [ellipses, '……', 'ellipsis'],
    [dashes, '——', 'dash'],
  ] as const) {
    // (an index loop: `for of` over the two arrays, one of them often empty and so of another
    // elements kind, sent the optimised code back to the interpreter hundreds of times a batch)
    for (let k = 0; k < typedMarks.length; k++) {
      const t = typedMarks[k]
      if (!t.decided) continue
      edits.push({
        start: t.start,
        end: t.end,
        replacement,
        rule,
        kind: 'punctuation',
        level: 'info',
        message: `${rule} ${quote(t.typed)} in Chinese text made “${replacement}”`,
      })
    }
  }

  for (const i of [...converted].sort((a, b) => a - b)) {
    const ch = text[i]
    const fw = fullWidthOf(i)!
    let end = i + 1
    // full-width , : ; ? ! carry their own spacing: swallow the spaces after them (one edit)
    if (ch !== '.' && ch !== '(' && ch !== ')' && ch !== '"' && ch !== "'") {
      let k = end
      while (k < text.length && isSpace(text[k])) k++
      if (k > end && k < text.length) end = k
    }
    const swallowed = end - i - 1
    let message: string
    if (ch === '.') message = `half-width “.” ending a Chinese sentence made “。”`
    else if (ch === '"' || ch === "'") message = `straight quote ${ch} around Chinese text made the ${fw === '“' || fw === '‘' ? 'opening' : 'closing'} quote ${fw}`
    else if (ch === '(' || ch === ')') message = `half-width “${ch}” around Chinese text made full-width “${fw}”`
    else message = `half-width “${ch}” next to Chinese text made full-width “${fw}”`
    if (swallowed > 0) message += ` (${describeSpaces(text.slice(i + 1, end))} after it removed)`
    edits.push({ start: i, end, replacement: fw, rule: 'punctuation-width', kind: 'punctuation', level: 'info', message })
  }
  return edits.sort((a, b) => a.start - b.start)
}

// ---------------------------------------------------------------------------------------------
// 2. Spaces

const BODY_KINDS = new Set<BlockKind>(['body', 'caption'])
// (a line of verse is spaced as a headline is: a space between its halves is a pause, not a stray)
const HEADLINE_KINDS = new Set<BlockKind>(['title', 'subtitle', 'heading', 'verse'])

const PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['〈', '〉'],
  ['「', '」'],
  ['『', '』'],
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
]

/** For each code unit, its pair in PAIRS and whether it opens it: 2p + 1 opens pair p, 2p + 2 closes it, 0 neither. */
const PAIR_MARK = new Uint8Array(0x10000)
PAIRS.forEach(([open, close], p) => {
  PAIR_MARK[open.charCodeAt(0)] = 2 * p + 1
  PAIR_MARK[close.charCodeAt(0)] = 2 * p + 2
})

/**
 * The spans [from, to) strictly inside a matched quote or bracket span, without the padding spaces
 * next to the marks. Each pair type is matched on its own with a stack, so an unmatched opening
 * quote protects nothing. (One walk for all the types, and spans, not a flag for each character:
 * most texts asked hold a few.)
 */
function protectedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const stacks: number[][] = PAIRS.map(() => [])
  for (let i = 0; i < text.length; i++) {
    const mark = PAIR_MARK[text.charCodeAt(i)]
    if (mark === 0) continue
    const stack = stacks[(mark - 1) >> 1]
    if (mark % 2 === 1) stack.push(i)
    else {
      const o = stack.pop()
      if (o === undefined) continue
      // padding right inside the marks is not part of the title or quotation: not protected
      let from = o + 1
      let to = i
      while (from < to && /\s/.test(text[from])) from++
      while (to > from && /\s/.test(text[to - 1])) to--
      if (from < to) spans.push([from, to])
    }
  }
  return spans
}

/**
 * A dateline at the start of a block, after which news style keeps one space:
 * 新华社北京3月1日电 / 新华社北京五月十日电 / 本报讯 / 中新网讯, optionally followed by （记者 …）, or （记者 …） alone.
 */
const DATELINE = '(?:[\\u4e00-\\u9fff]{0,12}(?:(?:\\d{4}|[〇零一二三四五六七八九]{4})年)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日[电讯]|[\\u4e00-\\u9fff]{0,10}[报社台网]讯)'
const CREDIT_BRACKET = '[（(][^（）()]{1,40}[）)]'
const datelineRe = new RegExp(
  `^\\s*(?:${DATELINE}(?:\\s*${CREDIT_BRACKET})?|[（(](?:本报)?(?:记者|通讯员|特约记者|见习记者)[^（）()]{0,40}[）)])$`,
)

/** A photo credit closing the text: `王明 摄`, `记者 张三 摄影`, `（李四 供图）`, `图/本刊记者 周予安`. */
const creditTailRe = /(?:^|[。！？；）)])\s*([^。！？；（）()\s][^。！？；（）()]{0,30}?\s+(?:摄影|摄|供图|制图|绘图)|(?:图|图片|摄影|制图)\s*[/／]\s*[^。！？；（）()\s][^。！？；（）()]{0,20}?)\s*[）)]?\s*$/

const ANY_SPACE = /[ \t\u3000\u00a0]/

/** A field's label and colon, at the start of the text (咨询热线：). */
const FIELD_AFTER = /^[^\s，,。：:；;！!？?、“”（）()]{1,8}[：:]/

/** A bracket closing an entry, spaces, and the next entry's first character: …小学）　李欣怡… */
const LIST_SEPARATOR = /[）)][ \u3000]+(?=[\p{Script=Han}])/gu

/**
 * A document's serial number set apart from the field after it by a wide gap, as it heads its proposer's field
 * (第2088号　　建议人：…): the gap sets the two apart, as between two fields.
 */
/** A document's serial number standing alone: 第2088号, 第12期, 〔2024〕8号. */
const SERIAL_NUMBER = /^(?:第|[〔\[（(][0-9]{4}[〕\]）)])?[0-9０-９]{1,6}[号期]$/

function headBeforeField(before: string, run: string): boolean {
  return (run.includes('\u3000') || run.length >= 2) && SERIAL_NUMBER.test(before)
}

/** Where a photo credit closing the text starts, or -1. */
function creditStart(text: string): number {
  // (read with leaked traditional characters simplified, 王伟 攝, as classify reads credits)
  const simplified = simplifyLeaks(text)
  const m = creditTailRe.exec(simplified.length === text.length ? simplified : text)
  return m ? text.length - m[0].length + m[0].indexOf(m[1]) : -1
}

/**
 * A role (审判员, 书记员, 审判长, 法官助理, 通讯员) and a name of three or four characters each set apart by one space, alone on
 * its line (a name of two padded to a three's width, 孟　涛, keeps its padding, as a byline does).
 */
const ROLE_AND_SPACED_NAME = /^([ \u3000]*[\u4e00-\u9fff]{1,5}?(?:员|长|官|助理)[ \u3000]+)[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2,3}[ \u3000]*$/
const PHOTO_CREDIT_VERB = /摄[ \u3000]*$/
/** The spaces inside such a name: letter spacing. */
function spacedNameAfterRole(text: string): Set<number> | undefined {
  // (not a photographer's credit, 本报通讯员　何　亮　摄: its spacing is the credit's rule's, whatever kind the line is read as)
  const role = text.trim().length <= 24 && !PHOTO_CREDIT_VERB.test(text) ? ROLE_AND_SPACED_NAME.exec(text) : null
  if (!role) return undefined
  const line = text.trimEnd()
  const name = role[1].length
  const at = new Set<number>()
  for (let i = name; i < line.length; i++) if (line[i] === ' ' || line[i] === '\u3000') at.add(i)
  return at
}

export function findSpaceEdits(text: string, kind: BlockKind, row = false): Edit[] {
  if (!ANY_SPACE.test(text)) return []
  const edits: Edit[] = []
  // (the spaces of a table row set its cells apart: only runs shrink, as in a byline)
  // (and so do a list's names set apart, 王某某　李某某　赵某某　钱某某: the spaces are the list's, not stray ones)
  const tableRow = BODY_KINDS.has(kind) && (row || isTableRow(text) || isNameRow(text))
  const body = BODY_KINDS.has(kind) && !tableRow
  const headline = HEADLINE_KINDS.has(kind)
  // (a headline or a column's name set with letter spacing, 新 闻 速 递, reads 新闻速递)
  // (and a name set so after its role, one space between each of its characters, as a judgment signs: 审判员　周　某　某
  // reads 审判员 周某某)
  const letterSpaced = spacedNameAfterRole(text) ?? (headline || kind === 'label' ? new Set(letterSpaces(text)) : undefined)
  // (the spans, the credit and the list's separators are read on the first space that asks for them:
  // most spaces are decided before, and most texts have none that asks)
  let inside: Array<[number, number]> | undefined
  const urls = MAY_HOLD_URL.test(text) ? protectedUrlRanges(text) : []
  let creditFrom: number | undefined
  let listSeparated: boolean | undefined

  for (let i = 0; i < text.length; ) {
    if (!isSpaceAt(text, i)) {
      i++
      continue
    }
    const start = i
    while (i < text.length && isSpaceAt(text, i)) i++
    const end = i
    const run = text.slice(start, end)
    const a = text[start - 1]
    const b = text[end]
    // leading and trailing spaces (of the block or of a line) are layout, not this rule's business
    if (start === 0 || end === text.length || a === '\n' || b === '\n' || inRanges(urls, start)) continue
    // (a blank left to fill in, alone between brackets, is the text's: 正确的一项是（　　）)
    if ((a === '(' || a === '（') && (b === ')' || b === '）')) continue
    const remove = (why: string): void => {
      edits.push({
        start,
        end,
        replacement: '',
        rule: 'space-between-cjk',
        kind: 'space',
        level: 'info',
        message: `${describeSpaces(run)} ${why} removed`,
      })
    }
    // (a table's cells keep the space the source set between them, full-width too: 大白菜　1.60; the
    // cells of a row its neighbours show stay apart by one, as the row is read again: 市第一中学    招生…)
    const single = tableRow && (run.includes('\u3000') || (row && run.length >= 2)) ? '\u3000' : ' '
    const collapse = (): void => {
      if (run === single) return
      edits.push({
        start,
        end,
        replacement: single,
        rule: 'space-collapse',
        kind: 'space',
        level: 'info',
        message: `${describeSpaces(run)} between ${quote(a)} and ${quote(b)} reduced to one ${single === ' ' ? 'space' : 'full-width space, between cells'}`,
      })
    }
    const strong = STRONG_PUNCT.has(a) ? a : STRONG_PUNCT.has(b) ? b : undefined
    if (letterSpaced?.has(start)) {
      edits.push({
        start,
        end,
        replacement: '',
        rule: 'letter-spacing',
        kind: 'space',
        level: 'info',
        message: `letter spacing between ${quote(a)} and ${quote(b)} removed`,
      })
      continue
    }

    // (a figure and its percent sign are one: 85 % is 85%)
    if ((body || headline) && /[0-9]/.test(a) && (b === '%' || b === '％' || b === '‰')) {
      remove(`between a figure and its ${quote(b)}`)
      continue
    }
    if (body) {
      // (entries of a list, each closed by its bracket and set apart by spaces, 王子涵（红旗小学）　李欣怡（…）:
      // the spaces are the list's separators, kept as they are)
      if ((a === '）' || a === ')') && (listSeparated ??= (text.match(LIST_SEPARATOR) ?? []).length >= 2)) continue
      if (strong !== undefined) {
        remove(`${STRONG_PUNCT.has(a) ? 'after' : 'before'} full-width ${quote(strong)}`)
        continue
      }
      // (between Chinese characters, unless inside a title or quotation, after a dateline, in a credit
      // or between two fields of a line of facts, 活动地址：村文化广场 咨询热线：…, which it sets apart)
      const between =
        isChinese(a) &&
        isChinese(b) &&
        !(inRanges((inside ??= protectedSpans(text)), start) && inRanges(inside, end - 1)) &&
        !datelineRe.test(text.slice(0, start)) &&
        !((creditFrom ??= creditStart(text)) >= 0 && start > creditFrom) &&
        !(FIELD_AFTER.test(text.slice(end, end + 12)) && (/[：:]/.test(text.slice(0, start)) || headBeforeField(text.slice(0, start), run)))
      if (between) {
        remove(`between ${quote(a)} and ${quote(b)}`)
        continue
      }
      collapse()
    } else if (headline) {
      // two halves of a headline keep one space; none after (or before) a full-width colon or comma
      if (strong !== undefined) {
        remove(`${STRONG_PUNCT.has(a) ? 'after' : 'before'} full-width ${quote(strong)}`)
        continue
      }
      collapse()
    } else {
      // bylines, credits, labels, markers, furniture: spaces separate names; only runs shrink
      collapse()
    }
  }
  return edits
}

// ---------------------------------------------------------------------------------------------
// 3. Traditional characters leaked into simplified text

/** Characters no Chinese word holds: the segmenter always breaks on both sides of them. */
const WORD_STOP = /[\s\p{P}]/u

/**
 * Grammatical words, measure words and words of saying that stand by themselves in a sentence (这, 说, 请,
 * 里, 们, 条…; 俩 counting the people before it, 父子俩, 咱俩): the segmenter leaves them alone, and no name is written with them, so a leaked
 * traditional form of one is made simplified where another character alone is flagged.
 */
const COMMON_SINGLE_WORDS = new Set('这说里们个为来时会对从还过后么让没与吗给见着条边间样种问话听讲该几当俩请')


/** Whether a leaked character c (simplified s) at `start` may be a name's: a surname's form, or just after one. */
function maybeNamesCharacter(text: string, start: number, s: string): boolean {
  if (SURNAMES.has(s)) return true
  const t = traditionalLeaks().simplifiedOf
  for (let i = start - 1; i >= Math.max(0, start - 2); i--) {
    const before = text[i]
    if (!isHan(before)) break
    if (SURNAMES.has(t.get(before) ?? before) && !surnameFormInWord(text, i, start)) return true
  }
  return false
}

/** A numeral, then a measure word that counts things (一台, 两辆), not people (一位, 三名): a name may follow those. */
const NUMERAL = /[一二两三四五六七八九十几0-9]/
const COUNTS_PEOPLE = /[位名个]/
/**
 * Whether the surname's form at `i`, before a leak at `start`, is a word's character instead: it
 * ends or opens a word of the segmenter's that stops before the leak (汽车趴窩, 两辆车趴窩), or is a
 * noun counted by the numeral and measure word before it (一台车趴窩). A surname opens a name whose
 * given name follows it; it ends no word.
 */
function surnameFormInWord(text: string, i: number, start: number): boolean {
  if (i >= 2 && NUMERAL.test(text[i - 2]) && isHan(text[i - 1]) && !NUMERAL.test(text[i - 1]) && !COUNTS_PEOPLE.test(text[i - 1])) return true
  let from = i
  while (from > 0 && isHan(text[from - 1])) from--
  const segment = words(text.slice(from, start)).find((seg) => i - from >= seg.index && i - from < seg.index + seg.segment.length)
  return segment !== undefined && [...segment.segment].length > 1
}

/**
 * Measure words that count things, simplified (处, 个, 条, 张…): after a number, a leaked form of one is the count's
 * word, not a name's (海塘一百多處, 三十余條).
 */
const MEASURE_WORDS = new Set('处个条张块项间台辆只场门颗笔层级号岁亩节届吨页册双对组类种点栋户艘篇')
/** A number's figures, Han or Arabic, as a count is written (一百, 三十, 两, 1200), traditional forms too (兩, 萬, 億). */
const COUNT_FIGURE = /[〇零一二三四五六七八九十百千万亿两兩萬億0-9０-９]/
/** A count made approximate (一百多, 三十余, 十几): no name is written after one. */
const APPROXIMATE = /[多余餘几幾]/
/** The end of a clause: a mark, or the end of the text. */
const CLAUSE_END = /[\s\p{P}]/u

/**
 * A measure word counting a number (海塘一百多處。): the leak stands right after figures, either made approximate
 * (多, 余, 几: a count, never a name's opening) or closing its clause (三處。: the counted thing said before). A name
 * or a firm's name after a number goes on after it (大理十畝家和物业), and stays flagged.
 */
function countsANumber(text: string, start: number, end: number, s: string): boolean {
  if (!MEASURE_WORDS.has(s)) return false
  const approximate = start > 0 && APPROXIMATE.test(text[start - 1])
  const figure = approximate ? start - 2 : start - 1
  if (figure < 0 || !COUNT_FIGURE.test(text[figure])) return false
  return approximate || end >= text.length || CLAUSE_END.test(text[end])
}

/** How far a character alone is read for simplified forms around it: its word and the next word either side. */
const SIMPLIFIED_REACH = 3

/**
 * A character alone whose words around it are written in simplified forms (…小区的樓道口…, 一吨貨光是,
 * 电動汽车): within three characters of it, in its run of Han characters (between spaces and marks),
 * stands a simplified form no traditional text uses, and the character is no name's
 * (maybeNamesCharacter). A name's character stays flagged, and so does one among forms common to both
 * scripts (忙祿河河道治理, a firm's name 大理十畝家和物业).
 */
function amongSimplifiedForms(text: string, start: number, end: number, s: string): boolean {
  if (maybeNamesCharacter(text, start, s)) return false
  const only = traditionalLeaks().simplifiedOnly
  for (let i = start - 1; i >= Math.max(0, start - SIMPLIFIED_REACH) && isHan(text[i]); i--) if (only.has(text[i])) return true
  for (let i = end; i < Math.min(text.length, end + SIMPLIFIED_REACH) && isHan(text[i]); i++) if (only.has(text[i])) return true
  return false
}

/**
 * A name set apart by spaces or brackets (本报记者 孫建华 摄, （孫建华）) whose leaked first character
 * is a surname's and whose given name is written in simplified forms (建华): a name its owner wrote in
 * traditional would be traditional throughout, so the surname leaked.
 */
const NAME_EDGE_BEFORE = /[\s\u3000（(：:]/
const NAME_EDGE_AFTER = /[\s\u3000）)]/
function surnameOfSimplifiedName(text: string, start: number, end: number, s: string): boolean {
  if (!SURNAMES.has(s) || (start > 0 && !NAME_EDGE_BEFORE.test(text[start - 1]))) return false
  let to = end
  while (to < text.length && isHan(text[to])) to++
  if (to - end < 1 || to - end > 2 || (to < text.length && !NAME_EDGE_AFTER.test(text[to]))) return false
  const given = text.slice(end, to)
  return !hasLeak(given) && countSimplifiedOnly(given) > 0
}

/**
 * The text as it will read once the leaks decided so far are made simplified (a leak whose simplified
 * form has another UTF-16 length is left as it was, to keep the offsets).
 */
function readingAsDecided(text: string, candidates: ReadonlyArray<{ start: number; end: number; c: string; s: string }>, decided: (k: number) => boolean): string {
  if (!candidates.some((_, k) => decided(k))) return text
  const parts: string[] = []
  let at = 0
  candidates.forEach(({ start, end, c, s }, k) => {
    if (!decided(k) || c.length !== s.length) return
    parts.push(text.slice(at, start), s)
    at = end
  })
  parts.push(text.slice(at))
  return parts.join('')
}

function countHan(text: string): number {
  let han = 0
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!
    if (isHanCode(cp)) han++
    i += cp > 0xffff ? 2 : 1
  }
  return han
}

/** How many characters of a text are traditional forms. */
function countTraditional(text: string): number {
  const t = traditionalLeaks()
  let traditional = 0
  for (const c of text) if (t.simplifiedOf.has(c)) traditional++
  return traditional
}

/**
 * A page written in traditional Chinese (a paper of Taiwan or Hong Kong): a tenth or more of its
 * Han characters are traditional forms, where a simplified page with leaks has one in hundreds.
 * Its characters are not leaks: even a block with one of them (a short headline, 本地新聞) is
 * traditional text. The page is flagged once, at the first block holding one, and nothing is
 * converted; a page of simplified text quoting a traditional passage stays under the block rule.
 */
export function findTraditionalPage(texts: string[]): { block: number; edit: Edit } | undefined {
  // (most pages hold none: they are read no further)
  const first = texts.findIndex(hasLeak)
  if (first < 0) return undefined
  let traditional = 0
  for (let i = first; i < texts.length; i++) if (hasLeak(texts[i])) traditional += countTraditional(texts[i])
  if (traditional < 10) return undefined
  let han = 0
  for (const text of texts) han += countHan(text)
  if (traditional / han < 0.1) return undefined
  // (a page holding simplified forms too, a tenth as many or more, was converted in part: its
  // traditional forms are leaks, and a traditional passage is read by the block rule)
  let simplifiedOnly = 0
  for (const text of texts) simplifiedOnly += countSimplifiedOnly(text)
  if (simplifiedOnly >= MIXED_MIN && simplifiedOnly * 10 >= traditional) return undefined
  const text = texts[first]
  return {
    block: first,
    edit: {
      start: 0,
      end: text.length,
      replacement: text,
      rule: 'traditional-page',
      kind: 'flag',
      level: 'warning',
      message: `page looks like traditional Chinese (${traditional} of ${han} characters are traditional forms); nothing converted — editor to decide`,
    },
  }
}

/** Share of a block's Han characters in traditional form from which it is a traditional text. */
const TRADITIONAL_TEXT_SHARE = 0.15
/** The same for one sentence or quotation of it (「這次交流讓我們更加了解彼此…」 in simplified text). */
const TRADITIONAL_SENTENCE_SHARE = 0.2
const TRADITIONAL_SENTENCE_MIN_HAN = 8
const SENTENCE_OR_QUOTE_EDGE = /[。！？!?；;「」『』“”"]/
const OPENING_QUOTE = /[「『“"]/

/** Simplified forms from which a text is simplified, however many traditional forms leaked into it. */
const MIXED_MIN = 3

/** How many characters of a text are simplified forms no traditional text uses (区, 议, 员). */
function countSimplifiedOnly(text: string): number {
  const only = traditionalLeaks().simplifiedOnly
  let n = 0
  for (const c of text) if (only.has(c)) n++
  return n
}

/**
 * A sentence or a quotation of the block in traditional Chinese: a fifth or more of its Han
 * characters (and three or more) in traditional form, found all through it. A leaked word
 * (就熱鬧起來) is a few characters together in a sentence of simplified ones.
 */
function holdsTraditionalSentence(text: string, candidates: ReadonlyArray<{ start: number }>, mixed = countSimplifiedOnly(text) >= MIXED_MIN): boolean {
  // (a text that holds simplified forms too was converted in part: its traditional sentences leaked,
  // 深水埗区议会议员指出,區內長者比例高…; only a quotation is read on its own, 「這次交流…」)
  let from = 0
  let k = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_OR_QUOTE_EDGE.test(text[i])) continue
    const first = k
    for (; k < candidates.length && candidates[k].start < i; k++);
    const traditional = k - first
    const quoted = from > 0 && OPENING_QUOTE.test(text[from - 1])
    if (traditional >= 3 && (!mixed || (quoted && countSimplifiedOnly(text.slice(from, i)) === 0))) {
      const han = countHan(text.slice(from, i))
      const spread = countHan(text.slice(candidates[first].start, candidates[k - 1].start + 1))
      if (han >= TRADITIONAL_SENTENCE_MIN_HAN && traditional / han >= TRADITIONAL_SENTENCE_SHARE && spread * 2 >= han) return true
    }
    from = i + 1
  }
  return false
}

/**
 * Leaked traditional characters made simplified from which a page is a leaky one (a scan converted
 * in part, 農村經濟, 發展, 個 leaked all over it): there a character alone, which might be a name's on a
 * page without leaks, leaked with the rest.
 */
export const LEAKY_PAGE_MIN = 6
/**
 * ...spread over this many blocks at least: leaks all in one stretch (a paragraph left traditional)
 * say nothing of a word elsewhere (劏房, a local word with no common simplified form).
 */
export const LEAKY_PAGE_MIN_BLOCKS = 3

/** Whether the page's blocks, each read alone, convert many leaked traditional characters, spread over the page. */
export function isLeakyPage(texts: string[], kinds: BlockKind[]): boolean {
  let n = 0
  let blocks = 0
  texts.forEach((text, i) => {
    if (!hasLeak(text)) return
    const converted = findTraditionalEdits(text, kinds[i]).filter((edit) => edit.kind === 'character').length
    n += converted
    if (converted > 0) blocks++
  })
  return n >= LEAKY_PAGE_MIN && blocks >= LEAKY_PAGE_MIN_BLOCKS
}

export function findTraditionalEdits(text: string, _kind: BlockKind, leakyPage = false): Edit[] {
  if (!hasLeak(text)) return []
  // (isLeakyPage reads each block with a leak, and normalise reads it again, mostly unchanged: the
  // words around each leak are segmented once; the caller may sort the copy it is given)
  return (leakyPage ? leakyPageEdits : traditionalEdits).get(text, leakyPage ? readLeakyPageEdits : readTraditionalEdits).slice()
}

const traditionalEdits = new BoundedMemo<string, Edit[]>()
const leakyPageEdits = new BoundedMemo<string, Edit[]>()
const readLeakyPageEdits = (text: string) => readTraditionalEdits(text, true)

function readTraditionalEdits(text: string, leakyPage = false): Edit[] {
  const t = traditionalLeaks()
  const candidates: Array<{ start: number; end: number; c: string; s: string }> = []
  let han = 0
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!
    const c = String.fromCodePoint(cp)
    if (isHanCode(cp)) {
      han++
      const s = t.simplifiedOf.get(c)
      if (s !== undefined) candidates.push({ start: i, end: i + c.length, c, s })
    }
    i += c.length
  }
  if (candidates.length === 0) return []

  // a text with many traditional characters is a traditional text, not a leak: flag it once. (A
  // real traditional text has a quarter or more of its characters differ; one or two leaks in a
  // short block are still leaks, hence the minimum count, and so is a word or two of traditional
  // forms in a paragraph, 就熱鬧起來, hence the share: some margin under a quarter.)
  // (unless it holds simplified forms too: a text converted in part, whose traditional forms leaked)
  // (fewer than three leaks are leaks, whatever the text: it is not counted)
  // (on a page where many leaked, block by block, one simplified form is enough: a short headline converted in part,
  // 红旗農業生產合作社, leaked as the text under it did)
  const mixed = candidates.length >= 3 && countSimplifiedOnly(text) >= (leakyPage ? 1 : MIXED_MIN)
  const manyTraditional = candidates.length >= 3 && candidates.length / han >= TRADITIONAL_TEXT_SHARE
  if ((manyTraditional && !mixed) || holdsTraditionalSentence(text, candidates, mixed)) {
    const sample = [...new Set(candidates.map((x) => x.c))].slice(0, 5).map(quote).join(', ')
    return [
      {
        start: 0,
        end: text.length,
        replacement: text,
        rule: 'traditional-text',
        kind: 'flag',
        level: 'warning',
        message: `block looks like traditional Chinese (${candidates.length} of ${han} characters, e.g. ${sample}); nothing converted — editor to decide`,
      },
    ]
  }

  // a text converted in part, with whole sentences left traditional: each of its characters leaked
  const leakedStretch = mixed && (manyTraditional || holdsTraditionalSentence(text, candidates, false))

  // the word around each candidate. ICU finds Chinese words in a run of characters between
  // punctuation or spaces, whatever stands outside it, so only that stretch is segmented
  const segmentAt = (source: string, i: number): string => {
    let from = i
    while (from > 0 && !WORD_STOP.test(source[from - 1])) from--
    let to = i + 1
    while (to < source.length && !WORD_STOP.test(source[to])) to++
    for (const seg of words(source.slice(from, to))) {
      if (i >= from + seg.index && i < from + seg.index + seg.segment.length) return seg.segment
    }
    return source.slice(i, i + 1)
  }
  // Decided to a fixpoint on the text as it will read: a character made simplified can join its
  // neighbour into a word (國三點一: 點 is in 三點, and once 三点, 國 is in 国三), and the output,
  // cleaned again, is segmented so. (A leak whose simplified form has another UTF-16 length is left
  // as it was in that reading, to keep the offsets.)
  const wordOf = new Array<string | undefined>(candidates.length)
  for (let changed = true; changed; ) {
    changed = false
    const reading = readingAsDecided(text, candidates, (k) => wordOf[k] !== undefined)
    candidates.forEach(({ start, end, c, s }, k) => {
      if (wordOf[k] !== undefined) return
      let word = segmentAt(reading, start)
      // (or a word once the character itself reads simplified: 價钱 is 价钱, where the segmenter
      // knows no mixed 價钱; a name's character alone makes no word with its neighbours, 十畝 / 韓老师)
      if ([...word].length === 1 && c.length === s.length) word = segmentAt(reading.slice(0, start) + s + reading.slice(end), start)
      if ([...word].length > 1) {
        wordOf[k] = word
        changed = true
      }
    })
  }
  // (in a stretch of leaked traditional text, 區內長者…, a character alone leaked with the rest)
  // (and the measure word of a number, 一百多處: a count, no name)
  // (and a grammatical word or a word of saying, a word by itself that no name is made of: 听老人說, 這條路)
  const where = candidates.map(({ start, end, s }, k): string | undefined => {
    const word = wordOf[k]
    if (word !== undefined) return `in the word ${quote(word)}`
    if (leakedStretch) return 'in a stretch of leaked traditional text'
    if (COMMON_SINGLE_WORDS.has(s)) return 'as a common word on its own'
    if (countsANumber(text, start, end, s)) return 'as the measure word of a number'
    return leakyPage ? 'as a leak on a page where many others leaked' : undefined
  })
  // the characters still alone are read beside the others as they will read, made simplified (the
  // output, cleaned again, reads them so), until no more is decided: one made simplified is a
  // simplified form beside the next (愴一惱社区: 惱 by 区, then 愴 by 恼)
  for (let decided = true; decided && where.some((w) => w === undefined); ) {
    decided = false
    const reading = readingAsDecided(text, candidates, (k) => where[k] !== undefined)
    candidates.forEach(({ start, end, c, s }, k) => {
      // (a rare character whose simplified form is written outside the basic plane, 鰶 → 𬶭, is no
      // common leak: it stays flagged, and the shape tests read the line alike before and after)
      if (where[k] !== undefined || c.length !== s.length) return
      if (surnameOfSimplifiedName(reading, start, end, s)) where[k] = 'as the surname of a name whose given name is written in simplified forms'
      else if (amongSimplifiedForms(reading, start, end, s)) where[k] = 'among words written in simplified forms'
      else return
      decided = true
    })
  }
  return candidates.map(({ start, end, c, s }, k): Edit => {
    if (where[k] !== undefined) {
      return { start, end, replacement: s, rule: 'traditional-char', kind: 'character', level: 'info', message: `traditional ${quote(c)} ${where[k]} made simplified ${quote(s)}` }
    }
    return {
      start,
      end,
      replacement: c,
      rule: 'traditional-char',
      kind: 'flag',
      level: 'warning',
      message: `traditional ${quote(c)} stands alone (maybe part of a name): simplified would be ${quote(s)} — editor to decide`,
    }
  })
}

// ---------------------------------------------------------------------------------------------
// 4. Latin words inside Chinese text

/** Lowercase unit symbols that belong in Chinese news after a number. */
const UNITS = new Set([
  'km', 'm', 'cm', 'mm', 'nm', 'um', 'kg', 'g', 'mg', 't', 'ml', 'l', 'kw', 'kwh', 'mw', 'gw', 'w', 'v', 'kv', 'mah',
  'h', 'min', 's', 'ms', 'ha', 'hz', 'khz', 'mhz', 'ghz', 'kb', 'mb', 'gb', 'tb', 'kbps', 'mbps', 'gbps', 'ppm', 'db',
  'ph', 'km²', 'm²', 'm³', 'mu', 'pm', 'am', 'vs', 'kcal', 'cal',
])

const CONJUNCTIONS = new Map([
  ['and', '和'],
  ['or', '或'],
])

interface LatinToken {
  start: number
  end: number
  word: string
}

function latinTokens(text: string, urls: Array<[number, number]>): LatinToken[] {
  const tokens: LatinToken[] = []
  // letters and digits, with inner . + - & ' (PM2.5, 1+X, Wi-Fi, AT&T, don't)
  const re = /[A-Za-z0-9]+(?:[.+\-&'’][A-Za-z0-9]+)*\+?/g
  for (const m of text.matchAll(re)) {
    if (!/[A-Za-z]/.test(m[0])) continue
    if (inRanges(urls, m.index!)) continue
    tokens.push({ start: m.index!, end: m.index! + m[0].length, word: m[0] })
  }
  return tokens
}

/** Acronyms, codes, brand names and units read fine in Chinese news. */
function wellFormed(word: string): boolean {
  if (/[A-Z0-9]/.test(word)) return true // AI, COP15, 5G, APP, GDP, PM2.5, WiFi, iPhone
  return UNITS.has(word.toLowerCase())
}

export function findLatinEdits(text: string, kind: BlockKind): Edit[] {
  if (!BODY_KINDS.has(kind) || !/[A-Za-z]/.test(text)) return []
  const urls = protectedUrlRanges(text)
  const tokens = latinTokens(text, urls)
  const edits: Edit[] = []
  // group tokens separated only by spaces into phrases (`New York`, `hello world`)
  const phrases: LatinToken[][] = []
  for (const tok of tokens) {
    const last = phrases[phrases.length - 1]
    const prev = last?.[last.length - 1]
    if (prev && /^[ \t\u00a0]+$/.test(text.slice(prev.end, tok.start))) last.push(tok)
    else phrases.push([tok])
  }
  for (const phrase of phrases) {
    const start = phrase[0].start
    const end = phrase[phrase.length - 1].end
    let l = start - 1
    while (l >= 0 && isSpace(text[l])) l--
    let r = end
    while (r < text.length && isSpace(text[r])) r++
    const left = l >= 0 ? text[l] : undefined
    const right = r < text.length ? text[r] : undefined
    if (!isChinese(left) || !isChinese(right)) continue

    // an English conjunction between two Chinese phrases: 城市 and 乡村 → 城市和乡村
    const only = phrase.length === 1 ? phrase[0].word : ''
    const zh = CONJUNCTIONS.get(only)
    if (zh !== undefined && (hanAt(text, l) || CLOSERS.has(left!)) && (hanAt(text, r) || OPENERS.has(right!))) {
      edits.push({
        start: l + 1,
        end: r,
        replacement: zh,
        rule: 'latin-conjunction',
        kind: 'latin',
        level: 'info',
        message: `English ${quote(only)} between Chinese phrases replaced by ${quote(zh)} — editor should check the sentence`,
      })
      continue
    }
    if (phrase.some((tok) => wellFormed(tok.word))) continue
    const words = text.slice(start, end)
    edits.push({
      start,
      end,
      replacement: words,
      rule: 'latin-word',
      kind: 'flag',
      level: 'warning',
      message: `Latin ${quote(words)} inside Chinese text — OCR or translation leak? editor to decide`,
    })
  }
  return edits
}
