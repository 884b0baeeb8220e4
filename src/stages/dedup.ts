/**
 * dedup: removes paragraphs that scanning and layout printed more than once — exact copies, near
 * copies (a few characters differ), copies cut short, fragments repeating part of a kept paragraph —
 * and the headings repeated together with such a run. The first complete occurrence is kept.
 * Candidate pairs come from a shingle index, not from comparing every pair. What is only similar is
 * kept and flagged.
 */
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { HEADING_KINDS, replaceText, sourceSpan, type Block } from '../kernel/block.js'
import { duplicateRemoval, openingRemoval, proposeChange, record, recordsSince, twinOf, type ScancleanMessage } from '../kernel/record.js'
import { defineStage } from '../kernel/stage.js'
import { addressedApart, endsComplete, isSubsequence, opensDialogueTurn, foldForCompare, isDateLine, isFactLine, isSpeakerLabel, isTableRow, quoteBalance, withSpacesAfter, wordLength } from '../kernel/text.js'
import { novelRuns, replacesWords } from '../kernel/novel-runs.js'
import { isRefrainShaped, repeatsRefrain, repeatsRow } from '../kernel/refrain.js'
import { standsInList } from '../kernel/list-item.js'
import { isPagerRow, patterns } from './classify.js'
import { SUMMARY_WORD, UNFOLD_END } from './classify-patterns.js'
import { containment, repeatsEarlier, ShingleIndex, shingles, similarity, type Shingles } from '../kernel/similarity.js'
import type { CleanOptions } from '../kernel/options.js'

const COMPARED = new Set(['body', 'caption'])
/** Short lines that stand over a run of paragraphs and are repeated with it. */
const RUN_LINES = new Set([...HEADING_KINDS, 'byline', 'label'])
/** Below the removal thresholds but above these, a pair is flagged for the editor. */
const FLAG_CONTAINMENT = 0.6
const FLAG_SIMILARITY = 0.7
/** Headlines are short; a heading-shaped block this long that repeats body text is a cut copy. */
export const HEADING_COPY_MIN = 20
/** Characters in a row found nowhere in the twin that are words of the block's own, not OCR noise. */
const NOVEL_EDGE_RUN = 4
const NOVEL_INNER_RUN = 6

const SPOKEN_LINE = /^[“「][^“”「」]+[。！？!?…][”」]$/

interface Entry {
  index: number
  folded: string
  grams: Shingles
  /**
   * A table row (大白菜　1.60　2.80) or a line of facts (附件：1.…申报表): such lines share their figures
   * and words with other rows and with the text; only an exact copy is one.
   */
  row: boolean
  /** A quotation standing alone, complete (“车要停，就得有人守。”): a line of dialogue. */
  spoken: boolean
  /** It ends a sentence (a copy cut short at a break mostly does not). */
  complete: boolean
  removedBy?: number
}

interface Verdict {
  twin: number
  reason: string
  containment: number
  score: number
  /** The earlier block is the cut-short one: it goes, this one stays. */
  replacesEarlier: boolean
  /** The earlier block is the site's summary or teaser over the text: this one stays where it stands, in the text. */
  staysInPlace?: boolean
  /** Removed, but for the editor to check: the copy reads a figure otherwise (OCR noise, likely). */
  doubt?: string
}

export function dedupBlocks(blocks: Block[], file: VFile, options: CleanOptions): Block[] {
  if (!options.dedup.enabled) return blocks
  // A complete copy moved up to where an earlier cut copy stood now comes before the blocks that
  // stood between them, and may hold one of them whole: another round reads the page in its new
  // order (the output, cleaned again, is read so). Pairs are flagged once, from the last round.
  for (;;) {
    const round = dedupRound(blocks, file, options)
    if (!round.moved || round.out.length === blocks.length) {
      // (a paragraph whose repeated opening went may now be a copy of its own: read again)
      if (removeRepeatedLeadIns(round.out, file, options.revert) > 0) {
        blocks = round.out
        continue
      }
      round.flag()
      return round.out
    }
    blocks = round.out
  }
}

/** A repeated opening must be this long, and leave this much of each paragraph, in letters and figures. */
const LEAD_IN_MIN = 8

/**
 * A paragraph that opens with the very sentences the paragraph before it ends with (a column's last
 * line printed again at the top of the next, and read into the paragraph there): the repeated opening
 * goes, recorded as a copy of the earlier paragraph's end. Only whole sentences, exactly as printed,
 * and only when each paragraph has text of its own besides.
 */
/** Characters a screen's overlap under its head may be cut to and still be read as a copy. */
const SCREEN_OVERLAP_MIN = 4

function removeRepeatedLeadIns(blocks: Block[], file: VFile, revert?: ReadonlySet<string>): number {
  let previous: Block | undefined
  let removed = 0
  for (const block of blocks) {
    if (block.kind === 'caption' || block.kind === 'credit') continue
    if (block.kind === 'body' && previous && settleRepeatedLeadIn(previous, block, file, revert)) removed++
    previous = block.kind === 'body' ? block : undefined
  }
  return removed
}

/** Removes or flags a repeated opening of `block`; says whether one was removed. */
function settleRepeatedLeadIn(previous: Block, block: Block, file: VFile, revert?: ReadonlySet<string>): boolean {
  const repeated = repeatedLeadIn(previous.value, block.value)
  const length = repeated.inText > 0 ? withSpacesAfter(block.value, repeated.inText) : 0
  const span = length > 0 ? sourceSpan(block, 0, length) : undefined
  if (!span) return false
  const lead = block.value.slice(0, length)
  const line = previous.position.end.line
  const init = openingRemoval(block, length, span, previous, `opening “${lead}” repeats the end of the paragraph before it (line ${line}), removed`, REPEATED_OPENING)
  // whole sentences of the paragraph before may be repeated on purpose (a refrain): flagged, once
  // (settle reads the page again)
  const before = previous.value.slice(0, previous.value.length - repeated.inBefore)
  if (before.trim() === '' || endsComplete(before)) {
    const flagged = file.messages.some((m) => (m as ScancleanMessage).data?.note === REPEATED_OPENING && (m as ScancleanMessage).data.blockId === block.data.id)
    if (!flagged) {
      const message = `opening “${lead}” repeats the last sentences of the paragraph before it (line ${line}) — a copy or a refrain? kept; editor to decide`
      record(file, { ...init, level: 'warning', kind: 'flag', message, expected: [lead], score: undefined, containment: undefined })
    }
    return false
  }
  if (!proposeChange(file, revert, init)) return false
  record(file, { ...init, removed: replaceText(block, 0, length, '') })
  return true
}

const REPEATED_OPENING = 'repeated opening'

/** The length of the longest opening of `text`, whole sentences, that `before` ends with; 0 if none. */
function repeatedLeadIn(before: string, text: string): { inText: number; inBefore: number } {
  // (compared as normalise will write them, without spaces and with a dash typed as hyphens read as
  // the dash: 。 -- / 。——; most paragraphs hold neither, and are compared as they are)
  const b = compareView(before)
  const t = compareView(text)
  let best = 0
  const last = b.view[b.view.length - 1]
  let wordsBefore = -1
  let wordsOfText = -1
  for (let end = 1; end < t.view.length && end < b.view.length; end++) {
    // an opening that `before` ends with ends with its last character: every other end is passed
    // over at once (this loop runs for every pair of paragraphs, on each character)
    if (t.view[end - 1] !== last) continue
    const lead = t.view.slice(0, end)
    if (!b.view.endsWith(lead)) continue
    const rawEnd = t.ends(end - 1)
    // (a sentence's end as normalise will write it: a half-width stop too)
    if (!endsComplete(text.slice(0, rawEnd)) || /[”’」』）)]/.test(text[rawEnd])) continue
    // (lengths in letters and figures, which normalise leaves as they are: it changes marks, … into ……)
    if (wordsBefore < 0) {
      wordsBefore = wordLength(before)
      wordsOfText = wordLength(text)
    }
    const words = wordLength(lead)
    if (words >= LEAD_IN_MIN && wordsBefore - words >= LEAD_IN_MIN && wordsOfText - words >= LEAD_IN_MIN) best = end
  }
  if (best === 0) return { inText: 0, inBefore: 0 }
  return { inText: t.ends(best - 1), inBefore: before.length - b.starts(b.view.length - best) }
}

/** Text without spaces, a dash typed as hyphens as the dash, and where each character came from. */
interface CompareView {
  view: string
  /** Raw offset of view[i]. */
  starts: (i: number) => number
  /** Raw offset just after view[i]. */
  ends: (i: number) => number
}

const VIEW_CHANGES = /[\s\u3000]|[-－]{2,}/
// (one pattern for every character: a pattern written in the loop is a new object each time)
const VIEW_SPACE = /[\s\u3000]/

function compareView(text: string): CompareView {
  if (!VIEW_CHANGES.test(text)) return { view: text, starts: (i) => i, ends: (i) => i + 1 }
  let view = ''
  const starts: number[] = []
  const ends: number[] = []
  for (let i = 0; i < text.length; ) {
    const ch = text[i]
    if (VIEW_SPACE.test(ch)) {
      i++
      continue
    }
    let j = i + 1
    if ((ch === '-' || ch === '－') && (text[j] === '-' || text[j] === '－')) {
      while (text[j] === '-' || text[j] === '－') j++
      for (const dash of '——') {
        view += dash
        starts.push(i)
        ends.push(j)
      }
    } else {
      view += ch
      starts.push(i)
      ends.push(j)
    }
    i = j
  }
  return { view, starts: (k) => starts[k], ends: (k) => ends[k] }
}

