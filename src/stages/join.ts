/**
 * join: makes whole again what page and column breaks cut.
 *
 * - A title cut over two lines (the first ends with a colon) becomes one title.
 * - A body block that does not end a sentence is joined to its continuation. Captions and credits
 *   standing between the halves then follow the joined paragraph; a heading standing between them
 *   (a box title set into the column) goes before it.
 * - The continuation is normally the next body block. A bare short sentence between the halves is a
 *   photo caption when the block after it continues the first half clearly better.
 * - A half whose neighbour cannot continue it (a new article follows) is re-paired with a block far
 *   away only when the seam evidence is strong and no other block claims it as strongly; otherwise
 *   the half is kept where it is and flagged for the editor.
 * - A half sent to another page by its continuation marker (…（下转第2版）) is joined to the block a
 *   marker brings back from another page (（上接第1版）…), however far; when the page holds none, it
 *   keeps its marker and is joined to nothing.
 */
import type { VFile } from 'vfile'
import { appendBlock, inFieldBox, replaceText, sourceSpan, type Block } from '../kernel/block.js'
import { duplicateRemoval, openingRemoval, proposeChange, record, recordsSince, twinOf, withRule, type RecordInit } from '../kernel/record.js'
import { defineStage } from '../kernel/stage.js'
import { addressedApart, addresseeOf, BULLETS, FIELD_OPENING, FORMULA, FILE_NAME_END, endsComplete, isSpeakerLabel, endsWithContinuationMark, hasSentencePunctuation, firstUnmatchedCloser, foldForCompare, glueAcrossBreak, isDateLine, isDatelineAlone, isFactLine, isWebAddressLine, isLetterClosing, isNameRow, isSalutation, isTableRow, opensArticle, opensDialogueTurn, quoteBalance, unspacedLabel, withSpacesAfter, wordLength, words } from '../kernel/text.js'
import { containment, ShingleIndex, shingles, type Shingles } from '../kernel/similarity.js'
import type { CleanOptions } from '../kernel/options.js'
import { AUTHOR_NOTE, endsWithCredit, HEADLINE_MAX, visibleLength, isBracketedSourceCredit, isHeadingShaped, isHeadingShapedText, isQuestionShaped, patterns } from './classify.js'
import { closesBracketAcross, closesQuoteAcross, seamEvidence, wordAcrossSeam } from './seam.js'
import { hasWordsOfItsOwn, isWholeCopy, sameHeading, versionsThePageCompares } from './dedup.js'
import { mayRemoveLine, mayStripTrailingMarker, removeLine, stripTrailingMarker } from './strip.js'
import { hanNumber, withoutTrailingMarker } from '../kernel/markers.js'
import { numbersInTurn } from '../kernel/list-item.js'
import { isWrapRemainder } from './web-frame.js'
import { TIED_ON_PARTICLE, UNFOLD_END } from './classify-patterns.js'
import { opensWithDateline } from './segment.js'
import { closesOnHeadNoun, endsClauseOnObject, endsOnPreposition, holdsPredicate, isClauseWithSubject, isCountAlone, endsOnDirectedVerb, endsOnHandedObject, endsWanting, isBareNounPhrase, isBareVerbPhrase, isSubjectOnly, isSubjectVerbClause, opensOnPredicate, opensUnclosedAbout } from '../kernel/grammar.js'
import { SURNAMES } from '../kernel/surnames.js'

const INTERSTITIAL = new Set(['caption', 'credit'])
const HEADINGISH = new Set(['heading', 'title', 'subtitle', 'label', 'byline'])
/** What a column of one article holds between its paragraphs: no headline or byline of another. */
const COLUMN_KINDS = new Set(['body', 'heading', 'caption', 'credit'])
/** What adjacency adds to the seam evidence; a far pair must stand on seam evidence alone. */
const ADJACENT_BONUS = 1.5
const ACROSS_HEADING_BONUS = 0.5
/** Seam evidence a far pair needs. */
const FAR_MINIMUM = 2
/** Interleaved columns stand on one printed page: a far continuation is looked for this many blocks ahead. */
const FAR_WINDOW = 200
/** A pair of continuation markers (下转…, 上接…) outranks any seam evidence. */
const JUMP_BONUS = 10

/** A section's number in Han numerals: 一、, （二）, 第三章. */
const SECTION_NUMBER = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:章|节|部分))/

/** A sentence closed by a tilde after a Han character: …评论区交流~, …下次见～. */
const TILDE_CLOSE = /\p{Script=Han}[~～]+\s*$/u
/** A reference's access date in brackets closing its entry: …[引用日期2023-05-04], …[访问日期：2023年5月4日]. */
const ACCESS_DATE_END = /[[［【](?:引用|访问|检索|浏览|获取)(?:日期|时间)\s*[:：]?\s*[0-9]{4}[-年./][0-9]{1,2}[-月./][0-9]{1,2}日?[\]］】]\s*$/

/** An item opened by a pictograph and a label with its colon: ⚠️注意：…, 📍交通：…. */
const PICTOGRAPH_LABEL = /^\s*\p{Extended_Pictographic}\uFE0F?\s*[\u4e00-\u9fff]{1,6}[：:]/u

/**
 * A numbered head (一、…) whose next number's head stands on the page too, alone on its line and
 * no sentence (二、…): the page's section heads, each a line of its own.
 */
function hasSisterHead(blocks: Block[], head: string): boolean {
  const own = sectionNumber(head)
  return own?.style === '、' && blocks.some((b) => b.value.length <= 24 && followsSection(own, b.value))
}

/** A head of two short phrases set apart by a space, nothing else: 一座座桥 连起山里山外. */
const COUPLET_HEAD = /^([\u4e00-\u9fff“”]{2,10})[ \u3000]+([\u4e00-\u9fff“”]{2,10})$/

/**
 * The blocks of the box a head stands in, from the label over it (点评, 短评) to the next, or of the page
 * outside them: a series of heads is the article's (a commentary's title under its label is of none of
 * them; articles set among each other under their titles share it still).
 */
function boxOf(blocks: Block[], head: Block): Block[] {
  const at = blocks.indexOf(head)
  let start = at
  while (start > 0 && blocks[start - 1].kind !== 'label') start--
  let end = at + 1
  while (end < blocks.length && blocks[end].kind !== 'label') end++
  return blocks.slice(start, end)
}

/**
 * A head of two phrases one of a series: two other headings of its box are of its shape, each half
 * within a character of its own (一根溜索 几代人的牵挂 / 一座座桥 连起山里山外 / 一条条路 铺就致富新路).
 */
function isCoupletOfSeries(blocks: Block[], head: Block): boolean {
  const mine = COUPLET_HEAD.exec(head.value.trim())
  if (!mine) return isPhraseOfSeries(blocks, head)
  blocks = boxOf(blocks, head)
  const like = (b: Block) => {
    if (b === head || b.kind !== 'heading') return false
    const m = COUPLET_HEAD.exec(b.value.trim())
    return m !== null && Math.abs(m[1].length - mine[1].length) <= 1 && Math.abs(m[2].length - mine[2].length) <= 1
  }
  return blocks.filter(like).length >= 2
}

/** A head of one phrase, no mark nor space in it: 支部建在网格上. */
const PHRASE_HEAD = /^[\u4e00-\u9fff“”]{4,12}$/

/**
 * A head of one phrase one of a series: two other headings of its box are single phrases of its very
 * length (支部建在网格上 / 服务送到家门口 / 共治激发新活力; under the first, 古陶镇把… reads 上古 by chance).
 */
function isPhraseOfSeries(blocks: Block[], head: Block): boolean {
  const mine = head.value.trim()
  if (!PHRASE_HEAD.test(mine)) return false
  blocks = boxOf(blocks, head)
  const like = (b: Block) => b !== head && b.kind === 'heading' && PHRASE_HEAD.test(b.value.trim()) && b.value.trim().length === mine.length
  return blocks.filter(like).length >= 2
}

