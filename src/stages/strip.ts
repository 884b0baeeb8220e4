/**
 * strip: removes what is not part of any article: continuation markers (（上接B1版）), as lines of
 * their own or set at the start or end of a paragraph, and web-page furniture (来源/编辑/主编 lines,
 * 热门跟贴). Each removal is a record holding the removed text.
 */
import type { VFile } from 'vfile'
import { replaceText, sourceSpan, type Block } from '../kernel/block.js'
import { blockRemoval, proposeChange, record, type RecordInit } from '../kernel/record.js'
import { defineStage } from '../kernel/stage.js'
import { isFurnitureLine } from './classify.js'
import { bringsBack, LEADING_MARKER, pageNamed, sendsOn, trailingMarker, WHOLE_MARKER } from '../kernel/markers.js'
import { withSpacesAfter } from '../kernel/text.js'

/** How far from the break the two parts of a cut marker may reach. */
const CUT_MARKER_REACH = 12

/**
 * The last opening bracket of a cut marker's, （ ( 【, within reach of the text's end, or -1 (read from
 * the end: three searches back through the whole of each block cost more).
 */
function openingNearEnd(text: string): number {
  for (let i = text.length - 1; i >= 0 && i >= text.length - CUT_MARKER_REACH; i--) {
    const ch = text[i]
    if (ch === '（' || ch === '(' || ch === '【') return i
  }
  return -1
}

/**
 * A marker that the line break cut in two (… （下转 / 第3版） …): its opening ends one block and its
 * close starts the next. Both parts are removed, each with its record, and a block left empty goes.
 * Run before anything else reads the blocks (joined, the parts would make a marker only later), and
 * again after settle (a copy dedup removed may have stood between the parts).
 */
export function stripCutMarkers(blocks: Block[], file: VFile, revert?: ReadonlySet<string>): Block[] {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const a = blocks[i]
    const open = openingNearEnd(a.value)
    if (open < 0 || /[）)】]/.test(a.value.slice(open))) continue
    // page furniture (a page number, a folio) may stand between the parts: strip removes it; and so
    // may the parts of a marker taken already (emptied: they leave below)
    let next = i + 1
    while (next + 1 < blocks.length && (blocks[next].value.length === 0 || isFurnitureLine(blocks[next].value))) next++
    const b = blocks[next]
    const close = b.value.search(/[）)】]/)
    if (close < 0 || close >= CUT_MARKER_REACH) continue
    const marker = a.value.slice(open) + b.value.slice(0, close + 1)
    if (!WHOLE_MARKER.test(marker)) continue
    // (with the spaces that set the parts apart from the text: 們 （ / 紧接第一版） would leave 們 and a space)
    let from = open
    while (from > 0 && /[\s\u3000]/.test(a.value[from - 1])) from--
    const parts: Array<[Block, number, number]> = [
      [a, from, a.value.length],
      [b, 0, withSpacesAfter(b.value, close + 1)],
    ]
    const inits = parts.map(([block, from, to]): RecordInit => {
      // (a part made only of inserted characters is recorded, empty, where its block starts)
      const [start, end] = sourceSpan(block, from, to) ?? [block.position.start.offset!, block.position.start.offset!]
      return {
        level: 'info',
        kind: 'marker',
        message: `continuation marker “${marker}”, cut by a line break, removed (its part “${block.value.slice(from, to)}”)`,
        start,
        end,
        actual: block.value.slice(from, to),
        expected: [],
        blockId: block.data.id,
      }
    })
    if (!inits.every((init) => proposeChange(file, revert, init))) continue
    parts.forEach(([block, from, to], k) => record(file, { ...inits[k], removed: replaceText(block, from, to, '') }))
    // a marker printed twice, cut twice (（下转 （下转 第3版） 第3版）): with the inner pair gone the
    // outer parts meet, and the page cleaned again must find nothing more; look again from the last
    // block before the pair that still holds text
    let back = i
    while (back > 0 && blocks[back].value.length === 0) back--
    i = back - 1
  }
  return blocks.filter((block) => block.value.length > 0)
}

