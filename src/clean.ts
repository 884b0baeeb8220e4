/**
 * The cleaning pipeline: a chain of unified plugins over the page tree. The kernel knows nothing of
 * files: text in, Markdown and change records out.
 */
import { unified } from 'unified'
import remarkStringify from 'remark-stringify'
import { VFile } from 'vfile'
import type { Block } from './kernel/block.js'
import { resolveOptions, type CleanOptions } from './kernel/options.js'
import type { ScancleanMessage } from './kernel/record.js'
import type { SourcePiece } from './kernel/block.js'
import { segment } from './stages/segment.js'
import { classify } from './stages/classify.js'
import { strip } from './stages/strip.js'
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

export function createProcessor(options: CleanOptions = resolveOptions()) {
  return unified()
    .use(segment, options)
    .use(classify, options)
    .use(strip, options)
    .use(join, options)
    .use(dedup, options)
    .use(settle, options)
    .use(across, options)
    .use(flagOpen)
    .use(normalise, options)
    .use(emit)
    .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true, handlers: { text: writeText } })
}

export function cleanText(text: string, options: CleanOptions = resolveOptions(), path?: string): CleanResult {
  const file = new VFile({ value: text, path })
  const processor = createProcessor(options)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const tree = processor.runSync(processor.parse(file) as any, file)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let markdown = processor.stringify(tree as any, file) as string
  if (markdown.trim() === '') markdown = ''
  return {
    markdown,
    blocks: (file.data.blocks as Block[]) ?? [],
    records: file.messages as ScancleanMessage[],
    layout: (file.data.layout as SourcePiece[]) ?? [],
    file,
  }
}
