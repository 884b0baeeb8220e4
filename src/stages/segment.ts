/**
 * segment: decoded page text -> blocks. Blank-line layouts and single-newline layouts both give one
 * block per non-blank line; a paragraph that a hard wrap or a column break cut into several lines is
 * made whole by the join stage, where the evidence for it is weighed. Markdown headings already in
 * the text keep their depth; backslash escapes (our own Markdown output read again) are undone.
 * Whitespace that is not in any block (blank lines, indentation, heading markup) is layout: it goes
 * to `file.data.layout` so that restore can put it back.
 */
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { CleanOptions } from '../kernel/options.js'
import { changesScript, DATE, ISSUER_UNIT, endsComplete, isDateLine, FIELD_OPENING, FIGURE_END, FILE_NAME_END, glueAcrossBreak, hasCellGap, hasSentencePunctuation, holdsHan, isLetterClosing, isNameRow, isTableRow, letterSpaces, namesOfRow, opensArticle, opensDialogueTurn, wordLength } from '../kernel/text.js'
import { COMMENTS, PLACE_ALONE, isAuthorDateline, isFurnitureLine, screenHeadLines, isStrokeSpecks, isListLabel, isHeadingShapedText, isMarkerLine, LINK_DEFINITION, patterns, visibleLength } from './classify.js'
import { appendBlock, createBlock, FIELD_BOX, replaceText, sourceSpan, TextEdits, type Block, type PageTree, type SourcePiece } from '../kernel/block.js'
import { isNumberedItem } from '../kernel/list-item.js'
import { isCountAlone } from '../kernel/grammar.js'
import { trailingMarker } from '../kernel/markers.js'
import { CLOCK_ALONE, COUNT_WORD, WEB_TIME } from './classify-patterns.js'
import { placeOf, proposeChange, record, withRule, type RecordInit } from '../kernel/record.js'

