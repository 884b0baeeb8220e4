/**
 * settle: classify, join and dedup again, in turn, until none of them changes the page. Removing a
 * copy can bring the halves of a cut paragraph together, or move a complete copy up next to its
 * continuation; a join can make a copy whole; either changes the neighbours that kinds were read
 * from. The output, cleaned again, is read in that final state, so cleaning must reach it the first
 * time (idempotence). Each round's records carry the rule that made them.
 */
import type { Plugin, Transformer } from 'unified'
import type { PageTree } from '../kernel/block.js'
import type { CleanOptions } from '../kernel/options.js'
import { withRule } from '../kernel/record.js'
import { isMarkerLine, reclassifyBlocks } from './classify.js'
import { joinRounds, linesRemovedSince } from './join.js'
import { dedupBlocks, dedupChanges, withdrawStaleFlags } from './dedup.js'
import { stripBlocks, stripMarkersInText } from './strip.js'

/** Rounds are few in practice (none or one, seldom two); this bounds a pathological page. */
const MAX_ROUNDS = 4

export const settle: Plugin<[CleanOptions], PageTree, PageTree> = function (options) {
  const transformer: Transformer<PageTree, PageTree> = (tree, file) => {
    // join and dedup say how many blocks they took out; none: the page is as classify read it
    let removed = (file.data.dedupRemoved as number | undefined) ?? 0
    const joins = (file.data.joined as number | undefined) ?? 1
    if (removed === 0 && !joins) return
    for (let pass = 0; pass < MAX_ROUNDS; pass++) {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const kindsChanged = withRule('classify', () => reclassifyBlocks(tree.children, options))
        if (!kindsChanged && removed === 0) break
        const before = tree.children.length
        const joinFrom = file.messages.length
        tree.children = withRule('join', () => joinRounds(tree.children, file, options))
        const joined = tree.children.length
        const dedupFrom = file.messages.length
        tree.children = withRule('dedup', () => dedupBlocks(tree.children, file, options))
        // (a line printed twice that join took out changes the page as a copy removed does)
        removed = dedupChanges(file, dedupFrom, joined - tree.children.length) + linesRemovedSince(file, joinFrom)
        if (joined === before && removed === 0 && !kindsChanged) break
      }
      // a join, or a copy removed from between them, may have brought together the two parts of a
      // continuation marker cut by the break: strip takes them as it takes them before (cut, in a
      // paragraph or on a line of its own), and the page, changed, is settled again
      const recorded = file.messages.length
      withRule('strip', () => {
        tree.children = stripMarkersInText(tree.children, file, options.revert)
        for (const block of tree.children) if (isMarkerLine(block.value)) block.kind = 'marker'
        tree.children = stripBlocks(tree.children, file, options.revert)
      })
      if (file.messages.length === recorded) break
      removed = 1
    }
    withdrawStaleFlags(file)
  }
  return transformer
}
