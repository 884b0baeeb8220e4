/**
 * Hostile input folders. One batch holds good pages and every kind of bad file an editor's folder
 * can contain: an empty page, a whitespace-only page, binary files, unreadable files (permission
 * denied when not root; a named pipe and a broken link always), non-.txt files, a 50 MB page, a
 * 5 MB line without a break, symbolic link loops. Each bad file must get one line naming it and
 * the reason, the good pages must still be cleaned exactly as on their own, the exit code must be
 * 1, no stack trace, no temporary file, and no input touched.
 *
 * Then: the limits options, the atomic writers, and interrupts (SIGTERM, SIGINT) in the middle of
 * a 300-page batch.
 *
 * Runs the compiled CLI (bin/scanclean.js -> dist/); dist is rebuilt first when older than src/.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  closeSync,
  existsSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt } from './helpers/ensure-built.js'
import { cleanPage, formatReport } from '../src/index.js'
import { listPages, readPage, writeAtomic, writeAtomicGroup } from '../src/cli/files.js'
import { limits } from '../src/decode.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BIN = path.join(ROOT, 'bin', 'scanclean.js')
const SEEDS = readdirSync(path.join(ROOT, 'input'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
const seedBytes = (name: string) => readFileSync(path.join(ROOT, 'input', name))
const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0

/** Every entry under a folder (links not followed): relative path -> sha256 of a regular file, or its kind. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name)
      const rel = path.relative(dir, p)
      const st = lstatSync(p)
      if (st.isSymbolicLink()) out.set(rel, 'link')
      else if (st.isDirectory()) {
        out.set(rel, 'dir')
        walk(p)
      } else if (st.isFIFO()) out.set(rel, 'fifo')
      else if (st.isFile()) {
        // the 50 MB page is sparse: hash it too, reading it here is fine
        out.set(rel, `${st.size}:${st.mtimeMs}:${st.mode}:${createHash('sha256').update(readFileSync(p)).digest('hex')}`)
      } else out.set(rel, 'other')
    }
  }
  walk(dir)
  return out
}

/** Deterministic pseudo-random bytes. */
function randomBytes(n: number, seed: number, from = 0, to = 256): Buffer {
  const b = Buffer.alloc(n)
  let x = seed >>> 0 || 1
  for (let i = 0; i < n; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    b[i] = from + ((x >>> 0) % (to - from))
  }
  return b
}

function noStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  expect(stderr).not.toMatch(/internal error|TypeError|RangeError|ReferenceError|Error:/)
}

let work: string
beforeAll(() => {
  ensureBuilt()
  work = mkdtempSync(path.join(tmpdir(), 'scanclean-hostile-'))
})
afterAll(() => {
  if (!work) return
  // make a chmod-000 file removable again, then clean up
  try {
    chmodSync(path.join(work, 'batch', 'in', 'locked.txt'), 0o644)
  } catch {
    // not created (root) or already gone
  }
  rmSync(work, { recursive: true, force: true })
})

// ---------------------------------------------------------------------------------------------