const HEADING = /^(#{1,6})[ \t]+/
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/
// CommonMark lets any ASCII punctuation be backslash-escaped
const ESCAPE = /\\([!-/:-@[-`{-~])/g

export const RULE_SEGMENT = 'segment'

// Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) that dumps leave at line ends or on
// otherwise empty lines show nothing: there they are layout, like spaces, and a line of them is blank.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g
// (a box drawn with line characters, ┌── 数据链接 ──┐ / │ … │ / └──┘, is layout at a line's edges, as
// the margin's spaces are: a line of nothing but its frame is a blank line, and ends a run)
const LEADING_BLANK = /^[\s\u3000\u200b-\u200d\u2060\ufeff\u2500-\u257f]*/
const FRAME = /[\u2500-\u257f]/

/**
 * Where the text of a line ends, before the blanks LEADING_BLANK reads at its start: \s, zero-width
 * characters, a frame's line characters (read back from the end: a regex ending in *$ tries every
 * place in the line).
 */
function blankEnd(line: string): number {
  let end = line.length
  while (end > 0 && isEdgeBlank(line.charCodeAt(end - 1))) end--
  return end
}

/** The code units of LEADING_BLANK's class. */
function isEdgeBlank(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff ||
    (code >= 0x2500 && code <= 0x257f)
  )
}
/** The blanks at the edges of a piece a line is cut into: spaces and zero-width characters. */
const PIECE_LEADING_BLANK = /^[\s\u3000\u200b-\u200d\u2060\ufeff]*/
const PIECE_TRAILING_BLANK = /[\s\u3000\u200b-\u200d\u2060\ufeff]*$/
const FRAMES = /[\u2500-\u257f]/g
/** A box's top corners and bottom corners: the lines between them are the box's. */
const BOX_TOP = /[┌╔╭┏╒╓]/
/** A run of spaces that may be read as an indent inside a line (isIndent): only such a line is cut. */
const WIDE_RUN = /\u3000\u3000|\u3000 | \u3000/
/** A mark of running text, which a page's head does not hold. */
const SENTENCE_MARK = /[，。！？]/
const BOX_BOTTOM = /[└╚╰┗╘╙]/

/** A line's number in the margin of a PDF's text: spaces, the number, spaces before the text. */
const LINE_NUMBER = /^[ \t]{0,6}\d{1,4}[ \t]{1,6}(?=\S|\u3000)/

/**
 * The page's lines are numbered in the margin (  1  …,   2  …): most non-blank lines open with a
 * number, and each number is the one before plus one. Text that opens some lines with a figure (a
 * table, a list) is not numbered so.
 */
function numbersLines(lines: string[]): boolean {
  let numberedLines = 0
  let textLines = 0
  let steps = 0
  let previous: number | undefined
  for (const line of lines) {
    if (line.trim() === '') continue
    textLines++
    const m = LINE_NUMBER.exec(line)
    if (!m) continue
    numberedLines++
    const n = Number(m[0].trim())
    if (previous !== undefined && n === previous + 1) steps++
    previous = n
  }
  return numberedLines >= 5 && numberedLines >= textLines * 0.9 && steps >= (numberedLines - 1) * 0.9
}

/** An e-mail's quoting marks opening a line, one per level and a space maybe after each ('> ', '>> ', '> > '). */
const QUOTE_MARKS = /^[ \t]{0,3}>(?:[ \t]?>)*[ \t]?/
/** The fewest lines of a run opened by quoting marks that make it a quotation: two may be links' arrows (> 更多书评). */
const QUOTED_RUN_MIN = 3

/**
 * The quoting marks opening each line of the page, '' where none: an e-mail quotes a message it
 * replies to or forwards by opening each of its lines with '> ' (and a blank line of it with '>'),
 * a layer over the text as a margin's line numbers are. Only a run of QUOTED_RUN_MIN lines or more
 * all opened so is read as quoted.
 */
function quoteMarksOf(lines: string[]): string[] {
  const marks = lines.map((line) => QUOTE_MARKS.exec(line)?.[0] ?? '')
  for (let i = 0; i < lines.length; ) {
    let j = i
    while (j < lines.length && marks[j] !== '') j++
    if (j - i < QUOTED_RUN_MIN) for (let k = i; k < j; k++) marks[k] = ''
    i = Math.max(j, i + 1)
  }
  return marks
}

/** A metadata field's key as exporters write it: a word in Latin letters (title, published, cover_image), or quoted ("og:title"). */
const FIELD_KEY = String.raw`(?:[A-Za-z_][\w.-]{0,40}|"[^"\n]{1,60}"|'[^'\n]{1,60}')`
/**
 * The front matter's kinds by their fences, --- (YAML, closed by --- or ...) and +++ (TOML): the lines a field may take,
 * and a field's own line. YAML: title: "…", tags:, an item under it (  - "…"), a value's indented continuation; TOML:
 * title = "…", a table's head ([params]), an array's items set over lines.
 */
const FRONT_MATTERS: Array<{ open: RegExp; close: RegExp; line: RegExp; field: RegExp }> = [
  {
    open: /^---[ \t]*$/,
    close: /^(?:---|\.\.\.)[ \t]*$/,
    line: new RegExp(String.raw`^(?:${FIELD_KEY}[ \t]*:(?:[ \t].*)?|[ \t]*- .*|[ \t]+\S.*)$`),
    field: new RegExp(String.raw`^${FIELD_KEY}[ \t]*:`),
  },
  {
    open: /^\+\+\+[ \t]*$/,
    close: /^\+\+\+[ \t]*$/,
    line: new RegExp(String.raw`^(?:${FIELD_KEY}[ \t]*=.*|\[{1,2}[\w."' -]{1,60}\]{1,2}[ \t]*|[ \t]+\S.*|[\]}],?[ \t]*)$`),
    field: new RegExp(String.raw`^${FIELD_KEY}[ \t]*=`),
  },
]
/** The most lines front matter is looked for in. */
const FRONT_MATTER_MAX_LINES = 80

/**
 * The lines of the front matter a Markdown exporter (a note app's web clip, a static site) sets over the page, fenced
 * by --- on the page's first line and --- or ... (title: "某某_某某网" / source: "https://…" / tags: / - "…" / ---), or
 * by +++ (title = "…"): the export's metadata, not the article's text. [first, last] line indices with both fences, or
 * undefined when the page opens otherwise, the fence never closes, or a line between is no field of the kind (a rule
 * over text, a note typed with a colon: --- / 编者按: … / --- stays).
 */
function frontMatterLines(lines: string[]): [number, number] | undefined {
  let first = 0
  while (first < lines.length && lines[first].trim() === '') first++
  const fence = first < lines.length ? lines[first].replace(/^\uFEFF/, '').replace(/\r$/, '') : ''
  const kind = FRONT_MATTERS.find((k) => k.open.test(fence))
  if (kind === undefined) return undefined
  let fields = 0
  for (let i = first + 1; i < lines.length && i <= first + FRONT_MATTER_MAX_LINES; i++) {
    const line = lines[i].replace(/\r$/, '')
    if (kind.close.test(line)) return fields > 0 ? [first, i] : undefined
    if (line.trim() === '') continue
    if (!kind.line.test(line)) return undefined
    if (kind.field.test(line)) fields++
  }
  return undefined
}

export function segmentText(text: string, file: VFile, revert?: ReadonlySet<string>): PageTree {
  const layout: SourcePiece[] = []
  const children: Block[] = []
  const addLayout = (offset: number, piece: string) => {
    if (piece) layout.push({ offset, text: piece })
  }
  let singleNewlineRuns = 0
  let previousLineBlank = true
  // per block: the run of consecutive non-blank lines it belongs to, and whether it was indented
  const runOf: number[] = []
  const indented: boolean[] = []
  // and the indent, as characters and as columns: a wrapped paragraph's first line is full with it
  const indents: Array<{ count: number; width: number }> = []
  let run = 0
  let offset = 0
  const lines = text.split('\n')
  const numbered = numbersLines(lines)
  let numbersTaken = 0
  const quoteMarks = quoteMarksOf(lines)
  let quotedLines = 0
  let framedLines = 0
  // the box drawn around the lines being read, if any, and how many boxes the page has had
  let box: number | undefined
  let boxes = 0
  const frontMatter = frontMatterLines(lines)
  const labels = definedLabels(lines)
  for (const [lineIndex, rawLine] of lines.entries()) {
    const lineStart = offset
    offset += rawLine.length + 1
    // the '\n' after the line is layout (the last line has none)
    const newline = lineStart + rawLine.length < text.length ? '\n' : ''
    // (a PDF's line numbers in the margin are layout, as the margin's spaces are)
    const number = numbered ? LINE_NUMBER.exec(rawLine)?.[0] ?? '' : ''
    if (number) numbersTaken++
    // (and so are an e-mail's quoting marks, > 某某某…: the text quoted is read as if it stood alone)
    const quote = number ? '' : quoteMarks[lineIndex]
    if (quote) quotedLines++
    const margin = number + quote
    const lead = margin + rawLine.slice(margin.length).match(LEADING_BLANK)![0]
    const textEnd = blankEnd(rawLine)
    // (only at a line's edges: a frame character inside the text is text)
    const framed = FRAME.test(rawLine) && !FRAME.test(rawLine.slice(lead.length, textEnd))
    if (framed) {
      framedLines++
      if (BOX_TOP.test(rawLine)) box = ++boxes - 1
    }
    const boxed = box
    if (framed && BOX_BOTTOM.test(rawLine)) box = undefined
    let bodyStart = lead.length
    let bodyEnd = textEnd
    if (bodyEnd <= bodyStart) {
      addLayout(lineStart, rawLine + newline)
      if (!previousLineBlank) run++
      previousLineBlank = true
      continue
    }
    let depth: number | undefined
    // (a line of front matter stands alone, as it is, never a heading nor cut: strip takes it)
    const metadata = frontMatter !== undefined && lineIndex >= frontMatter[0] && lineIndex <= frontMatter[1]
    const heading = metadata ? null : rawLine.slice(bodyStart, bodyEnd).match(HEADING)
    // markup with no text after it (`#` alone) is text, not an empty heading
    if (heading && heading[0].length < bodyEnd - bodyStart) {
      depth = heading[1].length
      bodyStart += heading[0].length
      const closing = rawLine.slice(bodyStart, bodyEnd).match(CLOSING_HASHES)
      if (closing) bodyEnd -= closing[0].length
    }
    if (!previousLineBlank) singleNewlineRuns++
    previousLineBlank = false
    addLayout(lineStart, rawLine.slice(0, bodyStart))
    const value = rawLine.slice(bodyStart, bodyEnd)
    const start = lineStart + bodyStart
    // a line holding several paragraphs (<p>…</p><p>…</p>, or …午餐。　　“饭菜可口…) is cut
    // (not a page's head, whose fields stand far apart: 华源物流报　　　　2023年第6期　　　　内部资料)
    const pieces: Piece[] =
      !metadata && depth === undefined && (value.includes('<') || (value.includes('\u3000') && !(value.length <= 160 && WIDE_RUN.test(value) && !SENTENCE_MARK.test(value) && isFurnitureLine(value))))
        ? cutLine(value, start, file, revert, addLayout, lead.length > margin.length)
        : [[0, value.length]]
    pieces.forEach(([from, to, pieceDepth], k) => {
      // (each piece after a tag stands apart, as after a blank line; one opened by <h1>…<h6> is a
      // heading of that depth, as a Markdown one is)
      if (k > 0) run++
      const own = depth ?? pieceDepth
      const block = createBlock(value.slice(from, to), start + from, placeOf(file, start + from, start + to), own)
      if (boxed !== undefined) block.data.boxed = boxed
      if (metadata) block.data.frontMatter = true
      children.push(block)
      runOf.push(own === undefined && !metadata ? run : -1)
      const indent = k === 0 ? lead.slice(margin.length).replace(INVISIBLE, '').replace(FRAMES, '') : ''
      indented.push(indent.length > 0)
      indents.push({ count: indent.length, width: displayWidth(indent) })
    })
    if (pieces.length > 1) run++
    addLayout(lineStart + bodyEnd, rawLine.slice(bodyEnd) + newline)
  }
  layout.sort((a, b) => a.offset - b.offset)
  file.data.layout = mergePieces(layout)
  const tree: PageTree = { type: 'root', children: [] }
  withRule(RULE_SEGMENT, () => {
    const rebuilt = rebuildFlatTables(joinTimedSegments({ blocks: children, runOf, indented, indents }, file), file)
    tree.children = reflowHardWraps(rebuilt.blocks, rebuilt.runOf, rebuilt.indented, rebuilt.indents, file)
    tree.children = joinIssuerAndOrgan(tree.children, file)
    tree.children = joinRunInLeadIns(tree.children, file)
    tree.children = joinSignatureAtLineEnd(tree.children, file)
    tree.children = joinReferenceFields(tree.children, file)
    if (numbersTaken > 0) {
      record(file, {
        level: 'info',
        kind: 'layout',
        message: `line numbers in the margin (${numbersTaken} lines, 1 to ${numbersTaken}) read as layout, not text`,
        start: 0,
        end: 0,
        actual: '',
        expected: [],
      })
    }
    if (quotedLines > 0) {
      record(file, {
        level: 'info',
        kind: 'layout',
        message: `an e-mail's quoting marks opening ${quotedLines} lines (> …) read as layout, not text`,
        start: 0,
        end: 0,
        actual: '',
        expected: [],
      })
    }
    if (framedLines > 0) {
      record(file, {
        level: 'info',
        kind: 'layout',
        message: `a box's frame drawn with line characters (${framedLines} ${framedLines === 1 ? 'line' : 'lines'}) read as layout, not text`,
        start: 0,
        end: 0,
        actual: '',
        expected: [],
      })
    }
    if (singleNewlineRuns > 0) {
      record(file, {
        level: 'info',
        kind: 'layout',
        message: `paragraphs separated by a single newline (${singleNewlineRuns} ${singleNewlineRuns === 1 ? 'time' : 'times'}) read as separate blocks`,
        start: 0,
        end: 0,
        actual: '',
        expected: [],
      })
    }
    for (const block of tree.children) {
      // (front matter goes whole, its markup with it)
      if (block.data.frontMatter) continue
      removeHtml(block, file, revert, labels)
      unescapeMarkdown(block, file, revert)
    }
    // (a block that held nothing but tags: its text is in the records)
    tree.children = tree.children.filter((block) => block.value.length > 0)
  })
  return tree
}

/**
 * HTML tags that end a paragraph or a line (a page saved from a web page: <p>…</p>, <br/>, <div>).
 */
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|tbody|thead|section|article|blockquote|header|footer)\b[^<>]{0,200}>/gi

/** A paragraph's indent inside a line (…午餐。　　“饭菜可口…). */
const INNER_INDENT = /[\u3000 ]{2,}/g

/** An opening HTML heading tag, and its depth. */
const HEADING_TAG = /^<h([1-6])\b/i

/** A byline's or a caption's mark opening a line. */
const MARK_START = /^[■◆□▲►▶]/

/** A short line that is no sentence: half a headline, a name, not the end of a clause. */
function isShortLine(text: string): boolean {
  // (a note in brackets closing it ends no sentence: 程卫东（1993届）　　　20000元)
  return text.length <= 40 && !hasSentencePunctuation(text) && !endsComplete(text.replace(NOTE_AT_END, '')) && !/[，,、；;：:]$/.test(text)
}

const NOTE_AT_END = /[（(][^（）()]{1,12}[）)]$/
/**
 * A line opening an article with its dateline, by the paper's own word or a wire's date (本报讯, 本报北京
 * 3月5日电, 新华社武汉十二月六日电): a line of a wrap may run 某某社…电 by chance, never these.
 */
export function opensWithDateline(text: string): boolean {
  return opensArticle(text) && DATELINE_OPENING.test(text)
}

const DATELINE_OPENING = /^(?:本报讯|本刊讯|本报[\u4e00-\u9fff]{1,6}讯|[\u4e00-\u9fff]{1,8}[社报][\u4e00-\u9fff]{0,6}[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日电)/

const HAN_ORDINALS = '一二三四五六七八九十'
const ORDINAL_OPENING = /^([一二三四五六七八九十])(\p{Script=Han})/u

/**
 * A line opening with the ordinal after the one its paragraph opened with, and the same word after it
 * (一防… / 二防…, 一要… / 二要…): the paragraph is a list's item and the line the next.
 */
function isNextOrdinalItem(paragraph: string, line: string): boolean {
  const item = ORDINAL_OPENING.exec(line.trimStart())
  if (!item) return false
  const opened = ORDINAL_OPENING.exec(paragraph.trimStart())
  return opened !== null && opened[2] === item[2] && HAN_ORDINALS.indexOf(item[1]) === HAN_ORDINALS.indexOf(opened[1]) + 1
}

/** A term of a few characters and its colon opening an item: 早稻：…, 稻飞虱：… (not a quotation after it). */
const TERM_OPENING = /^\p{Script=Han}{2,6}[：:](?![“"「])/u

/**
 * A line opening with a term and its colon as its paragraph opened (早稻：…。 / 晚稻：…): the paragraph is an item of
 * a run of terms, each set out in a paragraph of its own, and the line the next.
 */
function isNextTermItem(paragraph: string, line: string): boolean {
  return TERM_OPENING.test(line.trimStart()) && TERM_OPENING.test(paragraph.trimStart())
}

/** An item's number opening a line: 1. 2、 (3) （四）. */
const ITEM_NUMBER = /^(?:([0-9]{1,2})([.．、])(?![0-9])|[（(]([0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)])/

/** A number's value, figures or Han ordinals up to 十九. */
function itemValue(n: string): number {
  if (/^[0-9]+$/.test(n)) return Number(n)
  const ones = (c: string | undefined) => (c === undefined ? 0 : HAN_ORDINALS.indexOf(c) + 1)
  if (n.length === 1) return ones(n)
  return n.startsWith('十') ? 10 + ones(n[1]) : NaN
}

/**
 * A line opening with the number after the one its paragraph opened with, in the same form (1. / 2., （一） / （二）):
 * the paragraph is a numbered item and the line the next.
 */
function isNextNumberedItem(paragraph: string, line: string): boolean {
  const opened = ITEM_NUMBER.exec(paragraph.trimStart())
  const item = ITEM_NUMBER.exec(line.trimStart())
  if (!opened || !item) return false
  if (opened[1] !== undefined) return item[1] !== undefined && item[2] === opened[2] && Number(item[1]) === Number(opened[1]) + 1
  return item[3] !== undefined && /^[0-9]/.test(item[3]) === /^[0-9]/.test(opened[3]) && itemValue(item[3]) === itemValue(opened[3]) + 1
}

/** A photo credit in brackets closing a caption: （通讯员 王林海 摄）, （新华社发）. */
const CREDIT_NOTE_AT_END = /[（(][^（）()]{1,16}(?:摄|供图|发|图)[）)]$/
/** A photo credit closing a line: a reporter's role maybe, a name maybe padded, 摄 (学生记者 孙悦 摄, 王林 摄). */
const PHOTO_CREDIT_END = '(?:[\\u4e00-\\u9fff]{0,6}(?:记者|通讯员)[ \\u3000]*)?[\\u4e00-\\u9fff]{1,3}(?:[ \\u3000]?[\\u4e00-\\u9fff]{1,2})?[ \\u3000]*(?:摄|摄影|供图)$'
/** A photo credit set after a caption's sentence or a space: …调试样机。 学生记者 孙悦 摄, …巡河护岸。　王林 摄. */
const CREDIT_AFTER_CAPTION = new RegExp(`(?:[。！？][ \\u3000]*|[ \\u3000]+)${PHOTO_CREDIT_END}`)
/**
 * A caption of no mark closed by its credit set after its sentence and a space, the whole line
 * (某某在茶园指导茶农修剪茶树。 本报记者 某某摄, 村民驾驶收割机收割水稻。 本报记者 某某 摄): a paper sets it
 * under its picture, between the lines of a column or between paragraphs; it is no line of theirs.
 */
const CAPTION_WITH_CREDIT_LINE = new RegExp(`^[^\\s。！？][^。！？]{5,}[。！？][ \\u3000]+${PHOTO_CREDIT_END}`)

/** A clause's punctuation, which no head line holds. */
const CLAUSE_MARK = /[，。、；！？,;]/
/** A quotation within a line, its marks the quoted words': “一窗受理、集成服务”. */
const QUOTED_SPAN = /“[^“”]{1,20}”/g

/** An item of a list opened by its bullet: ●某某局…, • 某某… */
const BULLET_OPENING = /^[●•▪]/
/** A note at a page's foot: its circled number set apart from its sentence (① 为遵循学术规范，…。). */
const FOOT_NOTE_LINE = /^[①-⑳][ \u3000]+\S.{2,80}[。.]$/

/** Line k of a run is a note at the page's foot whose number a line above it in the run cites, inside its text. */
function isCitedFootNote(lines: Block[], k: number): boolean {
  const text = lines[k].value.trim()
  if (!FOOT_NOTE_LINE.test(text)) return false
  for (let m = 0; m < k; m++) if (lines[m].value.indexOf(text[0]) > 0) return true
  return false
}

/** An entry of a list of references, opened by its number in square brackets: [1] 某某.…, ［2］… */
const REFERENCE_ENTRY = /^\s*(?:\[[0-9]{1,3}\]|［[0-9]{1,3}］)/

/** Two full-width spaces, or one among three or more spaces: an indent, not a word space. */
function isIndent(run: string): boolean {
  const wide = run.split('\u3000').length - 1
  return wide >= 2 || (wide === 1 && run.length >= 3)
}

/** A stretch [from, to) of a line, and the depth of the HTML heading tag that opened it, if any. */
type Piece = [number, number, number?]

/**
 * Cuts a line holding several paragraphs: at its HTML block tags (a page saved from the web,
 * <p>…</p><p>…</p>) and at a paragraph's indent inside running text (a page whose line ends were
 * lost: …午餐。　　“饭菜可口…). Returns the stretches of text between the cuts, trimmed; the spaces
 * around a cut are layout. Each tag is recorded, its text kept in the record for restore, and so is
 * each indent read as a break; a tag our own Markdown escaped (\<p>) is text, and so is a tag or an
 * indent an editor's decision keeps.
 */
function cutLine(
  value: string,
  start: number,
  file: VFile,
  revert: ReadonlySet<string> | undefined,
  addLayout: (offset: number, piece: string) => void,
  indented: boolean,
): Piece[] {
  const cuts: Array<{ at: number; length: number; tag?: RecordInit; indent?: RecordInit }> = []
  for (const m of value.includes('<') ? value.matchAll(BLOCK_TAG) : []) {
    if (value[m.index! - 1] === '\\') continue
    const tag: RecordInit = {
      level: 'info',
      kind: 'markup',
      message: `HTML tag “${m[0]}” read as a paragraph or line break`,
      start: start + m.index!,
      end: start + m.index! + m[0].length,
      actual: m[0],
      expected: [],
    }
    if (proposeChange(file, revert, tag, RULE_SEGMENT)) cuts.push({ at: m.index!, length: m[0].length, tag })
  }
  const indentRuns = value.includes('\u3000') ? [...value.matchAll(INNER_INDENT)].filter((m) => isIndent(m[0])) : []
  let segmentStart = 0
  for (const [r, m] of indentRuns.entries()) {
    const before = value.slice(0, m.index)
    const afterStart = m.index! + m[0].length
    if (before.trim() === '' || afterStart === value.length) continue
    // (nor is a blank left to fill in, between brackets: 正确的一项是（　　）)
    if (/[（(]$/.test(before) && /^[）)]/.test(value.slice(afterStart))) continue
    // an indent inside running text opens a paragraph (a photo caption set into a cut paragraph opens
    // one too: join puts the paragraph together again), but not between two short lines, the two
    // halves of a headline or a name set with spaces (抓党建强堡垒　　护洱海当先锋, 王　　伟), unless the
    // second starts with a byline's or a caption's mark
    const segment = value.slice(segmentStart, m.index).trim()
    const after = value.slice(afterStart, indentRuns[r + 1]?.index ?? value.length).trim()
    if (isShortLine(segment) && isShortLine(after) && !MARK_START.test(after)) continue
    // (nor between a short head and a labelled field after it, a document's number and its proposer, whatever
    // note in brackets closes the field: 第205号　　建议人：王某（市人大代表、某某中学教师）)
    if (isShortLine(segment) && after.length <= 40 && FIELD_OPENING.test(after) && !hasSentencePunctuation(after)) continue
    // (nor between a photo's caption and its credit: ▲村民在晾晒核桃。　　　本报记者　何丽娟　摄)
    // (or opened as one, 图为…, on a line set flush: the gap after its sentence spaces its credit, as a line that lost
    // its ends would open on an indent of its own: 图为村民在晾晒核桃。　　某某摄)
    const captionOpened = patterns.captionMark.test(segment) || (!indented && segmentStart === 0 && patterns.captionOpening.test(segment))
    if (captionOpened && after.length <= 30 && patterns.credit.test(after)) continue
    // (nor after the one sentence of a line set flush that the credit closes, a caption of no mark: its gap spaces the
    // credit, 村民在晾晒核桃。　　某某 摄, as under a photo; a paragraph's text goes on past its first sentence)
    if (!indented && segmentStart === 0 && value.length <= CUT_CAPTION_MAX && CAPTION_WITH_CREDIT_LINE.test(value.trim())) continue
    segmentStart = afterStart
    const indent: RecordInit = {
      level: 'info',
      kind: 'layout',
      message: 'paragraph break read at an indent inside a line',
      start: start + m.index!,
      end: start + m.index! + m[0].length,
      actual: m[0],
      expected: ['\n\n'],
    }
    if (!proposeChange(file, revert, indent, RULE_SEGMENT)) continue
    cuts.push({ at: m.index!, length: 0, indent })
  }
  if (cuts.length === 0) return [[0, value.length]]
  cuts.sort((a, b) => a.at - b.at)
  const pieces: Piece[] = []
  let from = 0
  // the depth of an HTML heading tag that opened the text now being read
  let opened: number | undefined
  const close = (to: number) => {
    const text = value.slice(from, to)
    // (a piece's edges are a line's edges: the zero-width characters there are layout too, as at the
    // line's own start; the output sets the piece on a line of its own, where they would be)
    const lead = text.match(PIECE_LEADING_BLANK)![0].length
    const trail = text.length - lead - text.slice(lead).match(PIECE_TRAILING_BLANK)![0].length
    addLayout(start + from, text.slice(0, lead))
    if (trail > 0) pieces.push(opened === undefined ? [from + lead, from + lead + trail] : [from + lead, from + lead + trail, opened])
    addLayout(start + from + lead + trail, text.slice(lead + trail))
  }
  for (const cut of cuts) {
    if (cut.at < from) continue
    close(cut.at)
    const heading = cut.tag ? HEADING_TAG.exec(cut.tag.actual) : null
    opened = heading ? Number(heading[1]) : undefined
    if (cut.tag) record(file, { ...cut.tag, removed: [{ offset: cut.tag.start, text: cut.tag.actual }] }, RULE_SEGMENT)
    // (the indent itself is layout, as the spaces around a tag are)
    if (cut.indent) record(file, cut.indent, RULE_SEGMENT)
    from = cut.at + cut.length
  }
  close(value.length)
  return pieces
}

/** A Markdown bold marker: two asterisks, not more (two underscores also stand in names, __init__). */
const BOLD = /(?<!\*)\*\*(?!\*)/g

/**
 * A Markdown link's target: an address (https://…, www.…, mailto:…), a path or an anchor (/news/, #, ./a.html), or a
 * file's name of Latin letters with a dot or a slash (media/image3.jpeg); not words or figures in brackets after a
 * bracketed number, as a table's note sets them (附表[2](单位：万元), [3](2023)).
 */
const LINK_TARGET = String.raw`(?:(?:[a-z][a-z0-9+.-]{1,12}:|[/#?]|\.{1,2}\/|www\.)(?:[^()\s]|\([^()\s]*\)){0,500}|(?=[\w./~%+=&?#-]*[A-Za-z])[\w~%+=&-]{1,200}(?:[./][\w~%+=&?#-]{1,200}){1,20})`
/**
 * A Markdown link, its text kept (a note app's web clip: [首页](https://…) > [要闻](https://…), …已集聚企业
 * [科技城](https://…/kjc/)…): the opening bracket is 1, the text 2, the link's target with its title 3. Not a
 * picture's (![…](…), a line of its own that classify reads), nor one our own Markdown escaped (\[…]\(…)).
 */
const LINK = new RegExp(String.raw`(?<![!\\\]])(\[)([^[\]\n]{1,200})(\]\(${LINK_TARGET}(?:[ \t]+"[^"\n]{0,200}")?\))`, 'gi')
/**
 * A Markdown reference link ([科技城][3], [科技城][]): the text kept when the page defines its label ([3]: https://…).
 * The label is 4, empty when the text is the label.
 */
const REFERENCE_LINK = /(?<![!\\\]])(\[)([^[\]\n]{1,200})(\]\[([^[\]\n]{0,40})\])/g
/** A wiki link an exporter leaves in its fields ([[某某网]]): the brackets go. */
const WIKI_LINK = /(?<![[\\])(\[\[)([^[\]|\n]{1,100})(\]\])(?!\])/g
/**
 * Markdown emphasis by single asterisks around words (*图为…。某某 摄*): set off from the text around it by the
 * line's edge, a space or a mark, as an exporter sets it, and holding words; one inside words (王*明, 李*华: masked
 * names) or around marks alone (ip:36.112.*.*, a masked address) is text.
 */
const EMPHASIS = /(?<=^|[\s\u3000\p{P}])(?<![*\\])(\*)(?![*\s])(?=[^*\n]*[\p{L}\p{N}])([^*\n]{1,300}?)(?<![\s\\])(\*)(?!\*)(?=$|[\s\u3000\p{P}])/gu
/** The same by single underscores, as an HTML converter writes it (_图为…。某某 摄_); one inside a name (file_name_2) is text. */
const UNDERSCORE_EMPHASIS = /(?<=^|[\s\u3000\p{P}])(?<![_\\])(_)(?![_\s])(?=[^_\n]*[\p{L}\p{N}])([^_\n]{1,300}?)(?<![\s\\])(_)(?!_)(?=$|[\s\u3000\p{P}])/gu
/**
 * A note app's highlight (==南繁基地被誉为…==): two equals signs, not more, hugging words they mark, among them words
 * not in Latin letters (a condition in code, status==1 && region==3, is text).
 */
const HIGHLIGHT = /(?<![=\\])(==)(?![=\s])(?=[^=\n]*[^\x00-\x7f])([^=\n]{1,300}?)(?<![\s\\])(==)(?!=)/g

/** Inline HTML tags left in a web page's text: they mark up words, and go. */
const INLINE_TAG = /<\/?(?:span|strong|b|em|i|u|a|font|img|sup|sub|small|big|mark|ins|del|s|strike|center|label|o:p)\b[^<>]{0,300}>/gi
/** Character references a web page leaves in its text: &nbsp; &ldquo; &#8220; &#x201c; */
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g
const NAMED: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–',
  hellip: '…', middot: '·', bull: '•', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", times: '×', divide: '÷',
  deg: '°', yen: '¥', copy: '©', reg: '®', rarr: '→', larr: '←', laquo: '«', raquo: '»',
}

function decodeEntity(m: RegExpMatchArray): string | undefined {
  if (m[3] !== undefined) return NAMED[m[3]]
  const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2], 16)
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
  return String.fromCodePoint(code)
}

/**
 * What a page saved from the web leaves in its text: inline tags (<strong>, <span …>) and Markdown
 * bold markers (**…**), and a Markdown exporter's links, emphasis and highlights around words (markdownMarkup), are
 * removed and character references (&ldquo; &nbsp; &#8220;) read as the
 * characters they stand for, each with its record; a space reference at the edge of a line is layout
 * and goes. A tag, marker or reference our own Markdown escaped (\<b>, \*\*, \&amp;) is text.
 */
function removeHtml(block: Block, file: VFile, revert: ReadonlySet<string> | undefined, labels: ReadonlySet<string>): void {
  const text = block.value
  if (!text.includes('<') && !text.includes('&') && !text.includes('*') && !text.includes('[') && !text.includes('==') && !text.includes('_')) return
  const edits: Array<{ at: number; actual: string; replacement: string; message: string }> = []
  for (const m of text.includes('<') ? text.matchAll(INLINE_TAG) : []) {
    if (text[m.index! - 1] !== '\\') edits.push({ at: m.index!, actual: m[0], replacement: '', message: `HTML tag “${m[0]}” removed` })
  }
  // Markdown bold markers of a dump written as Markdown (**社区食堂暖人心**): in pairs, they mark up
  // words, and go; an odd number is left as text (which is which is unknown)
  const bold = text.includes('**') ? [...text.matchAll(BOLD)].filter((m) => text[m.index! - 1] !== '\\') : []
  if (bold.length % 2 === 0) {
    for (const m of bold) edits.push({ at: m.index!, actual: m[0], replacement: '', message: `Markdown bold marker “${m[0]}” removed` })
  }
  markdownMarkup(text, edits, labels)
  const tags = edits.map((e) => [e.at, e.at + e.actual.length])
  // the stretches at the line's edges that hold only spaces, space references and tags
  const leadingEdge = edgeTokens(text, 0)
  const trailingEdge = trailingEdgeOf(text)
  for (const m of text.includes('&') ? text.matchAll(ENTITY) : []) {
    const character = decodeEntity(m)
    if (character === undefined || text[m.index! - 1] === '\\') continue
    // (a reference inside a tag, <a href="…&amp;…">, goes with the tag)
    if (tags.some(([from, to]) => m.index! >= from && m.index! < to)) continue
    const at = m.index!
    const edge = character === ' ' && (at <= leadingEdge || at + m[0].length >= trailingEdge)
    const replacement = edge ? '' : character
    edits.push({ at, actual: m[0], replacement, message: `HTML character reference “${m[0]}” read as ${edge ? 'layout (at the edge of the line)' : `“${character}”`}` })
  }
  const changes = new TextEdits(block)
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    changes.prepare(edit.at + edit.actual.length)
    // (a line reflowed before this may hold an inserted space: the source range is the map's)
    const [start, end] = sourceSpan(block, edit.at, edit.at + edit.actual.length)!
    const init: RecordInit = {
      level: 'info',
      kind: 'markup',
      message: edit.message,
      start,
      end,
      actual: edit.actual,
      expected: edit.replacement ? [edit.replacement] : [],
      blockId: block.data.id,
    }
    if (!proposeChange(file, revert, init)) continue
    record(file, { ...init, removed: changes.replace({ start: edit.at, end: edit.at + edit.actual.length, replacement: edit.replacement }) })
  }
  changes.flush()
  // spaces the removed markup leaves at the edge of the line are layout (<b> 标题 </b>)
  for (const [edge, where] of [
    [/[\s\u3000]+$/, 'end'],
    [/^[\s\u3000]+/, 'start'],
  ] as const) {
    const m = edits.length > 0 ? edge.exec(block.value) : null
    if (!m || m[0].length === block.value.length) continue
    const span = sourceSpan(block, m.index, m.index + m[0].length)
    const [start, end] = span ?? [block.position.start.offset!, block.position.start.offset!]
    const init: RecordInit = {
      level: 'info',
      kind: 'markup',
      message: `spaces left by HTML markup at the ${where} of the line removed`,
      start,
      end,
      actual: m[0],
      expected: [],
      blockId: block.data.id,
    }
    if (!proposeChange(file, revert, init)) continue
    record(file, { ...init, removed: replaceText(block, m.index, m.index + m[0].length, '') })
  }
}

/**
 * Markup a Markdown exporter sets around words (links, wiki links, single-asterisk emphasis, highlights): the marks
 * go and the words stay ([科技城](https://…) → 科技城, ==被誉为“硅谷”== → 被誉为“硅谷”). Marks that overlap a tag
 * or an edit taken before them are left.
 */
function markdownMarkup(text: string, edits: Array<{ at: number; actual: string; replacement: string; message: string }>, labels: ReadonlySet<string>): void {
  const taken = edits.map((e) => [e.at, e.at + e.actual.length])
  const defined = (m: RegExpMatchArray) => labels.has(referenceLabel(m[4] || m[2]))
  const kinds: Array<[RegExp, string, string, (m: RegExpMatchArray) => boolean]> = [
    [LINK, '[', 'Markdown link', () => true],
    [REFERENCE_LINK, '][', 'Markdown reference link', defined],
    [WIKI_LINK, '[[', 'wiki link', () => true],
    [EMPHASIS, '*', 'Markdown emphasis', () => true],
    [UNDERSCORE_EMPHASIS, '_', 'Markdown emphasis', () => true],
    [HIGHLIGHT, '==', 'highlight', () => true],
  ]
  for (const [pattern, mark, name, accept] of kinds) {
    if (!text.includes(mark) || (pattern === REFERENCE_LINK && labels.size === 0)) continue
    for (const m of text.matchAll(pattern)) {
      if (!accept(m)) continue
      const open = m.index!
      const close = open + m[1].length + m[2].length
      const end = close + m[3].length
      if (taken.some(([from, to]) => open < to && end > from)) continue
      taken.push([open, end])
      const whole = text.slice(open, end)
      edits.push({ at: open, actual: m[1], replacement: '', message: `${name} “${whole}” read as its text “${m[2]}” (its opening mark)` })
      edits.push({ at: close, actual: m[3], replacement: '', message: `${name} “${whole}” read as its text “${m[2]}” (its closing mark)` })
    }
  }
}

/** A reference link's label as Markdown matches it: case and inner spaces aside. */
function referenceLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase()
}

/** The labels the page's reference link definitions define ([3]: https://… → 3). */
function definedLabels(lines: string[]): Set<string> {
  const labels = new Set<string>()
  for (const line of lines) {
    if (!line.includes(']:')) continue
    const m = LINK_DEFINITION.exec(line)
    if (m) labels.add(referenceLabel(m[1]))
  }
  return labels
}

/** A space, a space reference or a tag: what may stand between a space reference and the line's edge. */
const EDGE_TOKEN = /[\s\u3000]|&(?:nbsp|ensp|emsp|thinsp);|<[^<>]*>/y

/** Where the run of edge tokens starting at `from` ends. */
function edgeTokens(text: string, from: number): number {
  let at = from
  for (;;) {
    EDGE_TOKEN.lastIndex = at
    if (!EDGE_TOKEN.test(text)) return at
    at = EDGE_TOKEN.lastIndex
  }
}

/**
 * Where the run of edge tokens closing the text starts, found from the end (a scan from each
 * position would be quadratic on a line of many references).
 */
function trailingEdgeOf(text: string): number {
  let end = text.length
  while (end > 0) {
    const ch = text[end - 1]
    if (/[\s\u3000]/.test(ch)) {
      end--
      continue
    }
    const open = ch === ';' ? text.lastIndexOf('&', end - 1) : ch === '>' ? text.lastIndexOf('<', end - 1) : -1
    if (open < 0 || end - open > 300 || edgeTokens(text, open) !== end || text.slice(open, end).includes('<', 1)) break
    end = open
  }
  return end
}

/** Columns a character takes in a fixed-width dump: CJK and full-width forms two, others one. */
function displayWidth(text: string): number {
  let width = 0
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!
    width += isWide(cp) ? 2 : 1
    i += cp > 0xffff ? 2 : 1
  }
  return width
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp > 0xffff
  )
}

