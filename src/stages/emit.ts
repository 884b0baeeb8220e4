/**
 * emit: page blocks -> mdast. Each article's title is a level-1 heading, subtitles and section
 * headings level 2; bylines, labels, captions, credits and body are paragraphs, each its own block.
 * The final blocks are kept on `file.data.blocks` for the report and restore.
 */
import type { Heading, Paragraph, Root, RootContent, Text } from 'mdast'
import { defaultHandlers, type Handle, type State, type Unsafe } from 'mdast-util-to-markdown'
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

const riskyOf = new WeakMap<Unsafe[], RegExp>()

/**
 * Text for the Markdown writer. Escaping tries every unsafe pattern on every text, and each pattern
 * needs its own character to match: most of a Chinese page holds none of them, and is written as it
 * is (escaping would give the same: it changes only where a pattern's character or a backslash
 * stands); the rest is escaped with only the patterns whose character it holds, with its context.
 */
export const writeText: Handle = (node: Text, parent, state: State, info) => {
  let risky = riskyOf.get(state.unsafe)
  if (!risky) {
    const characters = new Set(state.unsafe.map((pattern) => pattern.character))
    characters.add('\\')
    risky = new RegExp(`[${[...characters].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g')
    riskyOf.set(state.unsafe, risky)
  }
  const value = info.before + node.value + info.after
  const present = new Set(value.match(risky))
  if (present.size === 0) return node.value
  const all = state.unsafe
  state.unsafe = all.filter((pattern) => present.has(pattern.character))
  try {
    return defaultHandlers.text(node, parent, state, info)
  } finally {
    state.unsafe = all
  }
}