describe('a folder of good pages and every kind of bad file', () => {
  /** Bad file (relative to the input folder) -> the reason its line must give. */
  const expected = new Map<string, RegExp>()
  const good = [SEEDS[0], SEEDS[2], path.join('more', SEEDS[4])]
  let input: string
  let out: string
  let before: Map<string, string>
  let result: { status: number | null; stderr: string; ms: number }
  let alone: string

  beforeAll(() => {
    const base = path.join(work, 'batch')
    input = path.join(base, 'in')
    out = path.join(base, 'out')
    alone = path.join(base, 'alone')
    mkdirSync(path.join(input, 'more'), { recursive: true })
    for (const g of good) writeFileSync(path.join(input, g), seedBytes(path.basename(g)))

    // empty and whitespace-only
    writeFileSync(path.join(input, 'empty.txt'), '')
    expected.set('empty.txt', /^file is empty \(0 bytes\)$/)
    writeFileSync(path.join(input, 'blank.txt'), ' \n\t\r\n\u3000\u3000\n\n')
    expected.set('blank.txt', /^file contains only whitespace \(\d+ bytes\)$/)

    // binary: random bytes (with NULs), and high bytes only (no NUL, not valid in any text encoding)
    writeFileSync(path.join(input, 'random.txt'), randomBytes(64 * 1024, 7))
    expected.set('random.txt', /^looks binary: /)
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(8000, 11)])
    writeFileSync(path.join(input, 'photo.txt'), png)
    expected.set('photo.txt', /^looks binary: /)
    writeFileSync(path.join(input, 'highbytes.txt'), randomBytes(4000, 5, 0x80, 0x100))
    expected.set('highbytes.txt', /^(looks binary: |not UTF-8, UTF-16 or GB18030 text: |.*do not round-trip)/)

    // unreadable
    if (!IS_ROOT) {
      writeFileSync(path.join(input, 'locked.txt'), seedBytes(SEEDS[1]))
      chmodSync(path.join(input, 'locked.txt'), 0)
      expected.set('locked.txt', /^permission denied$/)
    }
    execFileSync('mkfifo', [path.join(input, 'pipe.txt')])
    expected.set('pipe.txt', /^not a regular file \(a named pipe\); pages are \.txt files$/)
    symlinkSync('gone.txt', path.join(input, 'dangling.txt'))
    expected.set('dangling.txt', /^broken symbolic link \(-> gone\.txt\): its target does not exist$/)

    // not pages
    writeFileSync(path.join(input, 'notes.md'), '# notes\n')
    expected.set('notes.md', /^not a \.txt page$/)
    writeFileSync(path.join(input, 'scan.pdf'), '%PDF-1.4\n')
    expected.set('scan.pdf', /^not a \.txt page$/)
    writeFileSync(path.join(input, 'more', 'README'), 'read me')
    expected.set(path.join('more', 'README'), /^not a \.txt page$/)

    // a 50 MB page (sparse: costs no disk) and a 5 MB line without a break
    const fd = openSync(path.join(input, 'huge.txt'), 'w')
    ftruncateSync(fd, 50 * 1024 * 1024)
    closeSync(fd)
    expected.set('huge.txt', /^file is 50 MB, above the 20 MB limit \(set --max-bytes\)$/)
    const line = SEED_TEXT().replace(/\s+/g, '')
    const long = line.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(line))) + '\n'
    writeFileSync(path.join(input, 'oneline.txt'), long)
    expected.set('oneline.txt', /^line 1 is [\d,]+ characters long, above the 1,000,000-character limit \(set --max-line-chars\)$/)

    // symbolic link loops: a link to itself, a link to a link to itself, links to the folder and its parent
    symlinkSync('loop', path.join(input, 'loop'))
    expected.set('loop', /^symbolic link loop \(-> loop\): following it never reaches a file or folder$/)
    symlinkSync('loop', path.join(input, 'loop.txt'))
    expected.set('loop.txt', /^symbolic link loop \(-> loop\): following it never reaches a file or folder$/)
    symlinkSync('.', path.join(input, 'more', 'self'))
    expected.set(path.join('more', 'self'), /^symbolic link loop: links to .*, a folder that contains it; not followed$/)
    symlinkSync('..', path.join(input, 'more', 'up'))
    expected.set(path.join('more', 'up'), /^symbolic link loop: links to .*, a folder that contains it; not followed$/)

    before = snapshot(input)
    const t0 = Date.now()
    const run = spawnSync(process.execPath, [BIN, input, '--out', out], { encoding: 'utf8', timeout: 60_000 })
    result = { status: run.status, stderr: run.stderr, ms: Date.now() - t0 }

    // the good pages on their own, for comparison
    const aloneIn = path.join(base, 'alone-in')
    mkdirSync(aloneIn)
    for (const g of good) writeFileSync(path.join(aloneIn, path.basename(g)), seedBytes(path.basename(g)))
    const ok = spawnSync(process.execPath, [BIN, aloneIn, '--out', alone, '--quiet'], { encoding: 'utf8' })
    expect(ok.status).toBe(0)
  })

  it('exits 1, quickly, without a stack trace', () => {
    expect(result.status).toBe(1)
    expect(result.ms).toBeLessThan(30_000)
    noStackTrace(result.stderr)
  })

  it('names every bad file in one line with its reason', () => {
    const lines = result.stderr.trimEnd().split('\n')
    for (const [rel, reason] of expected) {
      const prefix = `scanclean: ${path.join(input, rel)}: skipped: `
      const mine = lines.filter((l) => l.startsWith(prefix))
      expect(mine, rel).toHaveLength(1)
      expect(mine[0].slice(prefix.length), rel).toMatch(reason)
    }
    // nothing else is skipped, and the summary counts them all
    const skippedLines = lines.filter((l) => l.includes(': skipped: '))
    expect(skippedLines).toHaveLength(expected.size)
    expect(lines[lines.length - 1]).toBe(`scanclean: ${good.length} page(s) cleaned into ${out}/, ${expected.size} failed`)
  })

  it('cleans the good pages exactly as on their own', () => {
    const names = good.map((g) => path.basename(g, '.txt'))
    const files = readdirSync(out).sort()
    expect(files).toEqual(names.flatMap((n) => [`${n}.md`, `${n}.report.json`, `${n}.report.md`]).sort())
    for (const f of files) expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(readFileSync(path.join(alone, f), 'utf8'))
  })

  it('leaves every input untouched', () => {
    expect(snapshot(input)).toEqual(before)
  })
})