/**
 * The end of the run of consecutive lines that starts at line `i` (`runOf`: each line's run, -1 for
 * a line of its own, a Markdown heading): a line of its own is a run of one.
 */
function runEnd(runOf: number[], i: number): number {
  let j = i
  while (j < runOf.length && runOf[j] === runOf[i] && runOf[i] >= 0) j++
  return j === i ? i + 1 : j
}

interface Lines {
  blocks: Block[]
  runOf: number[]
  indented: boolean[]
  indents: Array<{ count: number; width: number }>
}

/** A serial number alone on its line: the first cell of a row of a table set one cell a line. */
const SERIAL = /^[0-9]{1,3}$/
/** A cell of such a table is short and no sentence. */
const FLAT_CELL_MAX = 30
/** Cells a row may have. */
const FLAT_ROW_MIN = 2
const FLAT_ROW_MAX = 8

/**
 * A table whose cells text extraction set one a line (序号 / 机构 / 地址 / 电话 / 1 / 妇幼保健院 / …):
 * rows of as many lines, each opening with its serial number, one more than the last, maybe under a
 * header of as many lines. Its rows are set again as lines of cells apart (1　妇幼保健院　健康路16号),
 * so that the serial numbers are not read as page numbers and the cells not as headlines.
 */
function rebuildFlatTables(lines: Lines, file: VFile): Lines {
  const out: Lines = { blocks: [], runOf: [], indented: [], indents: [] }
  const { blocks, runOf } = lines
  const keep = (k: number, run = lines.runOf[k]) => {
    out.blocks.push(blocks[k])
    out.runOf.push(run)
    out.indented.push(lines.indented[k])
    out.indents.push(lines.indents[k])
  }
  for (let i = 0; i < blocks.length; ) {
    let j = runEnd(runOf, i)
    let rows = j - i >= 2 * FLAT_ROW_MIN + 1 ? readFlatTable(blocks.slice(i, j).map((b) => b.value.trim())) : undefined
    // (or each row a paragraph of its own, its cells one a line: 排名 / 片名 / 票房, blank, 1 / 星际邮差 /
    // 4.32, blank, 2 / …; the runs are of one length, the row's width)
    if (!rows && j - i >= FLAT_ROW_MIN && j - i <= FLAT_ROW_MAX) {
      let end = j
      let count = 1
      while (end < blocks.length && runEnd(runOf, end) - end === j - i) {
        end = runEnd(runOf, end)
        count++
      }
      const spread = count >= 3 ? readFlatTable(blocks.slice(i, end).map((b) => b.value.trim())) : undefined
      if (spread && spread.every(([from, to]) => to - from === j - i)) {
        rows = spread
        j = end
      }
    }
    if (!rows) {
      for (let k = i; k < j; k++) keep(k)
      i = j
      continue
    }
    for (const [from, to] of rows) {
      const row = blocks[i + from]
      for (let k = i + from + 1; k < i + to; k++) appendBlock(row, blocks[k], '\u3000')
      // (each row a line of its own: no wrap joins it)
      keep(i + from, -1)
    }
    record(file, {
      level: 'info',
      kind: 'layout',
      message: `a table set one cell a line (${j - i} lines) rebuilt into ${rows.length} rows of ${rows[0][1] - rows[0][0]} cells`,
      start: blocks[i].position.start.offset!,
      end: blocks[j - 1].position.end.offset!,
      actual: `${j - i} lines`,
      expected: [`${rows.length} rows`],
    })
    i = j
  }
  return out
}

/** What opens each row of a table without serial numbers: a date (6月12日（周三）) or a weekday (星期一). */
const ROW_KEYS = [/^[0-9]{1,2}月[0-9]{1,2}日/, /^(?:星期|周)[一二三四五六日天]$/]
/** Rows such a table must have: keys are weaker evidence than serial numbers. */
const KEYED_ROWS_MIN = 3

/**
 * The rows of a flat table whose every row opens with a key of one kind and holds no other (星期一 /
 * 1和6 / 星期二 / 2和7 / …), from line `start`, `width` lines each; else undefined.
 */
function keyedRows(cells: string[], start: number, width: number): Array<[number, number]> | undefined {
  const key = ROW_KEYS.find((k) => k.test(cells[start]))
  if (!key) return start === width ? figuredRows(cells, width) : undefined
  if ((cells.length - start) / width < KEYED_ROWS_MIN) return undefined
  for (let at = start; at < cells.length; at += width) {
    if (!key.test(cells[at])) return undefined
    for (let c = 1; c < width; c++) if (key.test(cells[at + c])) return undefined
  }
  // (a header over them holds no key either)
  for (let c = 0; c < start; c++) if (key.test(cells[c])) return undefined
  return rowRanges(cells.length, start, width)
}

/** The line ranges of a flat table's rows of `width` lines from `start`, under its header if it has one. */
function rowRanges(length: number, start: number, width: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = start > 0 ? [[0, start]] : []
  for (let at = start; at < length; at += width) ranges.push([at, at + width])
  return ranges
}

