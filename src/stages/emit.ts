/**
 * emit: page blocks -> mdast. Each article's title is a level-1 heading, subtitles and section
 * headings level 2; bylines, labels, captions, credits and body are paragraphs, each its own block.
 * The final blocks are kept on `file.data.blocks` for the report and restore.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast'
import type { Plugin } from 'unified'
import type { Block, PageTree } from '../kernel/block.js'

export function blocksToMdast(blocks: Block[]): Root {
  const children: RootContent[] = blocks.map((block) => {
    const text = { type: 'text' as const, value: block.value, position: block.position }
    if (block.kind === 'title' || block.kind === 'subtitle' || block.kind === 'heading') {
      const depth = (block.kind === 'title' ? 1 : 2) as Heading['depth']
      return { type: 'heading', depth, children: [text], position: block.position } satisfies Heading
    }
    return { type: 'paragraph', children: [text], position: block.position } satisfies Paragraph
  })
  return { type: 'root', children }
}

export const emit: Plugin<[], PageTree, Root> = function () {
  return (tree, file) => {
    file.data.blocks = tree.children
    return blocksToMdast(tree.children)
  }
}
