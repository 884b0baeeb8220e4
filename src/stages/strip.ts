/**
 * strip: removes what is not part of any article: continuation markers (（上接B1版）) and web-page
 * furniture (来源/编辑/主编 lines, 热门跟贴). Each removal is a record holding the removed text.
 */
import type { VFile } from 'vfile'
import { keptPieces, type Block } from '../kernel/block.js'
import { proposeChange, record, type RecordInit } from '../kernel/record.js'
import { defineStage } from '../kernel/stage.js'

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

export const strip = defineStage('strip', (tree, file, options) => {
  tree.children = stripBlocks(tree.children, file, options.revert)
})