const LIST_ITEM =
  /^(?:[一二三四五六七八九十]+[是、．.]|首先|其次|再次|最后|第[一二三四五六七八九十\d]+[，、．.是]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．)）]|[①-⑳]|[“「"＂])/

/**
 * What opens an item of a list a lead-in announces (…具体安排如下： / 3月12日8:00至18:00，…): a
 * numbered or bulleted item, a date or a time, a field (时间：…).
 */
const ITEM_AFTER_LEAD_IN = new RegExp(
  `${LIST_ITEM.source}|^(?:\\d{1,2}月\\d{1,2}日|\\d{4}年\\d{1,2}月|\\d{1,2}[:：]\\d{2}|[${BULLETS}▶►·]|[A-Za-z][.、)）]|[\\p{Script=Han}]{2,6}[：:])`,
  'u',
)

/** A short line ending with a colon and holding no other mark: a salutation or a label (某某公司的领导：). */
const ADDRESS_LINE = /^[^，,。；;！!？?：:“”"\s]{2,16}[：:]$/
/** A section's label alone on its line: two to six characters and a colon (办理结果：, 主要做法：). */
const SECTION_LABEL = /^[\p{Script=Han}]{2,6}[：:]$/u
/** How many labels alone, each a different one, make a page's sections. */
const SECTION_LABELS_MIN = 3

/**
 * Whether the page sets three or more different labels alone on their lines (诉求内容： / 办理结果： / 回访情况：),
 * none twice: its sections, headed so (a speaker's name, said again at each turn, or a salutation is no section).
 */
function sectionLabelsApart(blocks: Block[]): boolean {
  const seen = new Set<string>()
  for (const b of blocks) {
    if (!SECTION_LABEL.test(b.value)) continue
    const label = b.value.slice(0, -1)
    if (seen.has(label) || isSalutation(b.value)) return false
    seen.add(label)
  }
  return seen.size >= SECTION_LABELS_MIN
}

/** How far under an address a letter's closing formula (此致) may stand. */
const LETTER_SPAN = 8

/** Whether a letter's closing formula (此致 / 敬礼) stands a few blocks under this one. */
function letterClosesBelow(blocks: Block[], a: number): boolean {
  for (let k = a + 1; k < blocks.length && k <= a + LETTER_SPAN; k++) if (isLetterClosing(blocks[k].value)) return true
  return false
}

/** The last item of a list opened by labels and colons: the two blocks over it items of that shape, it with no sentence's end and not ended at a pause. */
function isLastFieldItem(blocks: Block[], a: number): boolean {
  if (a < 2) return false
  const items = [blocks[a - 2], blocks[a - 1], blocks[a]]
  // (an item cut at a pause is still cut: 三号楼：更换了电梯， / 加装了扶手。)
  // (the items over it may end with a full stop: 三号楼：…，更换了单元门。)
  // (the last may hold clauses, no sentence's end, when the two over it hold none: 案由：诈骗 / 审理法院：某某法院 /
  // 裁判结果：…有期徒刑八年，…；责令退赔…损失, a box's fields)
  const plainOver = !hasSentencePunctuation(blocks[a - 2].value) && !hasSentencePunctuation(blocks[a - 1].value)
  return !/[，,、：:—]$/.test(blocks[a].value.trim()) && (plainOver ? !/[。！？!?]/.test(blocks[a].value) : !hasSentencePunctuation(blocks[a].value)) && items.every((b) => b.kind === 'body' && b.value.length <= 80 && FIELD_OPENING.test(b.value))
}

/**
 * The last item of a numbered list whose items end with no mark (1.某某书店有限公司 / 2.某某人民医院 / 3.某某农业开发
 * 有限公司): the two blocks over it numbered in its style, counting up to it, none with a mark at its end. It ends as
 * they do; the paragraph under it (公示期为…) is no rest of it.
 */
function isLastNumberedItem(blocks: Block[], a: number): boolean {
  if (a < 2) return false
  const items = [blocks[a - 2], blocks[a - 1], blocks[a]]
  return items.every((b) => b.kind === 'body' && b.data.depth === undefined && b.value.length <= 60 && !CLAUSE_OR_SENTENCE_END.test(b.value.trim())) && numbersInTurn(items[0].value, items[1].value) && numbersInTurn(items[1].value, items[2].value)
}
/** A line's end at a pause or a sentence's end. */
const CLAUSE_OR_SENTENCE_END = /[，,、；;：:。！？!?…—]$/

/** A lead-in that announces what follows: …通知如下： …要求如下： …以下几点： */
const LEAD_IN_END = /(?:如下|以下几点|以下要求|以下事项)[：:]\s*$/
/** A paragraph's last mark introducing what follows: a dash (——) or a colon. */
const LEAD_IN_MARK = /(?:——|[：:])\s*$/

interface Candidate {
  a: number
  b: number
  score: number
  reasons: string[]
  /** Captions/credits between the halves, moved after the joined paragraph. */
  between: number[]
  /** Headings between the halves, moved before it. */
  headings: number[]
  /** A bare sentence between the halves, read as a caption. */
  bareCaption?: number
  /** Notes at the page's foot among `between` (① …。), moved with the captions. */
  notes?: number[]
  far: boolean
  /**
   * For a candidate that steps over a box drawn with line characters: the same half's candidate read
   * as the output will be, the box's frame gone and its lines what stands next; it stands when this
   * one is not taken (cleaned again, the half is read so).
   */
  alt?: Candidate
  /** This candidate steps over a box (`alt` is then the reading without it, if any). */
  overBox?: boolean
  /** Blocks after the continuation that go with it: the rest of its column, where columns were interleaved. */
  carried?: number[]
}

/**
 * A line of facts (讲座时间：2023年11月10日 9:30), a date alone, a table row, a list of names set apart (王某某　李某某　…),
 * a salutation (各有关单位：) or a web address alone is whole without a full stop.
 */
function isLineOfItsOwn(text: string): boolean {
  return isFactLine(text) || isWebAddressLine(text) || isDateLine(text) || isTableRow(text) || isNameRow(text) || isSalutation(text) || isLetterClosing(text)
}

/** A notice's issuers over its date, one a line (某某县人民政府办公室 / 某某县财政局 / 2024年2月20日): a signature, not a cut sentence. */
function isIssuerOverDate(blocks: Block[], i: number): boolean {
  for (let k = i; k < blocks.length && k <= i + ISSUERS_MAX; k++) {
    if (k > i && isDateLine(blocks[k].value)) return true
    if (blocks[k].value.length > 30 || hasSentencePunctuation(blocks[k].value) || /[，,：:]/.test(blocks[k].value)) return false
  }
  return false
}
/** Issuers of one notice stand in this many lines at most. */
const ISSUERS_MAX = 4

/**
 * Whether a paragraph left open, with nothing found to continue it, ends as what it is rather than cut: a notice's
 * issuer over its date; a lead-in's colon over the text it announces; a line ending in a figure, a code or an
 * address (票价：60元—200元, 3.何家乐（东阳市）10秒39, hr@example.com, 蓝牙5.4), a list of items parted by 、 or ；
 * with no sentence in it (…街道六条胡同绿地、…绿地; 关键词：…；…), a line without a Han character, or a post's
 * line closed by an emoji or a tilde. Only the flag is spared: join has already not joined it.
 */
function endsAsItsKind(blocks: Block[], i: number, after = i + 1): boolean {
  const text = blocks[i].value.trim()
  if (after === i + 1 && isIssuerOverDate(blocks, i)) return true
  if (/[：:]$/.test(text)) {
    let j = after
    while (j < blocks.length && INTERSTITIAL.has(blocks[j].kind)) j++
    if (blocks[j] !== undefined && (blocks[j].kind === 'body' || blocks[j].kind === 'heading' || blocks[j].kind === 'verse')) return true
  }
  if (DATA_END.test(text) && hanCount(text.slice(lastClauseStart(text))) <= DATA_CLAUSE_HAN_MAX) return true
  if (FIELD_END.test(text)) return true
  if (!/[，,。！？!?]/.test(text) && ((text.match(/[、；;]/g) ?? []).length >= 2)) return true
  if (!/\p{Script=Han}/u.test(text)) return true
  // (a transcript's item drawn out with a dash, the next item under its own label: 【现场声】泼水喽—— / 【解说】…)
  if (/——$/.test(text) && BRACKET_LABEL.test(text) && BRACKET_LABEL.test(blocks[after]?.value.trim() ?? '')) return true
  // (a reference's entry closed by its access date: …．2019-10-25[引用日期2023-05-04])
  if (ACCESS_DATE_END.test(text)) return true
  return POST_LINE_END.test(text)
}
/** A short field closing the line, its value a figure or a unit's (单位：元/公斤, 某某剧场  票价：180元—880元). */
const FIELD_END = /(?:^|[\s\u3000，,。；;])\p{Script=Han}{1,6}\s*[:：]\s*(?=[^\s，,。；;：:]*[0-9０-９/])[^\s，,。；;：:]{1,16}$/u
/** A line's last character a figure, a Latin letter or a code's: 6米21, LPDDR5X, 02-0031-07. */
const DATA_END = /[0-9０-９A-Za-z]$/
/** The clause a figure ends holds this many Han characters at most (跳远：王一鸣(育才中学)６米１２); a sentence's are more. */
const DATA_CLAUSE_HAN_MAX = 8
const POST_LINE_END = /(?:\p{Extended_Pictographic}\uFE0F?|[~～])$/u
function lastClauseStart(text: string): number {
  let at = 0
  for (let k = 0; k < text.length; k++) if ('，,。；;：:！？!?'.includes(text[k])) at = k + 1
  return at
}
function hanCount(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length
}

/**
 * Paragraphs closed by a semicolon where a page ends (…发放各类救助资金1860万元； / — 2 — / 镇中心小学…): on a page that
 * opens its paragraphs indented, a paragraph set flush right under the lines strip took away (the folio, a running
 * head) opens no paragraph: it is the rest of the clause list the page break cut, and the semicolon ends a clause only.
 */
function clausesCutAtPageBreak(blocks: Block[], file: VFile): Set<number> {
  const cut = new Set<number>()
  if (!opensParagraphsIndented(blocks)) return cut
  const lines = String(file.value).split(/\r\n|\r|\n/)
  for (let a = 0; a + 1 < blocks.length; a++) {
    const [A, B] = [blocks[a], blocks[a + 1]]
    if (A.kind !== 'body' || B.kind !== 'body' || !/[；;]\s*$/.test(A.value) || (A.position.start.column ?? 1) === 1) continue
    if ((B.position.start.column ?? 1) !== 1 || !mayContinue(B) || isNumberedOpening(B.value)) continue
    const between = lines.slice(A.position.end.line, B.position.start.line - 1)
    if (between.some((line) => line.trim() !== '')) cut.add(a)
  }
  return cut
}

/**
 * Paragraphs closed by a semicolon with a photo's caption or credit set right under them and text going on after it
 * (…打破了男子100米校纪录； / ▲…冲刺。 / 某某 摄 / 女子800米决赛中，…): the picture cut the clause list, as a page break
 * does; not before the next item of a numbered list (一是…； / ▲… / 二是…).
 */
function clausesCutByPicture(blocks: Block[]): Set<number> {
  const cut = new Set<number>()
  for (let a = 0; a + 1 < blocks.length; a++) {
    if (blocks[a].kind !== 'body' || !/[；;]\s*$/.test(blocks[a].value) || !INTERSTITIAL.has(blocks[a + 1].kind)) continue
    let b = a + 1
    while (b < blocks.length && INTERSTITIAL.has(blocks[b].kind)) b++
    const B = blocks[b]
    if (B && mayContinue(B) && !isNumberedOpening(B.value) && !isNumberedOpening(blocks[a].value)) cut.add(a)
  }
  return cut
}
/** Whether the page opens its paragraphs indented: most of its paragraphs of some length, and several, open so. */
function opensParagraphsIndented(blocks: Block[]): boolean {
  const body = blocks.filter((b) => b.kind === 'body' && b.value.length >= INDENT_SAMPLE_MIN)
  const indented = body.filter((b) => (b.position.start.column ?? 1) > 1).length
  return indented >= INDENT_PAGE_MIN && indented >= (body.length - indented) * 3
}

/**
 * Paragraphs of prose set flush on a page that opens its paragraphs indented (…成立了环境 / 点评 / 　　乡村振兴… /
 * 卫生理事会，制定了…): each opens no paragraph, but goes on from one a box, a caption or a break stood before.
 */
function setFlushOnIndentedPage(blocks: Block[]): Set<number> {
  const flush = new Set<number>()
  if (!opensParagraphsIndented(blocks)) return flush
  blocks.forEach((b, k) => {
    if (b.kind === 'body' && b.value.length >= INDENT_SAMPLE_MIN && (b.position.start.column ?? 1) === 1 && !isHeadingShaped(b)) flush.add(k)
  })
  return flush
}

/** Body blocks this long tell how the page opens its paragraphs. */
const INDENT_SAMPLE_MIN = 20
/** A page opens its paragraphs indented when this many at least are. */
const INDENT_PAGE_MIN = 4
/** An item's number or ordinal opening a block: 一、 （二） 3. ① 第一， 一是. */
function isNumberedOpening(text: string): boolean {
  return /^\s*(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．]|[①-⑳]|第[一二三四五六七八九十]+[，,、])/.test(text)
}

/**
 * Body text that may be the rest of a cut paragraph: not one that opens an article with its
 * dateline, nor a turn of a Q&A with its label.
 */
function mayContinue(block: Block | undefined): boolean {
  return block !== undefined && block.kind === 'body' && !block.data.row && !isLineOfItsOwn(block.value) && !opensArticle(block.value) && !opensDialogueTurn(block.value) && !ITEM_OR_NOTE.test(block.value)
}

/** A paragraph's run-in lead sentence: a short phrase closed by a full stop before the text goes on (坚持科技赋能。与…). */
const RUN_IN_LEAD = /^([\p{Script=Han}]{2})[\p{Script=Han}]{1,8}。(?=\S)/u

/**
 * Block k opens one of the page's parallel items: its run-in lead sentence (坚持科技赋能。…) opens with the same two
 * characters as the run-in leads of two other paragraphs of the page at least (坚持组织引领。… 坚持人才支撑。…). The page
 * shows such a block is an item's start, not the rest of a cut sentence.
 */
function opensParallelItem(blocks: Block[], k: number): boolean {
  const lead = RUN_IN_LEAD.exec(blocks[k].value.trim())
  if (!lead) return false
  const mine = foldForCompare(blocks[k].value).slice(0, 12)
  let others = 0
  for (let m = 0; m < blocks.length && others < 2; m++) {
    if (m === k || blocks[m].kind !== 'body' || foldForCompare(blocks[m].value).slice(0, 12) === mine) continue
    if (RUN_IN_LEAD.exec(blocks[m].value.trim())?.[1] === lead[1]) others++
  }
  return others >= 2
}

/**
 * An item of a list, opened by its bullet (●话剧《茶馆》…, 🚇 交通：…), or a note wholly in brackets
 * (（演出信息如有变动，以主办方公布为准）): each starts a block of its own, never the rest of a cut one.
 */
// (and an entry of a list of references, opened by its number in brackets: [2]徐勇.“政党下乡”…)
const ITEM_OR_NOTE = new RegExp(`^\\s*[${BULLETS}\\p{Extended_Pictographic}]|^\\s*[（(][^（）()]{8,}[）)]\\s*$|^\\s*\\[\\d{1,3}\\][ \\u3000]?\\S`, 'u')

// (a row of a table its neighbours show, block.data.row, is a line of its own too)
// (and a teaser the site cut at its fold, …展开: its rest is behind the button, not in the paragraph under it)
function isOpenBody(block: Block): boolean {
  return block.kind === 'body' && !block.data.row && !endsComplete(block.value) && !UNFOLD_END.test(block.value) && !isLineOfItsOwn(block.value) && !ENDS_WITH_CONTACT.test(block.value) && !CONTACT_FIELD.test(block.value.trim()) && !WHOLE_REFERENCE.test(block.value) && !FILE_NAME_END.test(block.value)
}

/** An entry of a list of references, ended by the stop after its pages: [1]习近平.…[M].北京：人民出版社，2022：54. */
const WHOLE_REFERENCE = /^\s*\[\d{1,3}\].*[0-9]\.\s*$/

/** A caption of a numbered group of photos: ③两名小伙子在摔跤比赛中角力。 (one sentence). */
const CIRCLED_CAPTION = /^[①-⑳][^。！？!?]{4,60}[。！？!?]?$/

/** A paragraph's last character a Han one, no mark after it: a sentence stopped, not ended. */
const BARE_STOP = /\p{Script=Han}$/u
const BARE_STOP_MIN = 30
/** Block a is the first paragraph under a byline (a caption or credit may stand between). */
function underByline(blocks: Block[], a: number): boolean {
  let h = a - 1
  while (h >= 0 && INTERSTITIAL.has(blocks[h].kind)) h--
  return h >= 0 && blocks[h].kind === 'byline'
}
/** A block opening with one character and a comma (头，有的…): a word's tail cut off at a break. */
const WORD_TAIL_OPENING = /^\p{Script=Han}[，,]/u

/** The end of a sentence cut off alone: a character or three and the stop (点。, 进行。”). */
// (a half-width stop too, as normalise makes it 。: the output cleaned again must read the same)
const ORPHAN_TAIL = /^[^，,。.！？!?；;：:、\s]{1,3}[。.！？!?][”’」』）)"']*$/

/** A label in black brackets opening a line: a speaker's, a sound's, a column's (【解说】, 【同期声】, 【现场声】). */
const BRACKET_LABEL = /^【[^【】\s]{1,8}】/

/** An item ending with the number to call (…低价转让。电话：13608801234): whole, though no stop ends it. */
const ENDS_WITH_CONTACT = /(?:电话|热线|手机|联系电话|咨询电话|联系方式|微信|QQ)\s*[:：]?\s*[0-9（）()\-－—\s]{5,20}$/

/** A contact's field alone on its line: its label and a number, a mail or a web address (电话：010-1234567　7654321, 电子信箱：a@b.cn). */
const CONTACT_FIELD = /^(?:[\u4e00-\u9fff]{0,4}(?:电话|热线|传真|手机)|电子信箱|电子邮箱|邮箱|E-?mail|网址)\s*[:：]\s*[0-9A-Za-z][0-9A-Za-z@._\-/:()（）\s\u3000]{4,60}$/i

/** Block j is a line of a contact box: a contact field, or a short line of no sentence over one (the box's title). */
function contactBoxAt(blocks: Block[], j: number): boolean {
  const text = blocks[j].value.trim()
  if (CONTACT_FIELD.test(text)) return true
  return text.length <= 24 && !/[，,。！？!?；;：:]/.test(text) && CONTACT_FIELD.test(blocks[j + 1]?.value.trim() ?? '')
}

function adjacentCandidate(
  blocks: Block[],
  a: number,
  options: CleanOptions,
  repeatsA: (j: number) => boolean,
  stepOverBoxes = true,
): Candidate | undefined {
  const A = blocks[a]
  let j = a + 1
  const between: number[] = []
  const headings: number[] = []
  // captions and credits are stepped over and moved after the paragraph, headings before it; a copy
  // of this very half printed again (dedup removes it), before or after a heading, is stepped over
  // and left where it is: a second cleaning, with the copy gone, must find the same seam
  // (and so is a box set into the column, drawn with line characters: all its lines; and a table's
  // rows under a heading, a chart's figures, crossed as the heading is, on strong evidence only)
  // (the chart's title goes with its figures, after the paragraph)
  let inset = false
  // (a table's rows by their own shape too, 1 某某队 12 9 2 1 28/11 29, when its title stands alone between the halves: a
  // label over the title goes with the table, not before the paragraph)
  let rowsOnly = false
  const insetLine = (k: number) => (stepOverBoxes && blocks[k].data.boxed !== undefined && blocks[k].data.boxed !== A.data.boxed) || ((blocks[k].data.row === true || (rowsOnly && blocks[k].kind === 'body' && isTableRow(blocks[k].value))) && inset)
  // (and notes at the page's foot, ① …。 ② …。, when the text after them goes on with this half: a
  // half cut at a comma, not a lead-in's colon over a numbered list)
  const notes = footNotesAfter(blocks, a)
  const noted: number[] = []
  // (whether j repeats this half is asked once a block: a pull quote is judged on its seam evidence)
  for (; j < blocks.length; j++) {
    const placed = HEADINGISH.has(blocks[j].kind) || INTERSTITIAL.has(blocks[j].kind)
    if (!placed && notes > j) {
      noted.push(j)
      between.push(j)
      continue
    }
    if (repeatsA(j)) continue
    // (a box of contacts set into the column, its title over its fields, a number or an address each: 刊登广告请与某某部联系 /
    // 电话：010-1234567 / 电子信箱：ad@…, when this half is cut inside a clause: stepped over, moved after the paragraph)
    if (endsWithContinuationMark(A.value) && contactBoxAt(blocks, j)) {
      between.push(j)
      continue
    }
    if (!placed && !insetLine(j)) break
    const titlesRows = blocks[j].kind === 'heading' && blocks[j + 1]?.data.row === true
    if (titlesRows) {
      inset = true
      rowsOnly = headings.length === 0 && between.length === 0
    }
    if (INTERSTITIAL.has(blocks[j].kind) || insetLine(j) || titlesRows) between.push(j)
    else headings.push(j)
  }
  const B = blocks[j]
  if (!mayContinue(B)) return undefined
  // a line of a box of fields goes on inside its box only, never in the text outside it (not a box drawn with line
  // characters: its frame gone, the output cleaned again could not tell its last line from the text)
  if (inFieldBox(A) && B.data.boxed !== A.data.boxed) return undefined
  // a numbered section's head (一、以经济建设为中心是由社会主义初级阶段的基本国情决定的): no sentence in it,
  // no mark left open and no word running on into the block after it; the text under it is its
  // section's, not its rest
  // (a word may run across the seam by chance, 差异大 / 同一个单元: not when the page sets the next
  // number's head as a line of its own too, 一、利益诉求差异大 … 二、费用分摊说不拢)
  if (SECTION_NUMBER.test(A.value) && !hasSentencePunctuation(A.value) && !endsWithContinuationMark(A.value) && (!wordAcrossSeam(A.value, B.value) || hasSisterHead(blocks, A.value))) return undefined
  // the items of a numbered list, each a line (① 某某：… / ② 某某：…): the next number opens the next item
  if (numbersInTurn(A.value, B.value)) return undefined
  // a post's sentence closed by a tilde after its clauses (…有问题欢迎评论区交流~): closed, as by an exclamation mark
  if (TILDE_CLOSE.test(A.value) && /[，,。！？!?]/.test(A.value)) return undefined
  // a reference's entry closed by its access date in brackets (…．2019-10-25[引用日期2023-05-04]) is whole
  if (ACCESS_DATE_END.test(A.value)) return undefined
  // an item opened by a pictograph and its label (⚠️注意：…, 📍交通：…) is whole, as one after it is
  if (PICTOGRAPH_LABEL.test(A.value)) return undefined
  // items of a transcript or a list, each opened by its label in black brackets (【现场声】泼水喽—— / 【解说】…): the next
  // label opens the next item, whatever mark the last ends with
  if (BRACKET_LABEL.test(A.value) && BRACKET_LABEL.test(B.value)) return undefined
  // items of a list, each opened by its label and colon (男子100米：1.陈宇航…10秒21 / 女子100米：…): the
  // first ends where its figures end, not cut
  if (FIELD_OPENING.test(unspacedLabel(A.value)) && FIELD_OPENING.test(unspacedLabel(B.value)) && !endsWithContinuationMark(A.value)) return undefined
  // (and the last of them, under two items of its shape, none with a sentence: 丰台区：…绿地 / 石景山区：…游园 over 据介绍，…)
  // (not when a quotation it opens closes in the block after it: 某村：…解决了“晾晒难、变 / 色快”的问题…)
  if ((isLastFieldItem(blocks, a) || isLastNumberedItem(blocks, a)) && !closesQuoteAcross(A.value, B.value)) return undefined
  // a short line ending with a colon under a lead-in (…信中写道： / 某某的领导：), or over a letter that its closing
  // formula ends (某某的领导： / … / 此致): an address, whole
  if (ADDRESS_LINE.test(B.value) && /[：:]$/.test(A.value)) return undefined
  if (ADDRESS_LINE.test(A.value) && letterClosesBelow(blocks, a)) return undefined
  // a section's label alone on its line (诉求内容： / 办理结果： / 回访情况：) on a page that sets three or more labels
  // so, each once: the page's own sections, each label a line of its own over its text, not a lead-in
  if (SECTION_LABEL.test(A.value) && sectionLabelsApart(blocks)) return undefined
  // a title or a byline in between starts a new article: the cut is not crossed
  if (headings.some((k) => blocks[k].kind !== 'heading')) return undefined
  // A lead-in ending with a colon before a list item or a quotation ends its paragraph, and so does
  // one before items of one shape, each a sentence of its own (王志刚，男，… / 李春梅，女，…), or
  // before a formula set on its own line (…计算每次用量： / 每次用量(ml)=体重(kg)×…)
  if (/[：:]$/.test(A.value) && (ITEM_AFTER_LEAD_IN.test(B.value) || opensParallelItems(blocks, j) || FORMULA.test(B.value))) return undefined
  // ...and a notice's lead-in (…现将有关事项通知如下：) before whatever it announces
  if (LEAD_IN_END.test(A.value)) return undefined
  // ...and a sentence leading in before a whole paragraph of what it announces, a letter's or a song's text (…当天，
  // 住户们贴了一张感谢信： / 感谢…。): what it announces is set as a paragraph of its own (not a label, 编者按：, nor
  // a speaker's name, 主持人（某某）：, whose text follows on its own line)
  if (/[：:]$/.test(A.value) && /[，,。！？!?；;]/.test(A.value) && endsComplete(B.value) && !isSpeakerLabel(A.value)) return undefined
  const evidence = seamEvidence(A.value, B.value)
  if (headings.length > 0 || inset) {
    // A numbered heading (一、 （二） 3.) opens a section of a list the text goes through, never a
    // box title set into the column: what stands before it ends there (…公告如下：).
    if (headings.some((k) => LIST_ITEM.test(blocks[k].value))) return undefined
    // A lead-in ending with a dash or a colon (…记下母亲的一句话—— / …写道：) over short lines: they are
    // what it introduces, a quotation set line by line (verse, a slogan), in their place; the text
    // after them is a paragraph of its own, not this one's rest
    if (headings.length > 0 && LEAD_IN_MARK.test(A.value)) return undefined
    // A heading between the halves is crossed only when the first half cannot end there.
    // (or when what follows them is no paragraph but the last characters of this one: …4.6个百分 / 点。)
    // (the orphan not right under a heading, which may itself be the first half it ends: …图书 / 馆。)
    const orphan = ORPHAN_TAIL.test(B.value) && !HEADINGISH.has(blocks[j - 1].kind)
    // (and an article's or a box's first paragraph, right under its byline, stopped on a bare character, no mark at all:
    // 点评 / ■某某 / …可贵之处在于始终 / 以组织振兴… / 把党组织挺在前面：…, the box's title set into the column
    // inside it, one heading alone; a paragraph further down stopped so lost its end, its section's head after it)
    const stoppedMidWord = headings.length === 1 && underByline(blocks, a) && BARE_STOP.test(A.value) && A.value.length >= BARE_STOP_MIN && hasSentencePunctuation(A.value) && hasSentencePunctuation(B.value)
    if (!endsWithContinuationMark(A.value) && !wordAcrossSeam(A.value, B.value) && !orphan && !stoppedMidWord && !closesBracketAcross(A.value, B.value)) return undefined
    // (a head of the article's own series, 建章立制 让积分“有据可依” / 多元参与 让积分“活”起来 / …, stands
    // where its section starts, never inside a paragraph: crossed on a word or a bracket running across only)
    if (headings.some((k) => isCoupletOfSeries(blocks, blocks[k])) && !wordAcrossSeam(A.value, B.value) && !orphan && !closesBracketAcross(A.value, B.value) && quoteBalance(A.value) <= 0) return undefined
    return { a, b: j, score: evidence.score + ACROSS_HEADING_BONUS, reasons: evidence.reasons, between, headings, notes: noted, far: false }
  }
  // The block after B, for when B is not this half's continuation.
  let k = j + 1
  const more: number[] = []
  while (k < blocks.length && INTERSTITIAL.has(blocks[k].kind)) more.push(k++)
  const C = mayContinue(blocks[k]) ? blocks[k] : undefined
  const further = C ? seamEvidence(A.value, C.value) : undefined
  // A bare short sentence between the halves: a caption when the block after it fits much better.
  // (never one opening with a character alone before a comma, 头，有的…: the tail of a word cut at the
  // break, no caption's first word)
  const selfContained = quoteBalance(B.value) === 0 && firstUnmatchedCloser(B.value) < 0 && !WORD_TAIL_OPENING.test(B.value)
  // (and a line with no end, the page's source or an advert set into the column, when the block after
  // it goes on with a word or a bracket of this half, and it with nothing: …北京路（白塔路至东风 / 本版数据由…提供
  // / 东路段）两侧…; a photo of a numbered group, ③两名小伙子在摔跤比赛中角力。, whatever follows, or when the block
  // after it goes on at least as well: a circled figure opens no clause a comma left open, …便宜两三成, / ③… / 赶早来…)
  const circled = (s: { score: number }) => CIRCLED_CAPTION.test(B.value) && (evidence.score <= 0 || s.score >= evidence.score)
  // (or when the block after it is a count alone, 八十亿元。, which no paragraph is: the tail of this half's sentence, cut
  // before its figure, …总投资超过 / 城东产业园一角。 / 八十亿元。, and going on with it at least as well)
  const tailOfCount = (s: { score: number }) => C !== undefined && isCountAlone(C.value) && s.score >= evidence.score
  const interposed = (s: { score: number }) =>
    endsComplete(B.value) ? s.score >= evidence.score + 2 || circled(s) || tailOfCount(s) : s.score >= 2 && evidence.score <= 0 && !/[，,。；;！？!?]/.test(B.value)
  // (not right under a box set into the column, which the text resumes under: the box stood at the cut)
  const underBox = between.length > 0 && blocks[between[between.length - 1]].data.boxed !== undefined && between[between.length - 1] === j - 1
  if (further && selfContained && !underBox && B.value.length <= options.join.captionMaxLength && (endsComplete(B.value) || further.score >= 2)) {
    if (interposed(further)) {
      // a short question there is a section heading set into the column (钱从哪里来？), not a caption
      if (isQuestionShaped(B.value)) {
        return { a, b: k, score: further.score + ACROSS_HEADING_BONUS, reasons: further.reasons, between: [...between, ...more], headings: [j], far: false }
      }
      return {
        a,
        b: k,
        score: further.score + ADJACENT_BONUS,
        reasons: further.reasons,
        between: [...between, ...more],
        headings: [],
        bareCaption: j,
        far: false,
      }
    }
  }
  // B closes a quotation this half never opened: it continues another column, which stays where it
  // is for its own first half; this half may continue after it, on strong evidence.
  if (further && evidence.score < 0 && further.score >= FAR_MINIMUM) {
    return { a, b: k, score: further.score + ADJACENT_BONUS, reasons: further.reasons, between: [], headings: [], far: true }
  }
  if (evidence.score < 0) return undefined
  // a paragraph stopped on a bare character over a caption of the page's numbered photos (…焕发出新的活 / ①5月2日，
  // 在…里 / 拉坯。… / ②… / 力。据统计…): no word goes on into a circled figure; the paragraph's rest is after the
  // group, found as a far continuation, and the caption's own lines join among themselves
  if (BARE_STOP.test(A.value) && opensPhotoOfGroup(blocks, j)) return undefined
  return { a, b: j, score: evidence.score + ADJACENT_BONUS, reasons: evidence.reasons, between, headings, notes: noted, far: false }
}

/** A circled figure opening a block, a word after it: ①5月2日，… (not a note's mark standing alone, ① ，…). */
const CIRCLED_OPENING = /^\s*([①-⑳])[\p{Script=Han}0-9“「]/u

/**
 * Block j opens a caption of a group of photos the page numbers with circled figures: another block of the page opens
 * with the figure before or after its own (①… / ②…), not in the same paragraph.
 */
function opensPhotoOfGroup(blocks: Block[], j: number): boolean {
  const own = CIRCLED_OPENING.exec(blocks[j].value)
  if (!own) return false
  const figure = own[1].codePointAt(0)!
  return blocks.some((b, k) => {
    if (k === j || b.kind === 'heading' || HEADINGISH.has(b.kind)) return false
    const other = CIRCLED_OPENING.exec(b.value)?.[1].codePointAt(0)
    return other !== undefined && Math.abs(other - figure) === 1
  })
}

/** A line's opening as a shape: each run of Han characters, of figures, of letters, one mark; the marks themselves. */
function openingShape(text: string): string | undefined {
  const head = text.slice(0, 24)
  const shape = head
    .replace(/[\p{Script=Han}]+/gu, 'H')
    .replace(/[0-9０-９]+/g, 'D')
    .replace(/[A-Za-zＡ-Ｚａ-ｚ]+/g, 'L')
    .replace(/[\s\u3000]+/g, '')
  // (up to its second mark: two words and their marks, 王志刚，男， / A类份额(014215))
  const marks = [...shape.matchAll(/[^HDL]/g)]
  if (marks.length < 2) return undefined
  return shape.slice(0, marks[1].index! + 1)
}

/** The end of an item: a sentence, or a clause closed by a semicolon (任命：/ 王明为…；/ 李华为…；). */
const ITEM_END = /[。！？!?；;]\s*$/

/**
 * Block `j` and the one after it are items of one list: each ends where an item ends and they open
 * alike (the same words and marks in the same order): a lead-in's colon does not run on into them.
 */
function opensParallelItems(blocks: Block[], j: number): boolean {
  const [first, second] = [blocks[j], blocks[j + 1]]
  // (the items after the first may read as verse, lines of one shape each ending a clause: B——…； / E——…；)
  if (!first || !second || first.kind !== 'body' || (second.kind !== 'body' && second.kind !== 'verse')) return false
  if (!ITEM_END.test(first.value) || !ITEM_END.test(second.value)) return false
  // (an item closed by a semicolon is one of a list: 任命：/ 王明为…副主任；/ 李华为…主任。)
  if (/[；;]\s*$/.test(first.value)) return true
  const shape = openingShape(first.value)
  return shape !== undefined && shape === openingShape(second.value)
}

/** Whether the block after `a`, past captions and credits, is a headline: another article opens there. */
function opensNextArticle(blocks: Block[], a: number): boolean {
  for (let k = a + 1; k < blocks.length; k++) {
    if (INTERSTITIAL.has(blocks[k].kind)) continue
    return blocks[k].kind === 'title'
  }
  return false
}

/**
 * A block far from its first half follows, in the dump, some other text that was cut too (the
 * columns were interleaved), or it visibly starts inside a sentence. A block after a finished
 * paragraph or a heading starts a paragraph of its own and is not re-paired from afar.
 */
function mayStartMidSentence(blocks: Block[], b: number): boolean {
  // (or a marker says it goes on from elsewhere, （上接第1版） over it, and not from another page's article)
  if (blocks[b].data.jumpsIn && !blocks[b].data.jumpsFromOtherPage) return true
  const closer = firstUnmatchedCloser(blocks[b].value)
  if (/^[，、。；：,;:）)]/.test(blocks[b].value) || (closer >= 0 && closer < 30)) return true
  for (let k = b - 1; k >= 0; k--) {
    const kind = blocks[k].kind
    // (a caption of the page's numbered photos stands between the halves as a caption does: ①… / ②… / 力。…)
    if (INTERSTITIAL.has(kind) || opensPhotoOfGroup(blocks, k)) continue
    return kind === 'body' && !endsComplete(blocks[k].value)
  }
  return false
}