/**
 * Removes a continuation marker set at the start of a paragraph (（上接第1版）…), with its record, and
 * marks the paragraph as brought from another page (`jumpsIn`). Run before classify (blocks are read
 * without it, as the output will be read) and again after settle (a join can bring the two pieces
 * of a marker cut by the break together).
 *
 * A marker at the end (…（下转第2版）) says the paragraph goes on on another page; join decides
 * what becomes of it (trailingMarker, stripTrailingMarker), since whether it may go depends on what
 * the paragraph is joined to.
 */
export function stripInlineMarkers(block: Block, file: VFile, revert?: ReadonlySet<string>): void {
  // (one after another, as a marker printed twice: cleaned again, none may be left to take)
  for (let match = LEADING_MARKER.exec(block.value); match; match = LEADING_MARKER.exec(block.value)) {
    // (a block that is nothing but the marker is a marker line, classify's business)
    if (match[0].length === block.value.length || !removeMarker(block, 0, match[0].length, 'start', file, revert)) return
    block.data.jumpsIn = true
    block.data.jumpsFrom = pageNamed(match[0])
  }
}

/** Asks whether the marker at the end of a paragraph may be removed (no editor's decision keeps it). */
export function mayStripTrailingMarker(block: Block, file: VFile, revert?: ReadonlySet<string>): boolean {
  const length = trailingMarker(block.value)
  return length > 0 && removeMarker(block, block.value.length - length, block.value.length, 'end', file, revert, true)
}

/** Removes the continuation marker at the end of a paragraph, with its record. */
export function stripTrailingMarker(block: Block, file: VFile, revert?: ReadonlySet<string>): boolean {
  const length = trailingMarker(block.value)
  return length > 0 && removeMarker(block, block.value.length - length, block.value.length, 'end', file, revert)
}

function removeMarker(block: Block, from: number, to: number, where: 'start' | 'end', file: VFile, revert: ReadonlySet<string> | undefined, askOnly = false): boolean {
  const span = sourceSpan(block, from, to)
  if (span === undefined) return false
  const marker = block.value.slice(from, to)
  const init: RecordInit = {
    level: 'info',
    kind: 'marker',
    message: `continuation marker “${marker.trim()}” removed from the ${where} of a paragraph`,
    start: span[0],
    end: span[1],
    actual: marker,
    expected: [],
    blockId: block.data.id,
  }
  if (!proposeChange(file, revert, init)) return false
  if (!askOnly) record(file, { ...init, removed: replaceText(block, from, to, '') })
  return true
}

/** A folio's page field: 第 2 版, 第四版, 第A04版, A04版. */
const FOLIO_PAGE = /第\s*([A-Za-zＡ-Ｚａ-ｚ]?\s*(?:[0-9０-９]{1,3}|[〇零一二三四五六七八九十百]{1,5}))\s*版|(?:^|[\s\u3000])([A-Za-z][0-9]{1,2})版/

/** The one page the page's folios name (第 2 版 → 2), or undefined when they name none or several. */
function folioPage(blocks: Block[]): string | undefined {
  let page: string | undefined
  for (const block of blocks) {
    // (cheap first: a furniture line naming a 版)
    if (block.kind !== 'furniture' || !block.value.includes('版')) continue
    const match = FOLIO_PAGE.exec(block.value)
    const named = match ? pageNamed(match[1] ?? match[2]) : undefined
    if (named === undefined) continue
    if (page !== undefined && page !== named) return undefined
    page = named
  }
  return page
}

