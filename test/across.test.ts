/**
 * --across: paragraphs printed on an earlier page of the batch (an exact reprint, a reprint with OCR
 * noise, a page scanned twice) are removed from the later page with a record naming the twin's page
 * and place; a page wholly a copy says so at the top of its report; short lines that legitimately
 * repeat, and notes on one template with other figures, stay; restore stays exact; an editor's
 * decision reverts a removal; the index file carries what a batch published to the next one.
 * Runs the built CLI (npm test builds first).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanPage, formatReport, resolveOptions, startPage } from '../src/index.js'
import type { AcrossTwin, PageSignature } from '../src/across/types.js'
import { judgePair } from '../src/across/judge.js'
import { foldForCompare } from '../src/kernel/text.js'
import type { Report, ReportRecord } from '../src/report/schema.js'
// @ts-expect-error: plain JavaScript module of the benchmarks
import { mutate, rng } from '../bench/corpus.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const seed = (name: string) => readFileSync(path.join(root, 'input', name), 'utf8')
const A = seed('000_ac0dcb55711bc607.txt')
const S1 = seed('001_6ff4c47e8978fd33.txt')
const S2 = seed('002_60978142cead0c41.txt')
const S3 = seed('003_627e4018e009b2a0.txt')

const fold = (t: string) => t.replace(/[\s，,。.：:；;“”"]/g, '')
/** Lines of a seed that are whole paragraphs of its cleaned page (not halves of a paragraph cut by the layout). */
function wholeParagraphs(text: string): string[] {
  const blocks = new Set(cleanPage(Buffer.from(text), 'seed.txt').report.restore.blocks.filter((b) => b.kind === 'body').map((b) => fold(b.text)))
  return text.split('\n').filter((l) => l.length >= 60 && /。$/.test(l) && blocks.has(fold(l)))
}
const reprinted = wholeParagraphs(A).slice(0, 3)
const noisySources = wholeParagraphs(A).slice(3, 5)
const rand = rng(42) as () => number
const noisy = noisySources.map((l) => (mutate(l.slice(0, -1), Math.ceil(l.length * 0.03), rand) as string) + '。')

/** Lines that repeat on many pages and must stay: a byline, an end mark, standing notices (body text under 30 characters). */
const SHORT = ['本报记者　王小明', '（完）', '欢迎关注本报微信公众号', '本版稿件欢迎转载，转载请注明出处和作者。']
const weather = (m: number, d: number, lo: number, hi: number) =>
  `本报讯 据市气象台消息，${m}月${d}日白天到夜间，大理地区天气晴，气温${lo}℃至${hi}℃，南风2到3级，空气质量指数${lo + 40}。市民出行请注意天气变化。`

/** A page scanned again: the same page, long lines with about 1 % of their characters misread. */
const rescan = S2.split('\n')
  .map((l) => (l.length >= 60 ? (mutate(l.slice(0, -1), Math.ceil(l.length * 0.01), rand) as string) + l.slice(-1) : l))
  .join('\n')

const PAGES: Record<string, string> = {
  'a_000.txt': [A, ...SHORT].join('\n\n') + '\n',
  'b_001.txt': ['转载：大理市抓党建强堡垒', ...reprinted, SHORT[0], S1, weather(3, 5, 8, 19), ...SHORT.slice(1)].join('\n\n') + '\n',
  'c_003.txt': [S3, '大理市：护洱海当先锋', ...noisy, weather(7, 12, 16, 27), ...SHORT].join('\n\n') + '\n',
  'd_002.txt': S2,
  'e_002_rescan.txt': rescan,
}

let work: string

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/scanclean.js'), ...args], { cwd: work, encoding: 'utf8' })
  return { code: r.status, stderr: r.stderr }
}

function folder(name: string, pages: string[]): string {
  const dir = path.join(work, name)
  mkdirSync(dir, { recursive: true })
  for (const page of pages) writeFileSync(path.join(dir, page), PAGES[page])
  return dir
}

