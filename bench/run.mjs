// Batch benchmark (`npm run bench`; not part of the tests). Builds a seeded synthetic archive from
// the sample pages (bench/corpus.mjs: novel text, within-page artefacts, articles reprinted on later
// pages with and without OCR noise, pages scanned twice; the ground truth is known), runs the CLI at
// each size with --across (and the smallest and largest without), and prints pages/s, MB/s, peak RSS, the growth
// exponent of time against N and the reprint recall/precision. Side by side, on the same pages, it
// runs the across-page check a user would write with string-similarity — every paragraph against
// every kept paragraph of the earlier pages — at the sizes that finish within a time budget
// (estimated from a sample before each run), and prints the speed ratio and both recalls.
//
//   npm run bench                           sizes 1000,2000,4000,8000, seed 1
//   npm run bench -- --sizes 500,1000 --seed 7 --budget 240 --baseline 350 --workers 2 --keep
//
// Options: --sizes (pages, with --across), --plain (sizes cleaned without --across; default the
// smallest and the largest), --seed, --budget (seconds the baseline may take at most; default 180),
// --baseline (sizes to try the baseline at; default 125, 175, 250, 350, 500, … up to the budget),
// --workers (default: the CLI's, one per core), --dir (corpus and outputs; default
// $TMPDIR/scanclean-bench), --keep (keep the outputs).
import { spawn } from 'node:child_process'
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, statfsSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import stringSimilarity from 'string-similarity'
import { makeArchive } from './corpus.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const sizes = opt('sizes', '1000,2000,4000,8000').split(',').map(Number)
const plainSizes = opt('plain', `${Math.min(...sizes)},${Math.max(...sizes)}`).split(',').map(Number)
const seed = Number(opt('seed', '1'))
const budget = Number(opt('budget', '180'))
const workers = opt('workers', undefined)
const keep = args.includes('--keep')
const baselineSizes = opt('baseline', undefined)?.split(',').map(Number)
const base = opt('dir', path.join(os.tmpdir(), 'scanclean-bench'))
const MIN_LENGTH = 30 // src/across/judge.ts: shorter paragraphs are never compared across pages
const BASELINE_THRESHOLD = 0.8 // the same similarity threshold as src/across/judge.ts

