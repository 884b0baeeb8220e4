/**
 * The cleaning pipeline: a chain of unified plugins over the page tree. The kernel knows nothing of
 * files: text in, Markdown and change records out.
 */
import { unified } from 'unified'
import remarkStringify from 'remark-stringify'
import { VFile } from 'vfile'
import type { Block, PageTree } from './kernel/block.js'
import { resolveOptions, type CleanOptions } from './kernel/options.js'
import type { ScancleanMessage } from './kernel/record.js'
import type { SourcePiece } from './kernel/block.js'
import { segment } from './stages/segment.js'
import { classify } from './stages/classify.js'
import { strip, stripInline } from './stages/strip.js'
import { join } from './stages/join.js'
import { dedup } from './stages/dedup.js'
import { settle } from './stages/settle.js'
import { across } from './stages/across.js'
import { normalise } from './stages/normalise.js'
import { flagOpen } from './stages/flag-open.js'
import { emit, writeText } from './stages/emit.js'

export interface CleanResult {
  markdown: string
  blocks: Block[]
  records: ScancleanMessage[]
  layout: SourcePiece[]
  file: VFile
}

/**
 * The stages up to the across-page check. A batch with --across cleans a page this far, compares its
 * paragraphs with the earlier pages', then finishes it knowing what to drop: the page goes through
 * the pipeline once, and the output is that of the whole chain run with the drops.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function useFront(processor: any, options: CleanOptions): any {
  return processor
    .use(segment, options)
    .use(stripInline, options)
    .use(classify, options)
    .use(strip, options)
    .use(join, options)
    .use(dedup, options)
    .use(settle, options)
}

/** The stages from the across-page check on, and the Markdown writer. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function useBack(processor: any, options: CleanOptions): any {
  return processor
    .use(across, options)
    .use(flagOpen)
    .use(normalise, options)
    .use(emit)
    .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true, handlers: { text: writeText } })
}

export function createProcessor(options: CleanOptions = resolveOptions()) {
  return useBack(useFront(unified(), options), options) as ReturnType<typeof unified>
}

export function cleanText(text: string, options: CleanOptions = resolveOptions(), path?: string): CleanResult {
  return finishClean(startClean(text, options, path), options)
}

/** A page cleaned up to the across-page check. */
export interface StartedClean {
  tree: PageTree
  file: VFile
}

export function startClean(text: string, options: CleanOptions = resolveOptions(), path?: string): StartedClean {
  const file = new VFile({ value: text, path })
  const processor = useFront(unified(), options)
  const tree = processor.runSync(processor.parse(file), file) as PageTree
  return { tree, file }
}

/** The rest of the chain on a started page; `options.across.drop` names what other pages printed. */
export function finishClean(started: StartedClean, options: CleanOptions = resolveOptions()): CleanResult {
  const { file } = started
  const processor = useBack(unified(), options)
  const tree = processor.runSync(started.tree, file)
  let markdown = processor.stringify(tree, file) as string
  if (markdown.trim() === '') markdown = ''
  return {
    markdown,
    blocks: (file.data.blocks as Block[]) ?? [],
    records: file.messages as ScancleanMessage[],
    layout: (file.data.layout as SourcePiece[]) ?? [],
    file,
  }
}
