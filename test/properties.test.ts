/**
 * Properties of the whole pipeline over generated pages: the very properties and page generators of
 * the fuzz run (fuzz/properties.mjs, fuzz/generators.mjs: newspaper-shaped pages with captions,
 * credits, markers, bylines, headings, cut paragraphs, blocks printed twice, noise, every supported
 * encoding and line end), checked here on the sources with a fixed seed and far fewer cases.
 * `npm run fuzz` runs them for as long as it is given.
 *
 * A failure prints the seed and the shrunk case, and the same run reproduces it.
 */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { cleanPage, cleanText, decodePage, DecodeError, restorePage } from '../src/index.js'
import { makeProperties } from '../fuzz/properties.mjs'

interface Property {
  name: string
  description: string
  arbitrary: fc.Arbitrary<unknown>
  check: (c: unknown) => void
}

const properties = makeProperties({ cleanPage, cleanText, decodePage, restorePage, DecodeError }) as Property[]

describe('cleaning generated pages', () => {
  it('checks every property of the fuzz run', () => {
    const names = properties.map((p) => p.name)
    for (const name of ['never-throws', 'deterministic', 'idempotent', 'restore-exact', 'same-markdown-any-encoding', 'no-sentence-lost']) {
      if (!names.includes(name)) throw new Error(`property ${name} is missing`)
    }
  })
  for (const property of properties) {
    it(`${property.name}: ${property.description}`, () => {
      fc.assert(
        fc.property(property.arbitrary, (c) => property.check(c)),
        { seed: 42, numRuns: 150 },
      )
    })
  }
})
