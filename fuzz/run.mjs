#!/usr/bin/env node
/**
 * Long-running property checks (not part of `npm test`):
 *
 *   npm run fuzz                       60 seconds
 *   npm run fuzz -- --seconds 600      ten minutes
 *   npm run fuzz -- --seed 123 --only idempotent --runs 500    replay one batch
 *
 * Loops over the properties of properties.mjs in batches of --runs cases, each batch with a fresh
 * random seed, until the time is up, then prints how many cases ran per property. On the first
 * failure fast-check shrinks the case; the shrunk page is saved as a regression fixture in
 * test/fixtures-regress/<date>-<property>-<seed>/ (input.txt: the page bytes; case.json: property,
 * seed, path, encoding, line ends, error; PROPERTY: the property name). That property then leaves
 * the rotation, the others go on until the time is up, and the run exits 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { randomInt } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import * as lib from '../dist/index.js'
import { makeProperties } from './properties.mjs'

const properties = makeProperties(lib)

const here = path.dirname(fileURLToPath(import.meta.url))
const REGRESS = path.join(here, '..', 'test', 'fixtures-regress')

function parseArgs(argv) {
  const args = { seconds: 60, runs: 100, seed: undefined, only: undefined }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined) usage(`${a} needs a value`)
      return v
    }
    if (a === '--seconds') args.seconds = Number(value())
    else if (a === '--runs') args.runs = Number(value())
    else if (a === '--seed') args.seed = Number(value())
    else if (a === '--only') args.only = value()
    else if (a === '--help' || a === '-h') usage()
    else usage(`unknown argument ${a}`)
  }
  if (!(args.seconds > 0) || !(args.runs >= 1) || (args.seed !== undefined && !Number.isInteger(args.seed))) usage('bad number')
  return args
}

function usage(error) {
  if (error) process.stderr.write(`fuzz: ${error}\n`)
  process.stderr.write('usage: npm run fuzz -- [--seconds N] [--runs N] [--seed N] [--only PROPERTY]\n')
  process.stderr.write(`properties: ${properties.map((p) => p.name).join(', ')}\n`)
  process.exit(2)
}

const args = parseArgs(process.argv.slice(2))
const selected = args.only ? properties.filter((p) => p.name === args.only) : properties
if (selected.length === 0) usage(`no property named ${args.only}`)

const counts = Object.fromEntries(selected.map((p) => [p.name, 0]))
const skipped = Object.fromEntries(selected.map((p) => [p.name, 0]))
const failures = []
let active = [...selected]
const started = Date.now()
const deadline = started + args.seconds * 1000
let batches = 0
let lastReport = started

function total() {
  return Object.values(counts).reduce((a, b) => a + b, 0)
}

function summary() {
  const secs = ((Date.now() - started) / 1000).toFixed(0)
  const each = selected.map((p) => `${p.name} ${counts[p.name]}${skipped[p.name] ? ` (+${skipped[p.name]} skipped)` : ''}`)
  return `${total()} cases in ${secs} s: ${each.join(', ')}`
}

function stamp() {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')
}

function saveFailure(property, seed, result) {
  const [c] = result.counterexample
  const dir = path.join(REGRESS, `${stamp()}-${property.name}-${seed}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'input.txt'), c.bytes)
  const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance ?? result.error)
  const info = {
    property: property.name,
    description: property.description,
    error,
    seed,
    path: result.counterexamplePath,
    replay: `npm run fuzz -- --only ${property.name} --seed ${seed} --runs ${args.runs}`,
    encoding: c.encoding,
    eol: c.eol,
    text: c.text,
  }
  writeFileSync(path.join(dir, 'case.json'), JSON.stringify(info, null, 1) + '\n')
  writeFileSync(path.join(dir, 'PROPERTY'), `${property.name}\n`)
  return { dir, error }
}

process.stdout.write(`fuzz: ${selected.length} properties for ${args.seconds} s, batches of ${args.runs} cases${args.seed !== undefined ? `, seed ${args.seed}` : ''}\n`)

let i = 0
let round = 0
while (active.length > 0) {
  const property = active[i++ % active.length]
  const seed = args.seed ?? randomInt(0, 2 ** 31 - 1)
  const result = fc.check(fc.property(property.arbitrary, (c) => property.check(c)), { seed, numRuns: args.runs })
  counts[property.name] += result.numRuns
  skipped[property.name] += result.numSkips
  batches++
  if (result.failed) {
    const { dir, error } = saveFailure(property, seed, result)
    failures.push(property.name)
    process.stdout.write(`fuzz: FAILED ${property.name} (seed ${seed}, path ${result.counterexamplePath}, shrunk ${result.numShrinks} times)\n`)
    process.stdout.write(`fuzz:   ${error.split('\n')[0]}\n`)
    process.stdout.write(`fuzz:   case saved in ${path.relative(process.cwd(), dir)}/\n`)
    active = active.filter((p) => p !== property)
    i = 0
  }
  if (Date.now() - lastReport > 30_000) {
    lastReport = Date.now()
    process.stdout.write(`fuzz: ${summary()}\n`)
  }
  if (i % Math.max(1, active.length) === 0) round++
  if (args.seed !== undefined ? round >= 1 : Date.now() >= deadline) break
}

if (failures.length > 0) {
  process.stdout.write(`fuzz: FAILED ${failures.join(', ')}: ${summary()}, ${batches} batches\n`)
  process.exit(1)
}
process.stdout.write(`fuzz: no failure: ${summary()}, ${batches} batches\n`)
