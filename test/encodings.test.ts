/**
 * The same page from different systems: seed page 003 as UTF-8, UTF-8 with BOM, CRLF, CR, mixed line
 * ends, UTF-16LE/BE with BOM and GB18030 without BOM, cleaned in one batch through the CLI. Every form
 * must give the same Markdown, its report must record the encoding (with the detector's confidence),
 * and `scanclean restore` must give back the exact original bytes.
 *
 * Runs the compiled CLI (bin/scanclean.js -> dist/); dist is rebuilt first when older than src/.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt } from './helpers/ensure-built.js'
import type { Report } from '../src/report/schema.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BIN = path.join(ROOT, 'bin', 'scanclean.js')
const SEED = readFileSync(path.join(ROOT, 'input', '003_627e4018e009b2a0.txt'), 'utf8')

interface Form {
  name: string
  bytes: Uint8Array
  encoding: string
  bom: boolean
  eol: string
}

const text = SEED.replace(/\r\n?/g, '\n')
const mixed = (() => {
  let i = 0
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][i++ % 3])
})()
const FORMS: Form[] = [
  { name: 'utf8', bytes: Buffer.from(text, 'utf8'), encoding: 'utf-8', bom: false, eol: 'lf' },
  { name: 'utf8-bom', bytes: Buffer.from('\ufeff' + text, 'utf8'), encoding: 'utf-8', bom: true, eol: 'lf' },
  { name: 'crlf', bytes: Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'), encoding: 'utf-8', bom: false, eol: 'crlf' },
  { name: 'cr', bytes: Buffer.from(text.replace(/\n/g, '\r'), 'utf8'), encoding: 'utf-8', bom: false, eol: 'cr' },
  { name: 'mixed', bytes: Buffer.from(mixed, 'utf8'), encoding: 'utf-8', bom: false, eol: 'mixed' },
  { name: 'utf16le-bom', bytes: Buffer.from('\ufeff' + text, 'utf16le'), encoding: 'utf-16le', bom: true, eol: 'lf' },
  { name: 'utf16be-bom', bytes: Buffer.from('\ufeff' + text, 'utf16le').swap16(), encoding: 'utf-16be', bom: true, eol: 'lf' },
  { name: 'gb18030', bytes: iconv.encode(text, 'gb18030'), encoding: 'gb18030', bom: false, eol: 'lf' },
  { name: 'gb18030-crlf', bytes: iconv.encode(text.replace(/\n/g, '\r\n'), 'gb18030'), encoding: 'gb18030', bom: false, eol: 'crlf' },
]

let work: string
let run: { status: number | null; stderr: string }

beforeAll(() => {
  ensureBuilt()
  work = mkdtempSync(path.join(tmpdir(), 'scanclean-enc-'))
  mkdirSync(path.join(work, 'in'))
  for (const form of FORMS) writeFileSync(path.join(work, 'in', `003-${form.name}.txt`), form.bytes)
  const result = spawnSync(process.execPath, [BIN, path.join(work, 'in'), '--out', path.join(work, 'out'), '--quiet'], { encoding: 'utf8' })
  run = { status: result.status, stderr: result.stderr }
})

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

const out = (form: Form, ext: string) => path.join(work, 'out', `003-${form.name}${ext}`)

describe('the seed page in every supported encoding', () => {
  it('cleans every form without a message', () => {
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('gives identical Markdown for every form', () => {
    const reference = readFileSync(out(FORMS[0], '.md'), 'utf8')
    expect(reference.length).toBeGreaterThan(1000)
    for (const form of FORMS) expect(readFileSync(out(form, '.md'), 'utf8'), form.name).toBe(reference)
  })

  it('records the encoding, BOM, line ends and detector confidence in each report', () => {
    for (const form of FORMS) {
      const report = JSON.parse(readFileSync(out(form, '.report.json'), 'utf8')) as Report
      expect(report.page.encoding, form.name).toBe(form.encoding)
      expect(report.page.bom, form.name).toBe(form.bom)
      expect(report.page.eol, form.name).toBe(form.eol)
      expect(report.page.bytes, form.name).toBe(form.bytes.length)
      if (form.encoding === 'gb18030') {
        // no BOM: chardet decided, and its confidence is recorded
        expect(report.page.confidence, form.name).toBeGreaterThan(0.5)
        expect(report.page.confidence, form.name).toBeLessThanOrEqual(1)
      } else {
        expect(report.page.confidence, form.name).toBe(1)
      }
    }
  })

  it('restores the exact original bytes of every form (scanclean restore)', () => {
    for (const form of FORMS) {
      const result = spawnSync(process.execPath, [BIN, 'restore', out(form, '.md')], { maxBuffer: 1 << 26 })
      expect(result.stderr.toString(), form.name).toBe('')
      expect(result.status, form.name).toBe(0)
      expect(Buffer.compare(result.stdout, Buffer.from(form.bytes)), form.name).toBe(0)
    }
  })

  it('left every input as it was', () => {
    for (const form of FORMS) {
      expect(Buffer.compare(readFileSync(path.join(work, 'in', `003-${form.name}.txt`)), Buffer.from(form.bytes)), form.name).toBe(0)
    }
  })
})
