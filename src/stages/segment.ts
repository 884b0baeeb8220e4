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
import { createBlock, replaceText, type Block, type PageTree, type SourcePiece } from '../kernel/block.js'
import { placeOf, proposeChange, record, setCurrentRule, type RecordInit } from '../kernel/record.js'

const HEADING = /^(#{1,6})[ \t]+/
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~])/g

export const RULE_SEGMENT = 'segment'

export function segmentText(text: string, file: VFile, revert?: ReadonlySet<string>): PageTree {
  const layout: SourcePiece[] = []
  const children: Block[] = []
  const addLayout = (offset: number, piece: string) => {
    if (piece) layout.push({ offset, text: piece })
  }
  let offset = 0
  let singleNewlineRuns = 0
  let previousLineBlank = true
  for (const rawLine of text.split('\n')) {
    const lineStart = offset
    offset += rawLine.length + 1
    // the '\n' after the line is layout (the last line has none)
    const newline = lineStart + rawLine.length < text.length ? '\n' : ''
    const lead = rawLine.match(/^[\s\u3000\ufeff]*/)![0]
    let bodyStart = lead.length
    let bodyEnd = rawLine.length - rawLine.match(/[\s\u3000]*$/)![0].length
    if (bodyEnd <= bodyStart) {
      addLayout(lineStart, rawLine + newline)
      previousLineBlank = true
      continue
    }
    let depth: number | undefined
    const heading = rawLine.slice(bodyStart).match(HEADING)
    if (heading) {
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
    const block = createBlock(value, start, placeOf(file, start, start + value.length), depth)
    children.push(block)
    addLayout(lineStart + bodyEnd, rawLine.slice(bodyEnd) + newline)
  }
  layout.sort((a, b) => a.offset - b.offset)
  file.data.layout = mergePieces(layout)
  const tree: PageTree = { type: 'root', children }

  const previous = setCurrentRule(RULE_SEGMENT)
  try {
    if (singleNewlineRuns > 0) {
      record(file, {
        level: 'info',
        kind: 'layout',
        message: `paragraphs separated by a single newline (${singleNewlineRuns} times) read as separate blocks`,
        start: 0,
        end: 0,
        actual: '',
        expected: [],
      })
    }
    for (const block of children) unescapeMarkdown(block, file, revert)
  } finally {
    setCurrentRule(previous)
  }
  return tree
}

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
