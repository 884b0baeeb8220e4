/**
 * across: paragraphs printed on an earlier page of the batch (a reprint, an edition, a page scanned
 * twice) leave this page. The stage decides nothing by itself: the batch finds the copies with an
 * index over all pages (src/across/), from the signature of the page cleaned up to this stage
 * (startPage, collectSignature), and finishes the page naming the blocks to drop, each with its
 * earlier copy; the stage records each removal (kind 'duplicate', rule 'across', the twin's page and
 * place) unless an editor's decision reverted it, and takes with a removed run the heading that
 * stood before the earlier copy too. With `collect` it also hands back the page's signature (for a
 * caller running the whole chain). Without across options it does nothing.
 */
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { HEADING_KINDS, type Block } from '../kernel/block.js'
import { duplicateRemoval, proposeChange, record, recordId, type RecordInit, type Twin } from '../kernel/record.js'
import { defineStage } from '../kernel/stage.js'
import { foldForCompare } from '../kernel/text.js'
import { bandKeys, signature } from '../across/minhash.js'
import { MIN_LENGTH } from '../across/judge.js'
import type { AcrossStageOptions, AcrossTwin, HeadInfo, PageSignature, ParagraphInfo, Place6 } from '../across/types.js'

declare module '../kernel/options.js' {
  interface CleanOptions {
    /** Set by the batch with --across (see src/stages/across.ts). */
    across?: AcrossStageOptions
  }
}

export const ACROSS_RULE = 'across'

const COMPARED = new Set(['body', 'caption'])
/** How far before a paragraph its heading may stand (blocks), as in the within-page dedup. */
const HEAD_WINDOW = 5

export function toPlace6(p: Position): Place6 {
  return [p.start.line, p.start.column, p.start.offset ?? 0, p.end.line, p.end.column, p.end.offset ?? 0]
}

export function fromPlace6(p: Place6): Position {
  return { start: { line: p[0], column: p[1], offset: p[2] }, end: { line: p[3], column: p[4], offset: p[5] } }
}

/**
 * The id the removal of this paragraph gets (the batch needs it to know, before the re-run, which
 * removals an editor reverted). Same formula as record.ts for a removal: expected is [].
 */
export function acrossRecordId(paragraph: Pick<ParagraphInfo, 'text' | 'place'>): string {
  return recordId(ACROSS_RULE, paragraph.place[2], paragraph.place[5], paragraph.text, '')
}

function headBefore(blocks: Block[], i: number): HeadInfo | undefined {
  for (let j = i - 1; j >= 0 && j >= i - HEAD_WINDOW; j--) {
    const b = blocks[j]
    if (HEADING_KINDS.has(b.kind)) return { id: b.data.id, text: b.value, place: toPlace6(b.position) }
  }
  return undefined
}

export function collectSignature(blocks: Block[]): PageSignature {
  const paragraphs: ParagraphInfo[] = []
  let comparable = 0
  blocks.forEach((block, i) => {
    if (!COMPARED.has(block.kind)) return
    const folded = foldForCompare(block.value)
    comparable += folded.length
    if (folded.length < MIN_LENGTH) return
    paragraphs.push({
      id: block.data.id,
      text: block.value,
      place: toPlace6(block.position),
      keys: bandKeys(signature(folded)),
      head: headBefore(blocks, i),
    })
  })
  return { paragraphs, comparable }
}

function twinOf(twin: { page: string; blockId: string; place: Place6; text: string }): Twin {
  return { page: twin.page, blockId: twin.blockId, place: fromPlace6(twin.place), text: twin.text }
}

function removal(block: Block, twin: Twin, message: string, note: string, score: number, containment: number): RecordInit {
  return duplicateRemoval(block, twin, { message, note, score, containment })
}

export function dropBlocks(blocks: Block[], file: VFile, drop: Record<string, AcrossTwin>, revert?: ReadonlySet<string>): Block[] {
  const gone = new Map<number, AcrossTwin>()
  blocks.forEach((block, i) => {
    const twin = Object.prototype.hasOwnProperty.call(drop, block.data.id) ? drop[block.data.id] : undefined
    if (!twin || !COMPARED.has(block.kind)) return
    const similarity =
      twin.score === 1
        ? 'identical text'
        : twin.reason === 'near copy'
          ? `similarity ${twin.score.toFixed(2)}`
          : `${Math.round(twin.containment * 100)} % of it found there`
    const init = removal(
      block,
      twinOf(twin),
      `${twin.reason} removed: printed earlier on page ${twin.page}, line ${twin.place[0]} (${similarity})`,
      twin.reason,
      twin.score,
      twin.containment,
    )
    if (!proposeChange(file, revert, init)) return
    record(file, init)
    gone.set(i, twin)
  })
  // a heading that stood before the earlier copy too goes with the run it heads
  blocks.forEach((block, i) => {
    if (!HEADING_KINDS.has(block.kind)) return
    let next = i + 1
    while (next < blocks.length && !COMPARED.has(blocks[next].kind)) next++
    const twin = gone.get(next)
    if (!twin?.head || foldForCompare(twin.head.text) !== foldForCompare(block.value)) return
    const head = { page: twin.page, blockId: twin.head.id, place: twin.head.place, text: twin.head.text }
    const init = removal(
      block,
      twinOf(head),
      `heading reprinted with its paragraphs removed: printed earlier on page ${twin.page}, line ${twin.head.place[0]}`,
      'heading reprinted with its paragraphs',
      1,
      1,
    )
    if (!proposeChange(file, revert, init)) return
    record(file, init)
    gone.set(i, twin)
  })
  return gone.size === 0 ? blocks : blocks.filter((_, i) => !gone.has(i))
}

export const across = defineStage(ACROSS_RULE, (tree, file, options) => {
  const opts = options.across
  if (!opts) return
  if (opts.drop) tree.children = dropBlocks(tree.children, file, opts.drop, options.revert)
  if (opts.collect) opts.collect.signature = collectSignature(tree.children)
})
