/**
 * defineStage wraps a transformer so that every record it adds is stamped with the stage's rule id,
 * as unified-lint-rule does for lint rules. A stage is an attacher returning a transformer.
 */
import type { Plugin, Transformer } from 'unified'
import type { VFile } from 'vfile'
import type { PageTree } from './block.js'
import { withRule } from './record.js'
import type { CleanOptions } from './options.js'

export type StageFn = (tree: PageTree, file: VFile, options: CleanOptions) => void

export function defineStage(origin: string, fn: StageFn): Plugin<[CleanOptions?], PageTree, PageTree> {
  const attacher: Plugin<[CleanOptions?], PageTree, PageTree> = function (options) {
    const transformer: Transformer<PageTree, PageTree> = (tree, file) => {
      withRule(origin, () => fn(tree, file, options ?? ({} as CleanOptions)))
    }
    return transformer
  }
  Object.defineProperty(attacher, 'name', { value: origin.replace(/[^a-z]/gi, '') })
  return attacher
}