function dedupRound(blocks: Block[], file: VFile, options: CleanOptions): { out: Block[]; moved: boolean; flag: () => void } {
  const { shingle, minLength } = options.dedup
  const entries: Entry[] = blocks.map((b, index) => {
    const folded = foldForCompare(b.value)
    return { index, folded, grams: shingles(folded, shingle), row: b.data.row === true || isTableRow(b.value) || isFactLine(b.value), spoken: SPOKEN_LINE.test(b.value.trim()), complete: endsComplete(b.value) }
  })
  const keys = entries.map((e) => e.folded)
  const index = new ShingleIndex(entries.reduce((sum, e) => sum + e.grams.size, 0))
  const flags: SimilarPair[] = []
  /** A complete copy kept in place of an earlier copy cut short stands where that one stood. */
  const movedTo = new Map<number, number>()
  const addToIndex = (e: Entry) => index.add(e.index, e.grams)
  // titles before each block: an earlier copy cut short is replaced by the complete one only within
  // one article (a digest box over the title restating the lead is its own text, 导读 / 摘要)
  const titlesBefore: number[] = []
  // titles and labels (点评, 短评, 编后 …) before each block: the text under a label is another
  // voice's, as under another headline
  const voicesBefore: number[] = []
  // labels alone before each block (a headline printed again over the text is no other voice's)
  const labelsBefore: number[] = []
  let titles = 0
  let voices = 0
  let labels = 0
  // (a headline printed again is the same article's, not the next one's: a site's CMS prints it over its summary and
  // again over the text, 某某调查 / 摘要：8月15日…赴玛... / 某某调查 / 8月15日…)
  let lastTitle: string | undefined
  for (const block of blocks) {
    titlesBefore.push(titles)
    voicesBefore.push(voices)
    labelsBefore.push(labels)
    if (block.kind === 'title') {
      const title = foldForCompare(block.value)
      if (title !== lastTitle) titles++
      lastTitle = title
    }
    if (block.kind === 'title' || block.kind === 'label') voices++
    if (block.kind === 'label') labels++
  }
  const acrossTitle = (earlier: number, later: number) => titlesBefore[later] > titlesBefore[earlier + 1]
  // the headline over each block, folded
  const headlineOver: Array<string | undefined> = []
  let headline: string | undefined
  for (const block of blocks) {
    headlineOver.push(headline)
    if (block.kind === 'title') headline = foldForCompare(block.value)
  }
  // (block `own` shares a name with its headline, three characters at least, that block `other`'s headline lacks)
  const namesOwnHeadline = (own: number, other: number) => {
    const [mine, theirs] = [headlineOver[own], headlineOver[other]]
    if (mine === undefined || theirs === undefined) return false
    const named = longestSharedRun(entries[own].folded, mine)
    return named.length >= HEADLINE_NAME_MIN && !theirs.includes(named)
  }
  const acrossVoice = (earlier: number, later: number) => voicesBefore[later] > voicesBefore[earlier + 1]
  const acrossLabel = (earlier: number, later: number) => labelsBefore[later] > labelsBefore[earlier + 1]
  // the signature over each block: pieces signed by different people (pupils' compositions under one
  // set title) may open with the same sentence, and neither is the other's copy
  const signatureOver: Array<string | undefined> = []
  let signature: string | undefined
  for (const block of blocks) {
    signatureOver.push(signature)
    if (block.kind === 'byline') signature = foldForCompare(block.value)
  }
  const signedApart = (a: number, b: number) => signatureOver[a] !== undefined && signatureOver[b] !== undefined && signatureOver[a] !== signatureOver[b]
  // a paragraph introduced by the one before it, ending with its colon and kept (本报记者在采访时记下了这样
  // 一段： / …): a quotation of the earlier text, never its reprint
  const introduced = (i: number) => {
    const intro = blocks[i - 1]
    return intro !== undefined && intro.kind === 'body' && /[：:]$/.test(intro.value.trim()) && entries[i - 1].removedBy === undefined
  }
  // an item of a box of the article's key points under its label (核心观点 / 县域经济不能“千县一面”… / …): the box
  // restates sentences of the text, each its own text, never a copy cut short
  const digestItem = (i: number) => {
    for (let k = i, items = 0; k >= 0 && items <= DIGEST_ITEMS_MAX; k--, items++) {
      const text = blocks[k].value.trim()
      if (k < i && DIGEST_LABEL.test(text)) return true
      if (text.length > DIGEST_ITEM_MAX || !endsComplete(text)) return false
    }
    return false
  }
  const article = { acrossTitle, acrossVoice, acrossLabel, signedApart, introduced, digestItem }

  // (an item of a list is not a piece of the paragraph that names it)
  let texts: string[] | undefined
  const inList = (i: number) =>
    standsInList(
      (texts ??= blocks.map((b) => b.value)),
      keys,
      i,
      (k) => HEADING_KINDS.has(blocks[k].kind) || blocks[k].kind === 'body' || blocks[k].kind === 'verse',
      (k) => repeatsEarlier(index, entries[k].grams, k),
    )

  /** Block `i` stands between a paragraph and that paragraph's copy, removed. */
  const betweenItsCopies = (i: number) => blocks[i - 1]?.kind === 'body' && blocks[i + 1]?.kind === 'body' && entries[i + 1].removedBy === i - 1
  /** Block `i` stands between a paragraph and a copy of it (not yet judged: read from their shingles). */
  const betweenCopies = (i: number) =>
    blocks[i - 1]?.kind === 'body' &&
    blocks[i + 1]?.kind === 'body' &&
    entries[i - 1].folded.length >= minLength &&
    entries[i + 1].folded.length >= minLength &&
    containment(entries[i + 1].grams, entries[i - 1].grams) >= options.dedup.containment
  // (a block of a run join found set by mistake between the halves of a paragraph, and printed again
  // further down, is judged last, against the whole page: of it and its twin, it is the copy)
  const wedged = (e: Entry) => blocks[e.index].data.wedgedCopy === true
  for (const e of [...entries.filter((x) => !wedged(x)), ...entries.filter(wedged)]) {
    const block = blocks[e.index]
    if (HEADING_KINDS.has(block.kind) && e.folded.length >= HEADING_COPY_MIN) {
      // a piece of a kept paragraph, cut where it happens to look like a heading
      const { verdict } = judge(e, entries, index, options, article, blocks, keys)
      if (verdict && !verdict.replacesEarlier && verdict.containment >= options.dedup.containment && !inList(e.index)) {
        const asHeading = { ...verdict, reason: `${verdict.reason} (standing like a heading)` }
        if (removeBlock(file, blocks, e.index, verdict.twin, asHeading, options.revert)) e.removedBy = verdict.twin
      }
      continue
    }
    // (a date alone signs a notice: two notices of one day are each signed with it)
    // (the text under a screenshot's head, where it overlaps the screen before, is read however short: 算良心了。)
    if (!COMPARED.has(block.kind) || (e.folded.length < minLength && !(block.data.screenTop && e.folded.length >= SCREEN_OVERLAP_MIN)) || isDateLine(block.value)) {
      if (COMPARED.has(block.kind)) addToIndex(e)
      continue
    }
    const judged = judge(e, entries, index, options, article, blocks, keys)
    const { flag } = judged
    // (the misplaced copy goes, its twin later stays where it is: never the other way)
    let verdict = judged.verdict && wedged(e) && judged.verdict.twin > e.index ? (judged.verdict.replacesEarlier ? undefined : { ...judged.verdict, reason: `${judged.verdict.reason} (set inside a cut paragraph; the copy printed later stands in its place)` }) : judged.verdict
    // (a paragraph printed twice word for word, the first time between another paragraph and that one's own
    // copy, 兴隆镇… / 茶旅融合… / 兴隆镇…, is out of place there: the layout broke off the text and took it up
    // again; the copy printed later, among text printed once, stands in its place; a near copy keeps the
    // first, whose reading may be the better one; and so does a run printed twice, A / X / A / X, whose
    // second X follows the copy of the first one's paragraph)
    if (verdict && !verdict.replacesEarlier && verdict.twin < e.index && verdict.reason === 'exact copy' && betweenItsCopies(verdict.twin) && !betweenCopies(e.index) && entries[e.index - 1].removedBy !== verdict.twin - 1) {
      verdict = { ...verdict, replacesEarlier: true, staysInPlace: true, reason: `${verdict.reason} (set between a paragraph and its own copy; the copy printed later stands in its place)` }
    }
    // (a paragraph printed, word for word or nearly, in another article before the one it opens, right under that
    // one's headline, which names what it names and the other's does not: 东坪村：… / … / 北岭村依托万亩竹林… / … /
    // 北岭村：竹林里… / 北岭村依托万亩竹林…; the copy set among the other article's paragraphs goes, the lead stays
    // under its headline)
    if (verdict && !verdict.replacesEarlier && verdict.twin < e.index && (verdict.reason === 'exact copy' || verdict.reason === 'near copy') && acrossTitle(verdict.twin, e.index) && opensArticle(blocks, e.index) && !opensArticle(blocks, verdict.twin) && namesOwnHeadline(e.index, verdict.twin)) {
      verdict = { ...verdict, replacesEarlier: true, staysInPlace: true, reason: `${verdict.reason} (set in another article; the copy under the headline it names stays)` }
    }
    if (flag) flags.push({ index: e.index, ...flag })
    if (!verdict) {
      addToIndex(e)
      continue
    }
    if (verdict.replacesEarlier) {
      const earlier = entries[verdict.twin]
      addToIndex(e)
      if (!removeBlock(file, blocks, earlier.index, e.index, verdict, options.revert)) continue
      earlier.removedBy = e.index
      // whatever pointed at the cut-short copy now points at the complete one, which takes its place
      for (const other of entries) if (other.removedBy === earlier.index) other.removedBy = e.index
      if (!verdict.staysInPlace) movedTo.set(e.index, movedTo.get(earlier.index) ?? earlier.index)
    } else if (removeBlock(file, blocks, e.index, verdict.twin, verdict, options.revert)) {
      e.removedBy = verdict.twin
    } else {
      addToIndex(e)
    }
  }

  index.release()
  removeRepeatedHeadings(blocks, entries, movedTo, file, options.revert)
  removeLinesRepeatedWithCopy(blocks, entries, 'credit', 'photo credit repeated with its caption', file, options.revert)
  removeLinesRepeatedWithCopy(blocks, entries, 'byline', 'signature repeated with the text it signs', file, options.revert)
  const placedAt = new Map<number, number>()
  for (const [from, to] of movedTo) if (entries[from].removedBy === undefined) placedAt.set(to, from)
  const out: Block[] = []
  for (let i = 0; i < blocks.length; i++) {
    const moved = placedAt.get(i)
    if (moved !== undefined) out.push(blocks[moved])
    if (entries[i].removedBy === undefined && !(movedTo.has(i) && placedAt.get(movedTo.get(i)!) === i)) out.push(blocks[i])
  }
  return { out, moved: placedAt.size > 0, flag: () => flagSimilar(file, blocks, entries, flags) }
}

