/**
 * The review page in a real browser: Debian's headless Chromium driven by playwright-core. Opens
 * the review page of the seed batch from file:// with the network off, finds page 003's removed
 * 永胜县 duplicates with their diffs, reverts one with the keyboard, exports the decisions, re-cleans
 * with them, and checks that exactly that paragraph came back.
 *
 * Skipped (with a message) only when there is no Chromium and CI is not 'true'; in CI a missing
 * browser fails the test.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { Report, ReportRecord } from '../src/report/schema.js'
import { parseDecisions, DECISIONS_SCHEMA } from '../src/cli/decisions.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLI = path.join(ROOT, 'bin/scanclean.js')
const CHROMIUM = process.env.SCANCLEAN_CHROMIUM ?? '/usr/bin/chromium'
const HAVE_CHROMIUM = existsSync(CHROMIUM)
const SKIP = !HAVE_CHROMIUM && process.env.CI !== 'true'
if (SKIP) {
  console.warn(`browser.test.ts: skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium; in CI this fails instead)`)
}

function cli(args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' })
  return run
}

function files(dir: string): Map<string, Buffer> {
  const map = new Map<string, Buffer>()
  for (const name of readdirSync(dir).sort()) if (/\.(md|report\.json)$/.test(name)) map.set(name, readFileSync(path.join(dir, name)))
  return map
}

function readReports(dir: string): Report[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.report.json'))
    .sort()
    .map((n) => JSON.parse(readFileSync(path.join(dir, n), 'utf8')) as Report)
}

const count = (text: string, part: string) => text.split(part).length - 1

let tmp: string
let first: string // the batch cleaned without decisions
let firstFiles: Map<string, Buffer>
let reports: Report[]

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/cli.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' })
  tmp = mkdtempSync(path.join(tmpdir(), 'scanclean-browser-'))
  first = path.join(tmp, 'first')
  const run = cli(['input', '--out', first, '--review', '--quiet'])
  expect(run.status, run.stderr).toBe(0)
  firstFiles = files(first)
  reports = readReports(first)
})

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true })
})

describe('decisions files', () => {
  it('an empty decisions file gives the same output as none', () => {
    const empty = path.join(tmp, 'empty.json')
    writeFileSync(empty, JSON.stringify({ schema: DECISIONS_SCHEMA, decisions: [] }))
    const out = path.join(tmp, 'with-empty')
    const run = cli(['input', '--out', out, '--decisions', empty, '--quiet'])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toBe('')
    const got = files(out)
    expect([...got.keys()]).toEqual([...firstFiles.keys()])
    for (const [name, bytes] of firstFiles) expect(got.get(name)!.equals(bytes), name).toBe(true)
  })
})

describe('review page in headless Chromium', () => {
  let browser: Browser | undefined

  afterAll(async () => {
    await browser?.close()
  })

  async function open(dir: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const context = await browser!.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } })
    await context.setOffline(true)
    const page = await context.newPage()
    const requests: string[] = []
    const errors: string[] = []
    page.on('request', (r) => {
      if (!/^(file|data|blob|about):/.test(r.url())) requests.push(r.url())
    })
    page.on('pageerror', (e) => errors.push(String(e)))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    await page.goto(pathToFileURL(path.join(dir, 'review.html')).href)
    await page.waitForSelector('body.ready', { timeout: 10_000 })
    return { page, requests, errors }
  }

  it.skipIf(SKIP)('lists 003’s 永胜县 duplicates with diffs; reverting one and re-cleaning restores exactly that paragraph', async () => {
    const t0 = Date.now()
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    const { page, requests, errors } = await open(first)

    // every record of every report appears once
    const total = reports.reduce((n, r) => n + r.records.length, 0)
    await page.click('.page-entry[data-index="-1"]')
    await page.keyboard.press('G') // the list renders as it scrolls: the last change brings in every one
    expect(await page.getAttribute('article.change.current', 'data-n')).toBe(String(total - 1))
    const shown = await page.$$eval('article.change', (els) => els.map((e) => [Number(e.getAttribute('data-pi')), e.getAttribute('data-id')] as [number, string]))
    expect(shown).toHaveLength(total)
    reports.forEach((report, p) => {
      expect(shown.filter(([sp]) => sp === p).map(([, id]) => id).sort()).toEqual(report.records.map((r) => r.id).sort())
    })

    // page 003, duplicates only
    const p3 = reports.findIndex((r) => r.page.name.startsWith('003_'))
    const report3 = reports[p3]
    const name3 = report3.page.name
    const base3 = name3.replace(/\.txt$/, '')
    await page.click(`.page-entry[data-page="${name3}"]`)
    await page.click('#kinds .chip[data-kind="duplicate"]')
    const dups = report3.records.filter((r) => r.kind === 'duplicate')
    expect(await page.$$eval('article.change', (els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(dups.map(() => 'duplicate'))

    // the duplicates removed below the 永胜县 article's heading (the source line "永胜县：…")
    const sourceLines = readFileSync(path.join(ROOT, 'input', name3), 'utf8').split('\n')
    const articleLine = sourceLines.findIndex((l) => l.startsWith('永胜县')) + 1
    expect(articleLine).toBeGreaterThan(0)
    const yongsheng = dups.filter((r) => r.lines[0] > articleLine)
    expect(yongsheng.length).toBeGreaterThan(0)
    const target = yongsheng.find((r) => r.actual.startsWith('永胜县')) as ReportRecord
    expect(target, 'a removed duplicate of the 永胜县 paragraph').toBeDefined()
    const strip = (s: string) => s.replace(/[\s␣□⍽⇥⏎¦]/g, '')
    for (const rec of yongsheng) {
      const item = page.locator(`article.change[data-id="${rec.id}"]`)
      await expect.poll(() => item.count()).toBe(1)
      const view = await item.evaluate((el) => ({
        removed: el.querySelector('.side.removed .txt')?.textContent ?? '',
        kept: el.querySelector('.side.kept .txt')?.textContent ?? '',
        window: el.querySelector('.side.kept mark.win')?.textContent ?? '',
        ins: Array.from(el.querySelectorAll('.side.removed ins')).map((x) => x.textContent),
        del: Array.from(el.querySelectorAll('.side.kept del')).map((x) => x.textContent),
        score: el.querySelector('.facts')?.textContent ?? '',
        where: Array.from(el.querySelectorAll('.side h4')).map((h) => h.textContent),
        bars: el.querySelectorAll('.pagebar .pb').length,
      }))
      // side by side: the kept twin with the matched window highlighted | the removed copy
      expect(strip(view.removed)).toBe(strip(rec.actual))
      expect(strip(view.kept)).toBe(strip(rec.twin!.text))
      expect(strip(view.window)).toBe(strip(rec.twin!.text.slice(...rec.twinWindow!)))
      // character diff: one <ins> per insertion, one <del> per deletion (none for an exact copy)
      expect(view.ins.map((s) => strip(s ?? ''))).toEqual(rec.diff!.filter((d) => d[0] === '+').map((d) => strip(d[1])))
      expect(view.del.map((s) => strip(s ?? ''))).toEqual(rec.diff!.filter((d) => d[0] === '-').map((d) => strip(d[1])))
      expect(view.score).toContain(`similarity ${rec.score!.toFixed(2)}`)
      expect(view.where[0]).toMatch(new RegExp(`^Kept · lines? ${rec.twin!.lines[0]}\\b`))
      expect(view.where[1]).toMatch(new RegExp(`^Removed copy · lines? ${rec.lines[0]}\\b`))
      expect(view.bars).toBe(2)
    }

    // revert the 永胜县 copy with the keyboard: walk to it with j, press r
    await page.keyboard.press('g')
    for (let i = 0; i < dups.length; i++) {
      if ((await page.getAttribute('article.change.current', 'data-id')) === target.id) break
      await page.keyboard.press('j')
    }
    expect(await page.getAttribute('article.change.current', 'data-id')).toBe(target.id)
    await page.keyboard.press('r')
    const reverted = page.locator(`article.change[data-id="${target.id}"]`)
    expect(await reverted.getAttribute('class')).toContain('v-revert')
    expect(await reverted.locator('.verdict').textContent()).toContain('reverted')
    // the counts follow
    expect(await page.textContent(`[data-vc="${p3}"] .vc-revert`)).toBe('↺ 1')
    expect(await page.textContent(`[data-vc="${p3}"] .vc-open`)).toBe(`${report3.records.length - 1} open`)
    expect(await page.textContent('#stats .vc-revert')).toBe('↺ 1')
    expect(await page.textContent('#kinds .chip[data-kind="duplicate"] .open')).toBe(`${dups.length - 1} open`)

    // export: a download of decisions.json, also shown as text
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('e')])
    expect(download.suggestedFilename()).toBe('decisions.json')
    const decisionsFile = path.join(tmp, 'decisions.json')
    await download.saveAs(decisionsFile)
    const exported = readFileSync(decisionsFile, 'utf8')
    expect(await page.inputValue('#export-text')).toBe(exported)
    expect(parseDecisions(exported, decisionsFile)).toEqual([{ page: name3, id: target.id, verdict: 'revert' }])
    expect(requests).toEqual([])
    expect(errors).toEqual([])

    // re-clean with the decisions
    const second = path.join(tmp, 'second')
    const run = cli(['input', '--out', second, '--decisions', decisionsFile, '--review'])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).not.toContain('match no')
    const secondFiles = files(second)
    expect([...secondFiles.keys()]).toEqual([...firstFiles.keys()])
    for (const [file, bytes] of firstFiles) {
      if (file.startsWith(base3 + '.')) continue
      expect(secondFiles.get(file)!.equals(bytes), `${file} unchanged`).toBe(true)
    }
    // the paragraph is back in 003's Markdown, once more than before, where it stood
    const before = firstFiles.get(`${base3}.md`)!.toString('utf8')
    const after = secondFiles.get(`${base3}.md`)!.toString('utf8')
    expect(count(after, target.actual)).toBe(count(before, target.actual) + 1)
    const insertedAt: number[] = []
    for (let at = after.indexOf(target.actual); at >= 0; at = after.indexOf(target.actual, at + 1)) {
      const end = at + target.actual.length
      if (after.slice(0, at) + after.slice(end + 2) === before && after.slice(end, end + 2) === '\n\n') insertedAt.push(at)
      else if (after.slice(0, at - 2) + after.slice(end) === before && after.slice(at - 2, at) === '\n\n') insertedAt.push(at)
    }
    expect(insertedAt.length, 'the Markdown is the old one with the paragraph put back, nothing else').toBeGreaterThan(0)
    const report3b = readReports(second).find((r) => r.page.name === name3)!
    const blocks = report3b.restore.blocks
    const k = blocks.findIndex((b) => b.id === target.blockId)
    expect(k, 'the block is back in the output').toBeGreaterThanOrEqual(0)
    const sourceStart = (b: (typeof blocks)[number]) => b.runs[0]?.[1] ?? -1
    const start = target.place.start.offset
    const earlier = blocks.filter((b, i) => i !== k && sourceStart(b) < start)
    expect(blocks[k - 1]).toBe(earlier.reduce((m, b) => (sourceStart(b) > sourceStart(m) ? b : m)))
    if (k + 1 < blocks.length) expect(sourceStart(blocks[k + 1])).toBeGreaterThan(start)
    // the report says which change the decision overrode; every other change is as before
    const rec = report3b.records.find((r) => r.id === target.id)!
    expect(rec.overridden).toBe('reverted')
    expect(report3b.records.filter((r) => r.overridden).map((r) => r.id)).toEqual([target.id])
    expect(report3b.records.map((r) => r.id).sort()).toEqual(report3.records.map((r) => r.id).sort())
    expect(report3b.unmatchedDecisions).toBeUndefined()

    // the review page of the re-cleaned batch shows the change as reverted and exports it again
    const again = await open(second)
    await again.page.click(`.page-entry[data-page="${name3}"]`)
    expect(await again.page.getAttribute(`article.change[data-id="${target.id}"]`, 'class')).toContain('v-revert')
    await again.page.click('#show-export')
    expect(parseDecisions(await again.page.inputValue('#export-text'), 'again')).toEqual([{ page: name3, id: target.id, verdict: 'revert' }])
    expect(again.requests).toEqual([])
    expect(again.errors).toEqual([])
    console.log(`browser test: ${Date.now() - t0} ms`)
  })
})