function SEED_TEXT(): string {
  return seedBytes(SEEDS[3]).toString('utf8')
}

// ---------------------------------------------------------------------------------------------

describe('permission denied', () => {
  // As root, chmod 000 does not stop a read: run the CLI as nobody when we can.
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser'].find((p) => existsSync(p))
  it.skipIf(IS_ROOT && !runuser)('names an unreadable page and an unreadable folder, and cleans the rest', () => {
    const dir = path.join(work, 'perm')
    mkdirSync(path.join(dir, 'in', 'closed'), { recursive: true })
    writeFileSync(path.join(dir, 'in', 'good.txt'), seedBytes(SEEDS[0]))
    writeFileSync(path.join(dir, 'in', 'locked.txt'), seedBytes(SEEDS[1]))
    chmodSync(path.join(dir, 'in', 'locked.txt'), 0)
    chmodSync(path.join(dir, 'in', 'closed'), 0)
    const args = [BIN, path.join(dir, 'in'), '--out', path.join(dir, 'out')]
    let run
    if (IS_ROOT) {
      for (const d of [work, dir, path.join(dir, 'in')]) chmodSync(d, 0o777)
      run = spawnSync(runuser!, ['-u', 'nobody', '--', process.execPath, ...args], { encoding: 'utf8' })
    } else {
      run = spawnSync(process.execPath, args, { encoding: 'utf8' })
    }
    chmodSync(path.join(dir, 'in', 'locked.txt'), 0o644)
    chmodSync(path.join(dir, 'in', 'closed'), 0o755)
    if (IS_ROOT) chmodSync(work, 0o700)
    expect(run.status, run.stderr).toBe(1)
    expect(run.stderr).toContain(`scanclean: ${path.join(dir, 'in', 'closed')}: skipped: cannot list the folder: permission denied\n`)
    expect(run.stderr).toContain(`scanclean: ${path.join(dir, 'in', 'locked.txt')}: skipped: permission denied\n`)
    noStackTrace(run.stderr)
    expect(existsSync(path.join(dir, 'out', 'good.md'))).toBe(true)
  })
})

describe('memory and time on the big files', () => {
  it('refuses the 50 MB page without reading it and the 5 MB line quickly, in bounded memory', () => {
    const dir = path.join(work, 'big')
    mkdirSync(dir)
    const fd = openSync(path.join(dir, 'huge.txt'), 'w')
    ftruncateSync(fd, 50 * 1024 * 1024)
    closeSync(fd)
    writeFileSync(path.join(dir, 'oneline.txt'), 'x'.repeat(5 * 1024 * 1024))
    writeFileSync(path.join(dir, 'good.txt'), seedBytes(SEEDS[0]))
    // the CLI in a process that reports its peak memory on exit (a script file: worker threads
    // inherit the node options, so no --eval)
    const wrapper = path.join(work, 'maxrss.mjs')
    writeFileSync(
      wrapper,
      `const m = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', 'cli.js')).href)})
const code = await m.main(process.argv.slice(2))
process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n')
process.exit(code)
`,
    )
    const t0 = Date.now()
    const run = spawnSync(process.execPath, [wrapper, dir, '--out', path.join(work, 'big-out')], { encoding: 'utf8' })
    const ms = Date.now() - t0
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`${path.join(dir, 'huge.txt')}: skipped: file is 50 MB, above the 20 MB limit (set --max-bytes)`)
    expect(run.stderr).toContain(
      `${path.join(dir, 'oneline.txt')}: skipped: line 1 is 5,242,880 characters long, above the 1,000,000-character limit (set --max-line-chars)`,
    )
    const kb = Number(/maxrss (\d+)/.exec(run.stderr)?.[1])
    // a Node process cleaning one page peaks near 150 MB; reading the 50 MB page would add at least
    // 50 MB of bytes plus 100 MB of string
    expect(kb).toBeGreaterThan(0)
    expect(kb / 1024).toBeLessThan(250)
    expect(ms).toBeLessThan(15_000)
    expect(existsSync(path.join(work, 'big-out', 'good.md'))).toBe(true)
  })
})

