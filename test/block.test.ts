import { describe, expect, it } from 'vitest'
import { createBlock, replaceText, TextEdits, type Block, type SourcePiece, type TextEdit } from '../src/kernel/block.js'

// TextEdits must leave a block, and give each record, exactly what one replaceText per edit does:
// restore and the report rest on both
function blockOf(value: string, offset = 10): Block {
  const block = createBlock(value, offset, { start: { line: 1, column: 1, offset }, end: { line: 1, column: 1 + value.length, offset: offset + value.length } })
  // an inserted character in the middle, as a join leaves
  block.value = value.slice(0, 3) + ' ' + value.slice(3)
  block.data.map.splice(3, 0, -1)
  return block
}

/** The old way: one edit at a time, right to left, nearest source read from the map as it is. */
function oneByOne(block: Block, edits: TextEdit[]): Array<{ removed: SourcePiece[]; near: number }> {
  return edits.map((edit) => {
    const map = block.data.map
    let near = -2
    for (let i = edit.start; i < map.length && near === -2; i++) if (map[i] >= 0) near = map[i]
    for (let i = edit.start - 1; i >= 0 && near === -2; i--) if (map[i] >= 0) near = map[i] + 1
    if (near === -2) near = block.position.start.offset!
    return { near, removed: replaceText(block, edit.start, edit.end, edit.replacement) }
  })
}

function together(block: Block, edits: TextEdit[]): Array<{ removed: SourcePiece[]; near: number }> {
  const changes = new TextEdits(block)
  const out = edits.map((edit) => {
    changes.prepare(edit.end)
    const near = changes.nearestSource(edit.start)
    return { near, removed: changes.replace(edit) }
  })
  changes.flush()
  return out
}

function randomEdits(random: () => number, length: number): TextEdit[] {
  const count = 1 + Math.floor(random() * 6)
  const edits: TextEdit[] = []
  for (let k = 0; k < count; k++) {
    const start = Math.floor(random() * (length + 1))
    const end = Math.min(length, start + Math.floor(random() * 3))
    edits.push({ start, end, replacement: ['', '，', '——', ' '][Math.floor(random() * 4)] })
  }
  // right to left, as the stages take them; equal starts and overlaps are kept on purpose
  return edits.sort((a, b) => b.start - a.start)
}

describe('TextEdits', () => {
  it('applies many edits of one line as many replaceText calls would', () => {
    const block = blockOf('今天,天气很好,我们去公园,好吗?')
    const changes = new TextEdits(block)
    for (const at of [17, 14, 8]) {
      changes.prepare(at + 1)
      changes.replace({ start: at, end: at + 1, replacement: at === 17 ? '？' : '，' })
    }
    // nothing is applied before the flush
    expect(block.value).toBe('今天, 天气很好,我们去公园,好吗?')
    changes.flush()
    expect(block.value).toBe('今天, 天气很好，我们去公园，好吗？')
    expect(block.data.map.filter((m) => m < 0)).toHaveLength(4)
  })

  it('gives the same text, map, removed pieces and nearest sources as one edit at a time, overlaps and insertions included', () => {
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    for (let round = 0; round < 2000; round++) {
      const text = '一二三四五六七八九十甲乙丙丁'.slice(0, 4 + Math.floor(random() * 10))
      const edits = randomEdits(random, text.length + 1)
      const a = blockOf(text)
      const b = blockOf(text)
      const expected = oneByOne(a, edits)
      const actual = together(b, edits)
      expect({ value: b.value, map: b.data.map, records: actual }, JSON.stringify(edits)).toEqual({ value: a.value, map: a.data.map, records: expected })
    }
  })

  it('takes the nearest source to the right past the pending edits, as the text then reads', () => {
    const block = blockOf('abcdefgh', 0)
    const changes = new TextEdits(block)
    // 'abc defgh': the space at 3 is inserted, and 'def' after it is replaced by inserted text; an
    // insertion at 3 takes the source of the first character left after them, 'g', not of 'd'
    changes.prepare(7)
    changes.replace({ start: 4, end: 7, replacement: 'XY' })
    changes.prepare(3)
    expect(changes.nearestSource(3)).toBe(6)
  })
})