const fold = (t) => t.normalize('NFKC').replace(/[\s“”"‘’'，、。．：；,.:;!?！？()（）]/g, '')

// ---------------------------------------------------------------------------------------------
// corpus

const maxSize = Math.max(...sizes, ...plainSizes)
const corpusDir = path.join(base, `corpus-seed${seed}`)
const allDir = path.join(corpusDir, 'all')
const truthFile = path.join(corpusDir, 'truth.json')

function buildCorpus() {
  const marker = path.join(corpusDir, `complete-${maxSize}`)
  // a larger corpus of the same seed holds this one (the archive of n pages is a prefix)
  const made = existsSync(corpusDir) ? readdirSync(corpusDir).map((f) => /^complete-(\d+)$/.exec(f)?.[1]).filter(Boolean).map(Number) : []
  if (made.some((m) => m >= maxSize)) return JSON.parse(readFileSync(truthFile, 'utf8'))
  rmSync(corpusDir, { recursive: true, force: true })
  mkdirSync(allDir, { recursive: true })
  const truth = []
  const t0 = performance.now()
  for (const page of makeArchive({ pages: maxSize, seed, inputDir: path.join(root, 'input') })) {
    writeFileSync(path.join(allDir, page.name), page.text)
    truth.push({
      name: page.name,
      rescanOf: page.rescanOf,
      blocks: page.blocks.filter((b) => b.label !== 'heading' && b.label !== 'short').map((b) => ({ text: b.text, label: b.label, source: b.source })),
    })
  }
  writeFileSync(truthFile, JSON.stringify(truth))
  writeFileSync(marker, '')
  console.error(`corpus: ${maxSize} pages generated in ${((performance.now() - t0) / 1000).toFixed(1)} s (${corpusDir})`)
  return truth
}

/** A folder with the first n pages (hard links). */
function sizeDir(n) {
  const dir = path.join(corpusDir, `n${n}`)
  if (existsSync(path.join(dir, '.complete'))) return dir
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const names = readdirSync(allDir).sort().slice(0, n)
  for (const name of names) linkSync(path.join(allDir, name), path.join(dir, name))
  writeFileSync(path.join(dir, '.complete'), '')
  return dir
}

function bytesOf(dir) {
  let bytes = 0
  for (const name of readdirSync(dir)) if (name.endsWith('.txt')) bytes += statSync(path.join(dir, name)).size
  return bytes
}

// ---------------------------------------------------------------------------------------------
// running the CLI

/**
 * Every run writes into a folder of its own, and no output is deleted until the bench is over. On a
 * file system like this machine's (ext4 without a journal), creating a file within a minute or more
 * of deleting thousands costs about a millisecond more each: the inode allocator walks past every
 * recently freed inode (find_inode_bit, recently_deleted). Emptying the output folder before each
 * run made the runs time the bench's own clean-up. With too little free space for that, the old way
 * is taken and said.
 */
let runCount = 0
let outRoot
let keepOutputs = true
function runFolder() {
  if (!keepOutputs) {
    const only = path.join(outRoot, 'run')
    rmSync(only, { recursive: true, force: true })
    return only
  }
  return path.join(outRoot, `run-${++runCount}`)
}

function run(dir, across) {
  const out = runFolder()
  const cli = [path.join(root, 'bin/scanclean.js'), dir, '--out', out, '-q', ...(across ? ['--across'] : []), ...(workers ? ['--workers', workers] : [])]
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    // /usr/bin/time reports the peak RSS of the process, worker threads included
    const child = spawn('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, ...cli], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const wall = (performance.now() - t0) / 1000
      const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr)
      if (code !== 0 || !m) return reject(new Error(`scanclean exited ${code}: ${stderr.slice(-2000)}`))
      resolve({ wall, cpu: Number(m[2]) + Number(m[3]), rssMiB: Number(m[4]) / 1024, out })
    })
  })
}

// ---------------------------------------------------------------------------------------------
// evaluation against the ground truth

function grams(text, n = 3) {
  const out = new Set()
  for (let i = 0; i + n <= text.length; i++) out.add(text.slice(i, i + n))
  return out
}

/** The written block a removed text came from: same text, a near copy, or a part of it. */
function matchBlock(text, blocks) {
  const f = fold(text)
  const mine = grams(f)
  let best = -1
  let bestScore = 0
  blocks.forEach((b, i) => {
    const g = fold(b.text)
    let score = f === g ? 1 : 0
    if (!score && Math.min(f.length, g.length) >= 0.7 * Math.max(f.length, g.length)) score = stringSimilarity.compareTwoStrings(f, g) >= 0.9 ? 0.95 : 0
    if (!score && f.length < g.length) {
      const theirs = grams(g)
      let shared = 0
      for (const x of mine) if (theirs.has(x)) shared++
      if (mine.size && shared / mine.size >= 0.9) score = 0.9
    }
    if (score > bestScore) {
      best = i
      bestScore = score
    }
  })
  return best
}

/**
 * Scores removals ({ page, text }) against the injected reprints of the first n pages: a removal is
 * right when it is (a part of) a reprinted block; a reprinted block is found when some removal is
 * (a part of) it. Precision counts removals, recall counts reprinted blocks.
 */
function score(truth, n, removals) {
  const byPage = new Map()
  for (const r of removals) {
    const list = byPage.get(r.page) ?? []
    list.push(r.text)
    byPage.set(r.page, list)
  }
  let positives = 0
  let found = 0
  let right = 0
  let wrongCount = 0
  const wrong = []
  for (const page of truth.slice(0, n)) {
    const blocks = page.blocks
    const reprints = new Set()
    blocks.forEach((b, i) => {
      if (b.label === 'reprint' && fold(b.text).length >= MIN_LENGTH) reprints.add(i)
    })
    positives += reprints.size
    const hit = new Set()
    for (const text of byPage.get(page.name) ?? []) {
      const i = matchBlock(text, blocks)
      if (i >= 0 && blocks[i].label === 'reprint') {
        right++
        hit.add(i)
      } else {
        wrongCount++
        if (wrong.length < 5) wrong.push(`${page.name}: ${i >= 0 ? blocks[i].label : 'unmatched'}: ${text.slice(0, 40)}…`)
      }
    }
    for (const i of hit) if (reprints.has(i)) found++
  }
  const total = right + wrongCount
  return { positives, tp: found, fp: wrongCount, recall: positives ? found / positives : 1, precision: total ? right / total : 1, wrong }
}

