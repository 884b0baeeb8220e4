/**
 * A line printed again on purpose. An article may close each of its sections with the same short
 * sentence (a refrain, a slogan), and two tables may share a header row; a scanned copy comes with
 * its neighbours (a run printed twice) or doubled in place. classify and dedup ask the same question
 * of an exact repeat, so that a line dedup keeps is read in its context.
 */
import { similarity } from './similarity.js'
import { ELLIPSIS_FORMS } from './text.js'

/** A refrain is one short sentence: a longer passage printed twice is a copy. */
const REFRAIN_MAX = 40
const BRACKETED_NOTE = /^[（(][^（）()]{2,20}[）)]$/
const CLOSING = /[”’」』）)]+$/
// (a half-width stop too, not in a number: normalise makes it 。, before a figure too, 项目.2018年, and
// the output must read the same)
const SENTENCE_END = /[。！？!?…．]|(?<![0-9A-Za-z])\./

/** A numbered or marked item (（一）…, ②…, ■…, 3.…): one of a list, never said again on purpose. */
const NUMBERED = /^\s*(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[①-⑳]|[■□◆●]|[0-9]{1,2}[.．、]|[一二三四五六七八九十]{1,3}、)/

/** A stop closing the words a sentence quotes, inside their quotation mark: the sentence goes on past it. */
const QUOTED_STOP = /[。！？!?…．](?=[”’」』"'])/g

/**
 * One short sentence, ended (守护一江清水，就是守护我们自己的家园。), maybe quoting a saying whole with its stop
 * (“饭菜香，日子甜。”这是村里人常说的一句话。, its quotes maybe straight), or a note in brackets closing a list ((以上排名不分先后)).
 */
export function isRefrainShaped(text: string): boolean {
  if (text.length > REFRAIN_MAX || NUMBERED.test(text)) return false
  if (BRACKETED_NOTE.test(text.trim())) return true
  // (an ellipsis in any form is one mark: normalise makes … and ... “……”, and the output must read the same)
  // (the quoted words' stop before its quotation mark ends no sentence of the line's, but the last)
  const bare = text.trim().replace(CLOSING, '').replace(ELLIPSIS_FORMS, '…').replace(QUOTED_STOP, '')
  return bare.length > 1 && SENTENCE_END.test(bare[bare.length - 1]) && !SENTENCE_END.test(bare.slice(0, -1))
}

/** How far from the earlier line a copy's neighbours may have stood (a run printed twice, in part). */
const RUN_REACH = 3

/**
 * Whether line `i`, the same as the earlier line `j`, stands in another context: it does not come
 * right after `j`, and neither the line before it nor the line after it is the same as a line near
 * `j` (a run printed twice, whole or in part, comes with its neighbours). `keys`: the lines folded
 * for comparison; `alike(a, b)`: whether the copy's neighbour `a` repeats line `b` near the twin.
 */
export function standsAlone(keys: readonly string[], i: number, j: number, alike: (a: string, b: string) => boolean): boolean {
  if (i - j <= 1) return false
  // (the line before the copy repeats one before the twin, the line after it one after the twin)
  const nearTwin = (k: number, from: number, to: number) => {
    const key = keys[k]
    if (key === undefined) return false
    for (let m = Math.max(0, from); m <= to && m < i - 1; m++) if (alike(key, keys[m])) return true
    return false
  }
  return !nearTwin(i - 1, j - RUN_REACH, j - 1) && !nearTwin(i + 1, j + 1, j + RUN_REACH)
}

/** Neighbours of a text line this alike are a run printed twice. */
const ALIKE = 0.85
/** A piece of a neighbour this long, held in a line near the twin, is that line cut short. */
const PIECE_MIN = 8

/**
 * A short sentence `i` printed again apart from its first occurrence `j`, which closes or opens a
 * section (a heading right before or after it, or nothing after): a refrain, kept and flagged.
 * `isHeading`: whether line k is a heading; `isByline`: whether it is a byline, which may stand between a
 * heading and the line that opens its section (a commentary's title / ■某某 / 安全生产，只有起点，没有终点。 /
 * … / the same slogan closing it).
 */
export function repeatsRefrain(
  keys: readonly string[],
  text: string,
  i: number,
  j: number,
  isHeading: (k: number) => boolean,
  isByline: (k: number) => boolean = () => false,
): boolean {
  if (saidAgainInTranscript(keys, text, i, j)) return true
  if (!isRefrainShaped(text)) return false
  if (sungBetweenVerses(keys, i, j)) return true
  const once = saidOncePerSection(keys, i, isHeading)
  if (once === 'copy') return false
  if (once || saidBetweenParagraphs(keys, i, j)) return true
  if (!(j + 1 >= keys.length || isHeading(j + 1) || (j > 0 && isHeading(j - 1)) || bookendsSection(keys, i, j, isHeading, isByline))) return false
  // (the copy's neighbour is the twin's neighbour, maybe misread, or a piece of it cut short)
  return standsAlone(keys, i, j, (a, b) => a === b || (a.length >= PIECE_MIN && b.includes(a)) || similarity(a, b) >= ALIKE)
}

/**
 * Line `j` opens a section under its heading and byline and its copy `i` closes the same section (the next line a
 * heading, or the page's end), each unlike the line beside it: a commentary opening and closing with its slogan. Without the byline, `j` opens its
 * section by the heading right before it, which repeatsRefrain reads already.
 */
function bookendsSection(keys: readonly string[], i: number, j: number, isHeading: (k: number) => boolean, isByline: (k: number) => boolean): boolean {
  let head = j - 1
  while (head >= 0 && isByline(head)) head--
  if (head === j - 1 || head < 0 || !isHeading(head)) return false
  if (!(i + 1 >= keys.length || isHeading(i + 1))) return false
  for (let k = j + 1; k < i; k++) if (isHeading(k)) return false
  // (unlike the lines it stands beside: the first and last items of a list, alike, are an item and its copy)
  return similarity(keys[j], keys[j + 1]) < BOOKEND_UNLIKE && similarity(keys[i], keys[i - 1]) < BOOKEND_UNLIKE
}
/** A bookend's neighbours are less alike to it than this (list items opening alike are more). */
const BOOKEND_UNLIKE = 0.5

/** A line of a transcript, opened by its speaker's or sound's label in black brackets: 【现场声】…, 【主持人】…, 【解说】…. */
const TRANSCRIPT_LABEL = /^【[^【】\s]{1,8}】/
/** A page of this many such lines at least is a transcript. */
const TRANSCRIPT_LINES = 5

/**
 * A short labelled line of a transcript said again apart from its first occurrence, in another context (【现场声】泼水喽——
 * heard twice, a host's greeting opening and closing the piece): the programme says it again, whatever mark it ends with.
 */
function saidAgainInTranscript(keys: readonly string[], text: string, i: number, j: number): boolean {
  if (text.length > REFRAIN_MAX || !TRANSCRIPT_LABEL.test(text.trim())) return false
  let labelled = 0
  for (const key of keys) if (TRANSCRIPT_LABEL.test(key) && ++labelled >= TRANSCRIPT_LINES) break
  return labelled >= TRANSCRIPT_LINES && standsAlone(keys, i, j, (a, b) => a === b || similarity(a, b) >= ALIKE)
}

/** A refrain said once in each of this many sections at least is the article's. */
const SECTIONS_MIN = 3

/**
 * Line `i` is said once in each of several sections (the text under each heading the page prints for
 * the first time; a heading printed again opens none), three at least, and first in its own: the
 * article closes each section with it (日子，就像这红心猕猴桃，一年比一年甜。), and the section keeps it,
 * whatever copy stands next to it. A copy in a section that says it already goes.
 */
function saidOncePerSection(keys: readonly string[], i: number, isHeading: (k: number) => boolean): boolean | 'copy' {
  const heads = new Map<string, number>()
  const sections = new Set<number>()
  let section = -1
  // (a heading printed again over copies of its paragraphs opens a copy of its section, until a paragraph
  // of the page's own: a line said in that run is a copy of the section's, and goes with the run)
  let copied = false
  // (said twice only, it is a refrain when each time it closes its section: a heading, or the page's end, next)
  let closing = true
  for (let k = 0; k < keys.length; k++) {
    const head = isHeading(k)
    if (head && !heads.has(keys[k])) {
      heads.set(keys[k], k)
      section = k
      copied = false
    } else if (head) {
      copied = true
    } else if (copied && keys[k] !== keys[i] && !printedBefore(keys, k)) {
      copied = false
    }
    if (keys[k] !== keys[i]) continue
    // (the last line of a copied run, a new section next, closes the section the run stands in when that
    // section has not said it and two sections before closed with it: the run was printed before the section's own closing line)
    if (copied && !(closing && sections.size >= SECTIONS_CLOSED && !sections.has(section) && closesSection(keys, k, isHeading, heads) === 'new')) {
      if (k === i) return 'copy'
      continue
    }
    // (said before in this section: a copy)
    if (k === i) {
      if (sections.has(section)) return false
    }
    sections.add(section)
    if (!closesSection(keys, k, isHeading, heads)) closing = false
  }
  return sections.size >= SECTIONS_MIN || (sections.size >= SECTIONS_CLOSED && closing)
}

/** A line said in this many sections, closing each, is the article's refrain (it closes the first section and the last). */
const SECTIONS_CLOSED = 2

/**
 * Whether line k closes its section: the next line that is not a copy of an earlier one is a heading ('new'
 * when the page prints it for the first time, a section of its own) or the page's end.
 */
function closesSection(keys: readonly string[], k: number, isHeading: (k: number) => boolean, heads: ReadonlyMap<string, number>): boolean | 'new' {
  let m = k + 1
  while (m < keys.length && !isHeading(m) && printedBefore(keys, m)) m++
  if (m >= keys.length) return 'new'
  if (!isHeading(m)) return false
  return heads.has(keys[m]) && heads.get(keys[m])! < m ? true : 'new'
}

/** Line k's text, or its opening, printed in an earlier line (a copy, maybe cut short). */
function printedBefore(keys: readonly string[], k: number): boolean {
  const opening = keys[k].slice(0, COPY_OPENING)
  if (opening.length < COPY_OPENING) return false
  for (let m = 0; m < k; m++) if (keys[m].includes(opening)) return true
  return false
}
const COPY_OPENING = 12

/**
 * The first and last of the run of lines `j`, `j` + 2, `j` + 4 … (and back) that say line `j` again, when the run holds
 * line `i`; undefined otherwise.
 */
function saidEveryOtherLine(keys: readonly string[], i: number, j: number): { first: number; last: number } | undefined {
  if (i - j < 2 || (i - j) % 2 !== 0) return undefined
  let first = j
  while (first >= 2 && keys[first - 2] === keys[j]) first -= 2
  let last = j
  while (keys[last + 2] === keys[j]) last += 2
  return last < i || last - first < 2 ? undefined : { first, last }
}

/**
 * A song's refrain sung after each of its verses (“春风吹绿…” / “哎——…！” / “合作社里…” / “哎——…！” / “娃娃…” /
 * “哎——…！”): three times or more, every other line, the earlier occurrence `j` and the copy `i` among
 * them, and the lines between are short lines, each another (a line a scan printed again, or a run
 * printed twice, does not come back so). Twice is enough under a lead-in's colon (…是这样唱的： /
 * verse / refrain / verse / refrain) when the two verses are of one length, as a song's verses are.
 */
function sungBetweenVerses(keys: readonly string[], i: number, j: number): boolean {
  const said = saidEveryOtherLine(keys, i, j)
  if (said === undefined) return false
  const { first, last } = said
  if (last - first === 2 && !twoVersesUnderALeadIn(keys, first)) return false
  const verses = new Set<string>()
  for (let k = first - 1; k < last; k += 2) {
    const verse = keys[k]
    if (verse === undefined || verse.length === 0 || verse.length > REFRAIN_MAX || verse === keys[j] || verses.has(verse)) return false
    verses.add(verse)
  }
  return true
}

/** A slogan said after each of this many paragraphs at least is the article's. */
const SAID_BETWEEN_MIN = 3

/**
 * A slogan said again and again between the paragraphs of an article with no headings (… / 守住绿水青山，就是守住我们的饭碗。 /
 * 二十年来，… / 守住绿水青山，… / 如今，… / 守住绿水青山，…): three times or more, every other block, the earlier
 * occurrence `j` and the copy `i` among them, and the paragraphs between each of its own, neither printed before nor
 * alike. A scan prints a line again with its neighbours (a run) or next to itself, never alone three times between
 * other text.
 */
function saidBetweenParagraphs(keys: readonly string[], i: number, j: number): boolean {
  const said = saidEveryOtherLine(keys, i, j)
  if (said === undefined || (said.last - said.first) / 2 + 1 < SAID_BETWEEN_MIN) return false
  const { first, last } = said
  const between: string[] = []
  for (let k = first + 1; k < last; k += 2) {
    const text = keys[k]
    if (text.length === 0 || text === keys[j] || printedBefore(keys, k) || between.some((other) => similarity(other, text) >= ALIKE)) return false
    between.push(text)
  }
  return true
}

/** Verses of one song differ in length by this much at most (a mark more or less). */
const VERSE_LENGTH_SLACK = 1

/** The lines `first - 1` and `first + 1`, verses of one length and not alike, under a line ending with a colon. */
function twoVersesUnderALeadIn(keys: readonly string[], first: number): boolean {
  const lead = keys[first - 2]
  const [a, b] = [keys[first - 1], keys[first + 1]]
  if (lead === undefined || a === undefined || b === undefined || !/[:：]$/.test(lead)) return false
  return Math.abs(a.length - b.length) <= VERSE_LENGTH_SLACK && similarity(a, b) < ALIKE
}

/** A table's row printed again apart from the earlier one, among other rows: another table's. */
export function repeatsRow(keys: readonly string[], i: number, j: number): boolean {
  // (rows of one table are alike in all but a figure: neighbours are the same only when equal)
  return standsAlone(keys, i, j, (a, b) => a === b)
}
