/**
 * The batch on worker threads: the outputs are those of cleaning each page alone (cleanPage), byte
 * for byte, whatever the number of workers; a page that fails in the middle of the batch is named
 * and the others are still written; logs come in sorted order; no progress bar when stderr is not
 * a terminal. Runs the built CLI (npm test builds first).
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanPage, formatReport, resolveOptions } from '../src/index.js'
// @ts-expect-error: plain JavaScript module of the benchmarks
import { makePage, rng, sampleParagraphs } from '../bench/corpus.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const inputDir = path.join(root, 'input')
let work: string
let pages: string

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/scanclean.js'), ...args], { cwd: work, encoding: 'utf8' })
  return { code: r.status, stderr: r.stderr, stdout: r.stdout }
}

/** Every file of a folder, by name. */
function contents(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  for (const name of readdirSync(dir).sort()) files.set(name, readFileSync(path.join(dir, name)))
  return files
}

function expectSameFolders(a: string, b: string): void {
  const x = contents(a)
  const y = contents(b)
  expect([...y.keys()]).toEqual([...x.keys()])
  for (const [name, data] of x) expect(y.get(name)!.equals(data), `${name} differs between ${a} and ${b}`).toBe(true)
}

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'scanclean-batch-'))
  pages = path.join(work, 'pages')
  mkdirSync(pages)
  for (const name of readdirSync(inputDir).filter((f) => f.endsWith('.txt'))) copyFileSync(path.join(inputDir, name), path.join(pages, name))
  // generated pages with within-page duplicates, between and after the seeds
  const paragraphs = sampleParagraphs(inputDir) as string[]
  for (let i = 0; i < 6; i++) {
    const page = makePage(paragraphs, rng(500 + i), 10) as { text: string }
    writeFileSync(path.join(pages, `${i % 2 ? '001a' : '100'}_generated_${i}.txt`), page.text)
  }
})

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

describe('batch on worker threads', () => {
  it('writes for every page what cleanPage makes of it alone, with 1, 2 and the default number of workers', () => {
    const one = path.join(work, 'w1')
    const two = path.join(work, 'w2')
    const auto = path.join(work, 'wd')
    expect(cli(pages, '--out', one, '--workers', '1', '-q').code).toBe(0)
    expect(cli(pages, '--out', two, '--workers', '2', '-q').code).toBe(0)
    expect(cli(pages, '--out', auto, '-q').code).toBe(0)
    const names = readdirSync(pages).filter((f) => f.endsWith('.txt')).sort()
    expect(names.length).toBe(11)
    for (const name of names) {
      const result = cleanPage(readFileSync(path.join(pages, name)), name)
      const base = path.join(one, name.replace(/\.txt$/, ''))
      expect(readFileSync(`${base}.md`, 'utf8')).toBe(result.markdown)
      expect(readFileSync(`${base}.report.json`, 'utf8')).toBe(formatReport(result.report))
      expect(readFileSync(`${base}.report.md`, 'utf8')).toBe(result.reportMarkdown)
    }
    expectSameFolders(one, two)
    expectSameFolders(one, auto)
  })

  it('goes on past pages that fail in the middle, names them in sorted order, exits 1', () => {
    const bad = path.join(work, 'with-bad')
    mkdirSync(bad)
    for (const name of readdirSync(pages)) copyFileSync(path.join(pages, name), path.join(bad, name))
    writeFileSync(path.join(bad, '002a_empty.txt'), '')
    writeFileSync(path.join(bad, '003a_binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00, 0x03, 0x04, 0x05, 0x06, 0x00]))
    const out = path.join(work, 'bad-out')
    const r = cli(bad, '--out', out, '--workers', '2')
    expect(r.code).toBe(1)
    const skipped = r.stderr.split('\n').filter((l) => l.includes(': skipped: '))
    expect(skipped).toHaveLength(2)
    expect(skipped[0]).toContain('002a_empty.txt')
    expect(skipped[1]).toContain('003a_binary.txt')
    expect(r.stderr).toContain('11 page(s) cleaned')
    expect(r.stderr).toContain('2 failed')
    // the others are written as without the bad pages
    expectSameFolders(path.join(work, 'w1'), out)
  })

  it('draws no progress bar when stderr is not a terminal, and prints only errors with --quiet', () => {
    const out = path.join(work, 'plain')
    const r = cli(pages, '--out', out)
    expect(r.code).toBe(0)
    expect(r.stderr).not.toMatch(/pages\/s|ETA|\u001b\[/)
    expect(r.stderr.trim().split('\n')).toEqual([`scanclean: 11 page(s) cleaned into ${out}/`])
    expect(cli(pages, '--out', out, '-q').stderr).toBe('')
  })

  it('draws the progress bar, pages/s and ETA on a terminal', () => {
    const script = spawnSync('script', ['--version'], { encoding: 'utf8' })
    if (script.status !== 0) return // util-linux script(1) gives the command a terminal; without it this check cannot run
    const out = path.join(work, 'tty')
    const command = [process.execPath, path.join(root, 'bin/scanclean.js'), pages, '--out', out].map((a) => `'${a}'`).join(' ')
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: work, encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/\d+\/11 pages \| [\d.]+ pages\/s \| [\d.]+ MB\/s/)
    expect(r.stdout).toContain('ETA')
    expect(r.stdout).toContain('11 page(s) cleaned')
    expectSameFolders(path.join(work, 'w1'), out)
  })

  it('refuses a number of workers that is not a whole number of at least 1', () => {
    expect(cli(pages, '--out', path.join(work, 'x'), '--workers', '0').code).toBe(2)
    expect(cli(pages, '--out', path.join(work, 'x'), '--workers', 'two').code).toBe(2)
  })

  it('honours a decisions file on worker threads', () => {
    const name = '004_6c3cbc771c5a439f.txt'
    const report = JSON.parse(readFileSync(path.join(work, 'w1', name.replace('.txt', '.report.json')), 'utf8'))
    const change = report.records.find((r: { level: string; expected: string[] }) => r.level === 'info')
    expect(change).toBeDefined()
    const decisions = path.join(work, 'decisions.json')
    writeFileSync(
      decisions,
      JSON.stringify({ schema: 'scanclean-decisions/1', decisions: [{ page: name, id: change.id, verdict: 'revert' }, { page: name, id: 'no-such-change', verdict: 'accept' }] }),
    )
    const out = path.join(work, 'decided')
    const r = cli(pages, '--out', out, '--decisions', decisions, '--workers', '2')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('1 decision(s) match no change: no-such-change')
    const after = JSON.parse(readFileSync(path.join(out, name.replace('.txt', '.report.json')), 'utf8'))
    expect(after.records.find((x: { id: string }) => x.id === change.id).overridden).toBe('reverted')
    const expected = cleanPage(readFileSync(path.join(pages, name)), name, { ...resolveOptions(), revert: new Set([change.id]) }, [change.id, 'no-such-change'])
    expect(readFileSync(path.join(out, name.replace('.txt', '.md')), 'utf8')).toBe(expected.markdown)
  })
})