describe('the limits options', () => {
  it('--max-bytes and --max-line-chars set the limits, with K/M suffixes; bad values are usage errors', () => {
    const dir = path.join(work, 'limits')
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'page.txt'), seedBytes(SEEDS[2]))
    const size = statSync(path.join(dir, 'page.txt')).size
    const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, dir, '--out', path.join(work, 'limits-out'), '--quiet', ...args], { encoding: 'utf8' })

    let r = cli('--max-bytes', '4K')
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(new RegExp(`page\\.txt: skipped: file is [\\d.]+ KB, above the 4 KB limit \\(set --max-bytes\\)\\n$`))
    r = cli('--max-bytes', String(size))
    expect(r.status).toBe(0)
    r = cli('--max-bytes', String(size - 1))
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`above the ${(size - 1).toLocaleString('en')}-byte limit`)

    r = cli('--max-line-chars', '50')
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/page\.txt: skipped: line \d+ is [\d,]+ characters long, above the 50-character limit \(set --max-line-chars\)\n$/)
    r = cli('--max-line-chars', '1000000', '--max-bytes', '20M')
    expect(r.status).toBe(0)

    for (const bad of [['--max-bytes', 'lots'], ['--max-bytes', '0'], ['--max-line-chars', '-3'], ['--max-line-chars', '5K'], ['--max-bytes', '1.5M']]) {
      r = cli(...bad)
      expect(r.status, bad.join(' ')).toBe(2)
      expect(r.stderr, bad.join(' ')).toMatch(new RegExp(`^scanclean: ${bad[0]} ${bad[1]}: `))
      expect(r.stderr.trimEnd().split('\n'), bad.join(' ')).toHaveLength(1)
      noStackTrace(r.stderr)
    }
  })
})