const report = (out: string, page: string) => JSON.parse(readFileSync(path.join(out, page.replace(/\.txt$/, '.report.json')), 'utf8')) as Report
const markdown = (out: string, page: string) => readFileSync(path.join(out, page.replace(/\.txt$/, '.md')), 'utf8')
const acrossRecords = (r: Report) => r.records.filter((x) => x.rule === 'across')
function files(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]))
}

let all: string
let out: string

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'scanclean-across-'))
  all = folder('all', Object.keys(PAGES))
  out = path.join(work, 'out')
  const r = cli(all, '--out', out, '--across', '--workers', '2')
  expect(r.stderr).toContain('5 page(s) cleaned')
  expect(r.code).toBe(0)
})

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

describe('--across', () => {
  it('removes an exact reprint from the later page, records the twin page and place, keeps the first copy', () => {
    const records = acrossRecords(report(out, 'b_001.txt'))
    const paragraphs = records.filter((r) => r.note !== 'heading reprinted with its paragraphs')
    expect(reprinted).toHaveLength(3)
    expect(paragraphs.map((r) => r.actual)).toEqual(reprinted)
    const source = A.split('\n')
    for (const r of paragraphs) {
      expect(r).toMatchObject({ kind: 'duplicate', level: 'info', rule: 'across', expected: [], score: 1 })
      expect(r.removed.map((p) => p.text).join('')).toBe(r.actual)
      expect(r.twin?.page).toBe('a_000.txt')
      // the twin's place is its place on page a
      expect(source[r.twin!.lines[0] - 1]).toBe(r.actual)
      expect(r.message).toContain('a_000.txt')
    }
    for (const line of reprinted) {
      expect(fold(markdown(out, 'b_001.txt'))).not.toContain(fold(line))
      expect(fold(markdown(out, 'a_000.txt'))).toContain(fold(line.slice(0, 40)))
    }
  })

  it('removes a reprint with OCR noise as a near copy', () => {
    const records = acrossRecords(report(out, 'c_003.txt')).filter((r) => r.note === 'near copy')
    expect(noisySources).toHaveLength(2)
    expect(records.map((r) => r.actual)).toEqual(noisy)
    for (const r of records) {
      expect(r.twin?.page).toBe('a_000.txt')
      expect(noisySources).toContain(r.twin!.text)
      expect(r.score).toBeGreaterThanOrEqual(0.8)
      expect(r.score).toBeLessThan(1)
      expect(r.diff?.some(([op]) => op !== '=')).toBe(true)
    }
  })

  it('says at the top of its report that a page scanned twice is a copy of the first scan', () => {
    const r = report(out, 'e_002_rescan.txt')
    expect(Object.keys(r).slice(0, 4)).toEqual(['schema', 'tool', 'page', 'copyOf'])
    expect(r.copyOf).toMatchObject({ page: 'd_002.txt' })
    expect(r.copyOf!.share).toBeGreaterThanOrEqual(0.9)
    expect(r.copyOf!.paragraphs).toBe(r.copyOf!.of)
    const head = readFileSync(path.join(out, 'e_002_rescan.report.md'), 'utf8').split('\n').slice(0, 4).join('\n')
    expect(head).toMatch(/Copy of another page.*d_002\.txt/)
    // each removed paragraph names the page that keeps its twin
    const rendered = readFileSync(path.join(out, 'e_002_rescan.report.md'), 'utf8')
    expect(rendered).toContain('kept copy: page `d_002.txt`, lines ')
    expect(rendered.split('Copy of another page').length).toBe(2)
    // nothing of the body is left on the rescan; the first scan keeps everything
    expect(report(out, 'e_002_rescan.txt').restore.blocks.filter((b) => b.kind === 'body')).toEqual([])
    expect(report(out, 'd_002.txt').copyOf).toBeUndefined()
    expect(acrossRecords(report(out, 'd_002.txt'))).toEqual([])
    // a page with a reprinted article is not wholly a copy
    expect(report(out, 'b_001.txt').copyOf).toBeUndefined()
  })

  it('keeps short lines that repeat on every page and notes on one template with other figures', () => {
    for (const page of Object.keys(PAGES)) {
      for (const r of acrossRecords(report(out, page))) {
        expect(SHORT).not.toContain(r.actual)
        expect(r.actual).not.toContain('气象台')
      }
    }
    expect(markdown(out, 'c_003.txt')).toContain('王小明')
    // (the page's note on reprints is its furniture: each page's own strip removes it, not --across)
    for (const page of ['a_000.txt', 'b_001.txt', 'c_003.txt']) {
      expect(markdown(out, page)).not.toContain('本版稿件欢迎转载')
      expect(report(out, page).records.filter((r) => r.rule === 'strip' && r.kind === 'furniture').map((r) => r.actual)).toContain('本版稿件欢迎转载，转载请注明出处和作者。')
    }
    expect(markdown(out, 'b_001.txt')).toContain('气象台')
    expect(markdown(out, 'c_003.txt')).toContain('气象台')
  })

  it('restores every page byte for byte', () => {
    for (const page of Object.keys(PAGES)) {
      const r = spawnSync(process.execPath, [path.join(root, 'bin/scanclean.js'), 'restore', path.join(out, page.replace(/\.txt$/, '.md'))])
      expect(r.status).toBe(0)
      expect(r.stdout.equals(Buffer.from(PAGES[page]))).toBe(true)
    }
  })

  it('changes nothing on pages without copies, and nothing at all without --across', () => {
    for (const page of ['a_000.txt', 'd_002.txt']) {
      const alone = cleanPage(Buffer.from(PAGES[page]), page)
      expect(markdown(out, page)).toBe(alone.markdown)
      expect(readFileSync(path.join(out, page.replace(/\.txt$/, '.report.json')), 'utf8')).toBe(formatReport(alone.report))
    }
    const plain = path.join(work, 'plain')
    expect(cli(all, '--out', plain, '-q').code).toBe(0)
    for (const page of Object.keys(PAGES)) {
      expect(acrossRecords(report(plain, page))).toEqual([])
      expect(markdown(plain, page)).toBe(cleanPage(Buffer.from(PAGES[page]), page).markdown)
    }
  })

  it('gives, for a page started and then finished with blocks to drop, the page cleaned whole with them', () => {
    const bytes = Buffer.from(PAGES['b_001.txt'])
    const options = resolveOptions()
    const started = startPage(bytes, 'b_001.txt', options)
    const collect: { signature?: PageSignature } = {}
    cleanPage(bytes, 'b_001.txt', { ...options, across: { collect } })
    expect(started.signature).toEqual(collect.signature)
    const [first, second] = started.signature.paragraphs
    const twin = (p: (typeof first)): AcrossTwin => ({ page: 'a_000.txt', blockId: 'b0', place: p.place, text: p.text, score: 1, containment: 1, reason: 'exact reprint' })
    const drop = { [first.id]: twin(first), [second.id]: twin(second) }
    const finished = started.finish(drop)
    expect(acrossRecords(finished.report)).toHaveLength(2)
    expect(finished).toEqual(cleanPage(bytes, 'b_001.txt', { ...options, across: { drop } }))
  })

  it('finds the same copies with one worker as with two', () => {
    const one = path.join(work, 'one')
    expect(cli(all, '--out', one, '--across', '--workers', '1', '-q').code).toBe(0)
    expect(files(one)).toEqual(files(out))
  })

  it("honours an editor's decision to keep a removed reprint", () => {
    const removed = acrossRecords(report(out, 'b_001.txt'))[1]
    const decisions = path.join(work, 'decisions.json')
    writeFileSync(decisions, JSON.stringify({ schema: 'scanclean-decisions/1', decisions: [{ page: 'b_001.txt', id: removed.id, verdict: 'revert' }] }))
    const decided = path.join(work, 'decided')
    const r = cli(all, '--out', decided, '--across', '--decisions', decisions, '-q')
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    const after = acrossRecords(report(decided, 'b_001.txt'))
    expect(after.find((x) => x.id === removed.id)?.overridden).toBe('reverted')
    expect(fold(markdown(decided, 'b_001.txt'))).toContain(fold(removed.actual.slice(0, 30)))
    expect(after.filter((x) => !x.overridden)).toHaveLength(acrossRecords(report(out, 'b_001.txt')).length - 1)
  })
})

