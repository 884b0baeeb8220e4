import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { toMarkdown } from 'mdast-util-to-markdown'
import type { Root } from 'mdast'
import { writeText } from '../src/stages/emit.js'

// writeText skips escaping for text without any character that escaping acts on: the Markdown must
// be the same as the writer's own, whatever the text
describe('the Markdown writer for text', () => {
  const page = (values: string[]): Root => ({
    type: 'root',
    children: values.map((value, i) =>
      i % 3 === 0
        ? { type: 'heading', depth: 2, children: [{ type: 'text', value }] }
        : { type: 'paragraph', children: [{ type: 'text', value }] },
    ),
  })
  const options = { bullet: '-', emphasis: '_', rule: '-', fences: true } as const

  it('writes what the default handler writes', () => {
    const alphabet = fc.constantFrom(...'中文段落，。：“”（）', ...' \t\n\r\u007f*_#[]()!<>&\\`~+-=.1234567890abc|:"\'{}')
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, maxLength: 12 }), { minLength: 1, maxLength: 4 }), (values) => {
        const tree = page(values.map((v) => v || '空'))
        expect(toMarkdown(tree, { ...options, handlers: { text: writeText } })).toBe(toMarkdown(tree, options))
      }),
      { seed: 7, numRuns: 2000 },
    )
  })

  it('still escapes what Markdown would read as syntax', () => {
    const tree = page(['# 不是标题', '*强调*与_下划线_', '1. 不是列表'])
    expect(toMarkdown(tree, { ...options, handlers: { text: writeText } })).toBe('## # 不是标题\n\n\\*强调\\*与_下划线\\_\n\n1\\. 不是列表\n')
  })
})
