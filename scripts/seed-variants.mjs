#!/usr/bin/env node
/**
 * Writes the sample pages again in the layouts other sources give the same text, to measure how
 * the cleaner holds up on them against the same gold (not part of the tests):
 *
 *   node scripts/seed-variants.mjs ../shared/seeds /tmp/variants
 *   for v in /tmp/variants/*; do node bin/scanclean.js $v --out $v.out -q; python3 ../shared/eval/score.py ../shared/gold $v.out | tail -1; done
 *
 * Each variant is a folder with one page per sample, under the sample's name:
 *   html      every line a <p>…</p> paragraph of a web page
 *   indent    the whole page on one line, each paragraph after a full-width indent (line ends lost)
 *   wrap      paragraphs indented with two full-width spaces, hard-wrapped at 30 characters, no blank lines
 *   wrapflat  paragraphs hard-wrapped at 30 characters, a blank line after each
 *   lines     paragraphs hard-wrapped at 30 characters, a blank line after every line
 *   lines22   the same at 22 characters
 *   wrapwidth paragraphs indented, hard-wrapped at 60 columns (Chinese characters two, others one)
 *   half      every full-width ，。：；！？（） made half-width
 *   spaces    every paragraph on one line, indented with two spaces, no blank lines
 * Markdown headings of a sample (#) are kept as they are, so its html, indent and wrap forms are
 * not what a web page or a dump would give (a # inside <p>, a whole page read as one heading).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const [from, to] = process.argv.slice(2)
if (!from || !to) {
  console.error('usage: node scripts/seed-variants.mjs SEEDS_DIR OUT_DIR')
  process.exit(2)
}

const WIDTH = 30
const HALF = { '，': ',', '。': '.', '：': ':', '；': ';', '！': '!', '？': '?', '（': '(', '）': ')' }

function wrap(text, width = WIDTH) {
  const lines = []
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width))
  return lines
}

/** Columns a character takes in a fixed-width dump: Chinese and full-width forms two, others one. */
function columns(ch) {
  const cp = ch.codePointAt(0)
  return (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60) || cp > 0xffff ? 2 : 1
}

function wrapColumns(text, width) {
  const lines = []
  let line = ''
  let used = 0
  for (const ch of text) {
    if (used + columns(ch) > width) {
      lines.push(line)
      line = ''
      used = 0
    }
    line += ch
    used += columns(ch)
  }
  lines.push(line)
  return lines
}

const variants = {
  html: (paras) => paras.map((p) => `<p>${p}</p>`).join('\n') + '\n',
  indent: (paras) => paras.map((p) => `\u3000\u3000${p}`).join('') + '\n',
  wrap: (paras) => paras.flatMap((p) => wrap(`\u3000\u3000${p}`)).join('\n') + '\n',
  wrapflat: (paras) => paras.flatMap((p) => [...wrap(p), '']).join('\n') + '\n',
  lines: (paras) => paras.flatMap((p) => wrap(p)).join('\n\n') + '\n',
  lines22: (paras) => paras.flatMap((p) => wrap(p, 22)).join('\n\n') + '\n',
  wrapwidth: (paras) => paras.flatMap((p) => wrapColumns(`\u3000\u3000${p}`, 2 * WIDTH)).join('\n') + '\n',
  half: (_paras, text) => text.replace(/[，。：；！？（）]/g, (c) => HALF[c]),
  spaces: (paras) => paras.map((p) => `  ${p}`).join('\n') + '\n',
}

for (const name of readdirSync(from).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(path.join(from, name), 'utf8')
  const paras = text
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  for (const [variant, make] of Object.entries(variants)) {
    mkdirSync(path.join(to, variant), { recursive: true })
    writeFileSync(path.join(to, variant, name), make(paras, text))
  }
}
console.log(`${Object.keys(variants).length} variants of the pages of ${from} written under ${to}`)
