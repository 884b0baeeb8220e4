/**
 * The page tree: a unist root whose children are blocks. Each block carries, beside its text, a
 * source map: for every character of `value`, the offset in the decoded source it came from, or -1
 * when a stage inserted it. Restore rebuilds the input from these maps plus the removed text that
 * every change record keeps, so a stage may only change text through `replaceText`.
 */
import type { Position } from 'unist'

export type BlockKind =
  | 'title'
  | 'subtitle'
  | 'heading'
  | 'byline'
  | 'label'
  | 'caption'
  | 'credit'
  | 'marker'
  | 'furniture'
  | 'body'
  /** A line of a poem: a paragraph of its own, never joined to the next line. */
  | 'verse'

export interface SourcePiece {
  /** Offset in the decoded source text. */
  offset: number
  text: string
}

export interface Block {
  type: 'block'
  kind: BlockKind
  value: string
  position: Position
  data: {
    /** Source offset of each character of `value` (-1: inserted by a stage). */
    map: number[]
    /** Heading depth the source gave it (Markdown `#`), if any. */
    depth?: number
    /** Stable id: the source offset of the block's first character at segmentation. */
    id: string
    /** Set by join on a paragraph that ends mid-sentence and was joined to nothing. */
    unjoined?: 'ambiguous' | 'not-found'
  }
}

export interface PageTree {
  type: 'root'
  children: Block[]
  data?: Record<string, unknown>
}

export function createBlock(value: string, offset: number, position: Position, depth?: number): Block {
  // (a plain loop: Array.from with a mapping function costs a call per character)
  const map: number[] = []
  for (let i = 0; i < value.length; i++) map.push(offset + i)
  return { type: 'block', kind: 'body', value, position, data: { map, depth, id: 'b' + offset } }
}

/**
 * Replaces value[start, end) by `replacement` and returns the source pieces that left the text, so
 * the caller can store them in its change record.
 */
export function replaceText(block: Block, start: number, end: number, replacement: string): SourcePiece[] {
  const removed = piecesOf(block.data.map.slice(start, end), block.value.slice(start, end))
  block.value = block.value.slice(0, start) + replacement + block.value.slice(end)
  block.data.map.splice(start, end - start, ...Array.from({ length: replacement.length }, () => -1))
  return removed
}

/**
 * The source range [start, end) that value[from, to) came from: from its first character with a
 * source offset to its last; undefined when the stretch holds only inserted characters (each caller
 * says where such a change is recorded).
 */
export function sourceSpan(block: Block, from: number, to: number): [number, number] | undefined {
  const map = block.data.map
  let first = from
  while (first < to && map[first] < 0) first++
  if (first === to) return undefined
  let last = to - 1
  while (map[last] < 0) last--
  return [map[first], map[last] + 1]
}

/** Appends `other` (and optional glue text, inserted) to `block`; positions are widened. */
export function appendBlock(block: Block, other: Block, glue = ''): void {
  block.value += glue + other.value
  block.data.map.push(...Array.from({ length: glue.length }, () => -1), ...other.data.map)
  block.position = spanPosition(block.position, other.position)
}

export function spanPosition(a: Position, b: Position): Position {
  const start = a.start.offset! <= b.start.offset! ? a.start : b.start
  const end = a.end.offset! >= b.end.offset! ? a.end : b.end
  return { start, end }
}

/** Groups characters whose source offsets follow each other into pieces; inserted characters are dropped. */
export function piecesOf(map: number[], text: string): SourcePiece[] {
  const pieces: SourcePiece[] = []
  for (let i = 0; i < map.length; i++) {
    const offset = map[i]
    if (offset < 0) continue
    const last = pieces[pieces.length - 1]
    if (last && last.offset + last.text.length === offset) last.text += text[i]
    else pieces.push({ offset, text: text[i] })
  }
  return pieces
}

/** All source pieces still present in a block. */
export function keptPieces(block: Block): SourcePiece[] {
  return piecesOf(block.data.map, block.value)
}