/** A box's label (点评, 短评) stands between blocks `j` and `i` (j < i): the later is in the box. */
function labelBetween(blocks: Block[], j: number, i: number): boolean {
  for (let k = j + 1; k < i; k++) if (blocks[k].kind === 'label') return true
  return false
}
/** A paragraph opening with a quotation. */
const QUOTATION_OPENING = /^\s*[“「"]/

/**
 * Open blocks that repeat another block — an earlier one, or a later one that goes on further: a
 * copy cut short ends mid-sentence because it was cut, not because its continuation follows, so it is
 * never joined to what follows it (dedup removes it).
 */
function earlierCopies(
  blocks: Block[],
  options: CleanOptions,
): {
  copies: { has(i: number): boolean }
  repeats: { has(i: number): boolean }
  whole: (i: number) => 'earlier' | 'later' | undefined
  twinOfWhole: (i: number) => number | undefined
  /** Gives the index's arrays to the next index made (see ShingleIndex.release); nothing here is asked after. */
  release: () => void
} {
  // computed on demand, the index too: only blocks next to an open half are ever asked about, and
  // a page with none (most of them, once joined) needs no index
  let built: { lengths: number[]; grams: Shingles[]; index: ShingleIndex } | undefined
  const build = () => {
    const lengths = blocks.map((b) => foldForCompare(b.value).length)
    const grams = blocks.map((b) => shingles(foldForCompare(b.value), options.dedup.shingle))
    const index = new ShingleIndex(grams.reduce((sum, g) => sum + g.size, 0))
    for (let i = 0; i < blocks.length; i++) if (blocks[i].kind === 'body') index.add(i, grams[i])
    return { lengths, grams, index }
  }
  /**
   * Whether the body block after `i` (past captions and credits) is held in block `j`, or opens with
   * what `j` holds past `i`'s text (the later copy cut short itself, a clause into that block: …园区成立
   * 吉他产业党委， / 在规模以上企业…，开展… printed again as …党委，在规模以上企业…，).
   */
  const continuesInto = (i: number, j: number, restOnly = false) => {
    let k = i + 1
    // (and a box of contacts set into the column, stepped over as a caption is: see contactBoxAt)
    while (k < blocks.length && (INTERSTITIAL.has(blocks[k].kind) || (endsWithContinuationMark(blocks[i].value) && contactBoxAt(blocks, k)))) k++
    if (k >= j || blocks[k].kind !== 'body') return false
    const { lengths, grams } = built!
    if (lengths[k] < options.dedup.minLength) return false
    return (!restOnly && containment(grams[k], grams[j]) >= options.dedup.containment) || opensWithRest(i, j, k)
  }
  /** Block `k` opens with the text block `j` goes on with past the end of block `i`'s. */
  const opensWithRest = (i: number, j: number, k: number) => {
    const n = options.dedup.shingle
    const [first, copy, next] = [foldForCompare(blocks[i].value), foldForCompare(blocks[j].value), foldForCompare(blocks[k].value)]
    const end = copy.indexOf(first.slice(-n))
    if (end < 0) return false
    const rest = copy.slice(end + n)
    if (rest.length < n * 2) return false
    return containment(shingles(rest, n), shingles(next.slice(0, rest.length + n), n)) >= options.dedup.containment
  }
  /**
   * Whether block `i` is another body block printed again whole, exactly or with OCR noise, and where
   * the first such other stands: 'earlier' or 'later' (undefined: none).
   */
  const wholeMemo = new Map<number, number | undefined>()
  /**
   * The first other body block that block `i` prints again whole, exactly or with OCR noise, from its
   * first words (one that lacks the other's opening may be the rest of a paragraph cut before it).
   */
  const twinOfWhole = (i: number) => {
    if (wholeMemo.has(i)) return wholeMemo.get(i)
    let found: number | undefined
    const { lengths, grams, index } = (built ??= build())
    if (blocks[i].kind === 'body' && lengths[i] >= options.dedup.minLength && endsComplete(blocks[i].value)) {
      const mine = foldForCompare(blocks[i].value)
      const n = options.dedup.shingle
      for (const [j, count] of index.sharedCounts(grams[i])) {
        if (j === i || count / grams[i].size < options.dedup.containment || (found !== undefined && j > found)) continue
        const other = foldForCompare(blocks[j].value)
        if (other.slice(0, n) === mine.slice(0, n) && isWholeCopy(mine, other, options)) found = j
      }
    }
    wholeMemo.set(i, found)
    return found
  }
  /** Whether block `i` prints another again whole, and whether that other stands 'earlier' or 'later'. */
  const whole = (i: number): 'earlier' | 'later' | undefined => {
    const twin = twinOfWhole(i)
    return twin === undefined ? undefined : twin < i ? 'earlier' : 'later'
  }
  const memo = new Map<number, { copy: boolean; repeat: boolean }>()
  const judge = (i: number) => {
    let verdict = memo.get(i)
    if (verdict) return verdict
    verdict = { copy: false, repeat: false }
    const { lengths, grams, index } = (built ??= build())
    if (blocks[i].kind === 'body' && lengths[i] >= options.dedup.minLength) {
      const open = isOpenBody(blocks[i])
      const speaker = isSpeakerLabel(blocks[i].value)
      for (const [j, n] of index.sharedCounts(grams[i])) {
        if (j === i || n / grams[i].size < options.dedup.containment) continue
        // (a speaker's label naming someone a longer sentence named is no copy of it: dedup keeps it)
        if (speaker && lengths[j] * 0.9 > lengths[i]) continue
        // (nor a notice sent to another party, word for word the same after its addressee: see addressedApart)
        if (addressedApart(blocks[i].value, blocks[j].value)) continue
        // (nor a commentary's opening under its label, quoting words of the paragraph and going on with its own:
        // 点评 / ■某某 / “…。”老人的这句大实话， / …; dedup keeps it)
        if (j < i && QUOTATION_OPENING.test(blocks[i].value) && labelBetween(blocks, j, i) && hasWordsOfItsOwn(blocks[i].value, blocks[j].value)) continue
        // dedup's reading: a copy of an earlier block is removed, unless it goes on clearly further
        // (then it is the complete one, kept in the earlier one's place)
        // (or one cut short that went on a clause past it, into the block after it: a copy of both)
        const ofEarlier = j < i && (lengths[j] >= lengths[i] * 0.9 || continuesInto(j, i, true))
        if (ofEarlier) verdict.repeat = true
        // an earlier copy, or a later one that goes on further (the paragraph restarted whole) —
        // unless what follows this block goes on in that one too: then this is the first half of a
        // paragraph cut by a break, printed again whole later, and the halves are joined (dedup then
        // keeps the first copy, as printed in its place)
        const restarted = j > i && lengths[j] >= lengths[i] * 1.1 && !continuesInto(i, j)
        if (open && (ofEarlier || restarted)) verdict.copy = true
        if (verdict.repeat && (verdict.copy || !open)) break
      }
    }
    memo.set(i, verdict)
    return verdict
  }
  return { copies: { has: (i) => judge(i).copy }, repeats: { has: (i) => judge(i).repeat }, whole, twinOfWhole, release: () => built?.index.release() }
}

function readsAsHeading(a: Block, b: Block): boolean {
  const joined: Block = { ...a, value: a.value + b.value, data: { ...a.data, depth: undefined } }
  return isHeadingShaped(joined) || isQuestionShaped(joined.value)
}

/**
 * Reported speech opened and left open: a speaker, the verb of saying and its comma, then one clause
 * with no mark at its end (社区书记说，下一步还要帮另外两栋楼). A heading quoting someone takes a colon
 * (老党员说：…) or closes its clause; this one reads as a heading only because it is short.
 */
const SPEECH_LEFT_OPEN = /^[^，,。！？!?：:；;“”"、\s]{1,16}(?:说|表示|介绍|坦言|透露|指出|告诉记者)[，,][^，,。！？!?：:；;“”"、]{2,}$/
/** The rest of a sentence alone: one clause, closed by its stop, no comma (把电梯装起来。). */
const CLAUSE_CLOSING = /^[^，,。！？!?：:；;“”"、\s]{1,20}[。！？!?]$/

/**
 * A short cut-off piece of body text looks like a heading (本市成 / 功举办…). It is taken for the
 * first half of a cut paragraph only on strong seam evidence: a word across the cut, a quotation
 * closing after it, or reported speech left open over the closing clause of its sentence alone; a
 * heading the source marked up (`#`) never is.
 */
function headingFragmentCandidate(blocks: Block[], a: number): Candidate | undefined {
  const A = blocks[a]
  // (nor a web page's headline its frame found over the text: 我在县城开了十年照相馆，说说这些年见过的人和事 / 先说两句… reads 事先)
  // (nor a heading the page's own table of contents lists: Day1 某某—某某，某某日出 / 动车到… reads 出动)
  if ((A.kind !== 'heading' && A.kind !== 'title') || A.data.depth !== undefined || A.data.headline || A.data.listed || endsComplete(A.value)) return undefined
  let j = a + 1
  const between: number[] = []
  while (j < blocks.length && INTERSTITIAL.has(blocks[j].kind)) between.push(j++)
  const B = blocks[j]
  if (!mayContinue(B)) return undefined
  // (a head of a series, two phrases set apart by a space as the page's other heads are, is one
  // whatever word its end makes with the text under it: 一座座桥 连起山里山外 … 一条条路 铺就致富新路 /
  // 桥通之后，…, 路桥 by chance)
  if (isCoupletOfSeries(blocks, A)) return undefined
  const word = wordAcrossSeam(A.value, B.value)
  const quote = quoteBalance(A.value) > 0 && firstUnmatchedCloser(B.value) >= 0
  // (a word of two made with 一 or 不 across the seam is no evidence: almost any character makes one,
  // 回暖向好 / 一季度 reads 好一)
  const weak = word !== undefined && word.length === 2 && /^[一不]/.test(B.value)
  const speech = SPEECH_LEFT_OPEN.test(A.value.trim()) && B.kind === 'body' && CLAUSE_CLOSING.test(B.value.trim())
  if ((!word || weak) && !quote && !speech) return undefined
  const evidence = seamEvidence(A.value, B.value)
  if (speech && (!word || weak) && !quote) evidence.reasons.push('reported speech (…说，) left open before the break, its clause closed after it')
  return { a, b: j, score: evidence.score + ADJACENT_BONUS, reasons: evidence.reasons, between, headings: [], far: false }
}

/** A note at the page's foot: its circled number, then a sentence (① 按照研究惯例，文中村名均作了技术处理。). */
const FOOT_NOTE = /^[①-⑳]\s*\S.{2,80}[。.]$/

/**
 * Notes at the page's foot standing right after an open half cut at a comma (…组织起来， / ① …。 / ② …。 /
 * 增强了…), each cited by its number in the text above, when the block after them goes on with the
 * half: the index past them, or 0.
 */
function footNotesAfter(blocks: Block[], a: number): number {
  const A = blocks[a]
  // (a half cut inside a word, 规 / 则”的…, when a word runs across the seam: a journal's page breaks anywhere)
  const cutInWord = !endsComplete(A.value) && /\p{Script=Han}$/u.test(A.value.trimEnd())
  if (!/[，、]$/.test(A.value.trimEnd()) && !cutInWord) return 0
  let k = a + 1
  while (k < blocks.length && blocks[k].kind === 'body' && FOOT_NOTE.test(blocks[k].value.trim())) k++
  if (k === a + 1) return 0
  // (each note's number cited in the text above it, 村务公开栏②: a numbered list's items are not)
  for (let n = a + 1; n < k; n++) {
    const mark = blocks[n].value.trim()[0]
    if (!blocks.slice(0, a + 1).some((b) => b.kind === 'body' && b.value.indexOf(mark) > 0)) return 0
  }
  // (and a journal's first-page fields under the notes, each a label and its value: 收稿日期：… / 基金项目：… / 作者简介：…)
  const notes = k
  while (k < blocks.length && blocks[k].kind === 'body' && FIELD_OPENING.test(blocks[k].value.trim()) && !endsWithContinuationMark(blocks[k].value)) k++
  if (!mayContinue(blocks[k])) return 0
  const evidence = seamEvidence(A.value, blocks[k].value)
  if (cutInWord && !wordAcrossSeam(A.value, blocks[k].value)) return 0
  return evidence.score >= 1 && (k === notes || cutInWord || evidence.score >= 2) ? k : 0
}

/** A pull quote has this many letters and figures at least (fewer, any text may say them again). */
const PULL_QUOTE_MIN = 10

/**
 * A pull quote set between the halves of a paragraph: a whole sentence the article prints again in
 * large type (“我们最怕的不是累，是出了事没人管。”), held word for word by an earlier paragraph
 * (`repeatsEarlier`) or by the block after it. It is stepped over and left where it stands (dedup
 * removes it as a copy), when the block after it goes on with the open half at least as well as it does.
 */
function isPullQuote(blocks: Block[], a: number, j: number, options: CleanOptions, repeatsEarlier: boolean): boolean {
  const [A, B, next] = [blocks[a], blocks[j], blocks[j + 1]]
  if (B.kind !== 'body' || B.value.length > options.join.captionMaxLength || !endsComplete(B.value) || quoteBalance(B.value) !== 0) return false
  if (!mayContinue(next)) return false
  // (a block after it opened by another addressee than this half's is the next notice, not this one's rest: 某甲：…15日内，
  // / 向本院递交… / 某乙：…15日内，向本院递交…, notices to two parties word for word the same)
  const [sentTo, nextTo] = [addresseeOf(A.value), addresseeOf(next.value)]
  if (sentTo !== undefined && nextTo !== undefined && sentTo !== nextTo) return false
  const key = foldForCompare(B.value)
  // (held by the block after it, that block goes on past it: the same line printed again right under it, a
  // stutter, …翻了一番多。 / …翻了一番多。, holds nothing; the first of them is this half's rest)
  const after = foldForCompare(next.value)
  if (key.length < PULL_QUOTE_MIN || (!repeatsEarlier && (!after.includes(key) || after === key) && !heldLater(blocks, j + 2, B.value))) return false
  // (nor when the block after it holds this half and it in turn: the paragraph printed again whole after a picture cut
  // it, …考核奖励机制， / ▲caption / 对发现…给予奖励。 / …考核奖励机制，对发现…给予奖励。: the line is this half's rest)
  const n = options.dedup.shingle
  const at = after.indexOf(key)
  if (at >= n && after.slice(at - n, at) === foldForCompare(A.value).slice(-n)) return false
  const onward = seamEvidence(A.value, next.value).score
  return onward >= 0 && onward >= seamEvidence(A.value, B.value).score
}

/** A line in quotation marks, whole, its words inside them: “有你们在，这条街就不会冷清。” */
const WHOLLY_QUOTED = /^[“「『]([^“”「」『』]+)[”」』]$/

/**
 * A later paragraph, from block `from` on, holds `key` (folded) inside more text of its own: a magazine sets its
 * pull quote before the passage it quotes (“有你们在，这条街就不会冷清。” over …老人们说，“有你们在，这条街就不会冷清。往后…”).
 */
function heldLater(blocks: Block[], from: number, quote: string): boolean {
  // (a line in quotation marks, whole: its own marks aside, the passage may go on inside them; a plain line
  // printed again later is a copy's, not a pull quote)
  const quoted = WHOLLY_QUOTED.exec(quote.trim())
  const key = quoted ? foldForCompare(quoted[1]) : ''
  if (key.length < PULL_QUOTE_MIN) return false
  for (let k = from; k < blocks.length; k++) {
    if (blocks[k].kind !== 'body') continue
    const text = foldForCompare(blocks[k].value)
    if (text !== key && text.includes(key)) return true
  }
  return false
}

const LINE_PRINTED_TWICE = 'line printed twice at a break'

/** A line printed again across a break has this many letters and figures at least (fewer, the text may repeat itself). */
const REPEATED_LINE_MIN = 6
/** ...and is looked for this far (a line of a wide column, with room: normalise changes marks' lengths). */
const REPEATED_LINE_MAX = 200

/**
 * A paragraph cut mid-sentence whose continuation opens with the very words it ends with: the last
 * line before the break printed again after it (…恢复传统 / 修缮古建筑46处，恢复传统街巷…). The
 * repeated opening goes, recorded as a copy of the first half's end, before anything is joined:
 * joined, the paragraph would say it twice.
 */
function removeLinesPrintedTwice(blocks: Block[], file: VFile, revert?: ReadonlySet<string>): Block[] {
  const gone = new Set<number>()
  for (let a = 0; a < blocks.length; a++) {
    // (open once read without a marker at its end, as the paragraph is read below)
    if (gone.has(a) || !isOpenBody(withoutTrailingMarker(blocks[a]) ?? blocks[a])) continue
    // (a jump's markers stand between the halves as captions do: …赴浙江安吉、福建 / （下转第2版） / 安吉、福建晋江…)
    let b = a + 1
    while (b < blocks.length && (INTERSTITIAL.has(blocks[b].kind) || blocks[b].kind === 'marker')) b++
    // (the repeated line may stand alone, the continuation under it: …培育成 / 强肥水管理，培育成 / 多蘖壮秧。…)
    let c = b + 1
    while (c < blocks.length && (INTERSTITIAL.has(blocks[c].kind) || blocks[c].kind === 'marker')) c++
    if (repeatsEndWhole(blocks[a], blocks[b]) && mayContinue(blocks[c]) && removeRepeatedLine(blocks[a], blocks[b], file, revert)) {
      gone.add(b)
      b = c
    }
    // (until none is left: cleaned again, the page must have no more to take)
    while (removeLinePrintedTwice(blocks[a], blocks[b], file, revert, blocks));
  }
  return gone.size > 0 ? blocks.filter((_, i) => !gone.has(i)) : blocks
}

/** B, a line standing alone, is the end of A printed again (as text or read as a heading). */
function repeatsEndWhole(A: Block, B: Block | undefined): boolean {
  if (!B || B.data.depth !== undefined || (B.kind !== 'body' && B.kind !== 'heading' && B.kind !== 'title') || B.data.row) return false
  const line = B.value.trim()
  return line.length < A.value.length && line.length <= REPEATED_LINE_MAX && A.value.endsWith(line) && wordLength(line) >= REPEATED_LINE_MIN
}

/** Removes the whole block B, the end of A printed again after the break; says whether it did. */
function removeRepeatedLine(A: Block, B: Block, file: VFile, revert?: ReadonlySet<string>): boolean {
  const message = `“${B.value}”, the end of the paragraph before the break (line ${A.position.end.line}) printed again after it, removed`
  const init = duplicateRemoval(B, twinOf(A), { message, note: LINE_PRINTED_TWICE, score: 1, containment: 1 })
  if (!proposeChange(file, revert, init)) return false
  record(file, init)
  return true
}

/** Removes the opening of B that repeats the end of A; says whether it did. */
function removeLinePrintedTwice(A: Block, B: Block | undefined, file: VFile, revert: ReadonlySet<string> | undefined, blocks: Block[]): boolean {
  if (!B || !mayContinue(B)) return false
  const length = overlapAtBreak(A.value, B.value) || shortOverlapShownByCopy(A, B, blocks)
  const span = length > 0 ? sourceSpan(B, 0, length) : undefined
  if (!span) return false
  const message = `“${B.value.slice(0, length)}”, the end of the paragraph before the break (line ${A.position.end.line}) printed again after it, removed`
  const init = openingRemoval(B, length, span, A, message, LINE_PRINTED_TWICE)
  if (!proposeChange(file, revert, init)) return false
  record(file, { ...init, removed: replaceText(B, 0, length, '') })
  return true
}

/** The length of the longest opening of `text` that `before` ends with, as a repeated line; else 0. */
function overlapAtBreak(before: string, text: string): number {
  for (let k = Math.min(before.length - 1, text.length - 1, REPEATED_LINE_MAX); k > 0; k--) {
    // (its length in letters and figures, which normalise leaves as they are)
    if (before.endsWith(text.slice(0, k))) return wordLength(text.slice(0, k)) >= REPEATED_LINE_MIN || isListItemAgain(before, text.slice(0, k)) ? withSpacesAfter(text, k) : 0
  }
  return 0
}

/** A shorter repeat at a break is taken only with this many letters and figures, and the page's proof (below). */
const SHORT_REPEAT_MIN = 2
/** Letters and figures of the seam's each side the proof's copy must read (besides the repeat itself). */
const SEAM_CONTEXT = 8

/**
 * A repeat at a break too short to take on its own (…赴浙江安吉、福建 / 安吉、福建晋江等地…), taken when another
 * paragraph of the page prints the same passage once, read across the seam without the repeat: the page's own
 * copy shows that the words stood once. Its length, else 0.
 */
function shortOverlapShownByCopy(A: Block, B: Block, blocks: Block[]): number {
  const before = A.value
  const text = B.value
  for (let k = Math.min(before.length - 1, text.length - 1, REPEATED_LINE_MAX); k > 0; k--) {
    const piece = text.slice(0, k)
    if (!before.endsWith(piece) || wordLength(piece) < SHORT_REPEAT_MIN) continue
    const left = foldForCompare(before.slice(Math.max(0, before.length - k - 3 * SEAM_CONTEXT)))
    const right = foldForCompare(text.slice(k, k + 3 * SEAM_CONTEXT))
    if (wordLength(left) < SEAM_CONTEXT + wordLength(piece) || wordLength(right) < SEAM_CONTEXT) continue
    const once = left + right
    const twice = left + foldForCompare(piece) + right
    const shown = blocks.some((other) => {
      if (other === A || other === B || other.kind !== 'body') return false
      const folded = foldForCompare(other.value)
      return folded.includes(once) && !folded.includes(twice)
    })
    return shown ? withSpacesAfter(text, k) : 0
  }
  return 0
}

/** An item of an enumeration printed again has this many letters and figures at least. */
const REPEATED_ITEM_MIN = 2

/**
 * The repeated opening is a whole item of an enumeration, with its 、, that the first half ends on after another
 * (…发现楼道堆物、路灯损坏、 / 路灯损坏、井盖缺失等问题…): however short, no list names the same item twice in a row.
 */
function isListItemAgain(before: string, piece: string): boolean {
  if (!piece.endsWith('、') || piece.slice(0, -1).includes('、') || wordLength(piece) < REPEATED_ITEM_MIN) return false
  return before.slice(0, before.length - piece.length).endsWith('、')
}

/** A paragraph sent on to another page by its marker, as printed: the marker in its text, or on a line under it. */
interface HeldMarker {
  printed: Block
  line?: Block
}

/**
 * Paragraphs that end mid-sentence with a continuation marker (…（下转第2版）, or the marker on a line
 * of its own under them, which strip leaves to join): while their continuation is looked for, each
 * is read without its marker (in `blocks`, a copy without it, and no marker line); the paragraph as
 * printed is kept here. Any other marker goes at once.
 */
function holdTrailingMarkers(blocks: Block[], file: VFile, options: CleanOptions): { blocks: Block[]; held: Map<number, HeldMarker> } {
  const out: Block[] = []
  const held = new Map<number, HeldMarker>()
  for (const block of blocks) {
    if (block.kind === 'marker') {
      const a = out.length - 1
      if (a >= 0 && !held.has(a) && options.join.enabled && isOpenBody(out[a]) && mayRemoveLine(block, file, options.revert)) {
        held.set(a, { printed: out[a], line: block })
      } else if (!withRule('strip', () => removeLine(block, file, options.revert))) {
        out.push(block)
      }
      continue
    }
    const without = withoutTrailingMarker(block)
    if (without && options.join.enabled && isOpenBody(without) && mayStripTrailingMarker(block, file, options.revert)) {
      held.set(out.length, { printed: block })
      out.push(without)
      continue
    }
    if (without) withRule('strip', () => stripTrailingMarker(block, file, options.revert))
    out.push(block)
  }
  return { blocks: out, held }
}

export function joinBlocks(blocks: Block[], file: VFile, options: CleanOptions): Block[] {
  blocks = joinSplitTitles(blocks, file, options)
  if (options.join.enabled) blocks = joinCutCaptions(blocks, file, options)
  if (options.join.enabled) blocks = joinDatelines(blocks, file, options)
  // (on the blocks as printed: a paragraph held below is read through a copy)
  if (options.join.enabled) blocks = removeLinesPrintedTwice(blocks, file, options.revert)
  const marked = holdTrailingMarkers(blocks, file, options)
  blocks = marked.blocks
  const held = marked.held
  if (!options.join.enabled) return blocks

  const { copies, repeats, whole, twinOfWhole, release } = earlierCopies(blocks, options)
  const grams = new Map<number, Shingles>()
  const gramsOf = (i: number) => {
    let g = grams.get(i)
    if (!g) grams.set(i, (g = shingles(foldForCompare(blocks[i].value), options.dedup.shingle)))
    return g
  }
  /** One of the two blocks repeats the other. */
  const sameText = (i: number, j: number) =>
    blocks[j].kind === 'body' &&
    Math.min(foldForCompare(blocks[i].value).length, foldForCompare(blocks[j].value).length) >= options.dedup.minLength &&
    (containment(gramsOf(j), gramsOf(i)) >= options.dedup.containment ||
      containment(gramsOf(i), gramsOf(j)) >= options.dedup.containment)
  // exact copies of an earlier block, computed once asked for
  let exact: boolean[] | undefined
  /** Block j is a whole paragraph printed before word for word. */
  const verbatimWhole = (j: number) => endsComplete(blocks[j].value) && (exact ??= exactRepeats(blocks, options))[j]
  /** A heading printed again, as a heading, further down the page. */
  const headingAgain = (k: number) => {
    const mine = foldForCompare(blocks[k].value)
    for (let m = k + 1; m < blocks.length; m++) if (HEADINGISH.has(blocks[m].kind) && sameHeading(foldForCompare(blocks[m].value), mine)) return true
    return false
  }
  /** Block `t` stands right under a head (headline, heading, byline) the page prints only there. */
  const twinUnderOwnHead = (t: number) => {
    let h = t - 1
    while (h >= 0 && INTERSTITIAL.has(blocks[h].kind)) h--
    if (h < 0 || !HEADINGISH.has(blocks[h].kind)) return false
    const mine = foldForCompare(blocks[h].value)
    return !blocks.some((other, m) => m !== h && HEADINGISH.has(other.kind) && sameHeading(foldForCompare(other.value), mine))
  }
  /**
   * The run of blocks right under open half `a` that the page prints again further down — whole
   * paragraphs, and headings over them — when the block after the run goes on with the half at least
   * as well as the run's first paragraph: a run set by mistake between the halves of a paragraph
   * (…每年春季组织干部群众开展义务植树， / 林业碳汇 … / 2023年，… / “过去林子…” / 全县年均完成营造林…),
   * whose place is where it is printed again, in its article. Undefined when there is none.
   */
  const wedgedRun = (a: number): Set<number> | undefined => {
    const run = new Set<number>()
    let first: number | undefined
    let last: number | undefined
    let k = a + 1
    for (; k < blocks.length; k++) {
      const kind = blocks[k].kind
      if (INTERSTITIAL.has(kind)) continue
      // (a whole paragraph printed before is stepped over as well: see repeatsA)
      if (kind === 'body' && whole(k) === 'earlier') continue
      if (kind === 'body' && whole(k) === 'later') {
        first ??= k
        last = k
      } else if (!(kind === 'heading' && headingAgain(k))) break
      run.add(k)
    }
    const C = blocks[k]
    if (first === undefined || last === undefined || !mayContinue(C) || opensParallelItem(blocks, k)) return undefined
    // (the run opens a paragraph, as its twin does, twinOfWhole: one opening with the tail of a word,
    // 乐，每年为…, where the twin opens 每年为…, is this half's rest, and the twin the copy cut short)
    if (WORD_TAIL_OPENING.test(blocks[first].value)) return undefined
    // (a run printed again with the block after it is the text in its place, the later one its copy:
    // …两年前他们自发 / 组建了… / 护河队队长… / 1999年春天，… printed again as 组建了… / 护河队队长… / 1999年春天,…)
    // (and so is one printed again with this half over it: 将党务、 / 个人服务。… printed again as 将党务、 / 个人服务。…)
    let after = twinOfWhole(last)! + 1
    while (after < blocks.length && INTERSTITIAL.has(blocks[after].kind)) after++
    if (after < blocks.length && blocks[after].kind === 'body' && sameText(k, after)) return undefined
    let before = twinOfWhole(first)! - 1
    while (before >= 0 && (INTERSTITIAL.has(blocks[before].kind) || blocks[before].kind === 'heading')) before--
    if (before >= 0 && before !== a && blocks[before].kind === 'body' && sameText(a, before)) return undefined
    // (a heading of the run is one only over a paragraph of it)
    while (k - 1 > a && (INTERSTITIAL.has(blocks[k - 1].kind) || blocks[k - 1].kind === 'heading')) {
      if (run.has(k - 1)) return undefined
      k--
    }
    // (a run without its heading must be clearly out of place: the block after it goes on with the half better than
    // the run's paragraph does; on a tie the paragraph under the half is its rest, and its later copies are echoes)
    // (nor is one whose copy further down stands right under a head of its own, a headline, heading or
    // byline printed once: the run is the opening of that article, set between the halves by mistake,
    // …能够开展 / 射洪市依托… / 射洪市还… / 二级以下… printed again under 射洪市：… / ■陈静; an echo of
    // the rest stands under text, or at the page's end)
    const over = seamEvidence(blocks[a].value, C.value).score
    const under = seamEvidence(blocks[a].value, blocks[first].value).score
    const headed = [...run].some((m) => blocks[m].kind === 'heading') || twinUnderOwnHead(twinOfWhole(first)!)
    return over >= 0 && (over > under || (headed && over === under)) ? run : undefined
  }
  /** Blocks each taken join steps over as a misplaced run (wedgedRun), by first half. */
  const wedges = new Map<number, Set<number>>()
  let candidates: Candidate[] = []
  const hasAdjacent = new Set<number>()
  const goesOnElsewhere = new Set<number>()
  // blocks an adjacent half claims as its continuation
  const continuedBy = new Set<number>()
  // heading-shaped pieces that prove to be first halves are body text, before anything is paired
  for (let a = 0; a < blocks.length; a++) {
    const c = headingFragmentCandidate(blocks, a)
    if (c && !readsAsHeading(blocks[a], blocks[c.b])) blocks[a].kind = 'body'
  }
  const boxed = blocks.some((block) => block.data.boxed !== undefined)
  const cutAtBreak = clausesCutAtPageBreak(blocks, file)
  // (a paragraph set flush where the page indents its paragraphs' first lines goes on from another, as one that
  // visibly opens mid-sentence does: a far half may claim it, on the seam's evidence still)
  const setFlush = setFlushOnIndentedPage(blocks)
  for (const a of clausesCutByPicture(blocks)) cutAtBreak.add(a)
  // (a repeat that is another version of a passage the page compares, a draft and its revision, is no copy: text)
  const comparedVersion = (j: number) =>
    blocks.some((b, k) => k !== j && b.kind === 'body' && Math.abs(b.value.length - blocks[j].value.length) <= 0.2 * blocks[j].value.length && versionsThePageCompares(blocks, j, k))
  for (let a = 0; a < blocks.length; a++) {
    if ((!isOpenBody(blocks[a]) && !cutAtBreak.has(a)) || copies.has(a)) continue
    // a repeat of earlier text (dedup removes it) is stepped over when it repeats this very half or
    // cannot continue it: otherwise cleaning the output again, without the repeat, would join more
    // (and so is a verbatim copy of an earlier whole paragraph, which continues nothing: the halves
    // it stands between are joined; after a lead-in's colon it is the passage the lead-in quotes)
    // (and a near copy, a character or two misread, as a verbatim one; and a run of blocks printed
    // again later on the page, standing between the halves: see wedgedRun)
    const leadIn = /[：:]\s*$/.test(blocks[a].value)
    const wedge = leadIn ? undefined : wedgedRun(a)
    const repeatsA = (j: number) =>
      (repeats.has(j) && !comparedVersion(j) && (sameText(a, j) || ((verbatimWhole(j) || whole(j) === 'earlier') && !leadIn) || seamEvidence(blocks[a].value, blocks[j].value).score < 0)) ||
      (isPullQuote(blocks, a, j, options, repeats.has(j)) && !comparedVersion(j)) ||
      wedge?.has(j) === true
    // (a box set into the column is stepped over only to a continuation after it; on a page with a
    // box, the half is also read as the output, where the box's frame is gone, will be read when
    // cleaned again, the box's lines what stands next: that reading stands when there is no
    // continuation after the box, or when the join across it is not made)
    const over = adjacentCandidate(blocks, a, options, repeatsA)
    const plain = boxed ? adjacentCandidate(blocks, a, options, repeatsA, false) : undefined
    if (over && boxed && plain?.b !== over.b) {
      over.overBox = true
      over.alt = plain
    }
    // (a paragraph its marker sends to another page is never joined across the box to the
    // paragraph under it: the box stays, and whether it keeps its marker is read as it will be)
    const c = over?.overBox && held.has(a) && !blocks[over.b].data.jumpsIn ? plain : (over ?? plain)
    // A paragraph whose marker sends it to another page is not continued by the paragraph under
    // it: it keeps its marker (the output says where it goes on, and reads the same cleaned again),
    // unless the page holds the continuation the marker points to.
    if (c && held.has(a) && !blocks[c.b].data.jumpsIn) {
      goesOnElsewhere.add(a)
      continue
    }
    if (c) {
      candidates.push(c)
      hasAdjacent.add(a)
      continuedBy.add(c.b)
      if (wedge) wedges.set(a, wedge)
    }
  }
  // a paragraph sent on by its marker, and one brought from another page by its own (（上接第1版）…),
  // are halves of one, however far apart: this claim outranks any other; the nearest wins a tie
  for (const a of held.keys()) {
    // (brought back right under it: that is the join above)
    if (hasAdjacent.has(a) || copies.has(a)) continue
    for (let b = a + 1; b < blocks.length; b++) {
      // (a block a marker brings back right under an unfinished paragraph continues that one: the
      // marker stood between its halves)
      // (nor one brought from a page other than this page's: it continues an article of that page)
      if (!blocks[b].data.jumpsIn || blocks[b].data.jumpsFromOtherPage || !mayContinue(blocks[b]) || continuedBy.has(b)) continue
      const evidence = seamEvidence(blocks[a].value, blocks[b].value)
      const reasons = ['continuation markers send the first half on and bring the second from another page', ...evidence.reasons]
      candidates.push({ a, b, score: evidence.score + JUMP_BONUS - (b - a) * 1e-6, reasons, between: [], headings: [], far: true })
    }
  }
  // (a half whose only claim steps over a box has, as the output reads it, none: its far claims are
  // kept aside, for when the join across the box is not made)
  const farAside = new Map<number, Candidate[]>()
  const acrossBoxOnly = new Set(candidates.filter((c) => c.overBox && c.alt === undefined).map((c) => c.a))
  /**
   * The claims of half `a` on blocks from `from` down, on evidence of the seam alone; on blocks that may open a
   * paragraph too when `anyOpening` (the half's own column is known to be cut apart: see displaced).
   */
  const farCandidates = (a: number, from = a + 2, anyOpening = false): Candidate[] => {
    const far: Candidate[] = []
    // (a paragraph left open at its article's end, another article's headline under it, goes on where a
    // marker brings a paragraph back (（上接第6版）…): the marker says so, whatever the seam)
    // (on a page that sends no paragraph on by a marker of its own: one that does is the half brought back)
    const closesArticle = held.size === 0 && opensNextArticle(blocks, a)
    for (let b = from; b < Math.min(blocks.length, a + FAR_WINDOW); b++) {
      // a repeat of an earlier block (dedup removes it) is no continuation of its own, nor a rival
      if (!mayContinue(blocks[b]) || repeats.has(b) || (!anyOpening && !mayStartMidSentence(blocks, b) && !setFlush.has(b))) continue
      const evidence = seamEvidence(blocks[a].value, blocks[b].value)
      const broughtIn = closesArticle && evidence.score < FAR_MINIMUM && blocks[b].data.jumpsIn && !blocks[b].data.jumpsFromOtherPage
      if (broughtIn) {
        far.push({ a, b, score: evidence.score + FAR_MINIMUM, reasons: ['a marker brings the second half back, and the first closes its article open', ...evidence.reasons], between: [], headings: [], far: true })
        continue
      }
      if (evidence.score >= FAR_MINIMUM) far.push({ a, b, score: evidence.score, reasons: evidence.reasons, between: [], headings: [], far: true })
      // (a paragraph of prose set flush where the page indents its paragraphs goes on from the nearest paragraph over it
      // stopped on a bare character, whatever the seam, with a box, its label and its text, between: …成立了环境 / 点评 /
      // 　　乡村振兴…。 / 卫生理事会，…; not from a lead-in's colon, whose list or fields may be set flush)
      else if (setFlush.has(b) && BARE_STOP.test(blocks[a].value) && hasSentencePunctuation(blocks[b].value) && !FIELD_OPENING.test(blocks[b].value) && evidence.score >= 0 && !blocks.slice(a + 1, b).some(isOpenBody)) {
        far.push({ a, b, score: evidence.score + FAR_MINIMUM, reasons: ['the second half is set flush where the page indents its paragraphs, under the nearest paragraph left open', ...evidence.reasons], between: [], headings: [], far: true })
      }
    }
    return far
  }
  for (let a = 0; a < blocks.length; a++) {
    if (!isOpenBody(blocks[a]) || (hasAdjacent.has(a) && !acrossBoxOnly.has(a)) || goesOnElsewhere.has(a) || copies.has(a)) continue
    const far = farCandidates(a)
    if (acrossBoxOnly.has(a)) farAside.set(a, far)
    else candidates.push(...far)
  }

  // A block and its own copy are a repetition, not two halves. Two pieces that together read as a
  // heading are not the halves of a paragraph (the output, cleaned again, would read them so).
  const isRepeat = (c: Candidate) => sameText(c.a, c.b)
  const admissible = (c: Candidate | undefined): Candidate | undefined =>
    c === undefined || !(isRepeat(c) || readsAsHeading(blocks[c.a], blocks[c.b])) ? c : undefined
  /** What stands for a candidate across a box when that join is not made. */
  const givingWay = (c: Candidate): Candidate[] => {
    const alt = admissible(c.alt)
    return alt ? [alt] : (farAside.get(c.a) ?? []).filter((o) => admissible(o) === o)
  }
  candidates = candidates.flatMap((c) => (admissible(c) === c ? [c] : c.overBox ? givingWay(c) : []))

  // (a candidate stepping over a box that is not taken gives way to its reading without the box's
  // frame, and the claims are weighed again: the output, cleaned again, has no frame to step over)
  let { taken, ambiguous } = pairCandidates(blocks, candidates, file, options)
  for (let round = 0; round < candidates.length; round++) {
    const lost = candidates.filter((c) => c.overBox && taken.get(c.a) !== c)
    if (lost.length === 0) break
    candidates = candidates.flatMap((c) => (lost.includes(c) ? givingWay(c) : [c]))
    ;({ taken, ambiguous } = pairCandidates(blocks, candidates, file, options))
  }
  // (columns interleaved: a half whose block under it a half further up takes on stronger evidence of its own
  // seam, …接待游客1.2 / [the next article's column] …善于做群众工 / 万人次。… / … / 作的老党员…, was set beside
  // the other column's rest; its own rest follows that column's rest, found as a far half's is, and may stand under
  // a paragraph that ends, that column's last; what stands between the two rests goes up with the first)
  // (only over text of that one article, no headline or byline in it: beyond one, a word running across is chance,
  // 等 / [another article] / 地说道。; and never a block another half goes on into right above it)
  const columnRest = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, n) => from + n)
  const displaced = candidates.filter(
    (c) => !c.far && taken.get(c.a) === undefined && !ambiguous.has(c.a) && [...taken.values()].some((o) => o.far && o.b === c.b && o.a < c.a),
  )
  if (displaced.length > 0) {
    const ownRest = (c: Candidate) =>
      farCandidates(c.a, c.b + 1, true).filter((o) => admissible(o) === o && !continuedBy.has(o.b) && columnRest(c.b + 1, o.b).every((k) => COLUMN_KINDS.has(blocks[k].kind)))
    candidates = candidates.filter((c) => !displaced.includes(c)).concat(displaced.flatMap(ownRest))
    ;({ taken, ambiguous } = pairCandidates(blocks, candidates, file, options))
    const claimed = (k: number) => [...taken.values()].some((o) => o.a === k || o.b === k || movedBlocks(o).includes(k))
    for (const c of displaced) {
      const own = taken.get(c.a)
      const first = [...taken.values()].find((o) => o.far && o.b === c.b)
      if (!own?.far || !first) continue
      const rest = columnRest(c.b + 1, own.b)
      if (!rest.some(claimed)) first.carried = rest
    }
  }

  // the misplaced runs stepped over by the joins taken are copies of the run printed later: dedup
  // removes them, not the later one
  for (const [a, run] of wedges) {
    const c = taken.get(a)
    if (c && !c.far) for (const k of run) if (k < c.b) blocks[k].data.wedgedCopy = true
  }
  // a held marker goes with its paragraph's join, or when nothing could take it for a continuation
  // (its paragraph stays open, flagged); otherwise it stays, and says where the paragraph goes on
  const sentOn: HeldMarker[] = []
  for (const [a, { printed, line }] of held) {
    blocks[a] = printed
    if (taken.has(a) || !goesOnElsewhere.has(a)) {
      withRule('strip', () => (line ? removeLine(line, file, options.revert) : stripTrailingMarker(printed, file, options.revert)))
    } else {
      sentOn.push({ printed, line })
    }
  }
  const out = rebuild(blocks, taken, ambiguous, file, (k) => repeats.has(k) || whole(k) === 'earlier')
  // (the copies' index is asked nothing past here: a page builds several as large, and one taken and never given
  // back left the next to allocate its arrays anew, zeroed)
  release()
  for (const { printed, line } of sentOn) {
    printed.data.unjoined = 'elsewhere'
    if (line) out.splice(out.indexOf(printed) + 1, 0, line)
  }
  return out
}