/** A cell that is a figure alone: 3.2145, 186.5, 20. */
const FIGURE_ALONE = /^[-+]?[0-9]+(?:\.[0-9]+)?%?$/

/**
 * The rows of a flat table under a header of `width` words (村委会 / 村民小组 / 地类 / 面积（公顷） / 大营 /
 * 大营一组 / 耕地 / 3.2145 / …): three rows or more whose last cell is a figure, where no other cell
 * and no header cell is one; else undefined.
 */
function figuredRows(cells: string[], width: number): Array<[number, number]> | undefined {
  if ((cells.length - width) / width < KEYED_ROWS_MIN) return undefined
  for (let c = 0; c < width; c++) if (/[0-9]/.test(cells[c])) return undefined
  for (let at = width; at < cells.length; at += width) {
    if (!FIGURE_ALONE.test(cells[at + width - 1])) return undefined
    for (let c = 0; c < width - 1; c++) if (FIGURE_ALONE.test(cells[at + c])) return undefined
  }
  return rowRanges(cells.length, width, width)
}

/** The rows of a run of lines that is a flat table, as [from, to) line ranges; else undefined. */
function readFlatTable(cells: string[]): Array<[number, number]> | undefined {
  if (cells.some((cell) => cell.length === 0 || cell.length > FLAT_CELL_MAX || /[。！？；，,]/.test(cell))) return undefined
  for (let width = FLAT_ROW_MIN; width <= FLAT_ROW_MAX; width++) {
    // (the rows start at the first line, or after a header of as many cells)
    for (const start of [0, width]) {
      const body = cells.length - start
      if (body < 2 * width || body % width !== 0) continue
      const keyed = keyedRows(cells, start, width)
      if (keyed) return keyed
      if (!SERIAL.test(cells[start])) continue
      let serial = Number(cells[start])
      let rows = true
      for (let at = start + width; at < cells.length && rows; at += width) rows = SERIAL.test(cells[at]) && Number(cells[at]) === ++serial
      // (no serial inside a row: the width would be wrong)
      for (let at = start; at < cells.length && rows; at += width) for (let c = 1; c < width; c++) if (SERIAL.test(cells[at + c]) && Number(cells[at + c]) === Number(cells[at]) + 1) rows = false
      if (!rows) continue
      return rowRanges(cells.length, start, width)
    }
  }
  return undefined
}

/** The mark that opens an item of a list of briefs or notices (not ▲, a caption's). */
const HANGING_MARK = /^[■□◆◇●○△★☆•▪]/

/**
 * A run of lines set as a list with a hanging indent (■某某街道“冬季健康讲座” / 　时间：…上午9: / 30　地点：…): it
 * opens on a flush line with an item's mark, at least two items do, no marked line is set in, and each line set
 * in stands under a marked line, continuing its item; the indent opens no paragraph there.
 */
function hangingItems(lines: Block[], indented: boolean[]): boolean {
  if (lines.length < 3 || indented[0] || !HANGING_MARK.test(lines[0].value)) return false
  let marks = 0
  let setIn = 0
  for (let k = 0; k < lines.length; k++) {
    const marked = HANGING_MARK.test(lines[k].value)
    if (marked && indented[k]) return false
    if (marked) marks++
    if (indented[k]) setIn++
  }
  return marks >= 2 && setIn >= 1
}

/** Fewer full lines than this share means the lines of a run are paragraphs, not a hard wrap. */
const HARD_WRAP_SHARE = 0.6
const HARD_WRAP_MIN_WIDTH = 20
/** Columns a line of a short run may stand past the page's wrap width and still be read at that wrap. */
const WRAP_OVERRUN = 4
/** Wrapped runs, each one paragraph, that show a page sets its paragraphs apart by blank lines. */
const WHOLE_RUNS_MIN = 3

/** A table of contents' entry: a short line, no sentence in it. */
const ENTRY_MAX = 30
/** The entries a table of contents lists at least. */
const LISTED_ENTRIES_MIN = 3

/**
 * The lines of a table of contents set line under line: three or more in a row, each short and printed again further
 * down (目录 / 第一天　出发 / 第二天　进山 / 写在最后, and later each alone over its text). A dump's wrap never cuts a
 * paragraph into lines the page prints again whole.
 */
function entriesPrintedAgain(blocks: Block[]): Set<number> {
  const at = new Map<string, number>()
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i].value.trim()
    if (text.length >= 2 && text.length <= ENTRY_MAX && !/[。；;！？!?]/.test(text)) at.set(text, i)
  }
  const again = (i: number) => at.get(blocks[i].value.trim()) ?? -1
  const out = new Set<number>()
  for (let i = 0; i < blocks.length; ) {
    // (printed again in the run's order, text between each two: the headings a contents lists, not a column's lines
    // printed twice, which stand line under line)
    let j = i
    while (j < blocks.length && again(j) > (j > i ? again(j - 1) + 1 : j + 1)) j++
    if (j - i >= LISTED_ENTRIES_MIN) for (let k = i; k < j; k++) out.add(k)
    i = j > i ? j : i + 1
  }
  return out
}

/**
 * A dump wrapped at a fixed width cuts every paragraph into lines of (nearly) the same width. Such a
 * run of lines is reflowed: a paragraph ends at a short line or before an indented line.
 */
