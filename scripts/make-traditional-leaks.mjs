#!/usr/bin/env node
// Regenerates src/data/traditional-leaks.ts from opencc-js (run `npm run build` first).
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { makeSimplifiedOnly, makeTraditionalLeaks, renderTraditionalLeaks } from '../dist/data/make-traditional-leaks.js'

const target = fileURLToPath(new URL('../src/data/traditional-leaks.ts', import.meta.url))
const pairs = makeTraditionalLeaks()
writeFileSync(target, renderTraditionalLeaks(pairs, makeSimplifiedOnly(pairs)))
console.log(`${pairs.length} leaked traditional characters written to ${target}`)