describe('--index', () => {
  it('carries what one batch published to the next: the same removals as one batch of both', () => {
    const index = path.join(work, 'archive.idx')
    const first = folder('first', ['a_000.txt', 'd_002.txt'])
    const second = folder('second', ['b_001.txt', 'c_003.txt', 'e_002_rescan.txt'])
    const out1 = path.join(work, 'out1')
    const out2 = path.join(work, 'out2')
    expect(cli(first, '--out', out1, '--index', index).code).toBe(0)
    const lines = gunzipSync(readFileSync(index)).toString('utf8').trim().split('\n')
    expect(JSON.parse(lines[0])).toMatchObject({ schema: 'scanclean-across-index/1', pages: 2 })
    expect(lines.slice(1).map((l) => JSON.parse(l).page)).toEqual(['a_000.txt', 'd_002.txt'])

    const r = cli(second, '--out', out2, '--index', index)
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('1 page(s) wholly a copy')
    for (const page of ['b_001.txt', 'c_003.txt', 'e_002_rescan.txt']) {
      expect(readFileSync(path.join(out2, page.replace('.txt', '.report.json')), 'utf8')).toBe(
        readFileSync(path.join(out, page.replace('.txt', '.report.json')), 'utf8'),
      )
      expect(markdown(out2, page)).toBe(markdown(out, page))
    }
    expect(acrossRecords(report(out2, 'b_001.txt')).length).toBeGreaterThanOrEqual(3)
    expect(report(out2, 'e_002_rescan.txt').copyOf?.page).toBe('d_002.txt')
    const after = gunzipSync(readFileSync(index)).toString('utf8').trim().split('\n')
    expect(after.slice(1).map((l) => JSON.parse(l).page)).toEqual(['a_000.txt', 'd_002.txt', 'b_001.txt', 'c_003.txt', 'e_002_rescan.txt'])
  })

  it('cleans a page of the index again as a new version of it, not as a copy of itself', () => {
    const index = path.join(work, 'again.idx')
    const first = folder('first', ['a_000.txt', 'd_002.txt'])
    const out1 = path.join(work, 'again1')
    const out2 = path.join(work, 'again2')
    expect(cli(first, '--out', out1, '--index', index, '-q').code).toBe(0)
    const saved = readFileSync(index)
    expect(cli(first, '--out', out2, '--index', index, '-q').code).toBe(0)
    expect(files(out2)).toEqual(files(out1))
    expect(gunzipSync(readFileSync(index)).equals(gunzipSync(saved))).toBe(true)
  })

  it('refuses an index file it did not write, and cleans nothing', () => {
    const bad = path.join(work, 'bad.idx')
    writeFileSync(bad, gzipSync(JSON.stringify({ schema: 'scanclean-across-index/1', keys: 'other-keys' }) + '\n'))
    const r = cli(folder('first', ['a_000.txt']), '--out', path.join(work, 'bad-out'), '--index', bad)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('made with other keys')
    writeFileSync(bad, 'not gzip at all')
    expect(cli(folder('first', ['a_000.txt']), '--out', path.join(work, 'bad-out'), '--index', bad).stderr).toContain('not gzip')
  })
})

describe('judgePair', () => {
  const member = (name: string) => foldForCompare(`${name}，某某村党支部书记，带领村民发展特色种植，村集体经济收入三年翻了一番，获评全县优秀共产党员。`)

  it('does not take a paragraph on the same template with another name for a copy', () => {
    expect(judgePair(member('李四'), member('张三'))).toBeUndefined()
    expect(judgePair(member('欧阳明'), member('张三'))).toBeUndefined()
  })

  it('still takes a reprint with characters misread here and there for a near copy', () => {
    const misread = member('张三').replace('带领', '带颌').replace('集体', '集休').replace('党员', '党贝')
    expect(judgePair(misread, member('张三'))?.reason).toBe('near copy')
  })
})
