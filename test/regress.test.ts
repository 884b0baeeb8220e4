/**
 * Counterexamples the fuzzer found (fuzz/, `npm run fuzz`), kept as regression cases: each must now
 * clean, restore exactly, clean to itself, (for encoding cases) be detected as it was written, and
 * pass the check of the property it failed, on the bytes it was found with.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import * as lib from '../src/index.js'
import { cleanPage, cleanText, restorePage } from '../src/index.js'
// @ts-expect-error plain JavaScript shared with the fuzz run
import { makeProperties } from '../fuzz/properties.mjs'

type Property = { name: string; check: (c: { text: string; encoding: string; eol: string; bytes: Uint8Array }) => void }
const properties = makeProperties(lib) as Property[]

const root = path.join(import.meta.dirname, 'fixtures-regress')
const cases = existsSync(root) ? readdirSync(root).sort() : []

describe('fuzz regressions', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThan(0)
  })
  for (const name of cases) {
    const dir = path.join(root, name)
    const info = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as { property: string; text?: string; encoding?: string; eol?: string }
    const text = info.text ?? readFileSync(path.join(dir, 'input.txt'), 'utf8')
    it(`${name} (${info.property})`, () => {
      const bytes =
        info.property === 'gb18030-detected' ? iconv.encode(text, 'gb18030') : new Uint8Array(Buffer.from(text, 'utf8'))
      const { markdown, report } = cleanPage(bytes, 'case.txt')
      if (info.property === 'gb18030-detected') expect(report.page.encoding).toBe('gb18030')
      expect(Buffer.from(restorePage(report, markdown))).toEqual(Buffer.from(bytes))
      expect(cleanText(markdown).markdown).toBe(markdown)
      // the property it failed, on its own bytes (encoding and line ends as found)
      const property = properties.find((p) => p.name === info.property)
      expect(property, `property ${info.property}`).toBeDefined()
      if (info.encoding !== undefined && info.eol !== undefined) {
        const found = new Uint8Array(readFileSync(path.join(dir, 'input.txt')))
        property!.check({ text, encoding: info.encoding, eol: info.eol, bytes: found })
      }
    })
  }
})