export function stripBlocks(blocks: Block[], file: VFile, revert?: ReadonlySet<string>): Block[] {
  const kept: Block[] = []
  let bringsIn: string | undefined | false = false
  // a paragraph brought back from a page other than the one the folio names goes on an article of
  // that page: it continues no paragraph of this one (a page of several folios is not read so)
  let page = blocks.some((block) => block.data.jumpsIn || block.kind === 'marker') ? folioPage(blocks) : undefined
  // (unless a marker of the file sends a paragraph on to that very page: the file holds the page it
  // was sent from too, （转第二版） … 第二版　某某报 … （上接第一版）, and its folio names the second only)
  if (page !== undefined && blocks.some((block) => sentTo(block) === page)) page = undefined
  for (const block of blocks) {
    // (a photo's caption and credit set between the marker line and the paragraph it brings are stepped over:
    // （上接第1版） / ▲某某在现场… / （通讯员 某某 摄） / 业面，…)
    if (bringsIn !== false && (block.kind === 'caption' || block.kind === 'credit')) {
      kept.push(block)
      continue
    }
    if (block.kind !== 'marker' && block.kind !== 'furniture') {
      // (the paragraph under a marker line that brings it from another page, （上接第1版）)
      if (bringsIn !== false && block.kind === 'body') {
        block.data.jumpsIn = true
        block.data.jumpsFrom = bringsIn
      }
      if (page !== undefined && block.data.jumpsIn && block.data.jumpsFrom !== undefined && block.data.jumpsFrom !== page) block.data.jumpsFromOtherPage = true
      bringsIn = false
      kept.push(block)
      continue
    }
    // a marker line sending the paragraph above it to another page (（下转第2版）) is join's to
    // settle, as a marker at a paragraph's end is
    if (block.kind === 'marker' && sendsOn(block.value) && kept[kept.length - 1]?.kind === 'body') {
      kept.push(block)
      continue
    }
    if (!removeLine(block, file, revert)) {
      kept.push(block)
      continue
    }
    if (block.kind === 'marker' && bringsBack(block.value)) bringsIn = pageNamed(block.value)
    // (a headline reprinted over the jump, brought by the marker that opened its line: the text under it is brought)
    if (block.kind === 'furniture' && block.data.jumpsIn) bringsIn = block.data.jumpsFrom
  }
  return kept
}

/** The page a marker line, or a paragraph's marker at its end, sends the text on to (（下转第2版） → 2). */
function sentTo(block: Block): string | undefined {
  if (block.kind === 'marker') return sendsOn(block.value) ? pageNamed(block.value) : undefined
  if (block.kind !== 'body') return undefined
  const length = trailingMarker(block.value)
  return length > 0 ? pageNamed(block.value.slice(block.value.length - length)) : undefined
}

/** Asks whether a marker or furniture line may be removed (no editor's decision keeps it). */
export function mayRemoveLine(block: Block, file: VFile, revert?: ReadonlySet<string>): boolean {
  return proposeChange(file, revert, lineRemoval(block))
}

/** Removes a marker or furniture line with its record; false when an editor's decision keeps it. */
export function removeLine(block: Block, file: VFile, revert?: ReadonlySet<string>): boolean {
  const init = lineRemoval(block)
  if (!proposeChange(file, revert, init)) return false
  record(file, init)
  return true
}

function lineRemoval(block: Block): RecordInit {
  if (block.kind === 'marker') return blockRemoval(block, 'marker', `continuation marker “${block.value}” removed`)
  const init = blockRemoval(block, 'furniture', `page furniture “${block.value}” removed`)
  return block.data.doubt === undefined ? init : { ...init, level: 'warning', message: `${init.message} (${block.data.doubt}) — editor to check` }
}

/** Continuation markers cut by a line break or set inside paragraphs, before the blocks are classified. */
export const stripInline = defineStage('strip', (tree, file, options) => {
  tree.children = stripFrontMatter(tree.children, file, options.revert)
  tree.children = stripMarkersInText(tree.children, file, options.revert)
})

/**
 * The front matter a Markdown exporter set over the page (segment marks its lines: --- / title: "某某_某某网" /
 * description: "…" / ---) is the export's metadata: its title and description copy the page's own headline and lead,
 * its source and dates are the exporter's. It goes, a line a record; a line an editor keeps stays as text.
 */