interface SimilarPair {
  index: number
  twin: number
  containment: number
  score: number
  /** The same short sentence printed again in another context: a refrain, or a copy? */
  refrain?: boolean
}

/** A box of an article's key points: its label (核心观点, 观点摘要, 要点, 核心提示…), alone on its line. */
const DIGEST_LABEL = new RegExp(`^[【[]?(?:核心观点|观点摘要|主要观点|核心要点|本文要点|要点|${SUMMARY_WORD})[】\\]]?[:：]?$`)
/** ...and its items: a few sentences, each short. */
const DIGEST_ITEMS_MAX = 6
const DIGEST_ITEM_MAX = 60

/** A teaser copies this many characters at least of the paragraph's opening. */
const TEASER_MIN = 12
/** A summary's label (摘要：, 【导读】, 【内容提要】：, 内容提要：) over a paragraph's opening the site cut with an ellipsis. */
const TEASER = /^\s*(?:[【[]\s*[\u4e00-\u9fff]{2,4}\s*[】\]]\s*[:：]?|[\u4e00-\u9fff]{2,4}\s*[:：])\s*(\S.*?)(?:…+|\.{3,}|。{3,})\s*$/s
/** A summary's label of any wording, over a copy of the paragraph whole or of its opening: 摘要：, 【导读】, 内容提要：. */
const SUMMARY_LABEL = new RegExp(`^\\s*(?:[【[]\\s*${SUMMARY_WORD}\\s*[】\\]]|${SUMMARY_WORD}\\s*[:：])\\s*`)
/**
 * What a teaser copies, folded: the text after its label, its ellipsis gone; or after a summary's label whatever its
 * end; or before the ellipsis and unfold button that cut it (…展开); undefined if the block is none.
 */
function teaserOpening(text: string): { opening: string; labelled: boolean } | undefined {
  const teaser = TEASER.exec(text)
  if (teaser) return { opening: foldForCompare(teaser[1]), labelled: true }
  const label = SUMMARY_LABEL.exec(text)
  if (label) return { opening: foldForCompare(text.slice(label[0].length).replace(UNFOLD_END, '')), labelled: false }
  const unfold = UNFOLD_END.exec(text)
  return unfold ? { opening: foldForCompare(text.slice(0, unfold.index)), labelled: false } : undefined
}

/**
 * A paragraph's dateline and the reporters in brackets after it (本网讯（通讯员 某某 记者 某某）, 本报讯, 某某社北京5月3日电):
 * a site's summary of the paragraph leaves it out (【摘要】今年以来，… over 本网讯（…）今年以来，…).
 */
const LEAD_DATELINE = /^\s*(?:本[报刊网台站][\u4e00-\u9fff]{0,6}讯|[\u4e00-\u9fff]{1,8}(?:社|报|网|台)[\u4e00-\u9fff\d]{1,12}电)\s*(?:[（(][^（）()]{1,40}[）)])?/

/** A paragraph's text folded without its dateline, when it opens with one: what a summary of it copies. */
function undatedFolded(text: string): string | undefined {
  const dateline = LEAD_DATELINE.exec(text)
  return dateline ? foldForCompare(text.slice(dateline[0].length)) : undefined
}

/**
 * The earlier copy stands in the site's preview of the text: between it and the later copy, a paragraph the site
 * cut short, with an ellipsis and its unfold button (…龙头... / 展开全文 ∨), on its line or the next. The text that
 * follows in full is the article; the preview's copies go, and the text's own order (its byline over it) stays.
 */
function previewCutBetween(blocks: Block[], earlier: number, later: number): boolean {
  for (let k = Math.max(earlier + 1, 0); k < later; k++) {
    const line = blocks[k].value.trim()
    const cut = /^(.*?)(?:…+|\.{3,}|。{3,})$/.exec(line)
    if (cut === null && !UNFOLD_END.test(line)) continue
    // (cut by the site: its words are the opening of a paragraph the page prints in full after it; a sentence
    // ending on an ellipsis of its own, …还有很多……, is no cut)
    // (a summary's label over the cut copy is the site's too: 【正文快照】：某某…… over the text)
    const labelled = TEASER.exec(line)
    const opening = foldForCompare(labelled !== null ? labelled[1] : cut === null ? line.replace(UNFOLD_END, '') : cut[1])
    if (opening.length < 8) continue
    for (let m = later; m < blocks.length; m++) {
      const text = foldForCompare(blocks[m].value)
      if (text.length > opening.length && text.startsWith(opening)) return true
    }
  }
  return false
}

