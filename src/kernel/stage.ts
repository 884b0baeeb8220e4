/**
 * defineStage wraps a transformer so that every record it adds is stamped with the stage's rule id,
 * as unified-lint-rule does for lint rules. A stage is an attacher returning a transformer.
 */
import type { Plugin, Transformer } from 'unified'
import type { VFile } from 'vfile'
import type { PageTree } from './block.js'
import { setCurrentRule } from './record.js'
import type { CleanOptions } from './options.js'

export type StageFn = (tree: PageTree, file: VFile, options: CleanOptions) => void

export function defineStage(origin: string, fn: StageFn): Plugin<[CleanOptions?], PageTree, PageTree> {
  const attacher: Plugin<[CleanOptions?], PageTree, PageTree> = function (options) {
    const transformer: Transformer<PageTree, PageTree> = (tree, file) => {
      const previous = setCurrentRule(origin)
      try {
        fn(tree, file, options ?? ({} as CleanOptions))
      } finally {
        setCurrentRule(previous)
      }
    }
    return transformer
  }
  Object.defineProperty(attacher, 'name', { value: origin.replace(/[^a-z]/gi, '') })
  return attacher
}