describe('stdin', () => {
  it('stops reading an endless stdin at --max-bytes, with one line and exit 1', async () => {
    const child = spawn(process.execPath, [BIN, '-', '--max-bytes', '64K'], { stdio: ['pipe', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.stdin.on('error', () => {}) // the CLI closes its end once it has enough
    const line = Buffer.from('中文中文中文中文中文中文。\n')
    const feed = () => {
      while (!child.stdin.destroyed && child.stdin.write(line));
    }
    child.stdin.on('drain', feed)
    feed()
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(1)
    expect(stderr).toBe('scanclean: stdin: input is larger than the 65,536-byte limit (set --max-bytes)\n')
  }, 20_000)
})

// ---------------------------------------------------------------------------------------------

describe('listing and writing', () => {
  it('two pages with one output name: the second is named, not silently overwritten', async () => {
    const dir = path.join(work, 'twins')
    mkdirSync(path.join(dir, 'a'), { recursive: true })
    mkdirSync(path.join(dir, 'b'))
    writeFileSync(path.join(dir, 'a', 'page.txt'), 'x')
    writeFileSync(path.join(dir, 'b', 'Page.TXT'), 'y')
    const { pages, skipped } = await listPages([dir])
    expect(pages.map((p) => p.path)).toEqual([path.join(dir, 'a', 'page.txt')])
    expect(skipped).toEqual([
      { path: path.join(dir, 'b', 'Page.TXT'), reason: `same output name as ${path.join(dir, 'a', 'page.txt')} (both would write Page.md); rename one of them` },
    ])
  })

  it('a folder given twice, or linked from inside the batch, is walked once and the output folder not at all', async () => {
    const dir = path.join(work, 'twice')
    mkdirSync(path.join(dir, 'sub'), { recursive: true })
    mkdirSync(path.join(dir, 'out'))
    writeFileSync(path.join(dir, 'sub', 'p.txt'), 'x')
    writeFileSync(path.join(dir, 'out', 'p.md'), 'x')
    symlinkSync(path.join(dir, 'sub'), path.join(work, 'sub-link'))
    const { pages, skipped } = await listPages([dir, path.join(dir, 'sub'), path.join(work, 'sub-link')], { exclude: [path.join(dir, 'out')] })
    expect(pages.map((p) => p.path)).toEqual([path.join(dir, 'sub', 'p.txt')])
    expect(skipped).toEqual([])
    // an excluded folder given as an input (--out into the input folder) is still walked
    const same = await listPages([path.join(dir, 'sub')], { exclude: [path.join(dir, 'sub')] })
    expect(same.pages.map((p) => p.path)).toEqual([path.join(dir, 'sub', 'p.txt')])
  })

  it('the CLI never reads its own output folder as input when it sits inside the input folder', () => {
    const dir = path.join(work, 'out-inside')
    mkdirSync(path.join(dir, 'cleaned'), { recursive: true })
    writeFileSync(path.join(dir, 'page.txt'), seedBytes(SEEDS[2]))
    // a .txt someone left in the output folder (a previous run's notes) is not a page of this batch
    writeFileSync(path.join(dir, 'cleaned', 'notes.txt'), '编辑笔记：第二版再核对。\n')
    const r = spawnSync(process.execPath, [BIN, dir, '--out', path.join(dir, 'cleaned'), '--quiet'], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(readdirSync(path.join(dir, 'cleaned')).sort()).toEqual(['notes.txt', 'page.md', 'page.report.json', 'page.report.md'])
  })

  it('readPage refuses a page above the limit, and reads no more than the limit of a file whose size stat hides', async () => {
    const file = path.join(work, 'grown.txt')
    writeFileSync(file, 'a'.repeat(5000))
    const saved = limits.maxBytes
    limits.maxBytes = 4096
    try {
      expect(() => readPage(file)).toThrow('file is 4.9 KB, above the 4 KB limit (set --max-bytes)')
      if (existsSync('/proc/self/status')) {
        // a /proc file: stat says 0 bytes
        limits.maxBytes = 100
        expect(() => readPage('/proc/self/status')).toThrow('file is larger than the 100-byte limit (set --max-bytes)')
      }
    } finally {
      limits.maxBytes = saved
    }
    expect(readPage(file).length).toBe(5000)
  })

  it('readPage does not hang on a named pipe', async () => {
    const fifo = path.join(work, 'late.fifo')
    execFileSync('mkfifo', [fifo])
    expect(() => readPage(fifo)).toThrow('not a regular file (a named pipe)')
  })

  it('writeAtomic replaces a file whole and leaves no temporary file, also when it fails', async () => {
    const dir = path.join(work, 'atomic')
    const file = path.join(dir, 'deep', 'page.md')
    await writeAtomic(file, 'old\n')
    await writeAtomic(file, 'new\n')
    expect(readFileSync(file, 'utf8')).toBe('new\n')
    expect(readdirSync(path.dirname(file))).toEqual(['page.md'])
    // a folder where the file should go: the write fails, nothing is left behind
    mkdirSync(path.join(dir, 'deep', 'taken.md'))
    await expect(writeAtomic(path.join(dir, 'deep', 'taken.md'), 'x')).rejects.toThrow()
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['page.md', 'taken.md'])

    await writeAtomicGroup([
      { file: path.join(dir, 'g', 'a.md'), data: 'A' },
      { file: path.join(dir, 'g', 'a.report.json'), data: '{}' },
    ])
    expect(readdirSync(path.join(dir, 'g')).sort()).toEqual(['a.md', 'a.report.json'])
    // the second write cannot happen: the first is not renamed either
    await expect(
      writeAtomicGroup([
        { file: path.join(dir, 'g', 'a.md'), data: 'B' },
        { file: path.join(dir, 'deep', 'page.md', 'x'), data: 'B' },
      ]),
    ).rejects.toThrow()
    expect(readFileSync(path.join(dir, 'g', 'a.md'), 'utf8')).toBe('A')
    expect(readdirSync(path.join(dir, 'g')).sort()).toEqual(['a.md', 'a.report.json'])
    // the output folder removed while a batch runs is made again for the next page
    rmSync(path.join(dir, 'g'), { recursive: true })
    await writeAtomicGroup([{ file: path.join(dir, 'g', 'b.md'), data: 'C' }])
    expect(readdirSync(path.join(dir, 'g'))).toEqual(['b.md'])
  })
})

// ---------------------------------------------------------------------------------------------

describe('an interrupted batch', () => {
  const COPIES = 300

  /** 300 pages: copies of the seeds. Returns name -> seed file. */
  function bigBatch(dir: string): Map<string, string> {
    mkdirSync(dir, { recursive: true })
    const seedOf = new Map<string, string>()
    for (let i = 0; i < COPIES; i++) {
      const seed = SEEDS[i % SEEDS.length]
      const name = `p${String(i).padStart(3, '0')}_${seed.slice(0, 3)}`
      writeFileSync(path.join(dir, `${name}.txt`), seedBytes(seed))
      seedOf.set(name, seed)
    }
    return seedOf
  }

  async function interrupt(signal: 'SIGTERM' | 'SIGINT', code: number, withOld: boolean): Promise<void> {
    const base = path.join(work, `interrupt-${signal}`)
    const input = path.join(base, 'in')
    const out = path.join(base, 'out')
    const seedOf = bigBatch(input)
    const OLD = 'old output of an earlier run\n'
    if (withOld) {
      mkdirSync(out)
      for (const name of seedOf.keys()) for (const ext of ['.md', '.report.json', '.report.md']) writeFileSync(path.join(out, name + ext), OLD)
    }
    const before = snapshot(input)
    const started = Date.now()

    const child = spawn(process.execPath, [BIN, input, '--out', out, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (d: string) => (stderr += d))
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (c, s) => resolve({ code: c, signal: s })),
    )
    // wait until some pages are written, then interrupt
    const written = () => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.md') && !f.endsWith('.report.md') && statSync(path.join(out, f)).mtimeMs >= started).length : 0)
    const deadline = Date.now() + 30_000
    while (written() < 12 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10))
    child.kill(signal)
    const exit = await exited

    expect(exit.code, stderr).toBe(code)
    expect(stderr).toMatch(new RegExp(`^scanclean: interrupted \\(${signal}\\)`, 'm'))
    noStackTrace(stderr)

    const files = readdirSync(out)
    expect(files.filter((f) => f.startsWith('.') || f.endsWith('.tmp')), 'temporary files left').toEqual([])
    let fresh = 0
    for (const [name, seed] of seedOf) {
      const present = ['.md', '.report.json', '.report.md'].map((ext) => path.join(out, name + ext)).filter((f) => existsSync(f))
      const contents = present.map((f) => readFileSync(f, 'utf8'))
      const isOld = contents.map((c) => c === OLD)
      if (present.length === 0 || isOld.every(Boolean)) continue
      // a page's three outputs are all new, and each is exactly what a full run writes
      expect(present.length, name).toBe(3)
      expect(isOld.some(Boolean), `${name}: old and new outputs mixed`).toBe(false)
      const result = cleanPage(seedBytes(seed), `${name}.txt`)
      expect(contents[0], name).toBe(result.markdown)
      expect(JSON.parse(contents[1]), name).toEqual(JSON.parse(JSON.stringify(result.report)))
      expect(contents[1], name).toBe(formatReport(result.report))
      expect(contents[2], name).toBe(result.reportMarkdown)
      fresh++
    }
    // interrupted in the middle: some pages done, not all
    expect(fresh).toBeGreaterThanOrEqual(12)
    expect(fresh).toBeLessThan(COPIES)
    expect(snapshot(input)).toEqual(before)
  }

  it('SIGTERM: exit 143, every output present is complete, no temporary file, inputs unchanged', async () => {
    await interrupt('SIGTERM', 143, false)
  })

  it('SIGINT over the outputs of an earlier run: each page is all old or all new, exit 130', async () => {
    await interrupt('SIGINT', 130, true)
  })
})