function judge(
  e: Entry,
  entries: Entry[],
  index: ShingleIndex,
  options: CleanOptions,
  article: { acrossTitle: (earlier: number, later: number) => boolean; acrossVoice: (earlier: number, later: number) => boolean; acrossLabel: (earlier: number, later: number) => boolean; signedApart: (a: number, b: number) => boolean; introduced: (i: number) => boolean; digestItem: (i: number) => boolean },
  blocks: Block[],
  keys: readonly string[],
): { verdict?: Verdict; flag?: Omit<SimilarPair, 'index'> } {
  const { acrossTitle, acrossVoice } = article
  const block = blocks[e.index]
  const shared = index.sharedCounts(e.grams, (j) => entries[j].removedBy !== undefined)
  let best: Verdict | undefined
  let flag: Omit<SimilarPair, 'index'> | undefined
  // (in page order, only the blocks sharing enough shingles to be flagged at least: most blocks of a
  // page share a few, and were sorted for nothing)
  const candidates: Array<[number, number]> = []
  for (const [j, count] of shared) if (count / e.grams.size >= FLAG_CONTAINMENT || count / entries[j].grams.size >= FLAG_CONTAINMENT) candidates.push([j, count])
  for (const [j, count] of candidates.sort((x, y) => x[0] - y[0])) {
    const other = entries[j]
    const inOther = count / e.grams.size
    const otherIn = count / other.grams.size
    const score = similarity(e.folded, other.folded)
    let verdict: Verdict | undefined
    /** The text of the two halves this one copies, when it is a copy of a paragraph printed in two halves. */
    let halves: string | undefined
    // the earlier copy is a copy of this one's opening, cut short, in the same article (a line of
    // dialogue standing alone is not: the paragraph that opens with it later, a refrain, goes on)
    // (or of its opening under a summary's label, cut by the site: 摘要：某某4月17日电 国家统计局17日发布数据，…增速比…)
    const teaser = teaserOpening(blocks[j].value)
    const opening = teaser?.opening ?? other.folded
    // (a summary or teaser that copies the paragraph, or its opening, word for word, its label and its ellipsis or
    // unfold button aside: 摘要：…。 over the same sentence, …一起开起了民宿，…展开 over the whole paragraph; a teaser
    // cut with an ellipsis under its label is an earlier copy cut short, below)
    // (the paragraph read without its dateline too when the summary is labelled: the site's summary leaves it out)
    const undated = teaser !== undefined ? undatedFolded(block.value) : undefined
    const opensWith = (start: string) => e.folded.startsWith(start) || undated?.startsWith(start) === true
    // (or a summary under its label, cut with the site's ellipsis or not, that copies a passage from inside the
    // paragraph, word for word, not its opening: 【摘要】10月12日，某某法院召开新闻发布会，通报…情况…… over 10月14日是…。
    // 为…，10月12日，某某法院召开…; 【导读】今年第一批…飞抵某市，这是…越冬。 over 11月2日上午，…落下。今年第一批…)
    // (a copy of its opening is an earlier copy cut short, below)
    const passageCopied = teaser !== undefined && SUMMARY_LABEL.test(blocks[j].value) && e.folded.indexOf(opening) > 0 && undated?.startsWith(opening) !== true
    const teaserCopy = teaser !== undefined && ((!teaser.labelled && opensWith(opening)) || passageCopied) && opening.length >= TEASER_MIN && !acrossTitle(j, e.index) && !other.spoken
    const cutAcross = otherIn >= options.dedup.containment && other.folded.length < e.folded.length && opensWith(opening.slice(0, Math.min(8, opening.length)))
    // (a paragraph ending its sentence, held whole in a longer one under a commentary's label after it (短评, 编后,
    // 点评): the commentary quotes it and goes on in its own words, 没有钱，…通到了镇上。这段朴素的叙述，道出了…; no
    // copy cut short, and both stay where they stand)
    // (the earlier no summary or teaser: that copies the text, below)
    const quotedUnderLabel = teaser === undefined && other.complete && article.acrossLabel(j, e.index)
    const earlierCut = teaserCopy || (cutAcross && !acrossTitle(j, e.index) && !other.spoken && !article.digestItem(j) && !quotedUnderLabel)
    // (or the earlier copy is this one's text from inside its first sentence on, cut at its start, and
    // perhaps at its end: 装着血压计、… printed over 宝梵镇村医陈德明的背包里装着血压计、…; the complete copy takes its place)
    // (the earlier copy cut short: the complete one takes its place, unless the site cut it in its preview over the text)
    const earlierCutShort = (): Verdict =>
      previewCutBetween(blocks, j - 1, e.index)
        ? { twin: j, reason: "earlier copy cut short by the site's preview (the complete copy stays in the text)", containment: otherIn, score, replacesEarlier: true, staysInPlace: true }
        : { twin: j, reason: 'earlier copy cut short (the complete copy takes its place)', containment: otherIn, score, replacesEarlier: true }
    const earlierTail =
      otherIn >= options.dedup.containment && other.folded.length < e.folded.length && opensInside(e.folded, other.folded, options.dedup.shingle) && !acrossTitle(j, e.index) && !other.spoken && !quotedUnderLabel
    if (e.folded === other.folded) {
      // (an interview's question asked again over another answer is half of another pair: 问：多长时间能拿到证？)
      // (the same pair printed again, its answer a copy too, whole or cut short, is a copy: 答：村规民约是…形成草案，
      // under the question printed again, where the first answer goes on …报乡镇人民政府备案。)
      const askedAgain = QUESTION_TURN.test(block.value) && keys[e.index + 1] !== undefined && !printsAgain(entries[e.index + 1], entries[j + 1], options)
      const again = e.row
        ? repeatsRow(keys, e.index, j)
        : askedAgain || opensSisterSection(blocks, entries, e.index, j, options) || (block.kind === 'body' && repeatsRefrain(keys, block.value, e.index, j, (k) => HEADING_KINDS.has(blocks[k].kind), (k) => blocks[k].kind === 'byline')) || inParallelFields(blocks, entries, e.index, j, options)
      if (again) {
        if (!flag?.refrain) flag = { twin: j, containment: 1, score: 1, refrain: true }
        continue
      }
      verdict = previewCutBetween(blocks, j, e.index)
        ? { twin: j, reason: "exact copy (the earlier in the site's preview, cut short before the text; the text's copy stays)", containment: 1, score: 1, replacesEarlier: true, staysInPlace: true }
        : { twin: j, reason: 'exact copy', containment: 1, score: 1, replacesEarlier: false }
    } else if (e.row || other.row) {
      // rows of a table differ in a word or a figure, or in nothing but their first cell; a line of
      // facts names what the text names
      verdict = undefined
    } else if (teaserCopy) {
      verdict = { twin: j, reason: "the site's summary or teaser copying the paragraph (the paragraph stays)", containment: otherIn, score, replacesEarlier: true, staysInPlace: true }
    } else if (cutAcross && !other.complete && acrossTitle(j, e.index) && !other.spoken && (halves = restFollows(entries, blocks, j, e.folded, options))) {
      // (in another article, a paragraph printed before in two halves, cut at a break that stands between
      // them still, a running head, 琼海市推行…林地 / 14 城市党建 / 等资源入股…: a copy of both, the
      // article's own halves stay)
      verdict = { twin: j, reason: 'copy of a paragraph printed before in two halves', containment: otherIn, score, replacesEarlier: false }
    } else if (earlierCut && !other.complete) {
      // the earlier copy stops mid-sentence, cut at a break however little (its last line lost): the
      // complete copy takes its place (unless the site cut it, with an ellipsis, in its preview over the text:
      // the text stays as it stands)
      verdict = earlierCutShort()
    } else if (earlierTail) {
      verdict = { twin: j, reason: 'earlier copy cut at its start (the complete copy takes its place)', containment: otherIn, score, replacesEarlier: true }
    } else if (inOther >= options.dedup.containment && e.folded.length <= other.folded.length && e.spoken && e.complete && e.folded.length < other.folded.length && acrossVoice(j, e.index)) {
      // a line of speech standing alone under another headline or a commentary's label (短评), the
      // opening of a paragraph of the text before: a commentary quoting its article (kept and flagged below)
      verdict = undefined
    } else if (inOther >= options.dedup.containment && e.folded.length <= other.folded.length) {
      const ratio = e.folded.length / other.folded.length
      const reason = ratio >= 0.9 ? 'near copy' : other.folded.startsWith(e.folded.slice(0, 8)) ? 'copy cut short' : 'fragment of a kept paragraph'
      verdict = { twin: j, reason, containment: inOther, score, replacesEarlier: false }
    } else if (score >= options.dedup.similarity && lengthRatio(e.folded, other.folded) >= 0.8) {
      verdict = { twin: j, reason: 'near copy', containment: inOther, score, replacesEarlier: false }
    } else if (misreadHereAndThere(e.folded, other.folded)) {
      verdict = { twin: j, reason: 'near copy, characters misread here and there', containment: inOther, score, replacesEarlier: false }
    } else if (earlierCut && other.folded.length < e.folded.length * 0.9) {
      // the earlier copy is the one cut short: keep the first complete occurrence
      verdict = earlierCutShort()
    }
    // (two versions of a passage the page compares, differing in the words it quotes as changed: both stay)
    if (verdict && verdict.reason !== 'exact copy' && versionsThePageCompares(blocks, e.index, j)) continue
    if (verdict && verdict.reason !== 'exact copy') {
      // a copy has no words of its own and the same figures; a paragraph quoting another, or a
      // parallel paragraph with other places and numbers, is different text: keep it, flag it
      const [copy, kept] = verdict.replacesEarlier ? [other, e] : [e, other]
      // (a teaser read without its label and ellipsis: they are the site's, not words of its own)
      // (a copy of a paragraph printed in two halves is read against both)
      // (two notices or letters opened each by its addressee and a colon, the two naming others, are sent to
      // two parties, word for word the same after: 某甲：本院受理… and 某乙、某丙：本院受理…; a scan's copy that misread
      // a character of the name is kept too: flagged, for the editor)
      if (addressedApart(blocks[copy.index].value, blocks[kept.index].value)) {
        verdict = undefined
      } else {
      // (a copy whose line before is its twin's line before, removed, stands in a run printed again: a figure slipped
      // in it is misread however short the line, 某某村：…硬化2.3公里… under the copy of the item before 某某村：…硬化3.2公里…)
      const inReprintedRun = copy === e && entries[e.index - 1]?.removedBy === j - 1
      const { own, misread, wordsReplaced } = ownOfCopy(copy === other && opening !== other.folded ? opening : copy.folded, halves ?? kept.folded, copy.folded, inReprintedRun)
      // (a word or two read otherwise in a copy printed raw, its marks half-width and blanks between its
      // characters where its twin has none, is the scan's misreading, not a parallel paragraph's word:
      // removed, for the editor to check)
      if (own && wordsReplaced && isRawPrinting(blocks[copy.index].value) && !isRawPrinting(blocks[kept.index].value)) {
        verdict = { ...verdict, doubt: 'the removed copy, printed raw (half-width marks, blanks between characters), reads a word or two otherwise: check them' }
      } else if (own) {
        verdict = undefined
      } else if (misread) {
        verdict = { ...verdict, doubt: `the removed copy reads ${misread[0]} where the kept one reads ${misread[1]}: check the figure` }
      }
      }
    }
    // (whole sentences opening a paragraph under another signature are another piece's words, the
    // same opening of two pupils' compositions: kept, flagged; a copy whole or near, or a fragment
    // of a paragraph's tail, is a copy still)
    // (one that leaves a quotation open, …“既要热闹，也要安静；, was cut inside it: no whole sentences)
    // (the piece's opening, right under its signature: a copy cut short further down, among the page's
    // repeats after a commentary's text, is the scan's)
    if (verdict?.reason === 'copy cut short' && e.complete && quoteBalance(block.value) <= 0 && article.signedApart(j, e.index) && blocks[e.index - 1]?.kind === 'byline') verdict = undefined
    // (one short sentence closing the article, the last block before the next heading or the page's end, that
    // opens its first paragraph under the headline, text between them: the piece's slogan, said at its start and its
    // end, 功成不必在我，功成必定有我。 … 功成不必在我，功成必定有我。; kept, flagged; right under that paragraph it is
    // its opening printed again)
    if (verdict?.reason === 'copy cut short' && e.complete && e.index - j > 1 && isRefrainShaped(block.value) && closesArticle(blocks, e.index) && opensArticle(blocks, j)) verdict = undefined
    // (a notice's issuer over its date signs it, though the text named it: 某某市市场监督管理局 /
    // 2024年12月9日; no copy, and nothing for the editor to check)
    if (verdict && verdict.reason !== 'exact copy' && verdict.reason !== 'near copy' && isDateLine(blocks[e.index + 1]?.value ?? '')) continue
    // (a speaker's label, short and closed by its colon over the words it introduces, names someone the
    // text named before: 下面，请省某某厅副厅长某某介绍有关情况。 … 省某某厅副厅长 某某：; no copy)
    if (verdict && verdict.reason === 'fragment of a kept paragraph' && isSpeakerLabel(block.value) && blocks[e.index + 1] !== undefined) continue
    // (a whole paragraph introduced by a colon, apart from its twin, is quoted: kept, flagged)
    if (verdict && !verdict.replacesEarlier && e.index - j > 1 && e.complete && article.introduced(e.index)) verdict = undefined
    if (verdict) {
      if (!best || verdict.containment * 2 + verdict.score > best.containment * 2 + best.score) best = verdict
    } else if (score >= FLAG_SIMILARITY || inOther >= FLAG_CONTAINMENT) {
      if (!flag || (!flag.refrain && score > flag.score)) flag = { twin: j, containment: inOther, score }
    }
  }
  return { verdict: best, flag: best ? undefined : flag }
}