function stripFrontMatter(blocks: Block[], file: VFile, revert: ReadonlySet<string> | undefined): Block[] {
  return blocks.filter((block) => {
    if (!block.data.frontMatter) return true
    const init = blockRemoval(block, 'furniture', `front matter of a Markdown export “${block.value}” removed (the export's metadata, not the text)`)
    if (!proposeChange(file, revert, init)) {
      block.data.frontMatter = undefined
      return true
    }
    record(file, init)
    return false
  })
}

/**
 * Continuation markers in the text: cut by a line break (stripCutMarkers), then set at the start or
 * the end of a paragraph (stripInlineMarkers). Before classify, and again in settle after a join.
 */
export function stripMarkersInText(blocks: Block[], file: VFile, revert?: ReadonlySet<string>): Block[] {
  const kept = stripCutMarkers(blocks, file, revert)
  for (const block of kept) {
    stripInlineMarkers(block, file, revert)
    stripLinkTail(block, file, revert)
    stripCopyLinkButton(block, file, revert)
  }
  return kept
}

/** A forum's button to copy the thread's link, set after its title in brackets: …周末可以去逛逛 [复制链接]. */
const COPY_LINK_BUTTON = /(?<=\S)[ \u3000]+[[【](?:复制链接|复制本帖链接|复制网址|复制地址)[\]】]$/

function stripCopyLinkButton(block: Block, file: VFile, revert: ReadonlySet<string> | undefined): void {
  if (!block.value.includes('复制')) return
  const match = COPY_LINK_BUTTON.exec(block.value)
  if (match) removeTail(block, match.index, (tail) => `a site's button “${tail}” removed from the end of a line`, file, revert)
}

/**
 * A microblog's links glued after the post's last sentence, each after the letter its icon was saved as
 * (…畅通。O网页链接 L某某的微博视频, …。收起d): the platform's, not the text's. Only after a finished
 * sentence, and only these fixed words.
 */
const LINK_TAIL = /(?<=[。！？!?”」』）)])(?:[\s\u3000]*(?:O网页链接|L[^\s。！？，,]{1,24}的(?:微博视频|秒拍视频|视频)|收起d))+[\s\u3000]*$/

function stripLinkTail(block: Block, file: VFile, revert: ReadonlySet<string> | undefined): void {
  // (cheap first: the letters and words the links are saved with, in the paragraph's last characters)
  const end = block.value.length > 80 ? block.value.slice(-80) : block.value
  if (!(end.includes('网页链接') || end.includes('视频') || end.includes('收起d'))) return
  const match = LINK_TAIL.exec(block.value)
  if (match) removeTail(block, match.index, (tail) => `a microblog's links “${tail}” removed from the end of a paragraph`, file, revert)
}

/** Removes a block's text from `from` to its end, the site's, recorded with the message made from the text removed. */
function removeTail(block: Block, from: number, message: (tail: string) => string, file: VFile, revert: ReadonlySet<string> | undefined): void {
  const span = sourceSpan(block, from, block.value.length)
  if (span === undefined) return
  const tail = block.value.slice(from)
  const init: RecordInit = {
    level: 'info',
    kind: 'furniture',
    message: message(tail.trim()),
    start: span[0],
    end: span[1],
    actual: tail,
    expected: [],
    blockId: block.data.id,
  }
  if (!proposeChange(file, revert, init)) return
  record(file, { ...init, removed: replaceText(block, from, block.value.length, '') })
}

export const strip = defineStage('strip', (tree, file, options) => {
  tree.children = stripBlocks(tree.children, file, options.revert)
  // (a marker cut by a break with a periodical's running head between its parts, （上 / 小说月刊 … ｜ 1 /
  // 接第1版）…: the head is furniture only once classify has read its neighbours, and gone now; the
  // output, cleaned again, has the parts side by side)
  tree.children = stripCutMarkers(tree.children, file, options.revert)
})