/** The across removals recorded in the reports of an output folder. */
function acrossRemovals(out) {
  const removals = []
  let headings = 0
  let copies = 0
  for (const name of readdirSync(out).filter((f) => f.endsWith('.report.json')).sort()) {
    const report = JSON.parse(readFileSync(path.join(out, name), 'utf8'))
    if (report.copyOf) copies++
    for (const r of report.records) {
      if (r.rule !== 'across' || r.kind !== 'duplicate' || r.overridden) continue
      if (r.note === 'heading reprinted with its paragraphs') headings++
      else removals.push({ page: report.page.name, text: r.actual })
    }
  }
  return { removals, headings, copies }
}

// ---------------------------------------------------------------------------------------------
// the baseline: all pairs of paragraphs with string-similarity

/** Paragraphs of the cleaned Markdown of the first n pages (headings left out). */
function markdownParagraphs(out, truth, n) {
  return truth.slice(0, n).map((page) => {
    const md = readFileSync(path.join(out, page.name.replace(/\.txt$/, '.md')), 'utf8')
    return {
      page: page.name,
      paragraphs: md.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p && !p.startsWith('#') && fold(p).length >= MIN_LENGTH),
    }
  })
}

/** Every paragraph against every kept paragraph of earlier pages; stops after `limit` comparisons. */
function allPairs(pages, limit = Infinity) {
  const kept = []
  const removals = []
  let comparisons = 0
  const t0 = performance.now()
  for (const page of pages) {
    const mine = []
    for (const p of page.paragraphs) {
      let copy = false
      for (let i = 0; i < kept.length; i++) {
        comparisons++
        if (stringSimilarity.compareTwoStrings(p, kept[i]) >= BASELINE_THRESHOLD) {
          copy = true
          break
        }
      }
      if (copy) removals.push({ page: page.page, text: p })
      else mine.push(p)
      if (comparisons >= limit) return { seconds: (performance.now() - t0) / 1000, comparisons, removals, partial: true }
    }
    kept.push(...mine)
  }
  return { seconds: (performance.now() - t0) / 1000, comparisons, removals, partial: false }
}

/** Comparisons the baseline would make at most (every paragraph against all earlier ones). */
function pairCount(pages) {
  let before = 0
  let pairs = 0
  for (const page of pages) {
    pairs += page.paragraphs.length * before
    before += page.paragraphs.length
  }
  return pairs
}

// ---------------------------------------------------------------------------------------------

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8')
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? '?'
  return `${os.availableParallelism()} cores (nproc), ${model}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}`
}

const f1 = (x) => x.toFixed(1)
const f2 = (x) => x.toFixed(2)
const f3 = (x) => x.toFixed(3)