/** The joins taken among the candidates, strongest evidence first; halves left ambiguous by a tie. */
function pairCandidates(
  blocks: Block[],
  candidates: Candidate[],
  file: VFile,
  options: CleanOptions,
): { taken: Map<number, Candidate>; ambiguous: Set<number> } {
  // Strongest evidence first; a tie for the same half is ambiguous and left to the editor.
  candidates = [...candidates].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  const taken = new Map<number, Candidate>() // by a
  const takenB = new Set<number>()
  const ambiguous = new Set<number>()
  // a continuation that two halves claim equally is nobody's: weaker claims may not take it either
  const contested = new Set<number>()
  // captions, credits and headings a join moves (and bare sentences it reads as captions): moved
  // once, they can be neither half of another join, nor moved by another
  const moved = new Set<number>()
  for (const c of candidates) {
    if (taken.has(c.a) || takenB.has(c.b) || ambiguous.has(c.a) || contested.has(c.b)) continue
    if (moved.has(c.a) || moved.has(c.b)) continue
    if (c.far) {
      const rivals = candidates.filter(
        (o) => o !== c && o.score === c.score && ((o.a === c.a && !takenB.has(o.b)) || (o.b === c.b && !taken.has(o.a))),
      )
      if (rivals.length > 0) {
        for (const o of [c, ...rivals]) {
          ambiguous.add(o.a)
          contested.add(o.b)
        }
        continue
      }
    }
    const moves = movedBlocks(c)
    if (moves.some((k) => takenB.has(k) || taken.has(k) || moved.has(k))) continue
    if (joinReverted(file, candidatePlan(blocks, c), options.revert)) continue
    taken.set(c.a, c)
    takenB.add(c.b)
    for (const k of moves) moved.add(k)
  }
  return { taken, ambiguous }
}

