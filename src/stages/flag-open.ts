/**
 * flag-open: a paragraph that still ends mid-sentence after joining and deduplication is kept as it
 * is and flagged, so that the editor looks for its lost or misplaced continuation.
 */
import type { VFile } from 'vfile'
import type { Block } from '../kernel/block.js'
import { record } from '../kernel/record.js'
import { defineStage } from '../kernel/stage.js'

const MESSAGES = {
  ambiguous: 'paragraph ends mid-sentence; several blocks could continue it, none was joined',
  'not-found': 'paragraph ends mid-sentence; its continuation was not found',
  elsewhere: 'paragraph ends mid-sentence and goes on on another page: its continuation marker is kept, and the paragraph under it is not taken for its continuation',
}

export function flagOpenBlocks(blocks: Block[], file: VFile): void {
  for (const block of blocks) {
    if (!block.data.unjoined) continue
    const end = block.position.end.offset!
    record(file, {
      level: 'warning',
      kind: 'flag',
      message: MESSAGES[block.data.unjoined],
      start: Math.max(0, end - 1),
      end,
      actual: block.value.slice(-16),
      expected: [block.value.slice(-16)],
      blockId: block.data.id,
    })
  }
}

export const flagOpen = defineStage('flag-open', (tree, file) => flagOpenBlocks(tree.children, file))
