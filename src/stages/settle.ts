/**
 * settle: join and dedup again, in turn, until neither changes the page. Removing a copy can bring
 * two halves of a cut paragraph together, or move a complete copy up next to its continuation; a
 * join can make a copy whole. The output, cleaned again, is read in that final state, so cleaning
 * must reach it the first time (idempotence). Each round's records carry the rule that made them.
 */
import type { Plugin, Transformer } from 'unified'
import type { PageTree } from '../kernel/block.js'
import type { CleanOptions } from '../kernel/options.js'
import { setCurrentRule } from '../kernel/record.js'
import { joinRounds } from './join.js'
import { dedupBlocks } from './dedup.js'

/** Rounds are few in practice (one, seldom two); this bounds a pathological page. */
const MAX_ROUNDS = 4

function withRule<T>(rule: string, fn: () => T): T {
  const previous = setCurrentRule(rule)
  try {
    return fn()
  } finally {
    setCurrentRule(previous)
  }
}

export const settle: Plugin<[CleanOptions], PageTree, PageTree> = function (options) {
  const transformer: Transformer<PageTree, PageTree> = (tree, file) => {
    // dedup records how many blocks it took out; none: the page is as join left it
    let changed = (file.data.dedupRemoved as number | undefined) ?? 0
    for (let round = 0; round < MAX_ROUNDS && changed > 0; round++) {
      const before = tree.children.length
      tree.children = withRule('join', () => joinRounds(tree.children, file, options))
      if (tree.children.length === before) break
      const joined = tree.children.length
      tree.children = withRule('dedup', () => dedupBlocks(tree.children, file, options))
      changed = joined - tree.children.length
    }
  }
  return transformer
}
