#!/usr/bin/env node
// Prints a page's blocks (kind, Markdown depth, text) after each stage up to settle, to see which
// stage read a block how: the first thing to look at when a fuzz case is not idempotent (run it on
// the input, then on the first cleaning's Markdown, and compare). Run `npm run build` first.
//   node scripts/show-stages.mjs PAGE.txt
import { readFileSync } from 'node:fs'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { resolveOptions } from '../dist/kernel/options.js'
import { segment } from '../dist/stages/segment.js'
import { classify } from '../dist/stages/classify.js'
import { strip, stripInline } from '../dist/stages/strip.js'
import { join } from '../dist/stages/join.js'
import { dedup } from '../dist/stages/dedup.js'
import { settle } from '../dist/stages/settle.js'

// the order of src/clean.ts (useFront)
const stages = [
  ['segment', segment],
  ['strip (in paragraphs)', stripInline],
  ['classify', classify],
  ['strip', strip],
  ['join', join],
  ['dedup', dedup],
  ['settle', settle],
]
const text = readFileSync(process.argv[2], 'utf8')
const options = resolveOptions()
for (let k = 1; k <= stages.length; k++) {
  const file = new VFile({ value: text })
  let processor = unified()
  for (const [, plugin] of stages.slice(0, k)) processor = processor.use(plugin, options)
  const tree = processor.runSync(processor.parse(file), file)
  console.log(`== after ${stages[k - 1][0]}`)
  for (const b of tree.children) console.log(`  ${b.kind.padEnd(9)} ${String(b.data.depth ?? '-')} ${JSON.stringify(b.value).slice(0, 80)}`)
}