/**
 * A lead-in ending with a colon over what it announces (…探索出各具特色的治沙模式： / 杭锦旗：…; …持续用力： /
 * 要把…做实，…。 / 要把…做优，…。; …照录如下： / …): it ends there, as join reads it, and is not flagged.
 */
function announcesWhatFollows(blocks: Block[], a: number): boolean {
  const A = blocks[a]
  if (!LEAD_IN_MARK.test(A.value)) return false
  let j = a + 1
  while (j < blocks.length && INTERSTITIAL.has(blocks[j].kind)) j++
  // (a quotation set on short lines of its own, read as headings, under a dash or a colon, and text
  // after it: the lead-in introduces it, and join does not cross it)
  if (blocks[j]?.kind === 'heading') {
    while (blocks[j]?.kind === 'heading') j++
    return blocks[j]?.kind === 'body'
  }
  if (!/[：:]\s*$/.test(A.value)) return false
  const B = blocks[j]
  if (!B || B.kind !== 'body') return false
  return LEAD_IN_END.test(A.value) || ITEM_AFTER_LEAD_IN.test(B.value) || opensParallelItems(blocks, j)
}

/**
 * The blocks after a paragraph a continuation marker brought back from another page (（上接B2版）…)
 * that go on with its article: the paragraphs under it, and labels, captions and credits among them,
 * up to the next title, heading or byline, an article's opening, another paragraph brought back, a
 * paragraph printed before on the page, or a block that is half of another join. The run ends
 * with a paragraph.
 */
function broughtBackWith(
  blocks: Block[],
  a: number,
  b: number,
  taken: ReadonlyMap<number, Candidate>,
  consumed: ReadonlySet<number>,
  printedBefore: (k: number) => boolean,
): number[] {
  const run: number[] = []
  let end = 0
  // (a heading that goes on with the numbers of the article's own section heads, 三、… over the
  // paragraph continued, 四、… under the continuation, is the article's next section, not the next
  // article: the run goes on under it)
  let section: SectionNumber | undefined
  for (let k = a; k >= 0 && section === undefined && a - k <= SECTION_LOOKBACK; k--) {
    if (blocks[k].kind === 'heading' || blocks[k].kind === 'title') section = sectionNumber(blocks[k].value)
  }
  for (let k = b + 1; k < blocks.length; k++) {
    const block = blocks[k]
    if (taken.has(k) || consumed.has(k) || block.data.jumpsIn || block.data.depth !== undefined) break
    if (block.kind === 'body') {
      // (a paragraph printed before on the page is a copy, of this article or another: the run
      // brought back ends over it)
      if (opensArticle(block.value) || printedBefore(k)) break
      run.push(k)
      end = run.length
    } else if (block.kind === 'label' || INTERSTITIAL.has(block.kind)) {
      run.push(k)
      // (the note on the author closes the article: it goes with it, and the run ends there)
      if (block.kind === 'credit' && end === run.length - 1 && AUTHOR_NOTE.test(block.value.trim())) {
        end = run.length
        break
      }
    } else if (section !== undefined && block.kind === 'heading' && followsSection(section, block.value)) {
      section = sectionNumber(block.value)
      run.push(k)
    } else break
  }
  return run.slice(0, end)
}

/** Blocks looked back over, from a paragraph continued elsewhere, for the number of its section's head. */
const SECTION_LOOKBACK = 40


interface SectionNumber {
  style: string
  n: number
}

/** A section head's number in Han numerals and its style: 三、 (3, '、'), （二） (2, '（）'). */
function sectionNumber(text: string): SectionNumber | undefined {
  const head = text.trimStart()
  const m = /^([一二三四五六七八九十])、/.exec(head) ?? /^[（(]([一二三四五六七八九十])[）)]/.exec(head)
  if (!m) return undefined
  return { style: m[0].length === 2 ? '、' : '（）', n: hanNumber(m[1]) }
}

/**
 * A head numbered next after `section`, in its style, and no sentence: 四、… after 三、…; `itemOfText` takes
 * an item that holds sentences too (一、加快…，确保… / 二、加强…。).
 */
function followsSection(section: SectionNumber, text: string, itemOfText = false): boolean {
  const next = sectionNumber(text)
  return next !== undefined && next.style === section.style && next.n === section.n + 1 && (itemOfText || !hasSentencePunctuation(text))
}

/** The blocks a join moves from between its halves (a far join leaves them where they are). */
function movedBlocks(c: Candidate): number[] {
  if (c.far) return []
  return c.bareCaption === undefined ? [...c.between, ...c.headings] : [...c.between, ...c.headings, c.bareCaption]
}

/** The output so far ends with bylines right under a label: the start of a box. */
function boxBylinesAtEnd(out: Block[]): boolean {
  let k = out.length - 1
  if (k < 0 || out[k].kind !== 'byline') return false
  while (k >= 0 && out[k].kind === 'byline') k--
  return k >= 0 && out[k].kind === 'label'
}

