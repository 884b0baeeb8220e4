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

/** For a writer's unsafe patterns: their characters, and the backslash, to find in a text. */
interface Risky {
  /** Whether a text holds any of them. */
  any: RegExp
  /** Each of them in a text. */
  all: RegExp
}

const riskyOf = new WeakMap<Unsafe[], Risky>()
/** By the characters: each page is written with a new list of the same patterns. */
const riskyByCharacters = new Map<string, Risky>()

function riskyCharacters(unsafe: Unsafe[]): Risky {
  const characters = new Set(unsafe.map((pattern) => pattern.character))
  characters.add('\\')
  const key = [...characters].join('')
  let risky = riskyByCharacters.get(key)
  if (!risky) {
    const set = `[${[...characters].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`
    riskyByCharacters.set(key, (risky = { any: new RegExp(set), all: new RegExp(set, 'g') }))
  }
  riskyOf.set(unsafe, risky)
  return risky
}

/**
 * Text for the Markdown writer. Escaping tries every unsafe pattern on every text, and each pattern
 * needs its own character to match: most of a Chinese page holds none of them, and is written as it
 * is (escaping would give the same: it changes only where a pattern's character or a backslash
 * stands in the text itself, whatever its context holds, and a paragraph's context is always a line
 * end, which is one); the rest is escaped with only the patterns whose character it or its context
 * holds.
 */
export const writeText: Handle = (node: Text, parent, state: State, info) => {
  const risky = riskyOf.get(state.unsafe) ?? riskyCharacters(state.unsafe)
  if (!risky.any.test(node.value)) return node.value
  const present = new Set((info.before + node.value + info.after).match(risky.all))
  const all = state.unsafe
  state.unsafe = all.filter((pattern) => present.has(pattern.character))
  try {
    return defaultHandlers.text(node, parent, state, info)
  } finally {
    state.unsafe = all
  }
}
