/**
 * strip: removes what is not part of any article: continuation markers (（上接B1版）), as lines of
 * their own or set at the start or end of a paragraph, and web-page furniture (来源/编辑/主编 lines,
 * 热门跟贴). Each removal is a record holding the removed text.
 */
import type { VFile } from 'vfile'
import { keptPieces, replaceText, sourceSpan, type Block } from '../kernel/block.js'
import { proposeChange, record, type RecordInit } from '../kernel/record.js'
import { defineStage } from '../kernel/stage.js'
import { isFurnitureLine } from './classify.js'

// Set inside a paragraph, a marker is taken only in brackets, with the word that makes it one
// (上接/紧接… at the start, 下转/转… at the end), so that no sentence of the article is taken for one.
const PAGE = '\\s*第?\\s*[A-Za-z0-9０-９一二三四五六七八九十百]{1,4}\\s*(?:版|页|面)[^）)】]{0,8}[）)】]'
const LEADING_WORDS = '上接|接上|紧接|上转|接第|续第|续接'
const TRAILING_WORDS = '下转|转下|转第|转至|转接|下接'
const LEADING_MARKER = new RegExp(`^[（(【]\\s*(?:${LEADING_WORDS})${PAGE}\\s*`)
const TRAILING_MARKER = new RegExp(`\\s*[（(【]\\s*(?:${TRAILING_WORDS})${PAGE}$`)
const WHOLE_MARKER = new RegExp(`^[（(【]\\s*(?:${LEADING_WORDS}|${TRAILING_WORDS})${PAGE}$`)
/** How far from the break the two parts of a cut marker may reach. */
const CUT_MARKER_REACH = 12

/**
 * A marker that the line break cut in two (… （下转 / 第3版） …): its opening ends one block and its
 * close starts the next. Both parts are removed, each with its record, and a block left empty goes.
 * Run before anything else reads the blocks (joined, the parts would make a marker only later), and
 * again after settle (a copy dedup removed may have stood between the parts).
 */
export function stripCutMarkers(blocks: Block[], file: VFile, revert?: ReadonlySet<string>): Block[] {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const a = blocks[i]
    const open = Math.max(a.value.lastIndexOf('（'), a.value.lastIndexOf('('), a.value.lastIndexOf('【'))
    if (open < 0 || open < a.value.length - CUT_MARKER_REACH || /[）)】]/.test(a.value.slice(open))) continue
    // page furniture (a page number, a folio) may stand between the parts: strip removes it; and so
    // may the parts of a marker taken already (emptied: they leave below)
    let next = i + 1
    while (next + 1 < blocks.length && (blocks[next].value.length === 0 || isFurnitureLine(blocks[next].value))) next++
    const b = blocks[next]
    const close = b.value.search(/[）)】]/)
    if (close < 0 || close >= CUT_MARKER_REACH) continue
    const marker = a.value.slice(open) + b.value.slice(0, close + 1)
    if (!WHOLE_MARKER.test(marker)) continue
    const parts: Array<[Block, number, number]> = [
      [a, open, a.value.length],
      [b, 0, close + 1],
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
  const match = LEADING_MARKER.exec(block.value)
  // (a block that is nothing but the marker is a marker line, classify's business)
  if (!match || match[0].length === block.value.length) return
  if (removeMarker(block, 0, match[0].length, 'start', file, revert)) block.data.jumpsIn = true
}

/** The length of the continuation marker at the end of a paragraph (…（下转第2版）), or 0. */
export function trailingMarker(block: Block): number {
  const match = TRAILING_MARKER.exec(block.value)
  return match && match[0].length < block.value.length ? match[0].length : 0
}

/** Asks whether the marker at the end of a paragraph may be removed (no editor's decision keeps it). */
export function mayStripTrailingMarker(block: Block, file: VFile, revert?: ReadonlySet<string>): boolean {
  const length = trailingMarker(block)
  return length > 0 && removeMarker(block, block.value.length - length, block.value.length, 'end', file, revert, true)
}

/** Removes the continuation marker at the end of a paragraph, with its record. */
export function stripTrailingMarker(block: Block, file: VFile, revert?: ReadonlySet<string>): boolean {
  const length = trailingMarker(block)
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

export function stripBlocks(blocks: Block[], file: VFile, revert?: ReadonlySet<string>): Block[] {
  const kept: Block[] = []
  for (const block of blocks) {
    if (block.kind !== 'marker' && block.kind !== 'furniture') {
      kept.push(block)
      continue
    }
    const start = block.position.start.offset!
    const end = block.position.end.offset!
    const init: RecordInit = {
      level: 'info',
      kind: block.kind,
      message:
        block.kind === 'marker'
          ? `continuation marker “${block.value}” removed`
          : `page furniture “${block.value}” removed`,
      start,
      end,
      actual: block.value,
      expected: [],
      removed: keptPieces(block),
      blockId: block.data.id,
    }
    if (proposeChange(file, revert, init)) record(file, init)
    else kept.push(block)
  }
  return kept
}

/** Continuation markers cut by a line break or set inside paragraphs, before the blocks are classified. */
export const stripInline = defineStage('strip', (tree, file, options) => {
  tree.children = stripMarkersInText(tree.children, file, options.revert)
})

/**
 * Continuation markers in the text: cut by a line break (stripCutMarkers), then set at the start or
 * the end of a paragraph (stripInlineMarkers). Before classify, and again in settle after a join.
 */
export function stripMarkersInText(blocks: Block[], file: VFile, revert?: ReadonlySet<string>): Block[] {
  const kept = stripCutMarkers(blocks, file, revert)
  for (const block of kept) stripInlineMarkers(block, file, revert)
  return kept
}

export const strip = defineStage('strip', (tree, file, options) => {
  tree.children = stripBlocks(tree.children, file, options.revert)
})