function rebuild(blocks: Block[], taken: Map<number, Candidate>, ambiguous: Set<number>, file: VFile, printedBefore: (k: number) => boolean): Block[] {
  const consumed = new Set<number>()
  for (const c of taken.values()) {
    consumed.add(c.b)
    if (!c.far) {
      c.between.forEach((i) => consumed.add(i))
      c.headings.forEach((i) => consumed.add(i))
      if (c.bareCaption !== undefined) consumed.add(c.bareCaption)
    }
  }
  const broughtBack = blocks.filter((b) => b.data.jumpsIn).length
  const out: Block[] = []
  for (let i = 0; i < blocks.length; i++) {
    if (consumed.has(i)) continue
    const head = blocks[i]
    if (!taken.has(i)) {
      out.push(head)
      head.data.unjoined = isOpenBody(head) && !endsAsItsKind(blocks, i) && !announcesWhatFollows(blocks, i) ? (ambiguous.has(i) ? 'ambiguous' : 'not-found') : undefined
      continue
    }
    const after: Block[] = []
    const before: Block[] = []
    const brought: Block[] = []
    let current = i
    while (taken.has(current)) {
      const c = taken.get(current)!
      const B = blocks[c.b]
      const { moved, headings, notes } = pairBlocks(blocks, c)
      if (c.bareCaption !== undefined) blocks[c.bareCaption].kind = 'caption'
      for (const h of headings) if (h.kind === 'body') h.kind = 'heading'
      const plan = planPair(blocks[c.a], B, c, moved, headings, notes)
      // (the rest of an article brought back by its marker goes on under its first paragraph: it
      // follows the paragraph it continues, with it)
      // (only when it is the page's one paragraph brought back: of several, the pairing may be crossed)
      const rest = c.carried ?? (c.far && B.data.jumpsIn && !taken.has(c.b) && broughtBack === 1 ? broughtBackWith(blocks, c.a, c.b, taken, consumed, printedBefore) : [])
      if (rest.length > 0) {
        const n = rest.filter((k) => blocks[k].kind === 'body').length
        const what = c.carried ? 'of its column after the continuation, up to the other column,' : 'brought back with the continuation, up to the next heading,'
        plan.join = { ...plan.join, note: `${plan.join.note}; the ${n === 1 ? 'paragraph' : `${n} paragraphs`} ${what} follow it` }
      }
      joinPair(head, B, plan, file)
      after.push(...moved)
      before.push(...headings)
      for (const k of rest) {
        consumed.add(k)
        brought.push(blocks[k])
        blocks[k].data.unjoined = isOpenBody(blocks[k]) ? 'not-found' : undefined
      }
      current = c.b
    }
    if (before.length > 0 && boxBylinesAtEnd(out)) {
      // a box (点评…) whose title was set into its first column: the title goes above the byline
      const bylines: Block[] = []
      while (out[out.length - 1].kind === 'byline') bylines.unshift(out.pop()!)
      for (const h of before) h.kind = 'title'
      out.push(...before, ...bylines)
    } else {
      // otherwise the heading opens what follows the paragraph it interrupted
      after.push(...before)
    }
    out.push(head, ...after, ...brought)
    head.data.unjoined = isOpenBody(head) && !endsAsItsKind(blocks, i, current + 1) ? 'not-found' : undefined
  }
  return out
}

interface PairPlan {
  join: RecordInit
  moves: RecordInit[]
  glue: string
  dropHyphen: boolean
}

/** The records a join would make, computed before it is made so that a decision can veto it. */
function planPair(A: Block, B: Block, c: Candidate, moved: Block[], headings: Block[], notes: ReadonlySet<Block>): PairPlan {
  const seamStart = A.position.end.offset!
  const seamEnd = B.position.start.offset!
  const tail = A.value.slice(-16)
  const headText = B.value.slice(0, 16)
  const dropHyphen = /[A-Za-z]-$/.test(A.value) && /^[a-z]/.test(B.value)
  const glue = dropHyphen ? '' : glueAcrossBreak(A.value, B.value)
  const distance = c.far ? ' far apart on the page' : ''
  const join: RecordInit = {
    level: c.far ? 'warning' : 'info',
    kind: 'join',
    message: `paragraph cut${distance} joined: ${c.reasons.join('; ') || 'the first half does not end a sentence'}`,
    start: Math.min(seamStart, seamEnd),
    end: Math.max(seamStart, seamEnd),
    actual: `${tail}⏎${headText}`,
    expected: [`${dropHyphen ? tail.slice(0, -1) : tail}${glue}${headText}`],
    blockId: A.data.id,
    halves: [A.value, B.value],
    between: [...headings.map((h) => h.value), ...moved.map((m) => m.value)],
    note: c.far ? 're-paired across other blocks: check the order' : undefined,
  }
  const moves: RecordInit[] = [
    ...moved.map(
      (m): RecordInit => ({
        level: 'info',
        kind: 'caption-moved',
        message: `${m.data.boxed !== undefined ? 'line of a box' : m.data.row || m.kind === 'heading' ? 'line of a table or chart' : m.kind === 'credit' ? 'photo credit' : notes.has(m) ? 'note' : 'caption'} “${m.value.slice(0, 30)}” that stood inside a cut paragraph now follows it`,
        start: m.position.start.offset!,
        end: m.position.end.offset!,
        actual: m.value,
        expected: [m.value],
        blockId: m.data.id,
      }),
    ),
    ...headings.map(
      (h): RecordInit => ({
        level: 'warning',
        kind: 'heading-moved',
        message: `heading “${h.value}” that stood inside a cut paragraph moved out of it`,
        start: h.position.start.offset!,
        end: h.position.end.offset!,
        actual: h.value,
        expected: [h.value],
        blockId: h.data.id,
      }),
    ),
  ]
  return { join, moves, glue, dropHyphen }
}

function candidatePlan(blocks: Block[], c: Candidate): PairPlan {
  const { moved, headings, notes } = pairBlocks(blocks, c)
  return planPair(blocks[c.a], blocks[c.b], c, moved, headings, notes)
}

/**
 * The blocks a join moves from between its halves, in the order they will follow the paragraph (a
 * bare sentence read as a caption first), the headings that will stand before it, and the notes
 * among the moved; a far join moves none.
 */
function pairBlocks(blocks: Block[], c: Candidate): { moved: Block[]; headings: Block[]; notes: ReadonlySet<Block> } {
  if (c.far) return { moved: [], headings: [], notes: new Set() }
  const moved = [...(c.bareCaption !== undefined ? [blocks[c.bareCaption]] : []), ...c.between.map((k) => blocks[k])]
  return { moved, headings: c.headings.map((k) => blocks[k]), notes: new Set(c.notes?.map((k) => blocks[k])) }
}

/** A decision reverting the join, or the move of a caption or heading it causes, keeps the halves apart. */
function joinReverted(file: VFile, plan: PairPlan, revert: ReadonlySet<string> | undefined): boolean {
  if (!revert) return false
  for (const init of [plan.join, ...plan.moves]) if (!proposeChange(file, revert, init)) return true
  return false
}

function joinPair(head: Block, B: Block, plan: PairPlan, file: VFile): void {
  const removed = plan.dropHyphen ? replaceText(head, head.value.length - 1, head.value.length, '') : []
  appendBlock(head, B, plan.glue)
  record(file, { ...plan.join, removed })
  for (const move of plan.moves) record(file, move)
}

/** Exact copies of an earlier paragraph or caption, which dedup removes. */
function exactRepeats(blocks: Block[], options: CleanOptions): boolean[] {
  const seen = new Set<string>()
  return blocks.map((b) => {
    if (b.kind !== 'body' && b.kind !== 'caption') return false
    const key = foldForCompare(b.value)
    if (seen.has(key)) return key.length >= options.dedup.minLength
    seen.add(key)
    return false
  })
}

/**
 * A title set over two lines, one under the other, as two halves of one length (小小菜篮子 / 连着大民生):
 * headlines are often couplets, printed on one line with a space between the halves. A kicker over
 * a title is of another length. The halves stand over the byline or text, with no heading marks of
 * the source and no space inside either (a title with a space is already both halves).
 */
function isCoupletCut(block: Block, next: Block, after: Block | undefined, above: Array<Block | undefined>): boolean {
  if ((block.kind !== 'title' && block.kind !== 'heading') || (next.kind !== 'title' && next.kind !== 'heading')) return false
  if (block.data.depth !== undefined || next.data.depth !== undefined) return false
  if (next.position.start.line !== block.position.end.line + 1) return false
  if (!after || (after.kind !== 'byline' && after.kind !== 'body')) return false
  const length = block.value.length
  if (length < 4 || length > 12 || next.value.length !== length) return false
  if (/[\s\p{P}]/u.test(block.value) || /[\s\p{P}]/u.test(next.value)) return false
  // (a couplet's second half is a phrase of its own; one opening on the particle 的 goes on with the first, 果农某某 /
  // 的三笔收入, one title without a space)
  if (TIED_ON_PARTICLE.test(next.value)) return false
  // the last two lines of a stanza: two more short lines without a mark right over them (a kicker
  // over a title is one line)
  if (isShortLineRightAbove(above[1], block) && isShortLineRightAbove(above[0], above[1]!)) return false
  return foldForCompare(block.value) !== foldForCompare(next.value)
}

/** A short line of words without a mark or a space, on the line right over `under`: a line of verse. */
function isShortLineRightAbove(line: Block | undefined, under: Block): boolean {
  return (
    line !== undefined &&
    line.data.depth === undefined &&
    line.position.end.line + 1 === under.position.start.line &&
    line.value.length >= 2 &&
    line.value.length <= 12 &&
    !/[\s\p{P}]/u.test(line.value)
  )
}