/** A name a paragraph shares with its headline is this long at least (北岭村). */
const HEADLINE_NAME_MIN = 3

/** The longest run of characters `a` and `b` share (the first found of that length). */
function longestSharedRun(a: string, b: string): string {
  let best = ''
  for (let i = 0; i < b.length; i++) {
    for (let end = i + best.length + 1; end <= b.length && a.includes(b.slice(i, end)); end++) best = b.slice(i, end)
  }
  return best
}

/** Block i is the last of its article: the next block a heading, or none. */
function closesArticle(blocks: Block[], i: number): boolean {
  const next = blocks[i + 1]
  return next === undefined || HEADING_KINDS.has(next.kind)
}

/** Block j is the article's first paragraph: a headline over it, its bylines aside. */
function opensArticle(blocks: Block[], j: number): boolean {
  let k = j - 1
  while (k >= 0 && blocks[k].kind === 'byline') k--
  return k >= 0 && HEADING_KINDS.has(blocks[k].kind)
}

/**
 * `later` is `earlier` printed again, alike (a character misread, a long one's figure too) or cut short; not a line of
 * the same words stating another figure (答：…自受理之日起3个工作日内办结。 under 答：…1个工作日内办结。).
 */
function printsAgain(later: Entry, earlier: Entry, options: CleanOptions): boolean {
  const alike =
    similarity(later.folded, earlier.folded) >= options.dedup.similarity ||
    (later.folded.length >= options.dedup.minLength && later.folded.length < earlier.folded.length && containment(later.grams, earlier.grams) >= options.dedup.containment)
  return alike && !statesOtherFigures(later.folded, earlier.folded)
}

/** A field's label and its colon opening a line: 开放时间：…, 门票 Ticket：…. */
// (a colon before a quotation opens speech, and a turn's label, 问：, a dialogue: no field)
const FIELD_LABEL = /^([^，,。；;：:“”"「」！？!?]{1,30})[：:](?![“"「])\S/

/**
 * Block i opens a section under a heading of its own, as block j opens the section under another heading of the same
 * series, and the sections go on differently (【绿茶组】 / 本组评审由…组成 / 绿茶组共收到… and 【红茶组】 / 本组评审由…组成 / 红茶组共收到…):
 * a section set for each item of a series says its template sentence again on purpose. The same heading over it, or
 * the next paragraph a copy too, is the run printed again.
 */
function opensSisterSection(blocks: Block[], entries: Entry[], i: number, j: number, options: CleanOptions): boolean {
  const head = (k: number) => (k > 0 && RUN_LINES.has(blocks[k - 1].kind) ? k - 1 : undefined)
  const [hi, hj] = [head(i), head(j)]
  if (hi === undefined || hj === undefined || blocks[hi].kind !== blocks[hj].kind || !areSisterHeadings(entries[hi].folded, entries[hj].folded)) return false
  const next = (k: number) => (k + 1 < blocks.length && blocks[k + 1].kind === 'body' ? k + 1 : undefined)
  const [ni, nj] = [next(i), next(j)]
  return ni !== undefined && nj !== undefined && ni !== j && !printsAgain(entries[ni], entries[nj], options)
}

/**
 * Two headings of one series: the same frame, a word in it told apart (【绿茶组】 and 【红茶组】, 第一组 and 第二组): as long as
 * each other, what they share at their start and end half of each at least. Two sections' own headings (议在前 群众心里有本账,
 * 晒在明 权力运行有规矩) share less; one heading misread in a character is the same heading, no sister.
 */