async function main() {
  console.error(`machine: ${machine()}; load average ${os.loadavg().map(f2).join(' ')}`)
  const truth = buildCorpus()
  const rows = []
  // the outputs of an earlier bench are moved aside now and deleted with this one's at the end
  outRoot = path.join(base, 'out')
  const stale = path.join(base, `stale-${process.pid}`)
  if (existsSync(outRoot)) renameSync(outRoot, stale)
  mkdirSync(outRoot, { recursive: true })
  const pagesWritten = 2 * Math.max(...plainSizes) + [...sizes, ...plainSizes].reduce((a, b) => a + b, 0) + 4 * 1000
  const { bavail, bsize } = statfsSync(outRoot)
  // about 80 KB of Markdown and reports a page, with room to spare
  keepOutputs = bavail * bsize > pagesWritten * 80e3 * 2
  if (!keepOutputs) console.error('bench: little free space: each run replaces the previous output (file creation may be slower)')

  // without --across; the paragraphs of the largest run give the baseline's comparison counts
  let counts = []
  for (const n of [...plainSizes].sort((a, b) => a - b)) {
    const dir = sizeDir(n)
    const plain = await run(dir, false)
    rows.push({ n, across: false, bytes: bytesOf(dir), ...plain })
    console.error(`n=${n} without --across: ${f2(plain.wall)} s`)
    counts = markdownParagraphs(plain.out, truth, n).map((p) => p.paragraphs.length)
  }

  // with --across
  for (const n of [...sizes].sort((a, b) => a - b)) {
    const dir = sizeDir(n)
    const bytes = bytesOf(dir)
    const result = await run(dir, true)
    const found = acrossRemovals(result.out)
    const quality = score(truth, n, found.removals)
    rows.push({ n, across: true, bytes, ...result, ...found, quality })
    console.error(
      `n=${n} --across: ${f2(result.wall)} s, recall ${f3(quality.recall)}, precision ${f3(quality.precision)}` +
        (quality.wrong.length ? `; wrongly removed e.g. ${quality.wrong.join(' | ')}` : ''),
    )
  }

  // the baseline, at the sizes that finish within the budget
  const ladder = (baselineSizes ?? [125, 175, 250, 350, 500, 700, 1000, 1400, 2000, 2800, 4000, 5600, 8000]).filter((n) => n <= maxSize)
  const baseline = []
  for (const n of ladder) {
    const dir = sizeDir(n)
    const clean = await run(dir, false)
    const pages = markdownParagraphs(clean.out, truth, n)
    const pairs = pairCount(pages)
    const sample = allPairs(pages, 200_000)
    const estimate = clean.wall + (pairs * sample.seconds) / Math.max(1, sample.comparisons)
    if (estimate > budget) {
      console.error(`baseline n=${n}: estimated ${f1(estimate)} s (${(pairs / 1e6).toFixed(0)} M comparisons) > budget ${budget} s: stopped`)
      break
    }
    const pairsRun = allPairs(pages)
    const quality = score(truth, n, pairsRun.removals)
    // ours is short enough to take the median of three runs (the machine may be shared)
    const runs = []
    for (let i = 0; i < 3; i++) runs.push(await run(dir, true))
    const ours = runs.sort((a, b) => a.wall - b.wall)[1]
    const oursQuality = score(truth, n, acrossRemovals(ours.out).removals)
    baseline.push({ n, clean: clean.wall, pairs: pairsRun.seconds, comparisons: pairsRun.comparisons, upperBound: pairs, quality, ours, oursQuality })
    console.error(`baseline n=${n}: ${f1(clean.wall + pairsRun.seconds)} s (clean ${f1(clean.wall)} s + all pairs ${f1(pairsRun.seconds)} s); ours ${f2(ours.wall)} s`)
  }
  rmSync(stale, { recursive: true, force: true })
  if (!keep) rmSync(outRoot, { recursive: true, force: true })

  // what the baseline would take at the sizes it did not run: its comparisons counted on the pages,
  // at the cost per comparison it had on its largest run
  const projections = []
  const lastBaseline = baseline[baseline.length - 1]
  if (lastBaseline) {
    const perComparison = lastBaseline.pairs / lastBaseline.comparisons
    const plainRow = rows.filter((r) => !r.across).sort((a, b) => b.n - a.n)[0]
    for (const r of rows.filter((r) => r.across && r.n <= counts.length && r.n > lastBaseline.n)) {
      // the count of every pair, scaled as on the largest run (a copy found stops its comparisons; copies are not kept)
      const pairs = (pairCount(counts.slice(0, r.n).map((c) => ({ paragraphs: { length: c } }))) * lastBaseline.comparisons) / lastBaseline.upperBound
      const clean = (plainRow.wall * r.n) / plainRow.n
      projections.push({ n: r.n, pairs, seconds: clean + pairs * perComparison, ours: r.wall })
    }
  }

  // report
  const L = []
  L.push(`Machine: ${machine()}. Load average at the end: ${os.loadavg().map(f2).join(' ')}.`, '')
  L.push(`Corpus: seed ${seed}, synthetic pages from the sample material (${f1(rows[0].bytes / rows[0].n / 1024)} KB a page on average); workers: ${workers ?? 'default (one per core)'}.`, '')
  L.push('| pages | --across | MB | wall s | CPU s | pages/s | MB/s | peak RSS MiB | reprints | recall | precision | headings removed | whole copies |')
  L.push('|--:|:-:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|')
  for (const r of rows) {
    const mb = r.bytes / 1e6
    const q = r.quality
    L.push(
      `| ${r.n} | ${r.across ? 'yes' : 'no'} | ${f1(mb)} | ${f2(r.wall)} | ${f1(r.cpu)} | ${f1(r.n / r.wall)} | ${f2(mb / r.wall)} | ${Math.round(r.rssMiB)} | ` +
        (q ? `${q.positives} | ${f3(q.recall)} | ${f3(q.precision)} | ${r.headings} | ${r.copies} |` : '– | – | – | – | – |'),
    )
  }
  const across = rows.filter((r) => r.across).sort((a, b) => a.n - b.n)
  L.push('')
  const exps = []
  for (let i = 1; i < across.length; i++) {
    const a = across[i - 1]
    const b = across[i]
    exps.push(`t(${b.n})/t(${a.n}) = ${f2(b.wall / a.wall)} (exponent ${f2(Math.log(b.wall / a.wall) / Math.log(b.n / a.n))})`)
  }
  if (across.length >= 2) {
    const xs = across.map((r) => Math.log(r.n))
    const ys = across.map((r) => Math.log(r.wall))
    const mx = xs.reduce((s, x) => s + x, 0) / xs.length
    const my = ys.reduce((s, y) => s + y, 0) / ys.length
    const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0)
    exps.push(`least-squares exponent over all sizes ${f2(slope)}`)
  }
  L.push(`Growth of time with --across: ${exps.join('; ')}.`, '')
  if (baseline.length > 0) {
    L.push(`Baseline: the same pages cleaned without --across, then every paragraph (≥ ${MIN_LENGTH} characters) compared with every kept paragraph of the earlier pages with string-similarity (Dice ≥ ${BASELINE_THRESHOLD}), one thread; run up to the size whose estimate stays within ${budget} s.`, '')
    L.push('| pages | baseline s (clean + all pairs) | comparisons | baseline recall | baseline precision | scanclean --across s (median of 3) | recall | precision | speed ratio |')
    L.push('|--:|--:|--:|--:|--:|--:|--:|--:|--:|')
    for (const b of baseline) {
      const total = b.clean + b.pairs
      L.push(
        `| ${b.n} | ${f1(total)} (${f1(b.clean)} + ${f1(b.pairs)}) | ${(b.comparisons / 1e6).toFixed(1)} M | ${f3(b.quality.recall)} | ${f3(b.quality.precision)} | ${f2(b.ours.wall)} | ${f3(b.oursQuality.recall)} | ${f3(b.oursQuality.precision)} | ${f1(total / b.ours.wall)}× |`,
      )
    }
    const last = baseline[baseline.length - 1]
    if (projections.length > 0) {
      L.push('', 'Projected for the sizes the baseline did not run (its comparisons counted on these pages, at its measured cost per comparison; cleaning at the measured rate without --across):', '')
      L.push('| pages | comparisons | baseline s (projected) | scanclean --across s | ratio (projected) |', '|--:|--:|--:|--:|--:|')
      for (const p of projections) L.push(`| ${p.n} | ${(p.pairs / 1e6).toFixed(0)} M | ${Math.round(p.seconds)} (${f1(p.seconds / 3600)} h) | ${f2(p.ours)} | ${Math.round(p.seconds / p.ours)}× |`)
    }
    L.push('', `At ${last.n} pages, the largest size the baseline ran: scanclean --across is ${f1((last.clean + last.pairs) / last.ours.wall)}× faster end to end; the across-page step alone (all pairs ${f1(last.pairs)} s against the extra time of --across, ${f2(Math.max(0, last.ours.wall - last.clean))} s) ${last.ours.wall > last.clean ? `${f1(last.pairs / (last.ours.wall - last.clean))}×` : 'n/a'}.`)
  }
  console.log(L.join('\n'))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