/** A title's first line running on with an ellipsis: a short list of words (甲流、支原体、新冠……). */
const ELLIPSIS_LEAD = /^[^，,。.；;：:！!？?“”"（）()]{2,20}(?:…+|\.{3,}|。{3,})$/

/**
 * A headline set over two lines whose first runs on with an ellipsis (甲流、支原体、新冠…… /
 * 孩子反复咳嗽，到底该怎么办？): the first line, left as text since it ends with a mark that may close a
 * clause, is cut from the headline under it, on the very next line. At the head of an article only
 * (nothing, a headline or a finished paragraph over it), with its text or byline under the headline.
 */
function isEllipsisCut(previous: Block | undefined, block: Block, next: Block, after: Block | undefined): boolean {
  if (block.kind !== 'body' || block.data.depth !== undefined || next.data.depth !== undefined) return false
  // (a cheap test first: most blocks end otherwise)
  if ((next.kind !== 'title' && next.kind !== 'heading') || !/[….。]\s*$/.test(block.value)) return false
  if (!ELLIPSIS_LEAD.test(block.value.trim()) || next.position.start.line !== block.position.end.line + 1) return false
  if (previous !== undefined && previous.kind === 'body' && !endsComplete(previous.value)) return false
  return after !== undefined && (after.kind === 'body' || after.kind === 'byline')
}

/**
 * A title of a subject and two phrases set over two lines (繁昌区：延链补链强集群 / 新材料产业“成色”更足):
 * the first line names the subject before a colon inside the line, the second is the phrase that
 * answers the one after the colon, of about its length. Both lines are short and hold no other
 * punctuation than quotation marks and no space, and they stand over the byline or the text. A
 * second headline under a title says more than the title (滇南药业…增长两成 / 创新药收入占比首次突破30%),
 * carries a colon of its own (市民质疑：…) or is a subtitle (——…); a kicker over a title has no colon.
 */
function isColonPhraseCut(block: Block, next: Block, after: Block | undefined): boolean {
  if ((block.kind !== 'title' && block.kind !== 'heading') || (next.kind !== 'title' && next.kind !== 'heading')) return false
  if (block.data.depth !== undefined || next.data.depth !== undefined) return false
  if (block.value.length > 22 || next.value.length > 16) return false
  if (!after || (after.kind !== 'byline' && after.kind !== 'body')) return false
  const colon = block.value.search(/[：:]/)
  if (colon < 2 || colon > 8) return false
  const subject = block.value.slice(0, colon)
  const phrase = block.value.slice(colon + 1).replace(QUOTE_MARKS, '')
  const answer = next.value.replace(QUOTE_MARKS, '')
  if (phrase.length < 3 || answer.length < 3 || Math.abs(phrase.length - answer.length) > 3) return false
  if (/[\s\p{P}]/u.test(subject) || /[\s\p{P}]/u.test(phrase) || /[\s\p{P}]/u.test(answer)) return false
  return !LIST_ITEM.test(answer) && foldForCompare(phrase) !== foldForCompare(answer)
}

const QUOTE_MARKS = /[“”‘’「」『』]/g

/**
 * A couplet title too wide for its column, its second half's last word wrapped onto a line of its
 * own (男子…倒地 两名…接力 / 施救): the title holds its two halves apart with a space, the line under it
 * is a word of one to three characters, and the second half with that word is of about the first
 * half's length. Over a byline that names reporters (a word alone on its line over it is no name of
 * theirs), on the very next lines.
 */
function isCoupletTailCut(block: Block, next: Block, after: Block | undefined): boolean {
  if (block.kind !== 'title' || block.data.depth !== undefined || next.data.depth !== undefined) return false
  // (a cheap test first: the word alone)
  if (next.value.length > 3 || !/^[\u4e00-\u9fff]{1,3}$/.test(next.value)) return false
  if (next.kind !== 'byline' && next.kind !== 'heading' && next.kind !== 'title' && next.kind !== 'body') return false
  if (next.position.start.line !== block.position.end.line + 1) return false
  if (!after || after.kind !== 'byline' || after.position.start.line !== next.position.end.line + 1 || !/记者|通讯员/.test(after.value)) return false
  const halves = /^([\u4e00-\u9fff]{4,16})[ \u3000]+([\u4e00-\u9fff]{2,16})$/.exec(block.value.trim())
  if (!halves) return false
  return Math.abs(halves[1].length - (halves[2].length + next.value.length)) <= 2 && halves[2].length < halves[1].length
}

/**
 * A couplet title too wide for its column, its second half begun on the first line and its rest
 * wrapped under it (八旬老人公交车上突然晕倒 司机 / 乘客接力送医): the first line's part after its space, a
 * word of one to three characters, is no headline's half on its own, and with the line under it it is
 * a half of four characters at least, no longer than the first half. Over a byline or the text.
 */
function isCoupletHeadCut(block: Block, next: Block, after: Block | undefined): boolean {
  if (!areHeadlineLines(block, next) || block.kind !== 'title') return false
  if (!after || (after.kind !== 'byline' && after.kind !== 'body')) return false
  const halves = /^([\u4e00-\u9fff]{4,16})[ \u3000]+([\u4e00-\u9fff]{1,3})$/.exec(block.value.trim())
  const rest = next.value.trim()
  if (!halves || !/^[\u4e00-\u9fff]{2,14}$/.test(rest)) return false
  const second = halves[2].length + rest.length
  return second >= 4 && second <= halves[1].length && rest.length > halves[2].length
}

/**
 * The shapes of a title set over two lines, what the record says of each, and what stands between
 * the halves once joined (the halves of a couplet keep a space, as a title on one line does).
 */
const TITLE_CUTS = {
  colon: { message: 'title cut over two lines joined', glue: '' },
  couplet: { message: 'title set over two lines joined (two halves of one length, as a couplet)', glue: ' ' },
  ellipsis: { message: 'title cut over two lines joined (the first runs on with an ellipsis)', glue: '' },
  phrases: { message: 'title set over two lines joined (a subject and its phrase, then a phrase of about its length)', glue: ' ' },
  tail: { message: 'title cut over two lines joined (the last word of its second half on a line of its own)', glue: '' },
  head: { message: 'title cut over two lines joined (its second half begun on the first line, its rest on the second)', glue: '' },
  question: { message: 'title cut over two lines joined (its question alone on the second: …怎么办？)', glue: '' },
  spaced: { message: 'title cut over two lines joined (both set with the same letter spacing, the first line the shorter)', glue: ' ' },
  wrapped: { message: 'headline wrapped over two lines joined (its first line the longer, the second a phrase without marks)', glue: '' },
  subject: { message: 'title wrapped over two lines joined (its subject and colon on the first, the longer, its phrase going on bare on the second)', glue: '' },
  dangling: { message: 'headline wrapped over two lines joined (its first line ends where no headline ends: on 的, or inside its quotation)', glue: '' },
  comma: { message: 'headline wrapped over two lines joined (its first line ends on a comma, where no headline ends)', glue: '' },
  particle: { message: 'title wrapped over two lines joined (its second line opens on the particle 的, where no headline opens)', glue: '' },
  remainder: { message: 'title wrapped over two lines joined (a long first line, the second a remainder of a few characters)', glue: '' },
  quoted: { message: 'headline wrapped over two lines joined (the second opens on a quoted word its phrase goes on with)', glue: '' },
  phrase: { message: 'headline wrapped over two lines joined (its second phrase cut short at the first line\'s end, the second line going on with it)', glue: '' },
  brief: { message: "brief's headline set over two lines joined (the page's other briefs stand under one line each, over their dateline)", glue: '' },
  word: { message: 'title wrapped over two lines joined (its first line cut inside a word: 推广合 / 理密植…)', glue: '' },
  numbered: { message: 'numbered heading cut over two lines joined (its second clause goes on on the line under it)', glue: '' },
  overByline: { message: 'title cut over two lines joined (its last words on a short line of their own, right over its byline)', glue: '' },
  sentence: { message: 'title cut over two lines joined (one sentence: the first line names its subject or stops wanting a word, the second goes on with it)', glue: '' },
}

/** A line read as a headline, no Markdown heading of the page's own (#). */
function isPlainHeadline(b: Block): boolean {
  return (b.kind === 'title' || b.kind === 'heading') && b.data.depth === undefined
}

/** Two lines read as headlines, the second right under the first, neither a Markdown heading of the page's own (#). */
function areHeadlineLines(block: Block, next: Block): boolean {
  return isPlainHeadline(block) && isPlainHeadline(next) && next.position.start.line === block.position.end.line + 1
}

/** Two headline lines with one blank line between them (县城的“夜经济” / (blank) / 能走多远), neither a Markdown heading of the page's own. */
function areHeadlineLinesApart(block: Block, next: Block): boolean {
  return isPlainHeadline(block) && isPlainHeadline(next) && next.position.start.line === block.position.end.line + 2
}

/** A headline's question too short to stand as a headline of its own: 怎么办？, 该不该退？, 谁来管？. */
const SHORT_QUESTION = /^[\u4e00-\u9fff]{2,5}[？?]$/

/**
 * A headline whose question is cut onto a line of its own (入冬后血压“坐过山车” / 怎么办？, 拿了彩礼却“闪离” /
 * 该不该退？): a question of a few characters asks about what the line over it names; alone it asks
 * nothing. The first line ends without a mark of its own (a closing quote at most), on the line right over.
 */
function isQuestionTailCut(block: Block, next: Block): boolean {
  if (!areHeadlineLines(block, next) || !SHORT_QUESTION.test(next.value.trim())) return false
  const first = block.value.trim()
  return first.length >= 4 && first.length <= 20 && !/[\s]/.test(first) && /[\u4e00-\u9fff”’」』]$/.test(first) && !/[？?！!。：:]/.test(first)
}

/** A line of Han characters set apart by one space each, as a headline's type is spaced: 枣 阳 县 社 员. */
const SPACED_HAN = /^[\u4e00-\u9fff](?:([ \u3000])[\u4e00-\u9fff])(?:\1[\u4e00-\u9fff]){2,}$/

/**
 * A headline cut over two lines set in the same type, its letters spaced the same (枣 阳 县 社 员 / 冬 修
 * 水 利 热 火 朝 天): the first line the shorter, it is the head of a sentence the second goes on with. A
 * title over a second headline sets the title the longer (省 第 五 届 运 动 会 田 径 赛 落 幕 / 两 项 省 纪 录
 * 被 刷 新): those stay apart.
 */
function isSpacedTitleCut(block: Block, next: Block): boolean {
  if (!areHeadlineLines(block, next)) return false
  const first = SPACED_HAN.exec(block.value.trim())
  const second = SPACED_HAN.exec(next.value.trim())
  return first !== null && second !== null && first[1] === second[1] && block.value.trim().length < next.value.trim().length
}

/**
 * A web page's headline wrapped over two lines set together (某某市公安局关于某某赛期间 / 实行临时交通管制的通告): a
 * wrap fills the first line, so it is as long as the second at least, and cuts inside a phrase, so neither line ends
 * with a mark, nor holds a space (a couplet's halves, set apart) or a clause's mark (a subtitle's clauses). A kicker
 * over a headline is the shorter line (某某店突然闭店 / 300多名会员的预付卡成了“空头支票”); a subtitle under it
 * mostly is too, or holds its clauses' marks.
 */
function isWrappedHeadline(block: Block, next: Block): boolean {
  if (block.kind !== 'title' || !block.data.headline || next.kind !== 'title' || !areHeadlineLines(block, next)) return false
  const first = block.value.trim()
  const second = next.value.trim()
  if (second.length < 4 || first.length < second.length || visibleLength(first + second) > HEADLINE_MAX) return false
  // (a line with a clause's mark is a clause of its own: 转自某某报，一起看看 / 某某进了非遗名录)
  if (/[\s\u3000]/.test(first + second) || /[\p{P}\p{S}]$/u.test(first) || /[，,。！？!?；;：:、《》（）()]/.test(first) || /[\p{P}\p{S}]/u.test(second)) return false
  // (nor does a wrap cut between two clauses, each with its subject and verb: 某泉水位回升至29.51米 / 今夏某地泉水有望持续喷涌 are a
  // headline and its second headline)
  return !(holdsPredicate(first) && isClauseWithSubject(second))
}

/** A headline's line of words alone: Han characters, figures, quotes, book marks, a name's dot, a subject's colon. */
const BARE_HEADLINE_LINE = /^[\p{Script=Han}\p{N}“”"《》·：:]+$/u
/** A column's name ends on a verb too (健康提示, 财经观察); a line cut before its verb's object is longer. */
const DIRECTED_LINE_MIN = 5
/** A work's name in its book marks (global: replace takes every one). */
const WORK_NAME = /《[^《》]{1,30}》/g
/** A slash between figures (1998/1999年榨季) is a figure's, no mark of a clause. */
const FIGURES_SLASH = /(?<=\p{N})\/(?=\p{N})/gu
/** A column's name over a title is a few characters; a title's subject cut from its predicate names more. */
const SUBJECT_LINE_MIN = 6

/** A headline's clause commas, where its first line is cut into clauses (global: split and replace take every one). */
const CLAUSE_COMMAS = /[，,]/g

/**
 * A title set over two lines that is one sentence cut by the layout, as its words tell (他把实验室 / 搬进了棉田,
 * 县城的“夜经济” / 能走多远): the first line a subject saying nothing of it, the second a predicate without a subject
 * of its own; or the first stops where no sentence stops (on an adverb, a preposition, after 把 with no verb yet), or
 * on the object 把 or 让 hands to a verb the second opens on (青石乡把避孕节育服务 / 送到了…). A kicker or a subtitle
 * is a clause of its own, with its verb; a column's name over a title is shorter than a subject line here is held to,
 * and a byline is no headline line.
 */
function isSentenceCutTitle(block: Block, next: Block): boolean {
  // (or a blank line between, on a page that sets every line apart so: the words, not the gap, tell a cut sentence)
  if (!areHeadlineLines(block, next) && !areHeadlineLinesApart(block, next)) return false
  const first = block.value.trim()
  const second = next.value.trim()
  // (the second line may set a phrase of its own after its first, a space apart, 全省首批智慧农场授牌仪式在 / 省城举行
  // 我市两家单位入选: a first line stopping on a preposition, its object still to come, goes on with the second's first
  // phrase whatever stands after it; a line stopping elsewhere may be a title over its byline's unit and name)
  const twoPhrases = /^([^\s\u3000]{2,})[ \u3000]+([^\s\u3000]{2,})$/.exec(second)
  if (twoPhrases && BARE_HEADLINE_LINE.test(first) && BARE_HEADLINE_LINE.test(twoPhrases[1]) && BARE_HEADLINE_LINE.test(twoPhrases[2]) && !/[：:]/.test(second) && visibleLength(first) >= SUBJECT_LINE_MIN && visibleLength(first + second) <= HEADLINE_MAX) return endsOnPreposition(first)
  // (a work's name is one word of the line, whatever marks it holds: 《某某县志（1990—2020）》)
  const named = (line: string) => line.replace(WORK_NAME, '《名》')
  if (!BARE_HEADLINE_LINE.test(named(first).replace(CLAUSE_COMMAS, '').replace(FIGURES_SLASH, '')) || !BARE_HEADLINE_LINE.test(named(second)) || /[：:]/.test(second) || visibleLength(first + second) > HEADLINE_MAX) return false
  if (/^[\p{N}]/u.test(first) || /[，,]$/.test(first) || visibleLength(first) < 4 || visibleLength(second) < 2) return false
  // (the first line may hold a clause of its own before the one cut, 三年磨一剑，让光伏板 / 学会自己“洗脸”: the cut clause
  // is read; a subject alone is a whole line's)
  const cut = first.split(CLAUSE_COMMAS).at(-1)!
  const subjectOverPredicate = cut === first && visibleLength(first) >= SUBJECT_LINE_MIN && isSubjectOnly(first) && opensOnPredicate(second)
  // (a clause whose subject goes on doing a second thing on the next line: 某厂职工苦战一百天 / 造出…)
  const clauseOverItsNextVerb = cut === first && visibleLength(first) >= SUBJECT_LINE_MIN && isSubjectVerbClause(first) && isBareVerbPhrase(second)
  const aboutOverItsHead = opensUnclosedAbout(first) && closesOnHeadNoun(second)
  // (a verb pointing at its object over that object: 小积分兑出 / 乡村文明新风)
  const verbOverItsObject = visibleLength(cut) >= DIRECTED_LINE_MIN && endsOnDirectedVerb(cut) && isBareNounPhrase(second)
  return subjectOverPredicate || clauseOverItsNextVerb || aboutOverItsHead || verbOverItsObject || endsWanting(cut) || (endsOnHandedObject(cut) && opensOnPredicate(second))
}

/**
 * A title's last words on a short line of their own, right over its byline (八一女排三比二 / 力克江苏 / 本报记者…): a
 * line between a title and its byline is headline, not text, and a few bare characters are no subtitle (a clause of
 * its own, mostly near its title's length) nor a kicker (set over the title): they are the title's remainder. Read as
 * a byline of their own for their length, they open on no surname, as a name over the byline would.
 */
function isRemainderOverByline(block: Block, next: Block, after: Block | undefined): boolean {
  if (block.kind !== 'title' || block.data.depth !== undefined || (next.kind !== 'body' && next.kind !== 'byline') || after?.kind !== 'byline') return false
  if (next.position.start.line !== block.position.end.line + 1) return false
  const first = block.value.trim()
  const second = next.value.trim()
  return BARE_HEADLINE_LINE.test(first) && /^\p{Script=Han}{2,6}$/u.test(second) && !SURNAMES.has(second[0]) && second.length <= first.length && visibleLength(first + second) <= HEADLINE_MAX
}

/** A title's subject and its colon, then its phrase, no other clause's mark but quotes: 某地：“一株草”撬动. */
const SUBJECT_THEN_PHRASE = /^\p{Script=Han}{2,6}[：:](?:[\p{Script=Han}\p{N}]|[“"][\p{Script=Han}\p{N}]{1,8}[”"])+$/u

/**
 * A print page's title of a subject and its phrase, wrapped at its column inside the phrase (某地：“一株草”撬动 / 三百亿
 * 元产业链), over its byline: the first line the longer, as a wrap fills it, the second bare, no mark nor space in it. A
 * kicker over a title is the shorter line; a title's colon alone on the first line is the colon rule's.
 */
function isSubjectTitleWrap(block: Block, next: Block, after: Block | undefined): boolean {
  if (block.kind !== 'title' || next.kind !== 'title' || !areHeadlineLines(block, next) || after?.kind !== 'byline') return false
  const first = block.value.trim()
  const second = next.value.trim()
  return SUBJECT_THEN_PHRASE.test(first) && /^[\p{Script=Han}\p{N}]{4,}$/u.test(second) && visibleLength(first) >= visibleLength(second) && visibleLength(first + second) <= HEADLINE_MAX
}

/**
 * A web page's headline of two phrases set apart by a space, wrapped inside its second phrase (某地一季度零售同比增长14.4%
 * 某某 / 渗透率再破50%): the first line the longer, as a wrap fills it, its last phrase cut to half its first phrase's
 * length at most, the second line going on with it without a space or a clause's mark (a figure's % is no clause's).
 * A headline's two phrases are set near the same length; a second headline under it is no wrap of its last phrase.
 */
function isSpacedPhraseWrap(block: Block, next: Block): boolean {
  // (the second line read as the headline's, or as a heading under the headline)
  if (block.kind !== 'title' || !(next.kind === 'title' || (next.kind === 'heading' && block.data.headline)) || !(block.data.headline || next.data.headline) || !areHeadlineLines(block, next)) return false
  const first = block.value.trim()
  const second = next.value.trim()
  const phrases = /^([^\s\u3000，,。！？!?；;：:]{4,})[ \u3000]+([\p{Script=Han}\p{N}]{2,})$/u.exec(first)
  return (
    phrases !== null && 2 * phrases[2].length <= phrases[1].length && first.length > second.length && second.length >= 3 &&
    /^[\p{Script=Han}\p{N}.%％]+$/u.test(second) && /^\p{Script=Han}/u.test(second) && visibleLength(first + second) <= HEADLINE_MAX
  )
}

/**
 * A web page's headline of two phrases wrapped before a quoted word its second phrase goes on with (某某第四年 某地江段
 * 江豚 / “出镜”越来越频繁): the first line the longer, as a wrap fills it, and the second opening on the quoted word, its
 * words running on after the quote without a subject of their own. A subtitle under a headline is the longer line, or
 * a clause of its own with its marks.
 */
function isQuotedWordWrap(block: Block, next: Block): boolean {
  if (!areHeadlineLines(block, next) || !(block.data.headline || next.data.headline)) return false
  const first = block.value.trim()
  const second = next.value.trim()
  return (
    /^[\u4e00-\u9fff0-9]{2,10}[ \u3000][\u4e00-\u9fff0-9]{2,10}$/.test(first) && first.length > second.length &&
    opensWithQuotedWord(second) && !/[，,。！？!?；;：:、《》（）()\s]/.test(second) && visibleLength(first + second) <= HEADLINE_MAX
  )
}

/**
 * A print page's title wrapped at its column's width (某某县第三化肥厂实行厂长任期 / 目标责任制): the first line
 * long and bare, the second a remainder of a few characters, half the first's length at most, with no mark
 * of its own. A subtitle under a title is a clause of its own, mostly of its title's length (某某市推行“一窗
 * 受理” / 办事群众平均等候时间缩短一半), and a kicker over it the shorter line.
 */
function isTitleRemainder(block: Block, next: Block): boolean {
  if (!areHeadlineLines(block, next)) return false
  // (its phrases maybe set apart by a space each, 某某动手　某某造林　把某某大 / 地绿化起来: the wrap cut its last)
  const first = PHRASES_SPACED.test(block.value.trim()) ? block.value.trim().replace(/[ \u3000]/g, '') : block.value.trim()
  const second = next.value.trim()
  return (
    first.length >= 10 && first.length <= 16 && second.length >= 3 && second.length <= 6 && second.length * 2 <= first.length &&
    // (the first may hold a quoted word whole, 推广“三结合”沼 / 气池见成效: a title's quotation is a word of it)
    /^(?:[\p{Script=Han}\p{N}]|“[\p{Script=Han}\p{N}]{1,8}”)+$/u.test(first) && /^\p{Script=Han}+$/u.test(second)
  )
}

/**
 * A title's last words wrapped alone over its dash subtitle, the lines set apart by blank lines as every line of
 * the page is (党旗在某某一线 / 高高飘扬 / ——某某纪实): a headline group has one title over its subtitle, and a
 * remainder of half the first line's length or less is no title of its own (a kicker over a title is no shorter
 * than half of it).
 */
function isRemainderOverSubtitle(block: Block, next: Block, after: Block | undefined): boolean {
  if (block.kind !== 'title' || next.kind !== 'title' || block.data.depth !== undefined || next.data.depth !== undefined) return false
  if (after?.kind !== 'subtitle' || !/^[—－-]{2}/.test(after.value.trim())) return false
  const first = block.value.trim()
  const second = next.value.trim()
  return /^[\p{Script=Han}\p{N}]{8,16}$/u.test(first) && /^\p{Script=Han}{3,6}$/u.test(second) && second.length * 2 <= first.length
}

/**
 * A title wrapped at its column inside a word (某某队推广合 / 理密植…): a long bare first line whose last
 * character makes a word with the next line's first (as each half reads on its own, not by tearing a word of
 * either apart), which no head ends on: the first line read alone ends on a character of no word (推广/合), not on a word
 * of its own; nor a character doubled across the break, which the segmenter reads as one word (某某影响我省 /
 * 省气象台发布…: 省省). A kicker over its title ends a phrase of its own.
 */
function isWordCutTitle(block: Block, next: Block): boolean {
  // (a subtitle too, opened by its dash, its quoted words whole: ——某某“三下乡”实践活 / 动综述; its remainder
  // of a few bare characters read as a line of text, or as a name)
  const remainder = (next.kind === 'body' || next.kind === 'byline') && next.position.start.line === block.position.end.line + 1 && (block.kind === 'title' || block.kind === 'heading' || block.kind === 'subtitle') && block.data.depth === undefined && /^\p{Script=Han}{1,8}$/u.test(next.value.trim())
  if (!areHeadlineLines(block, next) && !remainder) return false
  const first = block.value.trim().replace(/^(?:——|－－|--)/, '')
  return first.length >= 8 && /^(?:[\p{Script=Han}\p{N}]|["“][\p{Script=Han}\p{N}]{1,8}["”])+$/u.test(first) && /^\p{Script=Han}/u.test(next.value.trim()) && wordAcrossSeam(first, next.value.trim()) !== undefined && words(first).at(-1)?.segment.length === 1 && first.at(-1) !== next.value.trim()[0]
}
/** Phrases of two characters at least, each set apart by one space (not a headline's letters spaced out). */
const PHRASES_SPACED = /^[\p{Script=Han}\p{N}]{2,}(?:[ \u3000][\p{Script=Han}\p{N}]{2,})+$/u

/**
 * A brief's headline set over two lines in a column of briefs (某某供热期有望提前 / 到10月15日 / 本报讯…): the
 * page's other briefs stand under one headline line each, right over their dateline (本报讯, 新华社…电), so two
 * headline lines right over a dateline are one headline wrapped at the column's width. The second line is the
 * shorter, without a subtitle's dash; a kicker over a long title is the shorter line over, not under.
 */
function isBriefHeadCut(blocks: Block[], i: number): boolean {
  const [block, next, after] = [blocks[i], blocks[i + 1], blocks[i + 2]]
  if (!after || !areHeadlineLines(block, next) || areHeadlineLines(blocks[i - 1] ?? block, block) && i > 0) return false
  if (after.position.start.line !== next.position.end.line + 1 || !opensWithDateline(after.value.trim())) return false
  const first = block.value.trim()
  const second = next.value.trim()
  if (second.length < 2 || second.length >= first.length || /^[—－\-]/.test(second) || /[。！？!?：:]$/.test(first) || visibleLength(first + second) > HEADLINE_MAX) return false
  // the page's other briefs, each under one headline line right over its dateline
  let oneLine = 0
  for (let k = 1; k < blocks.length; k++) {
    const head = blocks[k - 1]
    if (k === i + 2 || !opensWithDateline(blocks[k].value.trim()) || (head.kind !== 'title' && head.kind !== 'heading') || head.data.depth !== undefined) continue
    if (blocks[k].position.start.line !== head.position.end.line + 1 || (k >= 2 && areHeadlineLines(blocks[k - 2], head))) continue
    oneLine++
  }
  return oneLine >= 2
}

/**
 * A headline opening with a quoted word that its words go on after (“屋场会”开到群众心坎上, “侨”字做文章):
 * the quotation is a word of the headline's, not speech under a lead-in's colon, which the line holds
 * whole (“我们一定把路修好”).
 */
function opensWithQuotedWord(text: string): boolean {
  return /^[“"「][^“”"「」，,。！？!?]{1,10}[”"」][\p{Script=Han}]/u.test(text.trim())
}

/** A line that is one quoted word or phrase, nothing else: “治理合伙人”. */
const QUOTED_WORD_LINE = /^“[^“”，,。；;、：:！!？?\s]{2,10}”$/

/**
 * A headline wrapped over two lines set together, its first line ending where no headline ends: on the particle 的
 * that ties it to what follows, inside a quotation it opened (某某“触网”记：一颗桃子的 / 数字化之旅), before a quoted word
 * alone on the second line, or on a clause's comma. One of the two is the headline a web page's frame found, or the
 * first is a print page's title ending on 的 or before that quoted word, or one is a title whose quotation the second
 * closes; the second, no subtitle (——…), holds no further clause.
 */
function isDanglingHeadline(block: Block, next: Block): boolean {
  if (!areHeadlineLines(block, next)) return false
  const first = block.value.trim()
  const second = next.value.trim()
  // (or a book's or a document's name its marks open and the second line closes: 某某印发《关于加快发展 / 银发经济的实施意见》)
  const open = (first.match(/“/g) ?? []).length > (first.match(/”/g) ?? []).length || (first.match(/《/g) ?? []).length > (first.match(/》/g) ?? []).length
  // (or on a bare character, the quoted word it runs on to alone on the second line: …让“城市奔跑者”成为 / “治理合伙人”;
  // a print page's title as well as a web page's headline)
  // (not after a clause closed on its verb's object, a kicker over a quoted title: …团队把实验室搬进了山里 / “把论文写在茶山上”)
  const quotedTail = !open && QUOTED_WORD_LINE.test(second) && /\p{Script=Han}$/u.test(first) && !endsClauseOnObject(first)
  // (a print page's or a magazine's title too, when it is its first line that ends on 的: 海岛上的 / 最后一所小学)
  const endsOnParticle = /[\u4e00-\u9fff]的$/.test(first)
  const openParticle = block.kind === 'title' && endsOnParticle
  // (or the second line opening on it, the wrap made a character later, either line read as the title: 养鸭专业户某某 /
  // 的一本账)
  const particleBelow = TIED_ON_PARTICLE.test(second) && /\p{Script=Han}$/u.test(first)
  // (or inside a quotation the second line closes, on a print page too: 守望“一个人的 / 小学”三十年)
  const closedBelow = open && ((second.match(/”/g) ?? []).length > (second.match(/“/g) ?? []).length || (second.match(/》/g) ?? []).length > (second.match(/《/g) ?? []).length)
  if (!(block.data.headline || next.data.headline || ((quotedTail || openParticle) && block.kind === 'title') || ((closedBelow || particleBelow) && (block.kind === 'title' || next.kind === 'title')))) return false
  // (or on a clause's comma, which no headline ends on: …火了：下班后， / 他们在这里学…; its second half may hold
  // a list's marks, 学扎染、弹吉他, but no further clause)
  const comma = /[\u4e00-\u9fff”’][，,]$/.test(first) && !/[，,]/.test(second)
  if (!(endsOnParticle || particleBelow || open || quotedTail || comma) || second.length < 2 || /^[—－-]/.test(second)) return false
  // (a space between a Han character and a figure or Latin word is a site's house style, 截至 5 月末我国 5G 基站, not a
  // gap between a line's parts)
  return visibleLength(first + second) <= HEADLINE_MAX && !/[\s\u3000]/.test(withoutMixedScriptSpaces(first + second)) && !(comma ? /[。；;]/ : /[，,。；;、]/).test(second)
}
/** A headline's first clause, ending on its comma: no other mark but quotes (秋收忙，, 买“新”，). */
const HEAD_CLAUSE = /^[\p{Script=Han}\p{N}“”‘’"']{2,14}[，,]$/u
/** A headline's last clause: Han characters, figures and quotes only. */
const TAIL_CLAUSE = /^[\p{Script=Han}\p{N}“”‘’"'！!？?]{2,16}$/u

/** What may stand between a headline and its byline: the lead photo's caption and its credit. */
const PHOTO_LINES = new Set(['caption', 'credit'])
/** A lead photo's lines are a caption and its credit at most. */
const PHOTO_LINES_MAX = 2

/** The first block from `from` on that is not a lead photo's line (its caption, its credit), a few at most. */
function pastPhotoLines(blocks: Block[], from: number): Block | undefined {
  let k = from
  while (k < blocks.length && k < from + PHOTO_LINES_MAX && PHOTO_LINES.has(blocks[k].kind)) k++
  return blocks[k]
}

/**
 * A print page's title cut after its first clause (赶早不赶晚， / 冬储菜备起来), the first line left as text for its comma,
 * which no headline ends on: the line right under it read as the title, a byline under that (the page's own sign of
 * a head), maybe under the lead photo's caption and credit. A paragraph cut at a comma runs longer than a clause, and a
 * line of text has no byline under its next.
 */
function isCommaHeadOverTitle(block: Block, next: Block, byline: Block | undefined): boolean {
  if (block.kind !== 'body' || block.data.depth !== undefined || (next.kind !== 'title' && next.kind !== 'heading') || next.data.depth !== undefined) return false
  if (next.position.start.line !== block.position.end.line + 1 || byline?.kind !== 'byline') return false
  return HEAD_CLAUSE.test(block.value.trim()) && TAIL_CLAUSE.test(next.value.trim())
}

/** The depth a section's heading is written at, under the page's title: ## … */
const SECTION_DEPTH = 2
/** A section's numbered heading of two clauses, its number a Chinese ordinal: 一、坚持…，让群众从“旁观者”. */
const NUMBERED_TWO_CLAUSES = /^[一二三四五六七八九十]{1,3}、[^，,。！？!?；;：:\s]{2,16}[，,][^，,。！？!?；;：:\s]{2,16}$/
/** The rest of such a heading's second clause: no mark but quotes, no number of its own. */
const CLAUSE_REST = /^(?![一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d])[^，,。！？!?；;：:\s]{2,12}$/

/**
 * A numbered section heading of two clauses cut inside its second (一、坚持问政于民，让群众从“旁观者” / 变成“参与者”):
 * the line right under, a heading too, goes on with that clause, shorter than it and numbered by nothing; the text
 * under them is the section's. A heading has no unnumbered heading of its own right under it.
 */
function isNumberedHeadingCut(block: Block, next: Block, after: Block | undefined): boolean {
  if (!areHeadlineLines(block, next) || after?.kind !== 'body') return false
  const first = block.value.trim()
  const second = next.value.trim()
  const clause = first.split(/[，,]/).pop() ?? ''
  return NUMBERED_TWO_CLAUSES.test(first) && CLAUSE_REST.test(second) && second.length < clause.length
}

/** A text without the single spaces some sites set between Han characters and figures or Latin words (截至 5 月末). */
const MIXED_SCRIPT_SPACE = /(?<=\p{Script=Han}) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9%]) (?=\p{Script=Han})/gu
function withoutMixedScriptSpaces(text: string): string {
  return text.replace(MIXED_SCRIPT_SPACE, '')
}

/**
 * How a title set on two lines right under each other, block i and the next, is cut (each shape in turn, the first
 * that fits), or undefined when the two are no one title.
 */
function adjacentTitleCut(blocks: Block[], i: number): TitleCut | undefined {
  const [block, next, after] = [blocks[i], blocks[i + 1], blocks[i + 2]]
  // (two phrases set a space apart, unless the words read one sentence cut by the layout, whatever the halves' lengths:
  // 他把实验室 / 搬进了棉田 is no couplet, and reads without a space)
  const sentence = isSentenceCutTitle(block, next)
  // (a second line whose sentence the line under it goes on with is that sentence's first half, no tail of the line over
  // it: 坚持某某 建设某某 / 某镇把荒山 / 变成了致富果园, a kicker over a title cut in two)
  if (!sentence && after !== undefined && isSentenceCutTitle(next, after)) return undefined
  if (!sentence && isCoupletCut(block, next, after, [blocks[i - 2], blocks[i - 1]])) return TITLE_CUTS.couplet
  if (isEllipsisCut(blocks[i - 1], block, next, after)) return TITLE_CUTS.ellipsis
  if (!sentence && isColonPhraseCut(block, next, after)) return TITLE_CUTS.phrases
  if (isCoupletTailCut(block, next, after)) return TITLE_CUTS.tail
  if (isCoupletHeadCut(block, next, after)) return TITLE_CUTS.head
  if (isQuestionTailCut(block, next)) return TITLE_CUTS.question
  if (isSpacedTitleCut(block, next)) return TITLE_CUTS.spaced
  if (isWrappedHeadline(block, next)) return TITLE_CUTS.wrapped
  if (isSubjectTitleWrap(block, next, after)) return TITLE_CUTS.subject
  if (isTitleRemainder(block, next) || isRemainderOverSubtitle(block, next, after)) return TITLE_CUTS.remainder
  if (isWordCutTitle(block, next)) return TITLE_CUTS.word
  if (isQuotedWordWrap(block, next)) return TITLE_CUTS.quoted
  if (isSpacedPhraseWrap(block, next)) return TITLE_CUTS.phrase
  if (isBriefHeadCut(blocks, i)) return TITLE_CUTS.brief
  if (isDanglingHeadline(block, next)) return /[，,]$/.test(block.value.trim()) ? TITLE_CUTS.comma : TIED_ON_PARTICLE.test(next.value.trim()) && !/的$/.test(block.value.trim()) ? TITLE_CUTS.particle : TITLE_CUTS.dangling
  if (isCommaHeadOverTitle(block, next, pastPhotoLines(blocks, i + 2))) return TITLE_CUTS.comma
  if (isNumberedHeadingCut(block, next, after)) return TITLE_CUTS.numbered
  if (sentence) return TITLE_CUTS.sentence
  if (isRemainderOverByline(block, next, after)) return TITLE_CUTS.overByline
  // (a web page's headline whose last words the frame found wrapped alone under it)
  if (block.kind === 'title' && block.data.headline && next.kind === 'title' && areHeadlineLines(block, next) && (isWrapRemainder(block.value.trim(), next.value.trim()) || next.data.headlineWrap === true)) return TITLE_CUTS.remainder
  return undefined
}
type TitleCut = (typeof TITLE_CUTS)[keyof typeof TITLE_CUTS]

/** A title cut over two lines: the first line ends with a colon, the next is heading-shaped. */
function joinSplitTitles(blocks: Block[], file: VFile, options: CleanOptions): Block[] {
  const revert = options.revert
  const out: Block[] = []
  // the halves of a title may stand on either side of an exact copy, which dedup removes: the page
  // cleaned again, without it, must join the same
  const exactRepeat = exactRepeats(blocks, options)
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    let n = i + 1
    while (n < blocks.length && exactRepeat[n]) n++
    const next = blocks[n]
    // (the second half as the output will read it: a headline's trailing marker, （下转第1版）, is
    // stripped below, as it is never held for a continuation)
    const nextText = next === undefined ? '' : (withoutTrailingMarker(next) ?? next).value
    const colonCut =
      next &&
      HEADINGISH.has(block.kind) && block.kind !== 'byline' && block.kind !== 'label' &&
      (next.kind === 'title' || next.kind === 'heading') &&
      /[：:]$/.test(block.value) &&
      // (a notice's addressees are no title: 各乡镇人民政府，县政府各部门：; nor is a label over a numbered
      // item, 附件： / 1.某某实施方案.pdf)
      !isSalutation(block.value) &&
      (!LIST_ITEM.test(nextText) || opensWithQuotedWord(nextText)) &&
      // a colon alone is a stray mark, not the first half of a title: it holds no words
      /[\p{L}\p{N}]/u.test(block.value) &&
      // a line printed twice is a repeat, not the two halves of a title
      foldForCompare(block.value) !== foldForCompare(nextText) &&
      // (by their text, not by the source's `#`: the output, cleaned again, has `#` on every
      // headline, a question among them, and must join the same)
      isHeadingShapedText(block.value) &&
      isHeadingShapedText(nextText)
    // (the other shapes are of a title on two lines right under each other)
    const adjacent = next !== undefined && n === i + 1
    const cut = colonCut ? TITLE_CUTS.colon : adjacent ? adjacentTitleCut(blocks, i) : undefined
    if (cut) {
      const { glue, message } = cut
      const init: RecordInit = {
        level: 'info',
        kind: 'join',
        message,
        start: block.position.end.offset!,
        end: next.position.start.offset!,
        actual: `${block.value}⏎${next.value}`,
        expected: [block.value + glue + next.value],
        blockId: block.data.id,
        halves: [block.value, next.value],
      }
      if (!proposeChange(file, revert, init)) {
        out.push(block)
        continue
      }
      appendBlock(block, next, glue)
      block.kind = 'title'
      // (a section's numbered heading stays a level under the page's title, as its siblings on one line are)
      block.data.depth = cut === TITLE_CUTS.numbered ? SECTION_DEPTH : Math.min(block.data.depth ?? 1, next.data.depth ?? 1)
      record(file, init)
      out.push(block, ...blocks.slice(i + 1, n))
      i = n
      continue
    }
    out.push(block)
  }
  return out
}

/** A join of two neighbours that a rule of their own shape makes, without seam evidence. */
interface NeighbourJoin {
  message: string
  glue: string
  /** The second block's text as the record shows it. */
  shown: string
  /** The kind the joined block takes, when not the first block's. */
  kind?: Block['kind']
}

/**
 * Joins each block to the block right after it where `pairOf` says so, each join recorded, and
 * left undone when an editor's decision reverted it.
 */
function joinNeighbours(
  blocks: Block[],
  file: VFile,
  revert: ReadonlySet<string> | undefined,
  pairOf: (block: Block, next: Block, before: Block | undefined, after: Block | undefined) => NeighbourJoin | undefined,
): Block[] {
  const out: Block[] = []
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    const next = blocks[i + 1]
    const pair = next === undefined ? undefined : pairOf(block, next, out[out.length - 1], blocks[i + 2])
    if (!pair) {
      out.push(block)
      continue
    }
    const init: RecordInit = {
      level: 'info',
      kind: 'join',
      message: pair.message,
      start: block.position.end.offset!,
      end: next.position.start.offset!,
      actual: `${block.value}⏎${pair.shown}`,
      expected: [block.value + pair.glue + pair.shown],
      blockId: block.data.id,
      halves: [block.value, next.value],
    }
    if (!proposeChange(file, revert, init)) {
      out.push(block)
      continue
    }
    appendBlock(block, next, pair.glue)
    if (pair.kind) block.kind = pair.kind
    record(file, init)
    out.push(block)
    i++
  }
  return out
}

/**
 * A photo caption cut over two lines (▲非遗传承人向学生展示剪纸技艺。活动现场， / 孩子们认真学习，气氛热烈。):
 * the caption stops mid-sentence, and the next line, right under it, is short and ends the sentence.
 * A caption is never the first half of a paragraph; what follows it on its very line is its own end.
 * Or a caption cut anywhere over the credit under it, set into a paragraph a column break cut
 * (…沿着堤脚仔细排 / ①5月3日，队员在北堤 / 查看水情。 / 本报记者 某某 摄 / 查管涌…): its first line,
 * open, may read as a headline, but a headline over a caption opens no cut paragraph's middle; a
 * source's credit in brackets, （某某中心供图）, is a credit there too.
 */
function joinCutCaptions(blocks: Block[], file: VFile, options: CleanOptions): Block[] {
  return joinNeighbours(blocks, file, options.revert, (block, next, before, after) => {
    const unmarkedEnd =
      // (the end, standing over the credit, may read as a caption of its own, but has no mark)
      (next.kind === 'body' || (next.kind === 'caption' && !patterns.captionMark.test(next.value) && !patterns.captionLead.test(next.value))) &&
      next.data.depth === undefined &&
      next.position.start.line === block.position.end.line + 1 &&
      next.value.length <= options.join.captionMaxLength &&
      !isLineOfItsOwn(next.value)
    // (a marked caption left open over a line that closes a sentence and then signs it, ▲某某社员在新修的干渠上检查 /
    // 渠水流量。　本报记者　摄: a credit closes a caption, so the line is the caption's end, whatever stands around it;
    // a caption of its own would carry its own mark)
    if (unmarkedEnd && block.kind === 'caption' && patterns.captionMark.test(block.value) && !endsComplete(block.value) && !endsWithCredit(block.value) && endsWithCredit(next.value)) return captionCut(block, next)
    const end = unmarkedEnd && endsComplete(next.value)
    if (!end) return isCutOverItsCredit(block, next, after, options) ? captionCut(block, next) : undefined
    const cut =
      block.kind === 'caption' &&
      // (cut after a comma, or inside a word: …在田间作业，秧 / 苗横平竖直…。)
      (endsWithContinuationMark(block.value) || (!endsComplete(block.value) && wordAcrossSeam(block.value, next.value) !== undefined))
    const overCreditInCutParagraph =
      !cut &&
      (block.kind === 'caption' || (block.kind === 'heading' && block.data.depth === undefined)) &&
      block.value.length <= options.join.captionMaxLength &&
      !endsComplete(block.value) &&
      // (a source's credit in brackets reads as the credit once the caption over it is whole)
      (after?.kind === 'credit' || (after?.kind === 'body' && isBracketedSourceCredit(after.value))) &&
      after.position.start.line === next.position.end.line + 1 &&
      before?.kind === 'body' &&
      !endsComplete(before.value)
    if (!cut && !overCreditInCutParagraph) return undefined
    return captionCut(block, next)
  })
}

function captionCut(block: Block, next: Block): NeighbourJoin {
  return { message: 'photo caption cut over two lines joined', glue: glueAcrossBreak(block.value, next.value), shown: next.value, kind: 'caption' }
}

/**
 * A caption cut over two lines with its credit at the end of the second (…为毕业生讲授“最后 / 一课”。 学生记者 某某 摄):
 * its first line, open and unmarked, reads as text or a headline, but the line under it goes on with it (a quotation
 * it opened closes there, a word runs across) better than the block after the caption does, and closes the sentence
 * before the credit. A paragraph a caption stands inside goes on after the caption, not into it.
 */
function isCutOverItsCredit(block: Block, next: Block, after: Block | undefined, options: CleanOptions): boolean {
  if ((block.kind !== 'body' && block.kind !== 'heading') || block.data.depth !== undefined || next.kind !== 'caption') return false
  if (patterns.captionMark.test(next.value) || patterns.captionLead.test(next.value) || !endsWithCredit(next.value)) return false
  if (next.position.start.line !== block.position.end.line + 1 || block.value.length > options.join.captionMaxLength || endsComplete(block.value)) return false
  const into = seamEvidence(block.value, next.value).score
  return into > 0 && (after === undefined || after.kind !== 'body' || seamEvidence(block.value, after.value).score < into)
}

/**
 * A dateline a dump set on a line of its own (本报讯（记者 张三） / 11月15日零时，…): it opens the
 * paragraph under it, as print sets it.
 */
function joinDatelines(blocks: Block[], file: VFile, options: CleanOptions): Block[] {
  return joinNeighbours(blocks, file, options.revert, (block, next) => {
    const alone =
      block.kind !== 'furniture' &&
      block.kind !== 'marker' &&
      block.data.depth === undefined &&
      isDatelineAlone(block.value) &&
      next.kind === 'body' &&
      next.data.depth === undefined &&
      !opensArticle(next.value)
    if (!alone) return undefined
    // (news style sets a space after 电 or 讯, none after the credit in brackets: 本报讯（记者 张三）11月…)
    const glue = /[）)]$/.test(block.value) ? '' : ' '
    return { message: 'dateline on a line of its own joined to the paragraph it opens', glue, shown: next.value.slice(0, 16), kind: 'body' }
  })
}

/**
 * Joins until nothing more joins: a paragraph made whole may now meet its own continuation (or stop
 * looking like a cut copy), and the same page cleaned again must not join anything more.
 */
export function joinRounds(blocks: Block[], file: VFile, options: CleanOptions): Block[] {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = blocks.length
    blocks = joinBlocks(blocks, file, options)
    if (blocks.length === before) break
  }
  return blocks
}

/**
 * Lines printed twice at a break that join removed since the file held `recorded` messages: they
 * change the page as a join does (the paragraph they opened is read again).
 */
export function linesRemovedSince(file: VFile, recorded: number): number {
  return recordsSince(file, recorded, 'duplicate', LINE_PRINTED_TWICE)
}

export const join = defineStage('join', (tree, file, options) => {
  const before = tree.children.length
  const recorded = file.messages.length
  tree.children = joinRounds(tree.children, file, options)
  file.data.joined = before - tree.children.length + linesRemovedSince(file, recorded)
})

/**
 * A bound against a bug, not a limit a page meets: every round that joins removes a block. (It was
 * 4, and a paragraph cut into six pieces came out whole only when cleaned again.)
 */
const MAX_ROUNDS = 64