function areSisterHeadings(a: string, b: string): boolean {
  if (a.length !== b.length || a === b || sameHeading(a, b)) return false
  let start = 0
  while (start < a.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  return 2 * (start + end) >= a.length
}

/**
 * Line i, a field (its label, a colon, its value), prints line j again in another box of the same fields: the field
 * after each, or before each, has one label and two values (开放时间：8:30—17:50 / 门票：120元 under one sight, the same hours /
 * 门票：15元 under the next). A box of facts set for each item of a guide or a list says a value again on purpose.
 */
function inParallelFields(blocks: Block[], entries: Entry[], i: number, j: number, options: CleanOptions): boolean {
  if (i - j < 2 || !FIELD_LABEL.test(blocks[i].value.trim()) || opensDialogueTurn(blocks[i].value.trim())) return false
  const labelOf = (k: number) => (blocks[k]?.kind === 'body' ? FIELD_LABEL.exec(blocks[k].value.trim())?.[1] : undefined)
  const differs = (a: number, b: number) => {
    const label = labelOf(a)
    return label !== undefined && label === labelOf(b) && blocks[a].value.trim() !== blocks[b].value.trim()
  }
  // (a neighbour that is its twin's neighbour again, cut short or misread in a character, the same figures, is the
  // run of items printed again, whatever the other neighbour reads: 某某村：…推行“积分制”管理， under 某某村：…管理，村里…)
  const copied = (a: number, b: number) =>
    a >= 0 && a < blocks.length && b >= 0 && entries[a].folded !== entries[b].folded && printsAgain(entries[a], entries[b], options)
  if (copied(i + 1, j + 1) || copied(i - 1, j - 1)) return false
  return (i + 1 < blocks.length && differs(i + 1, j + 1)) || (j > 0 && differs(i - 1, j - 1))
}

/**
 * When the body text next after block `j` (past headings, captions, credits) opens with what `whole`
 * (folded) goes on with past the end of `j`'s text, `j` and that block are the halves of `whole`: their
 * text, folded; else undefined.
 */
function restFollows(entries: Entry[], blocks: Block[], j: number, whole: string, options: CleanOptions): string | undefined {
  const n = options.dedup.shingle
  let k = j + 1
  while (k < blocks.length && blocks[k].kind !== 'body') k++
  if (k >= blocks.length || entries[k].removedBy !== undefined) return undefined
  // (where the half ends in `whole`: at its last characters, or as far in as it is long when a misread
  // there hides them)
  const end = whole.indexOf(entries[j].folded.slice(-n))
  const rest = whole.slice(end < 0 ? entries[j].folded.length : end + n)
  if (rest.length < n * 2) return undefined
  const next = entries[k].folded
  return containment(shingles(rest, n), shingles(next.slice(0, rest.length + n), n)) >= options.dedup.containment ? entries[j].folded + next : undefined
}

/**
 * Whether `part` (folded) is found in `whole` (folded) from a place inside a clause of it: its opening
 * is a character of a word after another, not a mark nor the start of `whole` or of a clause (a
 * quotation standing alone is no piece cut from the paragraph that ends with it); `whole` itself opens
 * a paragraph as far as its shape tells, not with a word's tail (施，推行… is cut at its start too).
 */
function opensInside(whole: string, part: string, n: number): boolean {
  if (/^\p{Script=Han}[,，]/u.test(whole) || !WORD_CHAR.test(part[0])) return false
  // (its first character may be one the cut left misread, a word's last character but not the word's: 得稳定。 cut from
  // …收益稳定。; the rest is found from the next)
  return [0, 1].some((skip) => {
    const at = whole.indexOf(part.slice(skip, skip + n * 2))
    // (the misread character stands for another: the copy found one on would open where the paragraph does, 图书馆… in …——图书馆…)
    return at >= n && WORD_CHAR.test(whole[at - 1]) && (skip === 0 || (whole[at - 1] !== part[0] && WORD_CHAR.test(whole[at - 2]) && WORD_CHAR.test(part[skip])))
  })
}
const WORD_CHAR = /[\p{Script=Han}A-Za-z0-9]/u

/**
 * Two passages that say the same but for a figure (another date, another amount): the shorter read
 * as the copy. Different facts, never a copy: classify does not read the one as a repeat of the
 * other, and dedup keeps both (and flags them).
 */
export function statesOtherFigures(a: string, b: string): boolean {
  const [copy, kept] = a.length <= b.length ? [a, b] : [b, a]
  return /[0-9]/.test(copy) && (figuresDiffer(copy, kept) || novelRuns(copy, kept).figureChanged) && !misreadFigure(copy, kept)
}

/** A word the page quotes, folded (its quotation marks folded to "): “全部”, “限期完成”, “五百个”. */
const QUOTED_WORD = /"([^",.:;!?"]{2,8})"/g

/**
 * Two versions of one passage that the page compares (a draft and its revision, a rule before and after its
 * amendment): where they differ, each reads words the page quotes elsewhere, and nothing else (“全部”改成了“分批”,
 * 将“三十日”修改为“十五日”). No copy: both stay. `a` and `b` index `blocks`.
 */
export function versionsThePageCompares(blocks: readonly Block[], a: number, b: number): boolean {
  const fa = foldForCompare(blocks[a].value)
  const fb = foldForCompare(blocks[b].value)
  if (fa === fb) return false
  const quoted = new Set<string>()
  for (let k = 0; k < blocks.length; k++) {
    if (k === a || k === b) continue
    for (const m of foldForCompare(blocks[k].value).matchAll(QUOTED_WORD)) quoted.add(m[1])
  }
  // (longer words first: 一千个 before 一千)
  const words = [...quoted].sort((x, y) => y.length - x.length)
  const ownA = words.filter((w) => fa.includes(w) && !fb.includes(w))
  const ownB = words.filter((w) => fb.includes(w) && !fa.includes(w))
  if (ownA.length === 0 || ownB.length === 0) return false
  const mask = (text: string, own: string[]) => own.reduce((t, w) => t.split(w).join('\u0000'), text)
  return mask(fa, ownA) === mask(fb, ownB)
}

/**
 * Whether `copy` is `kept` printed again whole, exactly or with OCR noise (both folded): a near copy
 * as dedup removes one — of one length, alike, no words nor figures of its own.
 */
export function isWholeCopy(copy: string, kept: string, options: CleanOptions): boolean {
  if (copy === kept) return true
  return lengthRatio(copy, kept) >= 0.9 && similarity(copy, kept) >= options.dedup.similarity && !ownOfCopy(copy, kept).own
}

/**
 * A text holding another's words with words of its own around or inside them (…老人的这句大实话，): it quotes
 * that text, not a copy of it, however much of it it holds.
 */
export function hasWordsOfItsOwn(text: string, other: string): boolean {
  const runs = novelRuns(foldForCompare(text), foldForCompare(other))
  return runs.edge >= NOVEL_EDGE_RUN || runs.inner >= NOVEL_INNER_RUN
}

/**
 * What a copy holds of its own against its twin (both folded): words of its own or another figure (another text,
 * `own`), or a figure misread (OCR noise, likely: the editor checks it). `text` is the copy whose figures are compared
 * (a teaser's runs are read without its label and ellipsis, its figures as printed). With `anyLength`, the page has
 * told the copy is one otherwise (it stands in a run printed again), and a figure slipped in a short line is misread
 * too (硬化2.3公里 / 硬化3.2公里).
 */
function ownOfCopy(runsOf: string, kept: string, text = runsOf, anyLength = false): { own: boolean; misread?: [string, string]; wordsReplaced: boolean } {
  const runs = novelRuns(runsOf, kept)
  const otherFigure = runs.figureChanged || figuresDiffer(text, kept)
  const misread = otherFigure ? misreadFigure(text, kept, anyLength ? 0 : MISREAD_FIGURE_MIN) : undefined
  // (or another place's level, 乡 for 镇: the same template said of another place, never a misreading)
  const ownRuns = runs.edge >= NOVEL_EDGE_RUN || runs.inner >= NOVEL_INNER_RUN || (otherFigure && misread === undefined) || runs.levelChanged
  // (whether a word or two replaced is all the copy holds of its own)
  const wordsReplaced = !ownRuns && replacesWords(runs)
  return { own: ownRuns || wordsReplaced, misread, wordsReplaced }
}

/**
 * A clause's mark set half-width between Han characters (…竹林资源,扶持…), or a blank inside a run of them (多个系 列产品;
 * not a name set with a blank, 韩 冰, which is type, not a scan's slip).
 */
const RAW_PRINTING = /[\u4e00-\u9fff][,.;:!?][\u4e00-\u9fff“”‘’]|[\u4e00-\u9fff]{2}[ \u3000][\u4e00-\u9fff]{2}/
/** A paragraph of prose is this long at least: a credit or a byline (作者：某某) differs from another by its name, not by a misreading. */
const RAW_PROSE_MIN = 40

/** Prose printed raw, as a scan reads it before anyone set its marks: half-width marks or blanks between its characters. */
function isRawPrinting(text: string): boolean {
  return text.length >= RAW_PROSE_MIN && RAW_PRINTING.test(text)
}

/** The figures of a text, in order: 2024, 10, 1.16. */
const FIGURES = /\d+(?:\.\d+)?/g

function figuresOf(text: string): string[] {
  return text.match(FIGURES) ?? []
}

/** A paragraph this long printed again with one figure slipped (a digit misread, two swapped) is a scanned copy. */
const MISREAD_FIGURE_MIN = 60

/**
 * The copy states the twin's figures, in order, but for one of them misread (1286 / 1236, 1870 / 1780),
 * and both are `minLength` long at least: OCR or a retyping slipped in a copy of the paragraph. A short
 * line with another date or amount (a notice's date, a figure in one sentence) is other facts, unless
 * the page tells it is a copy otherwise. Gives [copy's, twin's].
 */
export function misreadFigure(copy: string, kept: string, minLength = MISREAD_FIGURE_MIN): [string, string] | undefined {
  if (Math.min(copy.length, kept.length) < minLength) return undefined
  const inDigits = slippedFigure(figuresOf(copy), figuresOf(kept))
  if (inDigits !== undefined) return inDigits === 'other' ? undefined : inDigits
  // (its figures all the same, one numeral in characters slipped: 三十六 / 三十八, as a digit slips)
  const inCharacters = slippedFigure(copy.match(HAN_FIGURES) ?? [], kept.match(HAN_FIGURES) ?? [])
  return inCharacters === 'other' ? undefined : inCharacters
}

/** Numbers written in characters, in order (一百六十, 两; the 一 of a word too, the same in a copy). */
const HAN_FIGURES = /[零〇一二两三四五六七八九十百千万]+/g

/** The one figure of `a` that is a slip for its place in `b`; undefined when none differs, 'other' when more do, or otherwise. */
function slippedFigure(a: string[], b: string[]): [string, string] | 'other' | undefined {
  if (a.length !== b.length) return 'other'
  let pair: [string, string] | undefined
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue
    if (pair || !isFigureSlip(a[k], b[k])) return 'other'
    pair = [a[k], b[k]]
  }
  return pair
}

/**
 * Two figures of one length, the one a slip for the other: one digit read otherwise (1286 / 1236), or two
 * digits side by side, a point between them aside, set in each other's place (143 / 134, 3.2 / 2.3). A
 * figure of other facts differs otherwise (126 / 158), or in a digit added (126 / 1260).
 */
function isFigureSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  const at: number[] = []
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) at.push(i)
  if (at.length === 1) return true
  if (at.length !== 2) return false
  const [x, y] = at
  return a[x] === b[y] && a[y] === b[x] && /^\.?$/.test(a.slice(x + 1, y))
}

/**
 * The copy states figures the twin does not: a number in it that the twin lacks means different
 * facts (a parallel paragraph for another place or year), not a reprint. A fragment may lack some of
 * the twin's figures; only figures of the copy count.
 */
export function figuresDiffer(copy: string, twin: string): boolean {
  const pool = figuresOf(twin)
  for (const m of copy.matchAll(FIGURES)) {
    const x = m[0]
    const at = pool.indexOf(x)
    if (at >= 0) {
      pool.splice(at, 1)
      continue
    }
    // OCR noise drops or splits digits (2018 -> 218, 20 18): such a number is explained by the twin's
    if (pool.some((y) => isSubsequence(x, y) || isSubsequence(y, x))) continue
    if (!readsHanAsDigit(copy, m.index!, x, twin)) return true
  }
  return false
}

const HAN = /^\p{Script=Han}+$/u

/**
 * A digit OCR read for a character of the text (签订7订单 for 签订了订单): one digit between words,
 * where the twin has the same words around one Han character. Not another figure: a figure changed
 * is a digit for a digit, and a figure added stands where the twin has nothing.
 */
function readsHanAsDigit(copy: string, at: number, digit: string, twin: string): boolean {
  if (digit.length !== 1) return false
  const before = copy.slice(Math.max(0, at - 2), at)
  const after = copy.slice(at + 1, at + 3)
  if (before.length < 2 || after.length < 2 || !HAN.test(before) || !HAN.test(after)) return false
  for (let i = twin.indexOf(before); i >= 0; i = twin.indexOf(before, i + 1)) {
    const between = twin[i + 2]
    if (between !== undefined && HAN.test(between) && twin.startsWith(after, i + 3)) return true
  }
  return false
}

function lengthRatio(a: string, b: string): number {
  return Math.min(a.length, b.length) / Math.max(a.length, b.length)
}

