/**
 * The review page without a browser: what it embeds, that it shows every change of the reports
 * once, that it is self-contained, and how a change renders (diff, seam, before/after).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Script } from 'node:vm'
import { fileURLToPath } from 'node:url'
import type { Report } from '../src/report/schema.js'
import { reviewData, reviewScript, scriptJson, REVIEW_DATA_SCHEMA, type ReviewData, type ReviewItem, type ReviewPage } from '../src/review/index.js'
import { renderItem, renderTwin, renderJoin, renderInline, esc, visible } from '../src/review/render.js'
import { parseDecisions } from '../src/cli/decisions.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLI = path.join(ROOT, 'bin/scanclean.js')

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', input })
}

/** The embedded data of a review page, read back the way the page reads it. */
function embedded(html: string): ReviewData {
  const m = /<script type="application\/json" id="review-data">([\s\S]*?)<\/script>/.exec(html)
  if (!m) throw new Error('no embedded data')
  return JSON.parse(m[1]) as ReviewData
}

let dir: string
let out: string
let html: string
let reports: Report[]

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/cli.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' })
  dir = mkdtempSync(path.join(tmpdir(), 'scanclean-review-'))
  out = path.join(dir, 'out')
  const run = cli(['input', '--out', out, '--quiet'])
  expect(run.status, run.stderr).toBe(0)
  const review = cli(['review', out])
  expect(review.status, review.stderr).toBe(0)
  expect(review.stderr).toMatch(/review page written: .*review\.html \(5 page\(s\), \d+ change\(s\)\)/)
  html = readFileSync(path.join(out, 'review.html'), 'utf8')
  reports = readdirSync(out)
    .filter((n) => n.endsWith('.report.json'))
    .sort()
    .map((n) => JSON.parse(readFileSync(path.join(out, n), 'utf8')) as Report)
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('review page of the seed batch', () => {
  it('embeds every page and every change of the JSON reports, once', () => {
    const data = embedded(html)
    expect(data.schema).toBe(REVIEW_DATA_SCHEMA)
    expect(data.decisionsSchema).toBe('scanclean-decisions/1')
    expect(data.pages.map((p) => p.name)).toEqual(reports.map((r) => r.page.name))
    expect(data.pages).toHaveLength(5)
    for (const [i, page] of data.pages.entries()) {
      const report = reports[i]
      expect(page.base + '.txt').toBe(report.page.name)
      expect(page.items).toHaveLength(report.records.length)
      expect(page.items.map((it) => it.id).sort()).toEqual(report.records.map((r) => r.id).sort())
      expect(page.summary).toEqual(report.summary)
      for (const item of page.items) {
        const record = report.records.find((r) => r.id === item.id)!
        expect(item.kind).toBe(record.kind)
        expect(item.actual).toBe(record.actual)
        expect(item.diff).toEqual(record.diff)
        expect(item).not.toHaveProperty('removed')
      }
      // page order: by source offset
      const offsets = page.items.map((it) => it.place.start.offset)
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    }
  })

  it('renders one item per record, each with its data-id (count equals the reports)', () => {
    const data = embedded(html)
    const total = reports.reduce((n, r) => n + r.records.length, 0)
    expect(total).toBeGreaterThan(100)
    let rendered = 0
    for (const [p, page] of data.pages.entries()) {
      const markup = page.items.map((item, n) => renderItem(item, page, p, n, undefined, item.kind)).join('')
      const ids = [...markup.matchAll(/<article class="change[^"]*" data-id="([^"]+)"/g)].map((m) => m[1])
      expect(ids).toEqual(page.items.map((it) => esc(it.id)))
      rendered += ids.length
    }
    expect(rendered).toBe(total)
  })

  it('shows the duplicates of page 003 beside their kept twins', () => {
    const data = embedded(html)
    const page = data.pages.find((p) => p.name.startsWith('003_'))!
    const dups = page.items.filter((it) => it.kind === 'duplicate')
    expect(dups.length).toBeGreaterThan(0)
    const yongsheng = dups.filter((it) => it.actual.includes('永胜县'))
    expect(yongsheng.length).toBeGreaterThan(0)
    for (const item of dups) {
      const markup = renderTwin(item, page)
      expect(markup).toContain('<section class="side kept">')
      expect(markup).toContain('<section class="side removed">')
      expect(markup).toContain('<mark class="win">')
      expect(markup).toContain('similarity <b>' + item.score!.toFixed(2))
      expect((markup.match(/<ins>/g) ?? []).length).toBe(item.diff!.filter((d) => d[0] === '+').length)
      expect((markup.match(/<del>/g) ?? []).length).toBe(item.diff!.filter((d) => d[0] === '-').length)
    }
  })

  it('is self-contained: no network, no external assets, a strict CSP', () => {
    // (asserted on booleans so that a failure does not print the whole page)
    const has = (re: RegExp, text = html) => re.test(text)
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`)).toBe(true)
    expect(has(/<script[^>]*\bsrc=/i)).toBe(false)
    expect(has(/<link\b/i)).toBe(false)
    expect(has(/<(img|iframe|object|embed|audio|video|source|base)\b/i)).toBe(false)
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]
    expect(has(/@import|url\(/i, css)).toBe(false)
    expect(has(/\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts/)).toBe(false)
    // outside the embedded page text (which may quote an address), no http(s) reference at all
    const withoutData = html.replace(/<script type="application\/json" id="review-data">[\s\S]*?<\/script>/, '')
    expect(withoutData.match(/https?:\/\/\S{0,40}/gi) ?? []).toEqual([])
    // exactly two scripts: the data and the inline program
    expect(html.match(/<script\b/g)).toHaveLength(2)
  })

  it('has a script that parses, and data that cannot end its <script> element', () => {
    const scripts = [...html.matchAll(/<script>\n([\s\S]*?)\n<\/script>/g)].map((m) => m[1])
    expect(scripts).toHaveLength(1)
    expect(() => new Script(scripts[0])).not.toThrow()
    expect(() => new Script(reviewScript())).not.toThrow()
    const evil = { text: '</script><script>alert(1)</script><!-- \u2028\u2029 & "' }
    const json = scriptJson(evil)
    expect(json).not.toMatch(/<|>|\u2028|\u2029/)
    expect(JSON.parse(json)).toEqual(evil)
  })

  it('writes review.html at clean time with --review, the same as `scanclean review`', () => {
    const again = path.join(dir, 'again')
    const run = cli(['input', '--out', again, '--review'])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toContain('review page written')
    const other = readFileSync(path.join(again, 'review.html'), 'utf8')
    // only the folder's name (the title) differs
    expect({ ...embedded(other), title: 'out' }).toEqual(embedded(html))
    expect(other.length - html.length).toBe(3 * ('again'.length - 'out'.length))
  })
})

describe('review command errors', () => {
  it('refuses a folder without reports, and --review on stdin', () => {
    const empty = path.join(dir, 'empty')
    mkdirSync(empty)
    let run = cli(['review', empty])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('no *.report.json')
    run = cli(['review', path.join(dir, 'missing')])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('no such file or folder')
    writeFileSync(path.join(empty, 'x.report.json'), '{"schema":"other"}')
    run = cli(['review', empty])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('not a scanclean report')
    run = cli(['-', '--review'], 'text')
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--review applies to a batch')
  })
})

// ---------------------------------------------------------------------------------------------
// rendering of single changes (the functions the page runs)

const PAGE: ReviewPage = {
  name: 'p.txt',
  base: 'p',
  length: 1000,
  lines: 40,
  summary: { changes: 1, warnings: 0, byKind: {} },
  unmatched: [],
  items: [],
}

function item(over: Partial<ReviewItem>): ReviewItem {
  return {
    id: 'x-1',
    rule: 'dedup',
    kind: 'duplicate',
    level: 'info',
    message: 'm',
    lines: [10, 10],
    place: { start: { line: 10, column: 1, offset: 500 }, end: { line: 10, column: 9, offset: 508 } },
    actual: '',
    expected: [],
    ...over,
  }
}

describe('rendering a change', () => {
  it('a near duplicate: deletions in the kept twin, insertions in the copy, all escaped', () => {
    const twinText = '前文。红色服务<x>好。后文'
    const rec = item({
      actual: '红包服务<b>好。',
      twin: { blockId: 'b1', lines: [3, 4], place: { start: { line: 3, column: 1, offset: 100 }, end: { line: 4, column: 1, offset: 115 } }, text: twinText },
      diff: [['=', '红'], ['-', '色'], ['+', '包'], ['=', '服务'], ['-', '<x>'], ['+', '<b>'], ['=', '好。']],
      twinWindow: [3, 12],
      score: 0.8,
      containment: 0.9,
    })
    const markup = renderTwin(rec, PAGE)
    expect(markup).toContain('<div class="txt">前文。<mark class="win">红<del>色</del>服务<del>&lt;x&gt;</del>好。</mark>后文</div>')
    expect(markup).toContain('<div class="txt">红<ins>包</ins>服务<ins>&lt;b&gt;</ins>好。</div>')
    expect(markup).toContain('Kept · lines 3–4')
    expect(markup).toContain('Removed copy · line 10')
    expect(markup).toContain('similarity <b>0.80</b>')
    expect(markup).toContain('4 character(s) only in the kept text, 4 only in the copy')
    expect(markup).toContain('class="pb pb-kept" style="left:10.00%')
    expect(markup).toContain('class="pb pb-removed" style="left:50.00%')
  })

  it('a join: the seam between the halves and what stood between them', () => {
    const markup = renderJoin(item({ kind: 'join', rule: 'join', halves: ['前半段社', '区减负'], between: ['▲图片说明<a>'] }), PAGE)
    expect(markup).toContain('<span class="half half-a">前半段社</span><span class="seam"')
    expect(markup).toContain('<span class="half half-b">区减负</span>')
    expect(markup).toContain('<li>▲图片说明&lt;a&gt;</li>')
  })

  it('a normalisation: before/after inline with visible spaces, in its context', () => {
    const markup = renderInline(item({ kind: 'space', rule: 'normalise', actual: ' ', expected: [''], ctx: ['前：', '后'] }), PAGE)
    expect(markup).toContain('<span class="ctx">前：</span><del><span class="ws" title="space">␣</span></del><span class="ctx">后</span>')
    expect(markup).not.toContain('<ins>')
    const punct = renderInline(item({ kind: 'punctuation', actual: ',', expected: ['，'] }), PAGE)
    expect(punct).toContain('<del>,</del><ins>，</ins>')
    expect(visible('\u3000a\u200b')).toBe('<span class="ws" title="ideographic space U+3000">□</span>a<span class="ws" title="invisible U+200B">¦</span>')
  })

  it('a warning stands out, and a flag offers no revert', () => {
    const flag = renderItem(item({ kind: 'flag', level: 'warning', rule: 'flag-open', actual: '教育培训等' }), PAGE, 0, 0, undefined, 'Flags')
    expect(flag).toContain('class="change k-flag warn no-revert"')
    expect(flag).toContain('⚠ check')
    expect(flag).toContain('<mark class="flagged">教育培训等</mark>')
    expect(flag).not.toContain('data-act="revert"')
    const reverted = renderItem(item({ kind: 'marker', rule: 'strip', overridden: 'reverted' }), PAGE, 0, 0, 'revert', 'Markers')
    expect(reverted).toContain('v-revert')
    expect(reverted).toContain('reverted (by the decisions file)')
  })
})

describe('review data', () => {
  it('an overridden change comes back as reverted, and the decisions format is what --decisions reads', () => {
    const report = reports.find((r) => r.page.name.startsWith('003_'))!
    const data = reviewData([{ report: { ...report, unmatchedDecisions: ['gone-1'] }, base: '003' }], 't')
    expect(data.pages[0].unmatched).toEqual(['gone-1'])
    expect(data.kinds.map((k) => k.kind)).toContain('duplicate')
    // the export the page builds (client.ts decisionsJson) for one verdict
    const exported = JSON.stringify({ schema: data.decisionsSchema, decisions: [{ page: report.page.name, id: report.records[0].id, verdict: 'revert' }] })
    expect(parseDecisions(exported, 'x')).toEqual([{ page: report.page.name, id: report.records[0].id, verdict: 'revert' }])
  })
})
