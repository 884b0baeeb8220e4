/**
 * The sample pages: cleaning input/NAME.txt gives exactly the committed output/NAME.md,
 * output/NAME.report.json and output/NAME.report.md (written by `npm run clean`), and the report
 * restores the page byte for byte. A change of behaviour therefore shows up as a diff of the
 * committed output, which is reviewed with the change.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { cleanPage, formatReport, restorePage, type ReportRecord } from '../src/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const INPUT = path.join(root, 'input')
const OUTPUT = path.join(root, 'output')
const RUN = 'run `npm run clean` to write output/ and commit it'

const seeds = readdirSync(INPUT)
  .filter((f) => f.endsWith('.txt'))
  .sort()

function committed(file: string): string {
  const at = path.join(OUTPUT, file)
  if (!existsSync(at)) throw new Error(`output/${file} is missing: ${RUN}`)
  return readFileSync(at, 'utf8')
}

/** Paragraphs and headings of the Markdown, markup and spaces stripped. */
function paragraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((b) => b.replace(/^#{1,6}\s+/, '').replace(/\\(.)/g, '$1').replace(/\s+/g, ''))
    .filter((b) => b !== '')
}

it('has sample pages', () => {
  expect(seeds.length).toBeGreaterThan(0)
})

for (const file of seeds) {
  const name = file.replace(/\.txt$/, '')
  describe(name, () => {
    const bytes = new Uint8Array(readFileSync(path.join(INPUT, file)))
    const result = cleanPage(bytes, file)

    it('gives the committed Markdown', () => {
      expect(result.markdown, `output/${name}.md differs: ${RUN}`).toBe(committed(`${name}.md`))
    })

    it('gives the committed JSON report', () => {
      expect(formatReport(result.report), `output/${name}.report.json differs: ${RUN}`).toBe(
        committed(`${name}.report.json`),
      )
    })

    it('gives the committed Markdown report', () => {
      expect(result.reportMarkdown, `output/${name}.report.md differs: ${RUN}`).toBe(committed(`${name}.report.md`))
    })

    it('restores the page byte for byte from its report', () => {
      const back = restorePage(result.report, result.markdown)
      expect(Buffer.compare(Buffer.from(back), Buffer.from(bytes))).toBe(0)
    })

    it('restores the page from the committed report and Markdown', () => {
      const report = JSON.parse(committed(`${name}.report.json`))
      const back = restorePage(report, committed(`${name}.md`))
      expect(Buffer.compare(Buffer.from(back), Buffer.from(bytes))).toBe(0)
    })
  })
}

describe('003_627e4018e009b2a0 (a page printed with repeated passages)', () => {
  const file = '003_627e4018e009b2a0.txt'
  const present = existsSync(path.join(INPUT, file))

  it('is among the sample pages', () => {
    expect(present).toBe(true)
  })

  it('keeps no paragraph about 永胜县 twice', () => {
    if (!present) return
    const { markdown } = cleanPage(new Uint8Array(readFileSync(path.join(INPUT, file))), file)
    const about = paragraphs(markdown).filter((p) => p.includes('永胜县'))
    expect(about.length).toBeGreaterThan(0)
    const twice = about.filter((p, i) => about.indexOf(p) !== i)
    expect(twice).toEqual([])
  })

  it('gives every removed duplicate a twin and a diff that rebuilds both texts', () => {
    if (!present) return
    const { report } = cleanPage(new Uint8Array(readFileSync(path.join(INPUT, file))), file)
    const removed = report.records.filter((r: ReportRecord) => r.kind === 'duplicate')
    expect(removed.length).toBeGreaterThan(0)
    for (const r of removed) {
      expect(r.twin, `${r.id}: twin`).toBeDefined()
      expect(r.twin!.text.length, `${r.id}: twin text`).toBeGreaterThan(0)
      expect(r.diff, `${r.id}: diff`).toBeDefined()
      expect(r.diff!.length, `${r.id}: diff`).toBeGreaterThan(0)
      // the diff runs from the aligned window of the twin to the removed copy
      const [from, to] = r.twinWindow ?? [0, r.twin!.text.length]
      const twinSide = r.diff!.filter(([op]) => op !== '+').map(([, text]) => text).join('')
      const copySide = r.diff!.filter(([op]) => op !== '-').map(([, text]) => text).join('')
      expect(twinSide, `${r.id}: diff, twin side`).toBe(r.twin!.text.slice(from, to))
      expect(copySide, `${r.id}: diff, copy side`).toBe(r.actual)
    }
  })
})

// A dump often holds several pages, or articles of several pages, one after another. The sample
// pages share no text, so two or three of them printed together must clean to their own outputs one
// after the other: nothing of one page may be joined to, or taken for a copy of, another's text.
// (Page 003's lost half 等一 found a rival continuation on page 004, 一点, and left page 004's own
// cut paragraph unjoined.)
describe('sample pages printed together', () => {
  const groups = [...seeds.map((_, i) => [i, (i + 1) % seeds.length]), [0, 3, 4], [4, 3, 2]].filter((g) => new Set(g).size === g.length && seeds.length >= 3)
  it.each(groups.map((g) => [g.map((i) => seeds[i].slice(0, 3)).join(' + '), g]))('%s clean as each alone', (_, group) => {
    const texts = (group as number[]).map((i) => readFileSync(path.join(INPUT, seeds[i]), 'utf8').replace(/^\uFEFF/, '').replace(/\n+$/, ''))
    const together = cleanPage(new Uint8Array(Buffer.from(texts.join('\n\n') + '\n')), 'together.txt')
    const alone = (group as number[]).flatMap((i) => paragraphs(committed(seeds[i].replace(/\.txt$/, '.md'))))
    expect(paragraphs(together.markdown)).toEqual(alone)
  })
})
