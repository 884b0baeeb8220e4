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

/** The kinds of a headline: the title, its subtitle, a section's heading (Markdown's #, ##). */
/** The box number given a box of fields set into a cut paragraph (segment): past any a page draws with lines. */
export const FIELD_BOX = 1_000_000

/**
 * A line of a box of fields set into a cut paragraph. Such a box has no frame, so the output cleaned again reads it the
 * same; a box drawn with line characters loses its frame in the output.
 */
export function inFieldBox(block: Block): boolean {
  return block.data.boxed !== undefined && block.data.boxed >= FIELD_BOX
}

export const HEADING_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['title', 'subtitle', 'heading'])

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
    /** Set by strip on a paragraph that opened with a continuation marker (（上接第1版）…). */
    jumpsIn?: boolean
    /**
     * Set by strip on such a paragraph when the page's folio names one page and the marker another
     * (（上接第一版） on 第 2 版): it goes on an article from that page, and continues no paragraph of this one.
     */
    jumpsFromOtherPage?: boolean
    /** The page the marker that brought it named (pageNamed: 1, A4), when it names one. */
    jumpsFrom?: string
    /**
     * Set by join on a block of a run printed again later on the page that stood between the halves
     * of a paragraph it joined (a misplaced copy): dedup removes it and keeps the later one, in place.
     */
    wedgedCopy?: boolean
    /**
     * Set by classify on a line read as a table's row by its neighbours (a header row, 品名　批发价　零售价,
     * or a row with one figure, 猪肉　28.00元/公斤　较上周持平): its spaces set its cells apart.
     */
    row?: boolean
    /**
     * Set by classify on the headline a web page's frame found (markWebArticle): settle reads the page again
     * without the chrome that told it a web page, and the headline stays one.
     */
    headline?: boolean
    /**
     * Set by classify on a heading the page's own table of contents lists (readTableOfContents), with the kind it
     * took then: settle reads the page again without the contents, and the heading stays one of that kind (a piece's
     * title where no headline stood over the contents, an issue's list of its pieces).
     */
    listed?: 'heading' | 'title'
    /**
     * Set by classify's web frame on a headline's second line when the page prints the two lines whole again as one
     * (a preview's headline over two lines, the full text's on one): join joins them.
     */
    headlineWrap?: boolean
    /**
     * Set by classify on a row of a run of a government site's document fields (markFieldRows: 索 引 号：→… 主题分类：→…):
     * the web frame takes none for the page's dateline, though a date may be among the fields.
     */
    documentFields?: boolean
    /**
     * Set by classify on furniture read on weaker evidence than its own shape (a forwarder's note over the mail it
     * forwards): strip removes it with a warning, for the editor to check, and says why.
     */
    doubt?: string
    /**
     * Set by segment on a line of the front matter a Markdown exporter sets over the page (--- / title: "…" / tags: /
     * ---): strip removes it before anything reads the page.
     */
    frontMatter?: boolean
    /** The first text under a screen's head printed again (a screenshot's status bar): where a screen's overlap repeats the last one's end. */
    screenTop?: boolean
    /**
     * Set by segment on the lines of a box drawn with line characters (┌── 数据链接 ──┐ … └──┘): which
     * box of the page, from 0. A box set into a column between the halves of a cut paragraph is
     * stepped over by join, as a caption is, and follows the joined paragraph. A box of fields set into a cut
     * paragraph (no frame) is numbered from FIELD_BOX.
     */
    boxed?: number
    /**
     * Set by join on a paragraph that ends mid-sentence and was joined to nothing; 'elsewhere': its
     * continuation marker (…（下转第2版）) sends it to a page this one does not hold, and stays.
     */
    unjoined?: 'ambiguous' | 'not-found' | 'elsewhere'
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

/** A replacement of value[start, end) by `replacement`. */
export interface TextEdit {
  start: number
  end: number
  replacement: string
}

/**
 * Replacements of one block's text made together, each recorded as if made alone. A stage that
 * makes many edits in one block (a line of 60,000 half-width commas, 20,000 `&nbsp;`) would rebuild
 * the text and its source map once per edit with `replaceText`, in time growing with the square of
 * the line; here they are kept pending and the text is rebuilt once.
 *
 * Edits are taken right to left, as a stage applying them one by one does, so that each edit's
 * offsets still hold when it is made. While edits are pending, `value` and `map` are the block's
 * as they were; what an edit needs of the text as it is by then (its removed pieces, the nearest
 * source character to its right) is read through `replace` and `nearestSource`. An edit that
 * overlaps the pending ones first applies them, so the result is the same as one `replaceText` per
 * edit in every case (test/block.test.ts compares the two).
 */
export class TextEdits {
  /** Accepted edits not yet applied, right to left. */
  private pending: TextEdit[] = []

  constructor(readonly block: Block) {}

  /** Makes the block's text current for an edit ending at `end`, taken after all pending ones. */
  prepare(end: number): void {
    const last = this.pending[this.pending.length - 1]
    // (an insertion at the start of the last one goes before its replacement, as it would)
    if (last && end > last.start) this.flush()
  }

  /** The source pieces that value[start, end) came from: what replacing it removes. */
  private removedAt(start: number, end: number): SourcePiece[] {
    return piecesOf(this.block.data.map.slice(start, end), this.block.value.slice(start, end))
  }

  /**
   * The source offset an insertion at `at` is recorded at: that of the first source character at
   * or after it in the text as it now is (pending edits applied), else just after the last one
   * before it, else the block's start.
   */
  nearestSource(at: number): number {
    const map = this.block.data.map
    let i = at
    // pending edits are right to left: the nearest to the right of `at` is the last one
    for (let k = this.pending.length - 1; k >= 0; k--) {
      const edit = this.pending[k]
      for (; i < edit.start; i++) if (map[i] >= 0) return map[i]
      // (its replacement is inserted text, and what it replaced is gone)
      i = Math.max(i, edit.end)
    }
    for (; i < map.length; i++) if (map[i] >= 0) return map[i]
    for (let j = at - 1; j >= 0; j--) if (map[j] >= 0) return map[j] + 1
    return this.block.position.start.offset ?? 0
  }

  /** Accepts an edit prepared with `prepare`; returns the source pieces it removes. */
  replace(edit: TextEdit): SourcePiece[] {
    const removed = this.removedAt(edit.start, edit.end)
    this.pending.push(edit)
    return removed
  }

  /** Applies the pending edits: the text and its map are rebuilt once. */
  flush(): void {
    if (this.pending.length === 0) return
    const { value } = this.block
    const { map } = this.block.data
    const parts: string[] = []
    const nextMap: number[] = []
    let at = 0
    for (let k = this.pending.length - 1; k >= 0; k--) {
      const edit = this.pending[k]
      parts.push(value.slice(at, edit.start), edit.replacement)
      for (let i = at; i < edit.start; i++) nextMap.push(map[i])
      for (let i = 0; i < edit.replacement.length; i++) nextMap.push(-1)
      at = edit.end
    }
    parts.push(value.slice(at))
    for (let i = at; i < map.length; i++) nextMap.push(map[i])
    this.block.value = parts.join('')
    this.block.data.map = nextMap
    this.pending = []
  }
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