function reflowHardWraps(
  blocks: Block[],
  runOf: number[],
  indented: boolean[],
  indents: Array<{ count: number; width: number }>,
  file: VFile,
): Block[] {
  let runs: WrapRun[] = []
  // (whether the page holds a script other than Chinese and Latin at all: most do not, and each line
  // is not asked then)
  const otherScript = OTHER_SCRIPT_BLOCKS.test(String(file.value))
  // (and so do the lines a phone's screenshots print at each screen's head, the status bar: the text goes on under them)
  const screenHeads = new Set(screenHeadLines(blocks.map((block) => block.value)))
  // (and a table of contents' entries, each line printed again further down: the headings it lists)
  const listedAgain = entriesPrintedAgain(blocks)
  for (let i = 0; i < blocks.length; ) {
    const j = runEnd(runOf, i)
    // a page's furniture (its folio, its number, its staff) ends a run: the next page of a dump
    // may be wrapped at another width; and so does a continuation marker on a line of its own, which
    // stands where the text goes to or comes from another page (（上接第1版） / 育茶叶加工企业…，“云雾山 /
    // 茶”品牌…: the two lines brought back are a short run of their own, read at the page's wrap)
    for (let k = i; k < j; k++) {
      // (furniture is a short line: a paragraph is not read)
      // (nor do a scan's specks, set inside a column: the paragraph goes on under them)
      if (k + 1 === j || ((blocks[k].value.length > 64 || !(isFurnitureLine(blocks[k].value) || isMarkerLine(blocks[k].value)) || isStrokeSpecks(blocks[k].value)) && !screenHeads.has(k))) continue
      if (k > i) runs.push(readRun(blocks, i, k, indents))
      runs.push(readRun(blocks, k, k + 1, indents))
      i = k + 1
    }
    if (i < j) runs.push(readRun(blocks, i, j, indents))
    i = j
  }
  runs = readLineDump(runs, blocks, runOf, indents)
  // The page's wrap, from its wrapped runs: a run too short to show it (a title or a paragraph of two
  // lines) is cut at the same width; its full line joins the next, unless it ends a sentence.
  // (a box of rows or of label and value lines, one width by chance, shows no wrap: 营收:71.35亿元　+11.6%)
  // (by the cells alone: the other tests of a line apart are costly and asked of every line below)
  // (and a wrap of prose: its full lines hold a mark of prose somewhere; a signature's lines, the
  // issuer's name over a date, are as wide by chance)
  const wrappedRuns = runs.filter((run) => run.wrapped && run.lines.filter((line) => hasCellGap(line.value) || isTableRow(line.value)).length * 2 < run.lines.length && run.lines.some((line, k) => run.full[k] && PROSE_MARK.test(line.value)))
  // (the page's width as its lines reach it, marks hanging past a run's measure with them: a short run's line may stand so far out)
  const pageWidth = wrappedRuns.length > 0 ? Math.max(...wrappedRuns.map((run) => run.reach)) : 0
  const pageCount = wrappedRuns.length > 0 ? Math.max(...wrappedRuns.flatMap((run) => run.counts)) : 0
  const paragraphIndent = commonIndent(indents)
  // (a page that sets its paragraphs apart by blank lines: in each of its wrapped runs only the last
  // line falls short, each run one paragraph, and so is a short run of its lines)
  const runsWhole = wrappedRuns.length >= WHOLE_RUNS_MIN && wrappedRuns.every((run) => run.full.slice(0, -1).every(Boolean))
  const out: Block[] = []
  for (const run of runs) {
    const { from, lines } = run
    // a block set in from the margin (a pull quote, a box): each of its lines carries one indent,
    // not the page's paragraph indent, which is its margin and opens no paragraph
    const setIn = lines.length >= 2 && paragraphIndent > 0 && indents.slice(from, from + lines.length).every((indent) => indent.count > 0 && indent.count !== paragraphIndent && indent.count === indents[from].count)
    let full = run.full
    // (a short run whose last line stops on no mark at all: a clause cut off, as a page's break cuts one, going on past the
    // run; on a page that sets its paragraphs apart by blank lines it opens no paragraph of its own under a sentence's end,
    // which would have a blank line over it, and no head)
    const cutAtBreak = runsWhole && lines.length <= 3 && !MARK_END.test(lines[lines.length - 1].value.trim()) && holdsHan(lines[lines.length - 1].value)
    // (the record names the width the lines reach, marks hanging past the measure with them)
    let max = run.reach
    // (a caption wrapped under its photo at the photo's width, narrower than the text's: its lines are
    // one caption, ▲某某小学学生在课后服务 / 时间参加社团活动（某某供图）)
    if (!run.wrapped && isWrappedCaption(lines, run.widths)) {
      const caption = lines[0]
      for (const line of lines.slice(1)) appendBlock(caption, line, glueAcrossBreak(caption.value, line.value))
      out.push(caption)
      record(file, {
        level: 'info',
        kind: 'layout',
        message: `caption wrapped over ${lines.length} lines under its picture joined`,
        start: lines[0].position.start.offset!,
        end: lines[lines.length - 1].position.end.offset!,
        actual: `${lines.length} lines`,
        expected: ['1 caption'],
      })
      continue
    }
    // (which lines are full at the page's wrap: asked of a long run by the items' test, then by the reading below)
    let fullAtPage: boolean[] | undefined
    const fullAtPageWidth = () => (fullAtPage ??= fullLines(lines, run.widths, run.counts, pageWidth, pageCount))
    // (a line of the run far wider than the page's wrap disproves it: in a fixed-width wrap no line
    // runs past the width; a title over a paragraph set on one line of its own)
    if (!run.wrapped && pageWidth >= HARD_WRAP_MIN_WIDTH && Math.max(...run.widths) <= pageWidth + WRAP_OVERRUN && isPunctuated(lines) && ((lines.length <= 3 && lines.length >= 2) || itemsWrappedOnce(lines, fullAtPageWidth()))) {
      // (on a page whose runs are its paragraphs, a short run of prose is read at its own width: its column
      // may be narrower than the page's widest, and a line may end a sentence and fill it when the run
      // wraps on over two lines under it; a last line alone under a sentence's end may be a paragraph of
      // its own still. Not a caption, a credit in brackets, a headline or fields, each its own line)
      full = runsWhole && isProseRun(lines)
        ? fullLines(lines, run.widths, run.counts, Math.max(...run.widths), Math.max(...run.counts)).map((f, k) => f && (k + 2 < lines.length || !endsComplete(lines[k].value) || cutAtBreak))
        : fullAtPageWidth().map((f, k) => f && (!endsComplete(lines[k].value) || saysWhoAfter(lines[k].value, lines[k + 1]?.value)))
      max = pageWidth
    } else if (!run.wrapped && runsWhole && isWholeLongRun(run, pageWidth)) {
      // (and so is a longer run whose lines but its last are all full at the page's wrap, though half of them end a
      // sentence there by chance: 在学生们看来，…的教授”。 / 夏天棉花打顶期间，… / 中午…，下午接着干。 / …胶 鞋和 / 一顶旧草帽。;
      // a blank line would stand over a paragraph of its own; the sentence's end over the last line may still close one)
      full = run.full.map((f, k) => f && (k + 2 < lines.length || !endsComplete(lines[k].value)))
    } else if (!run.wrapped) {
      const runIndented = indented.slice(from, from + lines.length)
      // (a post's sentence broken into a phone's short lines: not when the run is the whole page, whose
      // lines are then its paragraphs)
      const listed = lines.length >= 2 ? joinWrappedNameLists(lines, file) : lines
      if (listed !== lines) out.push(...listed)
      else if (runs.length > 1 && !runIndented.some(Boolean) && lines.length >= 2 && lines.length <= BROKEN_RUN_MAX) out.push(...joinBrokenSentences(lines, file, from > 0 && isListLabel(blocks[from - 1].value)))
      else out.push(...reflowIndented(lines, runIndented, file, indents.slice(from, from + lines.length)))
      continue
    }
    // (nor a headline's stack over its byline, set on a run of its own: its title and its subtitle, each
    // as wide as the other by chance, are heads for join to read, not a paragraph's wrapped lines)
    // (and so is a flush stack of no sentence set as a run of its own right over its byline, on a page whose paragraphs
    // open indented: a kicker that fills the column by chance over the title's lines, 某某、某某，可使某某提升约15% / 某某材料
    // / 实现量产 / ◎本报记者 某某; a paragraph there would open indented)
    const overByline = from + lines.length < blocks.length && isSignedLine(blocks[from + lines.length].value) && paragraphIndent > 0 && !indented.slice(from, from + lines.length).some(Boolean) && !lines.some((line) => /[。！？!?]/.test(line.value))
    const headStack = lines.length <= 4 && ((isSignedLine(lines[lines.length - 1].value) && lines.slice(0, -1).every((line) => isHeadingShapedText(line.value))) || overByline)
    if (!full.some(Boolean) || headStack) {
      out.push(...lines)
      continue
    }
    let current = lines[0]
    let merged = 0
    // (a column whose paragraphs open indented sets its heads flush over its first paragraph: the
    // kicker, the title's lines, the byline are lines of their own, whatever their widths; join reads
    // a title's two lines as one, 某某：一支“某某”队伍 / 撑起…一片天, a kicker over them stays apart)
    // (the run's head: the lines right over its first indented line, flush and of no clause's punctuation)
    const firstIndented = setIn ? -1 : lines.findIndex((_, k) => k > 0 && indented[from + k])
    let headFrom = firstIndented < 0 ? 0 : firstIndented
    // (over a byline too, and a headline's marks inside its quotation are a quoted phrase's: 推行“一窗受理、集成服务”)
    const headLine = (text: string) => isSignedLine(text) || (!CLAUSE_MARK.test(text.replace(QUOTED_SPAN, '')) && isHeadingShapedText(text))
    while (headFrom > 0 && !indented[from + headFrom - 1] && headLine(lines[headFrom - 1].value)) headFrom--
    // (the lines under a list's label, 相关稿件 / 某某新闻发布会 / 某某新闻发布会, are its items: none wraps
    // into the next, however alike their widths)
    let listed = false
    const hanging = hangingItems(lines, indented.slice(from, from + lines.length))
    // (a caption's mark that opens three paragraphs of the run, each indented, is a list's bullet here: △某某局… / △某某镇…;
    // an item whose first line ends a sentence goes on, as a caption would not)
    const listMark = markOfItems(lines, indented.slice(from, from + lines.length))
    const copyEdges = repeatedLineEdges(lines)
    const opensListItem = (text: string) => listMark !== undefined && text.startsWith(listMark) && !isLineApart(text.slice(listMark.length))
    for (let k = 1; k < lines.length; k++) {
      const line = lines[k]
      if (hanging) {
        // (a list set with a hanging indent: its items open flush on their marks, each item's lines under
        // it set in, and only a mark opens the next, or a flush line after an item's sentence ran short)
        if (HANGING_MARK.test(line.value) || (!indented[from + k] && !full[k - 1] && FULL_STOP_END.test(lines[k - 1].value))) {
          out.push(current)
          current = line
          continue
        }
        appendBlock(current, line, glueAcrossBreak(current.value, line.value))
        merged++
        continue
      }
      listed ||= lines[k - 1].value.length <= 12 && isListLabel(lines[k - 1].value)
      // a full line ends the paragraph too when a caption, a byline or the like starts after it, or
      // when it ends a sentence and what comes is a caption's end, a headline (a short line after a
      // paragraph whose last line happened to be full) or text in the other script
      // (a full stop, not a semicolon: a clause list may go on)
      // (or signs it after its mark with a note in brackets, a reader's name and place: …是什么原因？（某某县　读者　某某）)
      const finished = FULL_STOP_END.test(lines[k - 1].value) || SIGNED_STOP_END.test(lines[k - 1].value)
      // (page furniture or a marker takes no line after it either: a dateline and its source over a
      // heading, whatever their widths; joined, the two would read as furniture once the space
      // between them is gone, and the heading would go with it)
      const apart =
        isLineApart(line.value) ||
        // (nor a table of contents' entry, a heading the page prints again further down: 目录 / 第一天　出发 / 第二天　进山)
        listedAgain.has(from + k) ||
        listedAgain.has(from + k - 1) ||
        isFurnitureLine(current.value) ||
        isMarkerLine(current.value) ||
        // (nor the hours a line is open, which a hotline's box sets under it: 每周二、周四 9:00—11:30)
        patterns.serviceHours.test(current.value.trim()) ||
        // (nor does a byline or a credit that happens to fill its line: 本报记者 宋文博 通讯员 钟慧)
        isSignedLine(current.value) ||
        // (nor a row of cells: 北川队　2:3　江城队, the rows of a table are of one width too)
        hasCellGap(current.value) ||
        // (nor a row of fields parted by bars, a dateline's or a document's: 某某 2019-06-03 | 1.2万阅读 | 36收藏)
        BARRED_FIELDS.test(current.value.trim()) ||
        // (nor a line in another script: a bilingual notice's two versions, 伊宁县…旅游局 / ناھىيەلىك…)
        (otherScript && changesScript(lines[k - 1].value, line.value)) ||
        // (nor a date alone, which signs a notice under its issuer, or what follows it: 某某县人民政府办公室 /
        // 2025年4月8日 / （此件公开发布）)
        (line.value.length <= DATE_LINE_MAX && isDateLine(line.value)) ||
        (lines[k - 1].value.length <= DATE_LINE_MAX && isDateLine(lines[k - 1].value)) ||
        // (nor a listed post's stamp, its date and counts under its headline: 2024-03-10 评论 231)
        POST_STAMP.test(line.value.trim()) ||
        POST_STAMP.test(lines[k - 1].value.trim()) ||
        // (nor the items of a list of results, each opened by its label and ending in its figure:
        // 男子高中组100米：张浩然(市一中)10秒85 / 女子高中组800米：刘思琪(实验中学)2分21秒36)
        (FIGURE_END.test(lines[k - 1].value) && FIELD_OPENING.test(line.value) && FIELD_OPENING.test(lines[k - 1].value)) ||
        // (nor the items of a numbered list, each opened by its number, nor a line ending with a file's
        // name: 1.某某实施方案.pdf / 2.某某分布图.jpg)
        (isNumberedItem(line.value) && isNumberedItem(lines[k - 1].value)) ||
        // (nor the entries of a list of references, each opened by its number in square brackets: [2] 某某.…[M]. / [3] …)
        (REFERENCE_ENTRY.test(line.value) && REFERENCE_ENTRY.test(lines[k - 1].value)) ||
        // (nor a note at the page's foot, opened by its circled number that the text above cites: …鄂西L村①为个案… / ① 为遵循…。)
        isCitedFootNote(lines, k) ||
        FILE_NAME_END.test(lines[k - 1].value) ||
        // (nor a headline in black brackets, on its line as a post sets it over its text: #某某# 【…】)
        (lines[k - 1].value.endsWith('】') && BRACKETED_HEADLINE.test(lines[k - 1].value.trim())) ||
        // (nor an author's name over the dateline of a self-media post, under the headline: 某某晚报 /
        // 2025-02-18 10:23江苏某某晚报官方账号)
        (line.value.length <= 16 && from + k + 1 < blocks.length && isAuthorDateline(blocks[from + k + 1].value)) ||
        // (a head set over text with no blank line under it is not one on a page that sets its runs apart)
        (finished && ((isLineApart(current.value) && !opensListItem(current.value)) || (!full[k] && isHeadingShapedText(line.value) && !(runsWhole && (k + 1 < lines.length || cutAtBreak) && isProseRun(lines))) || isLatinLine(line.value) !== isLatinLine(lines[k - 1].value))) ||
        // (nor a box's label set into a wrapped paragraph, over the box's title and its table: …价格上涨带 /
        // 数据 / 某某产品产量 / 品种  产量…; the paragraph goes on after the box, and join reads it across)
        (line.value.length <= 4 && !full[k] && /^\p{Script=Han}+$/u.test(line.value) && k + 2 < lines.length && isHeadingShapedText(lines[k + 1].value) && (hasCellGap(lines[k + 2].value) || isTableRow(lines[k + 2].value))) ||
        // (nor a section's head set flush between a paragraph's end and the next indented paragraph, in a
        // column whose paragraphs open indented: as wide as the column or not, 一、深刻把握…的内在逻辑)
        (finished && !setIn && firstIndented >= 0 && !indented[from + k] && k + 1 < lines.length && indented[from + k + 1] && isHeadingShapedText(line.value)) ||
        // (nor a caption closed by its credit in brackets, which ends it as a full stop would: ▲某某站。（通讯员 某某 摄）,
        // or after its sentence: ▲某某在调试样机。 学生记者 某某 摄)
        (current === lines[k - 1] && patterns.captionMark.test(current.value) && (CREDIT_NOTE_AT_END.test(current.value) || CREDIT_AFTER_CAPTION.test(current.value.trim()))) ||
        // (nor one of no mark, the whole line its sentence and its credit after a space: 某某修剪茶树。 本报记者 某某摄)
        (current === lines[k - 1] && CAPTION_WITH_CREDIT_LINE.test(current.value.trim())) ||
        // (nor a line a turn of a Q&A or an interview opens after a sentence's end: …洗热水澡？ / 答：可以，…)
        (finished && opensDialogueTurn(line.value)) ||
        // (nor the next item of a list of briefs, each opened by its bullet: …全部恢复供电。 / ●县妇联…)
        (finished && BULLET_OPENING.test(line.value)) ||
        (k - 1 >= headFrom && k < firstIndented && current === lines[k - 1]) ||
        // (nor a headline's lines over its byline, 某某公司加码某某 / 产能扩张背后的“某某”考量 / 某某社记者 某某: a title, its
        // subtitle and its byline fill a narrow column's line by chance; join reads a title's two lines as one)
        // (the byline may be its authors' names alone, set apart by spaces: ——某地茶产业发展纪实 / 王某某 李某某)
        (current === lines[k - 1] && !CLAUSE_MARK.test(current.value) && isHeadingShapedText(current.value) &&
          (isSignedLine(line.value) || isAuthorsRow(line.value) || (k + 1 < lines.length && isSignedLine(lines[k + 1].value) && !CLAUSE_MARK.test(line.value) && isHeadingShapedText(line.value)))) ||
        // (nor the next item of a list its paragraph opened, by the next ordinal and the same word: 一防倒春寒。…
        // / 二防病虫害。…, 一是… / 二是…)
        (finished && isNextOrdinalItem(current.value, line.value)) ||
        // (nor the next item of a numbered list its paragraph opened, the items wrapped line by line with no blank between
        // them: 1.某某：…， / …到。 / 2.某某：…; （一）… / （二）…)
        (finished && isNextNumberedItem(current.value, line.value)) ||
        // (nor the next of a run of items each opened by its term and a colon, as its paragraph opened: 早稻：…。 / 晚稻：…)
        (finished && isNextTermItem(current.value, line.value)) ||
        // (nor a line that opens an article: the headline over it filled its line, 县农行发放…万元 / 本报讯　通讯员…;
        // nor that headline after a sentence's end)
        opensWithDateline(line.value) ||
        (finished && k + 1 < lines.length && opensWithDateline(lines[k + 1].value) && isHeadingShapedText(line.value)) ||
        // (nor the lines of a column a scan or a layout printed twice in a row: the copy stands apart, for
        // dedup to read against the paragraph it repeats)
        copyEdges.has(k) ||
        // (nor a short sentence between a full line left open and a count alone under it, which no paragraph is: the
        // count is the open line's tail, the sentence a caption set into the column, for join to step over, …总投资超过 /
        // 城东产业园一角。 / 八十亿元。)
        (!full[k] && !endsComplete(lines[k - 1].value) && endsComplete(line.value) && k + 1 < lines.length && !indented[from + k + 1] && isCountAlone(lines[k + 1].value))
      if ((indented[from + k] && !setIn) || !full[k - 1] || apart || listed) {
        out.push(current)
        current = line
        continue
      }
      appendBlock(current, line, glueAcrossBreak(current.value, line.value))
      merged++
    }
    out.push(current)
    record(file, {
      level: 'info',
      kind: 'layout',
      message: `${lines.length} lines wrapped at a fixed width (${max} columns) reflowed into ${lines.length - merged} paragraph(s)`,
      start: lines[0].position.start.offset!,
      end: lines[lines.length - 1].position.end.offset!,
      actual: `${lines.length} lines`,
      expected: [`${lines.length - merged} paragraph(s)`],
    })
  }
  return out
}


/**
 * A run of short items, each wrapped at the page's width onto a line or so under it (一、孕前三个月…戒烟戒 / 酒，避免…。 /
 * 二、…): half its lines are full, too few for the share a run shows its wrap by, but every full line but the last
 * stops inside a word, on a character and no mark at all, where only a wrap stops a line.
 */
function itemsWrappedOnce(lines: Block[], full: boolean[]): boolean {
  const cut = lines.filter((line, k) => full[k] && k + 1 < lines.length)
  return lines.length > 3 && cut.length * 2 >= lines.length - 1 && cut.every((line) => /\p{Script=Han}$/u.test(line.value.trim()))
}