/** Records the removal, unless a decision reverted it; says whether the block goes. */
function removeBlock(
  file: VFile,
  blocks: Block[],
  removed: number,
  kept: number,
  verdict: Verdict,
  revert: ReadonlySet<string> | undefined,
): boolean {
  const block = blocks[removed]
  const twin = blocks[kept]
  const init = duplicateRemoval(block, twinOf(twin), {
    message: `${verdict.reason} removed; kept copy at line ${twin.position.start.line} (similarity ${verdict.score.toFixed(2)}, containment ${verdict.containment.toFixed(2)})${verdict.doubt ? `; ${verdict.doubt}` : ''}`,
    note: verdict.reason,
    score: round(verdict.score),
    containment: round(verdict.containment),
  })
  // (removed, and shown to the editor: which reading of the figure is right is theirs to say)
  if (verdict.doubt) init.level = 'warning'
  if (!proposeChange(file, revert, init)) return false
  record(file, init)
  return true
}

/**
 * The scores a line removed with its run is recorded with against its twin: 1 and 1 when the same, as measured when one
 * character was misread (二、严把工程质量 / 二、严把工程质童), so that the record says what its diff shows.
 */
function lineScores(line: Entry, twin: Entry): { containment: number; score: number } {
  if (line.folded === twin.folded) return { containment: 1, score: 1 }
  return { containment: containment(line.grams, twin.grams), score: similarity(line.folded, twin.folded) }
}

/** A scan's misreadings are one in this many characters at most, and this many characters apart at least. */
const MISREAD_SPACING = 8
const MISREAD_APART = 3
/** Misreadings a copy shows at least to be read so; one is the similarity's to weigh. */
const MISREAD_MIN = 2

/**
 * `copy` is `twin` with single characters read otherwise here and there, nothing added or left out (开得进、留得住，…拓宽…候车亭
 * / 开得迸、留得往，…柘宽…侯车亭): each misreading costs two of the character pairs the similarity counts, and four of them
 * bring a short paragraph under the threshold. A paragraph of other facts changes words, of two characters or more, or
 * figures and places, which ownOfCopy reads.
 */
function misreadHereAndThere(copy: string, twin: string): boolean {
  if (copy.length !== twin.length || copy === twin) return false
  let last = -MISREAD_APART
  let misread = 0
  for (let i = 0; i < copy.length; i++) {
    if (copy[i] === twin[i]) continue
    if (i - last < MISREAD_APART || !/\p{Script=Han}/u.test(copy[i]) || !/\p{Script=Han}/u.test(twin[i])) return false
    last = i
    misread++
  }
  // (one character alone told apart is as likely a sibling line's word, 问：应届生在哪里报名？ / 问：往届生…)
  return misread >= MISREAD_MIN && misread * MISREAD_SPACING <= copy.length
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

/**
 * A heading (or a byline, or a label) repeated together with the run of paragraphs under it goes
 * with the run; the same heading in front of different text (two articles sharing a heading) stays.
 */
function removeRepeatedHeadings(
  blocks: Block[],
  entries: Entry[],
  movedTo: Map<number, number>,
  file: VFile,
  revert?: ReadonlySet<string>,
): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (!RUN_LINES.has(block.kind) || entries[i].removedBy !== undefined) continue
    if (removeDoubledHeadline(blocks, entries, i, file, revert)) continue
    if (removePagedHeadline(blocks, entries, i, file, revert)) continue
    const nextContent = findNext(blocks, i)
    if (nextContent === undefined) {
      removeHeadlineAtEnd(blocks, entries, i, file, revert)
      continue
    }
    // where the paragraph under this heading is kept: a twin elsewhere, or itself moved up
    const keptAt = entries[nextContent].removedBy ?? movedTo.get(nextContent)
    if (keptAt === undefined) continue
    // the other line with the same text among the few that stand right before the kept paragraph
    // (classify leaves the same lines out of its context)
    for (let j = keptAt - 1; j >= 0 && j > keptAt - 6; j--) {
      if (!RUN_LINES.has(blocks[j].kind)) continue
      // (a heading of a misplaced run goes with it, its twin later stays)
      // (nor does a heading over a run its later copy replaced: it goes with its run)
      if ((j < i || block.data.wedgedCopy === true || (keptAt > i && entries[nextContent].removedBy === keptAt && previewCutBetween(blocks, i, keptAt))) && j !== i && sameHeading(entries[j].folded, entries[i].folded)) {
        const what = HEADING_KINDS.has(block.kind) ? 'heading' : block.kind
        const verdict = { twin: j, reason: `${what} repeated with its paragraphs`, ...lineScores(entries[i], entries[j]), replacesEarlier: false }
        if (removeBlock(file, blocks, i, j, verdict, revert)) entries[i].removedBy = j
        break
      }
    }
  }
}

/** The number a web page puts after the article's title on its next pages: (2), （3）. */
const PAGE_SUFFIX = /^(.+)\(([2-9]|[1-9][0-9])\)$/

/**
 * The article's headline again over its next page, numbered (古镇夜游火出圈(2)) or right under the
 * pager that leads to it (… [1] [2] 下一页 / 古镇夜游火出圈): a web page cut into pages repeats it on
 * each. It goes when the same headline, without the number, stands earlier.
 */
function removePagedHeadline(blocks: Block[], entries: Entry[], i: number, file: VFile, revert?: ReadonlySet<string>): boolean {
  if (!HEADING_KINDS.has(blocks[i].kind)) return false
  const m = PAGE_SUFFIX.exec(entries[i].folded)
  if (m !== null) return removeHeadlineCopy(blocks, entries, i, m[1], `headline repeated over the article's page ${m[2]}`, file, revert)
  const above = lineAbove(String(file.value), blocks[i].position.start.offset!)
  return above !== undefined && (patterns.pager.test(above) || isPagerRow(above)) && removeHeadlineCopy(blocks, entries, i, entries[i].folded, "headline repeated under the pager, over the article's next page", file, revert)
}

/** The last line with text before `offset` in the source, trimmed. */
function lineAbove(source: string, offset: number): string | undefined {
  let end = source.lastIndexOf('\n', offset - 1)
  while (end > 0) {
    const start = source.lastIndexOf('\n', end - 1) + 1
    const line = source.slice(start, end).trim()
    if (line.length > 0) return line
    end = start - 1
  }
  return undefined
}

/** Removes headline i as a copy of the first earlier headline that reads `key`; says whether it went. */
function removeHeadlineCopy(blocks: Block[], entries: Entry[], i: number, key: string, reason: string, file: VFile, revert?: ReadonlySet<string>): boolean {
  const twin = blocks.findIndex((b, j) => j < i && HEADING_KINDS.has(b.kind) && entries[j].removedBy === undefined && entries[j].folded === key)
  if (twin < 0) return false
  const verdict = { twin, reason, containment: 1, score: 1, replacesEarlier: false }
  if (!removeBlock(file, blocks, i, twin, verdict, revert)) return false
  entries[i].removedBy = twin
  return true
}

/**
 * A line that goes with the block above it, printed again under a copy that goes: a photo's credit
 * under a caption scanned twice, a letter's signature under its last paragraphs scanned twice. The
 * same line stands under the kept twin, so this one goes with its copy. One under text that stays is
 * its own, whoever else took the photo or signs.
 */
function removeLinesRepeatedWithCopy(
  blocks: Block[],
  entries: Entry[],
  kind: 'credit' | 'byline',
  reason: string,
  file: VFile,
  revert?: ReadonlySet<string>,
): void {
  for (let i = 1; i < blocks.length; i++) {
    if (blocks[i].kind !== kind || entries[i].removedBy !== undefined) continue
    const copyOf = entries[i - 1].removedBy
    if (copyOf === undefined || copyOf + 1 >= i) continue
    const twin = copyOf + 1
    if (blocks[twin].kind !== kind || entries[twin].removedBy !== undefined || !sameHeading(entries[twin].folded, entries[i].folded)) continue
    const verdict = { twin, reason, ...lineScores(entries[i], entries[twin]), replacesEarlier: false }
    if (removeBlock(file, blocks, i, twin, verdict, revert)) entries[i].removedBy = twin
  }
}

/**
 * Two lines that are one heading, read again with a character misread (筑牢 / 筑窂): the heading
 * repeated with its run goes even so, since the run's paragraphs are copies.
 */
export function sameHeading(a: string, b: string): boolean {
  if (a === b) return true
  // (a misread character is told from a series' own word only in a longer heading: 【绿茶组】 and 【红茶组】, 第一组 and
  // 第二组 are two headings of one series)
  if (a.length !== b.length || wordCharacters(a) < SAME_HEADING_MIN) return false
  let differing = 0
  for (let i = 0; i < a.length && differing < 2; i++) if (a[i] !== b[i]) differing++
  return differing <= 1
}

/** A heading read as another's copy with one character misread holds this many characters of words at least. */
const SAME_HEADING_MIN = 6

function wordCharacters(text: string): number {
  return text.replace(/[^\p{L}\p{N}]/gu, '').length
}

/**
 * A headline printed again where nothing follows it, at the end of the page (a web page repeats its
 * title under the article): a headline of an article stands over text, so with none under it, the
 * same words as an earlier headline are that headline's copy.
 */
function removeHeadlineAtEnd(blocks: Block[], entries: Entry[], i: number, file: VFile, revert?: ReadonlySet<string>): void {
  if (!HEADING_KINDS.has(blocks[i].kind) || entries[i].folded.length === 0) return
  // (a poem's last line may say an earlier one again: it ends a run of short lines, not an article)
  if (isShortLine(blocks[i - 1]) && isShortLine(blocks[i - 2])) return
  if (removeHeadlineCopy(blocks, entries, i, entries[i].folded, 'headline printed again at the end of the page, with nothing under it', file, revert)) return
  // (or a piece of a kept paragraph, cut out by the break where it happens to look like a heading, shorter than one
  // the main pass reads so (统一调配，村民按亩付费 out of …集中起来统一调配，村民按亩付费，价格比…): a heading stands over
  // text, and the words are the paragraph's, word for word, across a clause's mark as running text goes on; a post's
  // tag naming what the text named, $某某电力(SH600900)$, is no piece of it)
  const key = entries[i].folded
  if (key.length < PIECE_AT_END_MIN || !CLAUSE_INSIDE.test(blocks[i].value.trim())) return
  const twin = blocks.findIndex((b, j) => j < i && b.kind === 'body' && entries[j].removedBy === undefined && entries[j].folded.length > key.length && entries[j].folded.includes(key))
  if (twin < 0) return
  const verdict = { twin, reason: 'fragment of a kept paragraph, standing like a heading at the end of the page', ...lineScores(entries[i], entries[twin]), replacesEarlier: false }
  if (removeBlock(file, blocks, i, twin, verdict, revert)) entries[i].removedBy = twin
}

/** A piece of a paragraph this long, in letters and marks folded away, is read as a copy however it stands. */
const PIECE_AT_END_MIN = 10
/** A clause's mark with text after it: a piece of running text. */
const CLAUSE_INSIDE = /[，,、；;](?=.)/

/** What a web page's title adds to the article's: the site's name (我市举办丰收节_某某新闻网). */
// (not after ——: that opens a subtitle)
const SITE_SUFFIX = /^[_|｜\-—–·][^_|｜\-—–·]{1,20}$/

/** A tag in black brackets a web page sets before a headline: 【视频】, 【图集】, 【独家】. */
const MEDIUM_TAG = /^[【\[［][^【】\[\]［］]{1,4}[】\]］]$/

/**
 * A headline printed twice in a row, nothing between (a web page gives its title twice): the second
 * goes. The same heading over different text stays (two articles sharing a heading), and so does a
 * heading repeated with its paragraphs, which removeRepeatedHeadings judges. A web page's title, the
 * article's title with the site's name after it, goes before the title itself.
 */
function removeDoubledHeadline(blocks: Block[], entries: Entry[], i: number, file: VFile, revert?: ReadonlySet<string>): boolean {
  const previous = i - 1
  if (previous < 0 || !HEADING_KINDS.has(blocks[i].kind) || !HEADING_KINDS.has(blocks[previous].kind)) return false
  // (a line of a poem said again, among its short lines, is the poem's: 满院子都是新的 / 满院子都是新的)
  if (isShortLine(blocks[previous - 1]) && isShortLine(blocks[i + 1])) return false
  if (entries[previous].removedBy !== undefined || entries[i].folded.length === 0) return false
  const [earlier, later] = [entries[previous].folded, entries[i].folded]
  if (earlier === later) {
    const verdict = { twin: previous, reason: 'headline printed twice in a row', containment: 1, score: 1, replacesEarlier: false }
    if (removeBlock(file, blocks, i, previous, verdict, revert)) entries[i].removedBy = previous
    return true
  }
  // (the same headline with a tag of its medium before it, 【视频】 or 【图集】: a web page's player or
  // gallery titled again; the tagged copy goes, whichever comes first)
  const tagged = later.endsWith(earlier) ? later : earlier.endsWith(later) ? earlier : undefined
  if (tagged !== undefined && MEDIUM_TAG.test(tagged.slice(0, tagged.length - Math.min(earlier.length, later.length)))) {
    const [copy, kept] = tagged === later ? [i, previous] : [previous, i]
    const verdict = { twin: kept, reason: 'headline printed twice in a row, once with a tag before it', containment: 1, score: round(similarity(earlier, later)), replacesEarlier: false }
    if (removeBlock(file, blocks, copy, kept, verdict, revert)) entries[copy].removedBy = kept
    return true
  }
  if (earlier.startsWith(later) && SITE_SUFFIX.test(earlier.slice(later.length))) {
    const verdict = {
      twin: i,
      reason: "web page's title (the headline under it, with the site's name)",
      containment: 1,
      score: round(similarity(earlier, later)),
      replacesEarlier: false,
    }
    if (removeBlock(file, blocks, previous, i, verdict, revert)) entries[previous].removedBy = i
    return true
  }
  return false
}

/** A line of verse is this short. */
const SHORT_LINE_MAX = 20

/** A short line of no sentence, as a poem's lines are (a headline's neighbours are text, or nothing). */
function isShortLine(block: Block | undefined): boolean {
  if (!block || (block.kind !== 'verse' && block.kind !== 'body' && !HEADING_KINDS.has(block.kind))) return false
  const text = block.value.trim()
  // (a stop as normalise will write it: 社区. ends a sentence as 社区。 does)
  return text.length > 0 && text.length <= SHORT_LINE_MAX && !endsComplete(text)
}

function findNext(blocks: Block[], i: number): number | undefined {
  for (let k = i + 1; k < blocks.length; k++) if (COMPARED.has(blocks[k].kind)) return k
  return undefined
}

/** The question of an interview's or a Q&A's pair: 问：…, Q：…. */
// (or the interviewer's turn by its role, a question: 记者：你的下一个目标是什么？, asked of each in turn)
const QUESTION_TURN = /^\s*(?:(?:问|Q|提问)\s*[：:]|(?:[\u4e00-\u9fff]{0,6}记者|主持人)\s*[：:][^。！？!?]{2,40}[？?]\s*$)/

/** Pairs already flagged on a page: dedup runs again after a join (settle), and flags a pair once. */
const flagged = new WeakMap<VFile, Set<string>>()

function flagSimilar(file: VFile, blocks: Block[], entries: Entry[], flags: SimilarPair[]): void {
  let seen = flagged.get(file)
  if (!seen) flagged.set(file, (seen = new Set()))
  for (const f of flags) {
    if (entries[f.index].removedBy !== undefined || entries[f.twin].removedBy !== undefined) continue
    const block = blocks[f.index]
    const twin = blocks[f.twin]
    const pair = `${block.data.id}\u0000${block.value}\u0000${twin.data.id}`
    if (seen.has(pair)) continue
    seen.add(pair)
    record(file, {
      level: 'warning',
      kind: 'flag',
      message: f.refrain
        ? `the same ${entries[f.index].row ? 'row' : 'line'} as at line ${twin.position.start.line}, printed again in another place — ${entries[f.index].row ? 'another table' : 'a refrain'} or a copy? kept; editor to decide`
        : `resembles the paragraph at line ${twin.position.start.line} (similarity ${f.score.toFixed(2)}, containment ${f.containment.toFixed(2)}) but was kept: check for a duplicate`,
      start: block.position.start.offset!,
      end: block.position.end.offset!,
      actual: block.value,
      expected: [block.value],
      blockId: block.data.id,
      twin: twinOf(twin),
      score: round(f.score),
      containment: round(f.containment),
    })
  }
}

/**
 * Withdraws the flags an earlier pass left on a block a later pass removed: settle runs dedup again once copies went,
 * and a line the first pass read as said again on purpose (a notice's field 施工单位：… after its box printed twice,
 * “a refrain or a copy? kept”) is read there, its neighbours' copies gone, as the copy it is. The block was not kept,
 * and the report says only what was done to it. Run once the page is settled (the passes count records by their
 * place in the file).
 */
export function withdrawStaleFlags(file: VFile): void {
  const removedAt = new Map<string, number>()
  file.messages.forEach((m, at) => {
    const data = (m as ScancleanMessage).data
    // (a whole block: a repeated opening removed leaves the rest of the block, and its flags, standing)
    if (m.ruleId === 'dedup' && data?.kind === 'duplicate' && data.note !== REPEATED_OPENING && data.blockId !== undefined && !removedAt.has(data.blockId)) removedAt.set(data.blockId, at)
  })
  if (removedAt.size === 0) return
  const stale = (m: VFileMessage, at: number) => {
    const data = (m as ScancleanMessage).data
    return m.ruleId === 'dedup' && data?.kind === 'flag' && data.blockId !== undefined && (removedAt.get(data.blockId) ?? -1) > at
  }
  if (file.messages.some(stale)) file.messages = file.messages.filter((m, at) => !stale(m, at))
}

/**
 * Blocks removed, and repeated openings removed from blocks, since the file held `recorded`
 * messages: an opening removed changes the page too (settle reads it again, a marker may now open
 * the paragraph).
 */
export function dedupChanges(file: VFile, recorded: number, blocksRemoved: number): number {
  return blocksRemoved + recordsSince(file, recorded, 'duplicate', REPEATED_OPENING)
}

export const dedup = defineStage('dedup', (tree, file, options) => {
  const before = tree.children.length
  const recorded = file.messages.length
  tree.children = dedupBlocks(tree.children, file, options)
  file.data.dedupRemoved = dedupChanges(file, recorded, before - tree.children.length)
})