/** A sentence that only names who spoke: 某某专业毕业生林思语说。 */
const SPEAKER_SENTENCE = /^[^，,。！？!?：:；;“”"、\s]{1,24}(?:说|表示|介绍|坦言|透露|指出|告诉记者)。$/

/**
 * A full line closing a quotation over a line that only names its speaker (…我会抄在笔记本的第一页。” / 某某毕业生林思语说。):
 * the speaker's sentence belongs to the quotation, and opens no paragraph, though the line over it ends a sentence.
 */
function saysWhoAfter(line: string, next: string | undefined): boolean {
  return next !== undefined && /[。！？!?]”$/.test(line.trim()) && SPEAKER_SENTENCE.test(next.trim())
}

/** A line of prose opens on a character, a letter, a figure or a quotation mark (not a caption's mark, ②, a bracket). */
const PROSE_OPENING = /^[\u4e00-\u9fffA-Za-z0-9“‘"]/

/** The most lines a run not read as wrapped may hold and still be read whole on a page of blank-line paragraphs. */
const WHOLE_LONG_RUN_MAX = 8

/**
 * A run of four lines or more on a page that sets its paragraphs apart by blank lines, prose (each line but the last
 * opening as text does, a mark of prose in it, no verse's pattern), every line but the last full at its measure, which
 * is the page's wrap.
 */
function isWholeLongRun(run: WrapRun, pageWidth: number): boolean {
  const { lines } = run
  if (lines.length <= 3 || lines.length > WHOLE_LONG_RUN_MAX || pageWidth < HARD_WRAP_MIN_WIDTH || run.max > pageWidth || run.max + WRAP_OVERRUN < pageWidth) return false
  if (!isPunctuated(lines) || !lines.slice(0, -1).every((line) => PROSE_OPENING.test(line.value))) return false
  return run.full.slice(0, -1).every(Boolean)
}

/** Lines of running prose: each opens as text does, and each but the last holds a clause's mark. */
function isProseRun(lines: Block[]): boolean {
  return lines.every((line, k) => PROSE_OPENING.test(line.value) && (k + 1 === lines.length || CLAUSE_MARK.test(line.value)))
}

/** A row of three fields or more parted by bars set apart by spaces, no clause's mark: 某某 2019-06-03 | 1.2万阅读 | 36收藏. */
const BARRED_FIELDS = /^[^，,。！？!?；;|｜丨]+(?:[ \u3000]+[|｜丨][ \u3000]+[^，,。！？!?；;|｜丨]+){2,}$/
/** A listed post's stamp: its date, maybe its time, and its counts (2024-03-10 评论 231, 2024-03-12 14:05 · 1.2万阅读). */
const POST_STAMP = new RegExp(`^${DATE}(?:${WEB_TIME})?(?:[\\s\\u3000·|｜]+(?:${COUNT_WORD}\\s*[0-9][0-9.]*\\s*[万千]?|[0-9][0-9.]*\\s*[万千]?\\s*${COUNT_WORD}))+$`)

/** Names set apart by spaces (马文学　王　平　刘德胜): a name padded to its column may be cut in two by its space. */
const NAME_CELLS = /^[\u4e00-\u9fff]{1,4}(?:[ \u3000]+[\u4e00-\u9fff]{1,4})+$/

/** Whether the text is names set apart by spaces, one of them whole at least (杨　帆　朱丽娟; 陈　刚 alone is one padded name, 新 闻 letter spacing). */
function isNameCells(text: string): boolean {
  return NAME_CELLS.test(text) && text.split(/[ \u3000]+/).some((cell) => cell.length >= 2)
}

/**
 * A list of names without a label, wrapped past its line (王某某　李某某　…　赵某某 / 钱某某　孙某某): the line over is a
 * row of names (isNameRow) and the line under holds no more names, each of two or three letters, none of the
 * line over's (a table's rows say their labels again: 中国　金牌 八十一 / 韩国　金牌 二十三).
 */
function isWrappedNameRow(before: string, line: string): boolean {
  const over = before.length <= 80 && isNameRow(before) ? namesOfRow(before) : undefined
  const under = namesOfRow(line)
  return over !== undefined && under !== undefined && under.length <= over.length && new Set([...over, ...under]).size === over.length + under.length
}

/**
 * A list of names under its label, wrapped past its line (委　　员：马文学　王　平　…　杨丽萍 / 张建明　陈　刚　…): a
 * line of nothing but names set apart by spaces, under a line whose label's colon is followed by such names,
 * goes on with that line's list (and so does the next such line), joined by a full-width space.
 */
function joinWrappedNameLists(lines: Block[], file: VFile): Block[] {
  // (cheap first: a line with a label's colon and a line without marks under it)
  let out: Block[] | undefined
  for (let k = 1; k < lines.length; k++) {
    const before = out ? out[out.length - 1] : lines[k - 1]
    const line = lines[k]
    const colon = Math.max(before.value.lastIndexOf('：'), before.value.lastIndexOf(':'))
    const fits = line.value.length <= 80 && isNameCells(line.value.trim())
    const labelled = fits && colon > 0 && isNameCells(before.value.slice(colon + 1).trim())
    const unlabelled = fits && !labelled && isWrappedNameRow(before.value.trim(), line.value.trim())
    if (!labelled && !unlabelled) {
      out?.push(line)
      continue
    }
    out ??= lines.slice(0, k)
    record(file, {
      level: 'info',
      kind: 'layout',
      message: labelled ? 'a line of names under a list of names after its label, wrapped past its line, joined to it' : 'a line of names under a line of names, a list wrapped past its line, joined to it',
      start: before.position.start.offset!,
      end: line.position.end.offset!,
      actual: '2 lines',
      expected: ['1 line'],
    })
    // (a list without its label keeps the gap its names are set apart by: 王某某  李某某 / 赵某某 reads 王某某  李某某  赵某某)
    appendBlock(before, line, labelled ? '\u3000' : (/[ \u3000]+/.exec(before.value.trim())?.[0] ?? '\u3000'))
  }
  return out ?? lines
}

/** A reference's field after its separator, saved on a line of its own: ．某某出版社, ．2019-10-25. */
const REFERENCE_FIELD = /^．\S/
/** A reference's access date in brackets, closing its entry: [引用日期2023-05-04], [访问日期：2023年5月4日]. */
const ACCESS_DATE = /^[[［【](?:引用|访问|检索|浏览|获取)(?:日期|时间)\s*[:：]?\s*[0-9]{4}[-年./][0-9]{1,2}[-月./][0-9]{1,2}日?[\]］】]$/
/** A reference's number alone on its line: 1, 12. */
const REFERENCE_NUMBER = /^[0-9]{1,3}$/

/**
 * A reference list saved a field a line (1 / 某某报告 / ．某某出版社 / ．2019-10-25 / [引用日期2023-05-04]): a line
 * opened by the fields' separator ．, and the access date in brackets after such a line, go on with the entry above
 * them, and the bare number over the entry's title opens it. Not across a heading.
 */
function joinReferenceFields(blocks: Block[], file: VFile): Block[] {
  if (!blocks.some((b) => REFERENCE_FIELD.test(b.value))) return blocks
  const out: Block[] = []
  for (let k = 0; k < blocks.length; k++) {
    const line = blocks[k]
    const before = out[out.length - 1]
    const field = REFERENCE_FIELD.test(line.value) || (ACCESS_DATE.test(line.value.trim()) && before !== undefined && before.value.includes('．'))
    if (before === undefined || !field || line.data.depth !== undefined || before.data.depth !== undefined || before.value.length > 200) {
      out.push(line)
      continue
    }
    // (the entry's number over its title: 1 / 某某报告 / ．…)
    const number = out[out.length - 2]
    const numbered = number !== undefined && number.data.depth === undefined && REFERENCE_NUMBER.test(number.value.trim()) && !before.value.includes('．') && !REFERENCE_FIELD.test(before.value)
    record(file, {
      level: 'info',
      kind: 'layout',
      message: 'a reference saved a field a line joined into one entry',
      start: (numbered ? number : before).position.start.offset!,
      end: line.position.end.offset!,
      actual: numbered ? '3 lines' : '2 lines',
      expected: ['1 line'],
    })
    if (numbered) {
      out.pop()
      appendBlock(number, before, ' ')
    }
    appendBlock(out[out.length - 1], line, '')
  }
  return out
}

/** A public account's post breaks its sentences into a phone's short lines: no longer than this, */
const BROKEN_LINE_MAX = 24
/** ...in a run of at most this many lines between blank lines. */
const BROKEN_RUN_MAX = 12
/** A sentence's end: a full stop, a question or exclamation mark, an ellipsis (not a semicolon: a list's clause). */
const BROKEN_SENTENCE_END = /[。！？!?…][”’」』）)"']*$/
/** A line's end that is a mark of any kind, once its closing quotes and brackets are read past. */
const MARK_END = /[\p{P}\p{S}]$/u
const CLOSERS_END = /[”’」』）)》】"']+$/
/** A word a clause does not end with: the line under it goes on with its clause (…东楼街段的 / 滨江夜市…). */
const CLAUSE_GOES_ON = /[的和与及把被对向从将让给]$/
/** A word, a gap and a small figure: a poster's rank and level under the name (资深会员 7). */
const RANK_AND_LEVEL = /^[\u4e00-\u9fff]{2,6}[ \u3000]+[0-9]{1,2}$/
/** A line's opening that makes it an item of its own: a bullet, a dash, a pictograph. */
const ITEM_OPENING = /^[-—–•·●○◆◇■□▲△►▶★☆※\p{Extended_Pictographic}]/u

/** The organ of an issuer named in a signature is this short at most (董事会, 监事会, 办公室, 党委). */
const ORGAN_MAX = 6
/** An issuer's name: a unit's, no mark at all. */
const ISSUER_NAME = /^[^\s，,。．.：:；;！!？?、“”"（）()《》\d]{4,30}$/

/** An item's lead-in run into its dateline after a gap, on one line: 某某镇完成某某改造　本报讯（通讯员 某某）… */
const RUN_IN_LEAD = /^[^\s\u3000。！？；，,]{4,24}[ \u3000]+\S/
const LEAD_IN_MAX = 24

/**
 * A page of short items each opened by a run-in lead-in (某某进乡村　本报讯…): a lead-in alone on its line, no mark,
 * right over (a single newline, no blank line) a line opening with a dateline is one of them set on its own line by
 * the scan, not a headline; it is joined back to its item. Only where two items at least run their lead-in in.
 */
function joinRunInLeadIns(blocks: Block[], file: VFile): Block[] {
  const runIn = blocks.filter((b) => RUN_IN_LEAD.test(b.value) && opensWithDateline(b.value.replace(/^\S+[ \u3000]+/, ''))).length
  if (runIn < 2) return blocks
  const out: Block[] = []
  for (let i = 0; i < blocks.length; i++) {
    const lead = blocks[i]
    const item = blocks[i + 1]
    const text = lead.value.trim()
    if (
      item !== undefined &&
      text.length >= 4 &&
      text.length <= LEAD_IN_MAX &&
      !/[\s\u3000。！？；，,：:]/.test(text) &&
      item.position.start.line === lead.position.end.line + 1 &&
      opensWithDateline(item.value)
    ) {
      appendBlock(lead, item)
      out.push(lead)
      record(file, {
        level: 'info',
        kind: 'layout',
        message: `an item's lead-in set on its own line over its dateline, where the page runs its items' lead-ins in, read as the item's opening`,
        start: lead.position.start.offset!,
        end: item.position.end.offset!,
        actual: '2 lines',
        expected: ['1 line'],
      })
      i++
      continue
    }
    out.push(lead)
  }
  return out
}

/**
 * A signature that sets the issuer the page named at its head on one line and its organ under it, over the date
 * (…特此公告。 / 某某股份有限公司 / 董事会 / 2024年3月22日): the page's own name for the issuer is the first line, said
 * again, so the two lines are one signer, 某某股份有限公司董事会; two issuers each a line (某某市财政局 / 某某市税务局) are
 * not joined: the first is no name the page said before.
 */
function joinIssuerAndOrgan(blocks: Block[], file: VFile): Block[] {
  const out: Block[] = []
  for (let i = 0; i < blocks.length; i++) {
    const issuer = blocks[i]
    const organ = blocks[i + 1]
    const date = blocks[i + 2]
    const name = issuer.value.trim()
    const organName = organ?.value.trim() ?? ''
    const said = (text: string) => blocks.some((other, k) => k < i - 1 && other.value.trim().startsWith(text))
    if (
      organ !== undefined &&
      date !== undefined &&
      i > 0 &&
      endsComplete(blocks[i - 1].value) &&
      ISSUER_NAME.test(name) &&
      organName.length >= 2 &&
      organName.length <= ORGAN_MAX &&
      /^[\p{Script=Han}]+$/u.test(organName) &&
      isDateLine(date.value) &&
      said(name) &&
      !said(organName)
    ) {
      appendBlock(issuer, organ)
      out.push(issuer)
      record(file, {
        level: 'info',
        kind: 'layout',
        message: `a signature's issuer, named as the page named it at its head, and its organ under it (${organName}) read as one signer`,
        start: issuer.position.start.offset!,
        end: organ.position.end.offset!,
        actual: '2 lines',
        expected: ['1 line'],
      })
      i++
      continue
    }
    out.push(issuer)
  }
  return out
}


/**
 * A notice's or a letter's issuer set at the end of its last line after a wide gap and wrapped over the next line, the
 * block's last (…逾期将依法缺席判决。　　〔某省〕某某市 / 某某区人民法院, or the gap opening that last line:
 * …召开。 / 　　〔某省〕某某区人民法院): the pieces the gap and the wrap cut off are one signature, which closes its
 * notice's paragraph as the page prints it. Read by the shape: a paragraph ending a sentence, then no blank line,
 * then one or two pieces that together name a unit and end the run (a blank line or the page's end after them).
 */
function joinSignatureAtLineEnd(blocks: Block[], file: VFile): Block[] {
  const source = String(file.value)
  const out: Block[] = []
  const sameRun = (a: Block, b: Block) => !/\n[ \t\u3000]*\n/.test(source.slice(a.position.end.offset!, b.position.start.offset!))
  const endsRun = (b: Block) => /^[ \t\u3000]*(?:\n[ \t\u3000]*\n|\n?$)/.test(source.slice(b.position.end.offset!))
  for (let i = 0; i < blocks.length; i++) {
    const paragraph = blocks[i]
    out.push(paragraph)
    if (paragraph.data.depth !== undefined || !/[。！？]$/.test(paragraph.value.trim()) || paragraph.value.length < 40) continue
    for (const count of [1, 2]) {
      const pieces = blocks.slice(i + 1, i + 1 + count)
      if (pieces.length < count || pieces.some((b) => b.data.depth !== undefined)) break
      const name = pieces.map((b) => b.value.trim()).join('')
      const chain = [paragraph, ...pieces]
      if (!ISSUER_UNIT.test(name) || !chain.every((b, k) => k === 0 || sameRun(chain[k - 1], b)) || !endsRun(pieces[count - 1])) continue
      for (const piece of pieces) appendBlock(paragraph, piece)
      record(file, {
        level: 'info',
        kind: 'layout',
        message: `an issuer's signature set at the end of a notice's last line (${name}) read as the close of its paragraph`,
        start: paragraph.position.start.offset!,
        end: paragraph.position.end.offset!,
        actual: `${count + 1} pieces`,
        expected: ['1 paragraph'],
      })
      i += count
      break
    }
  }
  return out
}

/**
 * A public account's sentence broken into a phone's short lines (今年夏天， / 三江口的“夜生活” / 又多了一个好去处！):
 * in a run of short lines between blank lines, the lines of one sentence — none ending a sentence but the
 * last, a comma among them, and one of them cut inside a clause, ending with no mark at all — are one
 * paragraph. Verse stays as it is: its lines end each a clause (a comma, or no mark on every line and no
 * sentence's end), or are of one length; so do a list's items and lines that stand apart (a label, a byline).
 * The first line without a mark may be a label over the sentence (温馨提示): it is a cut only when it ends with
 * a word no clause ends with (…的, …和).
 */
function joinBrokenSentences(lines: Block[], file: VFile, underLabel = false): Block[] {
  // (cheap tests first: every line short, then the shapes)
  if (lines.some((line) => line.value.length > BROKEN_LINE_MAX) || !lines.some((line) => BROKEN_SENTENCE_END.test(line.value))) return lines
  if (lines.some((line) => !holdsHan(line.value) || ITEM_OPENING.test(line.value) || isNumberedItem(line.value) || isLineApart(line.value))) return lines
  // (under a list's label, 往期推荐 / 相关阅读, the lines are its items, each a headline of its own: none is cut)
  if (underLabel) return lines
  const out: Block[] = []
  let joined = 0
  for (let from = 0; from < lines.length; ) {
    let to = from
    while (to < lines.length && !endsComplete(lines[to].value)) to++
    // lines [from, to] are one sentence when the last ends it
    if (to >= lines.length || to === from || !BROKEN_SENTENCE_END.test(lines[to].value)) {
      out.push(...lines.slice(from, Math.min(to + 1, lines.length)))
      from = to + 1
      continue
    }
    const group = lines.slice(from, to + 1)
    // (a word and a small figure after a gap is no clause cut: a poster's rank and level, 资深会员 7)
    const cut = (line: Block, k: number) => !MARK_END.test(line.value.replace(CLOSERS_END, '')) && !RANK_AND_LEVEL.test(line.value) && (k > 0 || CLAUSE_GOES_ON.test(line.value))
    const length = wordLength(group[0].value)
    // (nor are a comment section's label, a commenter's name and place and the comment under them one sentence: 留言 /
    // 某某 湖南 11-02 / 支持！…, or its name and place each alone, 茶乡阿伯 / 福建 / 去年买的…; nor is a line of the page's
    // furniture a line of one)
    const broken = group.slice(0, -1).some(cut) && group.some((line) => /[，,、]/.test(line.value)) && group.some((line) => wordLength(line.value) !== length) && !group.some((line) => COMMENTS.test(line.value.trim()) || PLACE_ALONE.test(line.value.trim()) || isFurnitureLine(line.value))
    if (!broken) {
      out.push(...group)
      from = to + 1
      continue
    }
    const current = group[0]
    for (const line of group.slice(1)) appendBlock(current, line, glueAcrossBreak(current.value, line.value))
    out.push(current)
    joined++
    record(file, {
      level: 'info',
      kind: 'layout',
      message: `${group.length} short lines of one sentence (a phone's line breaks) joined into one paragraph`,
      start: group[0].position.start.offset!,
      end: group[group.length - 1].position.end.offset!,
      actual: `${group.length} lines`,
      expected: ['1 paragraph'],
    })
    from = to + 1
  }
  return joined > 0 ? out : lines
}

/** A subtitle's line is this short at most (a caption's width on screen). */
const SUBTITLE_LINE_MAX = 32
/** A timed transcript holds this many stamps at least, each over its lines. */
const SEGMENT_STAMPS_MIN = 3

function stampSeconds(stamp: string): number {
  return stamp.split(':').reduce((total, part) => total * 60 + Number(part), 0)
}

/**
 * A video's timed transcript (AI文稿, 字幕, a podcast's text) set as a player shows it: a time stamp alone on its
 * line (00:00, 00:31, …), the times rising, each over the subtitle-width lines said from then to the next stamp.
 * The lines under one stamp are one paragraph of the speech: they are joined (the stamps stay lines of their own,
 * the player's, for classify). The last stamp's lines run to the blank line or the run's end, as many at most as
 * the longest segment before, and end on a sentence's end. Lines that stand apart (a label, furniture) or a line
 * wider than a subtitle's keep the segment as it is.
 */
function joinTimedSegments(lines: Lines, file: VFile): Lines {
  const { blocks, runOf } = lines
  const stamps: number[] = []
  for (let i = 0; i < blocks.length; i++) if (CLOCK_ALONE.test(blocks[i].value.trim())) stamps.push(i)
  if (stamps.length < SEGMENT_STAMPS_MIN) return lines
  // segments: [stamp, end) where the lines between are the stamp's
  const segments: Array<[number, number]> = []
  let longest = 0
  const groups: Array<Array<[number, number]>> = []
  for (let k = 0; k < stamps.length; k++) {
    const at = stamps[k]
    const next = stamps[k + 1]
    const rises = next !== undefined && stampSeconds(blocks[next].value.trim()) > stampSeconds(blocks[at].value.trim())
    // (the lines between two stamps are of one run: a blank line ends the transcript)
    const between = next !== undefined && rises && next > at + 1 && blocks.slice(at, next + 1).every((_, d) => runOf[at + d] === runOf[at] && runOf[at] >= 0)
    if (between && blocks.slice(at + 1, next).every((line) => isSubtitleLine(line.value))) {
      segments.push([at, next])
      longest = Math.max(longest, next - at - 1)
      continue
    }
    // the last stamp of a transcript: its lines to the blank line, ending a sentence
    if (segments.length > 0 && segments[segments.length - 1][1] === at) {
      let end = at + 1
      while (end < blocks.length && end - at - 1 < longest && runOf[end] === runOf[at] && runOf[at] >= 0 && isSubtitleLine(blocks[end].value) && !CLOCK_ALONE.test(blocks[end].value.trim())) end++
      while (end > at + 1 && !endsComplete(blocks[end - 1].value)) end--
      if (end > at + 1) segments.push([at, end])
    }
    // (a transcript has several stamps: two times on a page are no transcript)
    if (segments.length >= SEGMENT_STAMPS_MIN - 1) groups.push([...segments])
    segments.length = 0
    longest = 0
  }
  if (groups.length === 0) return lines
  const drop = new Set<number>()
  for (const group of groups) {
    for (const [at, end] of group) {
      if (end - at - 1 < 2) continue
      const current = blocks[at + 1]
      for (let i = at + 2; i < end; i++) {
        appendBlock(current, blocks[i], glueAcrossBreak(current.value, blocks[i].value))
        drop.add(i)
      }
      record(file, {
        level: 'info',
        kind: 'layout',
        message: `${end - at - 1} subtitle lines under one time stamp of a timed transcript joined into one paragraph`,
        start: blocks[at + 1].position.start.offset!,
        end: current.position.end.offset!,
        actual: `${end - at - 1} lines`,
        expected: ['1 paragraph'],
      })
    }
    // each stamp and its paragraph stand apart
    for (const [at, end] of group) for (let i = at; i < end; i++) runOf[i] = -1
  }
  const keep = (_: unknown, i: number) => !drop.has(i)
  return { blocks: blocks.filter(keep), runOf: runOf.filter(keep), indented: lines.indented.filter(keep), indents: lines.indents.filter(keep) }
}

/** A subtitle's line: short text, no line that stands apart by its shape. */
function isSubtitleLine(text: string): boolean {
  const line = text.trim()
  return line.length > 0 && line.length <= SUBTITLE_LINE_MAX && !CLOCK_ALONE.test(line) && !isLineApart(line) && !isFurnitureLine(line)
}

/** The indent most of a page's indented lines carry (in characters), when two lines at least carry it; else 0. */
function commonIndent(indents: Array<{ count: number }>): number {
  const seen = new Map<number, number>()
  for (const { count } of indents) if (count > 0) seen.set(count, (seen.get(count) ?? 0) + 1)
  let best = 0
  let most = 1
  for (const [count, times] of seen) if (times > most || (times === most && best > 0 && count < best)) [best, most] = [count, times]
  return best
}

/** A line of Latin text: it opens with a Latin letter and holds no Han character. */
function isLatinLine(text: string): boolean {
  return /^[A-Za-z]/.test(text) && !holdsHan(text)
}

/** A date alone on its line is this short (2025年12月31日, 二〇二五年十二月三十一日). */
const DATE_LINE_MAX = 16
/**
 * The Unicode blocks of the scripts changesScript knows (Greek, Cyrillic, Hebrew, Arabic, Thai,
 * Tibetan, Mongolian…): a plain range test, where its letter test reads each character's script.
 */
const OTHER_SCRIPT_BLOCKS = /[\u0370-\u052f\u0590-\u08ff\u0e00-\u0fff\u1000-\u109f\u10a0-\u10ff\u1800-\u18af\uac00-\ud7af]/

/** A headline in black brackets on a line of its own, its topic tag before it: #某某# 【某地发布…预警】. */
const BRACKETED_HEADLINE = /^(?:#[^#\s]{1,20}#\s*)?【[^【】]{4,60}】$/

/** A line that ends with a full stop, or a question or exclamation mark, maybe inside a quotation. */
const FULL_STOP_END = /[。！？!?][”’」』）)"']*\s*$/
/** A sentence's end signed by a note in brackets after its mark: …怎么办？（某某县　读者　某某）. */
const SIGNED_STOP_END = /[。！？!?][”’」』]*[（(][^（）()]{1,20}[）)]\s*$/

/** A run of lines [from, to) as a wrap reads it: each line's width, which are full, and whether the run is wrapped. */
function readRun(blocks: Block[], from: number, to: number, indents: Array<{ count: number; width: number }>, outliers = true): WrapRun {
  const lines = blocks.slice(from, to)
  // (a line's indent counts: the first line of a paragraph, indented, is as full as the others)
  // (a continuation marker set at a line's end stands past the measure, 比去年同期（下转第二版）: the line is read without it)
  const measured = lines.map((b) => b.value.slice(0, b.value.length - trailingMarker(b.value)))
  const widths = measured.map((text, k) => displayWidth(text) + indents[from + k].width)
  const counts = measured.map((text, k) => text.length + indents[from + k].count)
  // (the measure is read without the closing marks a line of Chinese lets hang past it: a typesetter or a browser keeps
  // 。” or ， with the character before them rather than open the next line with them, 行尾禁则, so a line ending
  // a quotation …。” stands two characters out; the run's measure is its other lines', and they are full at it)
  // (lines set apart by blank lines, read as one run, each a paragraph maybe: their widest is the limit)
  const reach = outliers ? wrapLimit(widths, 2) : Math.max(...widths)
  let max = reach
  let countLimit = Math.max(...counts)
  if (outliers) {
    // (the limit falls to the widest measured line only: lines standing out past it by more than their hanging marks are
    // a run's few wider lines, which wrapLimit reads)
    const hanging = lines.map((b) => (holdsHan(b.value) ? (b.value.match(HANGING_END)?.[0] ?? '') : ''))
    max = Math.min(reach, Math.max(...widths.map((w, k) => w - displayWidth(hanging[k]))))
    countLimit = Math.min(wrapLimit(counts, 1), Math.max(...counts.map((c, k) => c - hanging[k].length)))
  }
  // (a run whose paragraphs open indented, two at least: a flush line there continues its paragraph)
  const flushGoesOn = indents.slice(from, to).filter((indent) => indent.count > 0).length >= 2
  const full = fullLines(lines, widths, counts, max, countLimit, flushGoesOn ? indents.slice(from, to) : undefined)
  // (from the first full line: a page's head — its folio, the headline, the byline — may stand on
  // short lines of their own over the wrapped text)
  const head = Math.max(0, full.indexOf(true))
  const fullShare = full.slice(head, -1).filter(Boolean).length / Math.max(1, lines.length - 1 - head)
  // a wrap cuts lines anywhere; lines that mostly end sentences are paragraphs of similar length
  const ends = lines.filter((_, k) => full[k])
  // (nor are rows of a table: they are of one width, and each is whole)
  const rows = lines.filter((b) => isTableRow(b.value)).length
  // (two full lines at least: one line as wide as the run's widest, a title or a stanza's long line,
  // is no evidence of a wrap; the width would come from the very line it joins)
  const wrapped = ends.length >= 2 && ends.filter((b) => endsComplete(b.value)).length * 2 < ends.length && rows * 2 < lines.length
  // (and a paragraph long enough to wrap holds a mark somewhere: lines without any are verse, a song's
  // or a list's, each line whole: 五月的风吹过伊犁河 / 吹开了满园的石榴花)
  return { from, lines, widths, counts, max, reach, full, wrapped: lines.length >= 3 && max >= HARD_WRAP_MIN_WIDTH && fullShare >= HARD_WRAP_SHARE && wrapped && isPunctuated(lines) }
}

/**
 * The run reads as prose: some line holds a mark of prose, and the lines are not of one pattern (three
 * lines or more of one length with their marks at the same places, none at the end, are verse:
 * 窗外的雨，下了一整夜 / 屋里的灯，亮了一整夜 / …; a wrap cuts prose anywhere).
 */
function isPunctuated(lines: Block[]): boolean {
  if (!lines.some((line) => PROSE_MARK.test(line.value))) return false
  // (lines of unequal length, or a mark at a line's end, are not verse of this kind: most runs stop there)
  const length = lines[0].value.length
  if (lines.length < 3 || lines.some((line) => line.value.length !== length || PROSE_MARK.test(line.value[length - 1]))) return true
  const pattern = (text: string) => [...text].map((c) => (PROSE_MARK.test(c) ? 'm' : '-')).join('')
  const first = pattern(lines[0].value)
  return !lines.every((line) => pattern(line.value) === first)
}

/** Full-width closing marks a line may let hang past its measure, never opening the next line. */
const HANGING_END = /[，。、；：？！”’」』》）]+$/u

/** A line's first unit a typesetter does not part: opening marks, a character, its closing marks. */
const KEPT_TOGETHER = /^[“‘「『《（]*[^\s“‘「『《（][”’」』》），。、；：？！]*/u

const PROSE_MARK = /[，,。；;！!？?、：:“”"（）()《》]/

/** A run this long shows its wrap width even when a few of its lines stand out past it. */
const WRAP_LIMIT_MIN_LINES = 8

/**
 * The width (or count) a run of lines is wrapped at: its widest line's, unless that line is one of a
 * few (a quarter of the run at most) standing out past a width many lines reach. A PDF's text box
 * may set a few lines wider (beside a picture, over the column's foot) or a line of half-width
 * figures may count more characters; its other lines are full at their own width. Lines past the
 * limit are full too.
 */
function wrapLimit(values: number[], slack: number): number {
  const max = Math.max(...values)
  if (values.length < WRAP_LIMIT_MIN_LINES) return max
  const sorted = [...values].sort((a, b) => b - a)
  const limit = sorted[Math.floor(values.length / 4)]
  if (limit >= max - slack) return max
  return values.filter((v) => v >= limit - slack).length * 3 >= values.length ? limit : max
}

/** A page is a dump of lines, each set apart by a blank line, when this share of its runs are single lines. */
const LINE_DUMP_SHARE = 0.8
/** Full lines a stretch of such a dump must hold to be read as wrapped, and the columns of its lines. */
const LINE_DUMP_MIN_FULL = 8
const LINE_DUMP_MIN_WIDTH = 24

/**
 * Some dumps set a blank line after every line of the scan, so that a wrapped paragraph comes as a
 * row of one-line runs, each too short to show the wrap. When most runs are single lines and each
 * stretch of them between headings, read as one run, is wrapped, it is one run: its paragraphs end
 * at their short lines, as in a wrap without blank lines.
 */
function readLineDump(runs: WrapRun[], blocks: Block[], runOf: number[], indents: Array<{ count: number; width: number }>): WrapRun[] {
  const textRuns = runs.filter((run) => runOf[run.from] >= 0)
  if (textRuns.length < LINE_DUMP_MIN_FULL || textRuns.filter((run) => run.lines.length === 1).length < textRuns.length * LINE_DUMP_SHARE) return runs
  const out: WrapRun[] = []
  for (let r = 0; r < runs.length; ) {
    let end = r
    while (end < runs.length && runOf[runs[end].from] >= 0) end++
    if (end - r < 3) {
      out.push(runs[r])
      r++
      continue
    }
    const merged = readRun(blocks, runs[r].from, runs[end - 1].from + runs[end - 1].lines.length, indents, false)
    // (strong evidence only: many full lines, few of them ending a sentence, in columns not too
    // narrow. The output of a page whose lines were left apart has a blank line after each too, and
    // must not be taken for a wrap when cleaned again)
    const ends = merged.lines.filter((_, k) => merged.full[k])
    const finished = ends.filter((line) => endsComplete(line.value)).length
    const strong = ends.length >= LINE_DUMP_MIN_FULL && ends.length * 2 >= merged.lines.length && finished * 4 <= ends.length && merged.max >= LINE_DUMP_MIN_WIDTH
    if (merged.wrapped && strong) out.push(merged)
    else out.push(...runs.slice(r, end))
    r = end
  }
  return out
}

interface WrapRun {
  from: number
  lines: Block[]
  widths: number[]
  counts: number[]
  max: number
  /** The widest as the run's lines reach, closing marks hanging past its measure counted. */
  reach: number
  full: boolean[]
  wrapped: boolean
}

/**
 * Which lines are full at a wrap of `max` columns or `maxCount` characters: a line is full when the
 * next line's first word would not have fitted after it (greedy wrapping; CJK lines get one
 * character of slack, since a line may not start with punctuation). A dump may also be cut at a
 * number of characters, whatever their width (a line holding half-width figures is then narrower):
 * a line of that many characters, less one, is full too.
 */
function fullLines(lines: Block[], widths: number[], counts: number[], max: number, maxCount: number, indents?: Array<{ count: number }>): boolean[] {
  return widths.map((w, k) => {
    const next = lines[k + 1]?.value
    if (next === undefined) return false
    // (a line standing out past the run's wrap by more than a character, in width and in count, is set on a line of its
    // own, not cut by the wrap: a slogan or a quotation printed whole in a narrow column, “…，…。” under 标语：)
    if (w > max + 2 && counts[k] > maxCount + 1 && WHOLE_QUOTATION.test(lines[k].value.trim())) return false
    // (by count in Chinese text, acronyms and figures in it too: COP15, 5G; not in Latin text,
    // wrapped at spaces)
    if (holdsHan(lines[k].value) && counts[k] >= maxCount - 1) return true
    // (where paragraphs open indented, a flush line after a line short by its first unit: a typesetter
    // keeps an opening mark with the character after it and a closing mark with the one before, 行首
    // 行尾禁则, so a line ends a character short before “山上… or 员”等…)
    if (indents && indents[k + 1].count === 0 && holdsHan(lines[k].value) && counts[k] + (next.match(KEPT_TOGETHER)?.[0].length ?? 1) >= maxCount) return true
    const latin = /^[A-Za-z0-9]/.test(next)
    // (a Latin word or figure runs to the first space or the first character that is not ASCII:
    // 2015年… may be cut after 2015)
    const firstWord = latin ? next.match(/^[\x21-\x7e]+/)![0] : next.slice(0, 1)
    return latin ? w + 1 + displayWidth(firstWord) > max : w + displayWidth(firstWord) > max - 2
  })
}

/** A quotation that is its line, whole, closed by a sentence's end: “冬天多流一滴汗，来年多打一斤粮。” */
const WHOLE_QUOTATION = /^“[^“”]+[。！？!?]”$/

/** A caption set inside a paragraph is this long at most. */
const CUT_CAPTION_MAX = 120

/** The fewest fields such a box holds. */
const FIELD_BOX_MIN = 2

/**
 * A box of fields set into a paragraph cut at a clause's mark (…大部分赃款无法追回， / ■ 案件档案 / 案　号：… /
 * 案　由：… / 酌情从重处罚。…): its label and its fields are read as a box's lines, which join steps over to
 * the paragraph's rest and sets after it.
 */
function markBoxInCutParagraph(out: Block[]): void {
  for (let i = 0; i + FIELD_BOX_MIN + 2 < out.length; i++) {
    if (!CLAUSE_END.test(out[i].value.trim()) || out[i].data.boxed !== undefined) continue
    const label = out[i + 1].value.trim()
    if (label.length > FIELD_BOX_LABEL_MAX || !isLineApart(label) || isBoxField(label)) continue
    let j = i + 2
    while (j < out.length && isBoxField(out[j].value)) j++
    if (j - i - 2 < FIELD_BOX_MIN || j >= out.length || FIELD_OPENING.test(out[j].value.trim())) continue
    for (let k = i + 1; k < j; k++) out[k].data.boxed = FIELD_BOX + i
  }
}
const FIELD_BOX_LABEL_MAX = 12

/** A paragraph's text cut at a clause's mark: it goes on elsewhere. */
const CLAUSE_END = /[，,、；;]$/
/** A box's field: a label and its colon, then a value that is no sentence of prose (no full stop inside). */
function isBoxField(text: string): boolean {
  // (its label maybe spaced to the width of the others: 案　号：…)
  const trimmed = text.trim()
  const colon = trimmed.search(/[：:]/)
  return colon > 0 && colon <= FIELD_LABEL_SPAN && FIELD_OPENING.test(trimmed.slice(0, colon).replace(/[ \u3000]/g, '') + trimmed.slice(colon)) && !/[。！？!?]/.test(text)
}
/** The characters a box field's label spans, its spaces with it. */
const FIELD_LABEL_SPAN = 20

/**
 * Lines cut anywhere, of no fixed width, whose paragraphs start indented (  为解决… / 在辖区内…): a
 * line set flush after an indented one continues its paragraph. Not a line before the first indented
 * one (a title), and not a headline-shaped line after a finished sentence (a section heading set
 * flush): a flush line joins when the paragraph so far is unfinished or the line is sentence text.
 */
function reflowIndented(lines: Block[], indented: boolean[], file: VFile, indents?: Array<{ width: number }>): Block[] {
  const first = indented.indexOf(true)
  const indentedCount = indented.filter(Boolean).length
  if (first < 0 || indentedCount < 2 || indentedCount === lines.length - first) return lines
  const out: Block[] = lines.slice(0, first)
  let current = lines[first]
  // (a flush line that is no sentence — a signature, a headline — stands on its own: the next flush
  // line of no sentence is another such line, 盘龙区 读者 张德明 / 学校门口早高峰太拥堵, not its end)
  let currentIsLine = false
  let openedIndented = true
  // (whether the last paragraph opened indented was cut at a clause's mark: what stands under it may be a box)
  let boxCut = false
  let merged = 0
  for (let k = first + 1; k < lines.length; k++) {
    const line = lines[k]
    const sentence = endsComplete(line.value) || hasSentencePunctuation(line.value)
    // (a marker, furniture, a caption, a credit or a byline is a line of its own, whatever its indent)
    const apart = isLineApart(current.value) || isLineApart(line.value)
    // (an item's number opens a line of its own under a lead-in's colon or after the item before it, flush or not:
    // …具体如下： / 一、… / 二、…)
    const item = isNumberedItem(line.value) && (/[：:]\s*$/.test(current.value) || isNumberedItem(current.value))
    // (nor is a line a heading or a signature when it and the line over it are both full lines of the column, as wide
    // as the lines round them: a sentence ended at a line's end, the next goes on in the wrap, 窗口全搞定，真没想到
    // 这么快。” / 市民的这句感慨，道出了“一窗受; a heading set flush is shorter)
    const wrapped = indents !== undefined && inFullWrap(lines, indents, k)
    // (nor does a flush line go on a paragraph that ended a sentence where the two lines are not both full lines of
    // the column: the paragraph ended there, and the flush line is one set apart or a piece printed out of place; not
    // after a quotation closed, whose speaker may follow, …都很满意。” / 家住附近的李奶奶说。, nor after a clause closed by a
    // semicolon, which a list goes on after)
    const endedShort = indents !== undefined && endsComplete(current.value) && !wrapped && /[。！？!?…]\s*$/.test(current.value)
    // (nor a short flush line of no sentence the run sets again on a line of its own elsewhere: a head of the page's
    // sections, 存在的问题 / … / 存在的问题, never the end of the line over it)
    const sister = !indented[k] && !sentence && line.value.trim().length <= SISTER_HEAD_MAX && lines.some((other, i) => i !== k && other.value.trim() === line.value.trim())
    // (a box's fields, each a label and its value on a line of its own, set flush: 案　由：诈骗 / 审理法院：某某法院; and,
    // where the box stands inside a paragraph cut at a clause's mark, the flush line after its last field goes on
    // with that paragraph, not with the field: join reads it across the box)
    // (nor a photo's caption set flush inside a paragraph, opened as a caption (图为…) over its credit: the picture cut
    // the paragraph there, and join reads it across)
    const captionOver = !indented[k] && line.value.length <= CUT_CAPTION_MAX && patterns.captionOpening.test(line.value.trim()) && k + 1 < lines.length && patterns.credit.test(lines[k + 1].value.trim())
    const field = !indented[k] && isBoxField(current.value) && (isBoxField(line.value) || (boxCut && !FIELD_OPENING.test(line.value)))
    if (indented[k] || apart || item || endedShort || sister || field || captionOver || (endsComplete(current.value) && !sentence && !wrapped) || (currentIsLine && !sentence && !wrapped)) {
      if (openedIndented) boxCut = CLAUSE_END.test(current.value.trim())
      out.push(current)
      current = line
      currentIsLine = !indented[k] && !sentence
      openedIndented = indented[k]
      continue
    }
    // (where the paragraph opened flush, in a stretch set without indents, only a short line ends it: one ending
    // at a full line is not told from a sentence ending there, joined and flagged)
    if (endsComplete(current.value) && !sentence && !openedIndented) {
      record(file, {
        level: 'warning',
        kind: 'flag',
        message: 'a sentence ends at the end of a full line, among paragraphs not indented: read as going on in the next line, though its paragraph may end there',
        start: line.position.start.offset!,
        end: line.position.end.offset!,
        actual: line.value.slice(0, 16),
        expected: [line.value.slice(0, 16)],
      })
    }
    appendBlock(current, line, glueAcrossBreak(current.value, line.value))
    merged++
  }
  out.push(current)
  markBoxInCutParagraph(out)
  if (merged === 0) return lines
  const from = lines[first]
  record(file, {
    level: 'info',
    kind: 'layout',
    message: `${lines.length - first} lines whose paragraphs start indented reflowed into ${lines.length - first - merged} paragraph(s)`,
    start: from.position.start.offset!,
    end: lines[lines.length - 1].position.end.offset!,
    actual: `${lines.length - first} lines`,
    expected: [`${lines.length - first - merged} paragraph(s)`],
  })
  return out
}

/** A section's head set again in the run is this short. */
const SISTER_HEAD_MAX = 16

/**
 * Whether line k and the line over it are both full lines of their column: each as wide, within a character, as the widest
 * of the three lines round line k, the lines over and under it running on (not a line apart, not the run's last).
 */
function inFullWrap(lines: Block[], indents: Array<{ width: number }>, k: number): boolean {
  if (k < 1 || k + 1 >= lines.length) return false
  const width = (i: number) => cjkWidth(lines[i].value) + indents[i].width
  const column = Math.max(width(k - 1), width(k), width(k + 1))
  return column >= HARD_WRAP_MIN_WIDTH && width(k - 1) >= column - 2 && width(k) >= column - 2
}

/** A line's width as a Chinese page sets it: quotes, dashes and ellipses, of ambiguous width, as wide as a Han character. */
function cjkWidth(text: string): number {
  let width = 0
  for (const c of text) width += c.codePointAt(0)! >= 0x2000 ? 2 : 1
  return width
}

/** Indented lines opened by one caption mark, at least, for the mark to open a list's items. */
const LISTED_MARK_MIN = 3

/** The caption mark (△, ▲…) that opens this many indented lines of a run at least, or undefined. */
function markOfItems(lines: Block[], indented: boolean[]): string | undefined {
  const counts = new Map<string, number>()
  lines.forEach((line, k) => {
    if (indented[k] && patterns.captionMark.test(line.value)) counts.set(line.value[0], (counts.get(line.value[0]) ?? 0) + 1)
  })
  for (const [mark, count] of counts) if (count >= LISTED_MARK_MIN) return mark
  return undefined
}

/**
 * A caption's lines wrapped at a width of their own (▲某某小学学生在课后服务 / 时间参加社团活动（某某供图）): two or
 * three lines, the first opened by a caption's mark, each before the last no wider than the one above it
 * and ending no sentence; no line after the first a caption, a credit or a byline of its own.
 */
function isWrappedCaption(lines: Block[], widths: number[]): boolean {
  if (lines.length < 2 || lines.length > 3 || !patterns.captionMark.test(lines[0].value)) return false
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k].value.trim()
    if (k > 0 && (patterns.captionMark.test(text) || isSignedLine(text) || widths[k] > widths[k - 1] || isFurnitureLine(text))) return false
    // (a credit closes its caption, in brackets or after the sentence: ▲某某夜市人头攒动。　记者　某某　摄 / 扫码看视频)
    if (k < lines.length - 1 && (endsComplete(text) || CREDIT_NOTE_AT_END.test(text) || CREDIT_AFTER_CAPTION.test(text) || widths[k] < HARD_WRAP_MIN_WIDTH)) return false
  }
  return true
}

/** Characters a wrap's line printed twice in a row must hold, each but the last, to be read as copied: no short refrain. */
const REPEATED_LINE_MIN = 12
/** The most lines of a wrap such a copy runs to, and the fewest that may end on the paragraph's short last line. */
const REPEATED_RUN_MAX = 8
const REPEATED_RUN_MIN = 2

/**
 * Where a run of a wrap's lines printed again right after itself starts and ends (a column's lines
 * doubled by a scan or a layout: …100多种 / 配方。最终… / 工艺，… / 配方。最终… / 工艺，…): full lines the same,
 * in the same order, and maybe the paragraph's short last line after two of them. One full line is enough
 * (…雨污 / 分流和管网更新等，预计年底前全部 / 分流和管网更新等，预计年底前全部 / 完工。…): a wrap's lines are not
 * the same by chance; a refrain's are short.
 */
function repeatedLineEdges(lines: Block[]): Set<number> {
  const edges = new Set<number>()
  for (let k = 1; k < lines.length; k++) {
    for (let n = 1; n <= REPEATED_RUN_MAX && n <= k && k + n <= lines.length; n++) {
      // (each line full, the last maybe the paragraph's short end: two full lines at least)
      let same = true
      for (let d = 0; d < n && same; d++) {
        const copy = lines[k + d].value.trim()
        same = (copy.length >= REPEATED_LINE_MIN || (d === n - 1 && n > REPEATED_RUN_MIN && copy.length > 0)) && copy === lines[k - n + d].value.trim()
      }
      if (!same) continue
      edges.add(k)
      edges.add(k + n)
      break
    }
  }
  return edges
}

/** A byline or a photo credit: a line of names, whatever its width. */
function isSignedLine(text: string): boolean {
  if (text.length > 30 || /[，,。！？；]/.test(text)) return false
  // (after a byline's mark, names or a reporter's title: ◆ alone opens list items too; ◎ marks a byline as □ does)
  const signed = text.replace(/^[■◆□◎]\s*/, '')
  return patterns.bylineWords.test(signed) || patterns.credit.test(text) || (signed !== text && patterns.nameLine.test(signed))
}

/** A byline of its authors' names alone, two or more set apart by spaces (王建华 李小燕), as a headline's stack sets it. */
function isAuthorsRow(text: string): boolean {
  return (namesOfRow(text)?.length ?? 0) >= 2
}

/** Lines that stand on their own by their shape: markers, furniture, captions, credits, bylines. */
function isLineApart(text: string): boolean {
  return (
    isMarkerLine(text) ||
    isFurnitureLine(text) ||
    // (a table's rows are of one width, as a wrap's lines are: 上证指数 3050.12 +0.52%)
    isTableRow(text) ||
    hasCellGap(text) ||
    patterns.captionMark.test(text) ||
    patterns.captionLead.test(text) ||
    CAPTION_WITH_CREDIT_LINE.test(text.trim()) ||
    patterns.markdownImage.test(text.trim()) ||
    patterns.bylineMark.test(text) ||
    (text.length <= 30 && patterns.credit.test(text)) ||
    // a headline's subtitle and the reporter's line under it (——访… / 本报记者 张三), whatever
    // their widths: three lines of a head may happen to be of one width
    (text.length <= 30 && patterns.subtitleDash.test(text) && isHeadingShapedText(text)) ||
    isSignedLine(text) ||
    // a letter's closing formula (此致 / 敬礼！)
    isLetterClosing(text) ||
    // a headline set with letter spacing (党 员 “ 带 着 干 ” 　 群 众 学 有 样): its spaces widen it to any width
    (visibleLength(text) >= 4 && letterSpaces(text.trim()).length >= 3) ||
    // an entry of a table of contents, its page after leader dots (社会　城市书房点亮夜读时光……6版)
    patterns.leaderPage.test(text) ||
    // an item opened by a pictograph, as a public account lists its facts (🚇 交通：…)
    PICTOGRAPH_ITEM.test(text) ||
    // the hours a line is open, days and times alone (每周二、周四 9:00—11:30)
    patterns.serviceHours.test(text.trim()) ||
    // a contributor's credit in brackets closing an entry, whatever the role (（撰稿：某某）, （供稿：某某局）)
    CONTRIBUTOR_NOTE.test(text.trim())
  )
}

/** A contributor's credit in brackets alone on its line, any of the roles a yearbook's or a bulletin's entry names. */
const CONTRIBUTOR_NOTE = /^[（(](?:撰稿|供稿|撰文|撰写|执笔|编写|编撰|整理|采写|撰稿人|供稿人|执笔人|作者|文|供稿单位)\s*[:：]\s*[^（）()：:]{1,30}[）)]$/

const PICTOGRAPH_ITEM = /^\p{Extended_Pictographic}/u

/** Backslash escapes are Markdown syntax, not text: `1\+X` read back from our own output is `1+X`. */
function unescapeMarkdown(block: Block, file: VFile, revert?: ReadonlySet<string>): void {
  const matches = [...block.value.matchAll(ESCAPE)].reverse()
  for (const m of matches) {
    const at = m.index!
    const sourceStart = block.data.map[at]
    const init: RecordInit = {
      level: 'info',
      kind: 'markup',
      message: `Markdown escape “${m[0]}” read as “${m[1]}”`,
      start: sourceStart,
      end: sourceStart + 2,
      actual: m[0],
      expected: [m[1]],
      blockId: block.data.id,
    }
    if (!proposeChange(file, revert, init)) continue
    record(file, { ...init, removed: replaceText(block, at, at + 2, m[1]) })
  }
}

function mergePieces(pieces: SourcePiece[]): SourcePiece[] {
  const out: SourcePiece[] = []
  for (const p of pieces) {
    const last = out[out.length - 1]
    if (last && last.offset + last.text.length === p.offset) last.text += p.text
    else out.push({ ...p })
  }
  return out
}

/** The unified parser: text -> page tree. */
export const segment: Plugin<[CleanOptions?], string, PageTree> = function (options) {
  this.parser = (document: string, file: VFile) => segmentText(document, file, options?.revert)
}
