/**
 * Behaviour fixtures: test/fixtures/<stage>/<case>/input.txt is cleaned by the whole pipeline
 * (default options). The Markdown is compared with output.md and the records of that stage with
 * messages.txt (vitest file snapshots: a new case writes them on its first run, and they must then
 * be read and checked by hand before they are committed). Every case must also restore byte for
 * byte from its report and clean to the same Markdown a second time.
 *
 * Cases whose output is still wrong live in test/fixtures-pending/<stage>/<case>/ with a WHY.md;
 * they are listed here as todo and move to test/fixtures/ once the pipeline handles them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../src/clean.js'
import { cleanPage } from '../src/index.js'
import { restorePage } from '../src/report/restore.js'
import type { ScancleanMessage } from '../src/kernel/record.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const FIXTURES = path.join(here, 'fixtures')
const PENDING = path.join(here, 'fixtures-pending')

/** Stage directories, in pipeline order; each name is the ruleId its records carry. */
const STAGES = ['segment', 'classify', 'strip', 'join', 'dedup', 'flag-open', 'normalise', 'emit']

function subdirs(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .sort()
}

/** Text shown between ‹ › so that spaces, tabs and empty strings stay visible. */
function show(text: string): string {
  return '‹' + text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t').replace(/\u3000/g, '\\u3000') + '›'
}

/** One record per line: `LINE:COL-LINE:COL ruleId kind level message | actual → expected`. */
function renderRecord(m: ScancleanMessage): string {
  const place = m.place as { start: { line: number; column: number }; end: { line: number; column: number } }
  const level = m.fatal === false ? 'warning' : 'info'
  const expected = (m.expected ?? []).map(show).join(' / ') || '∅'
  const where = `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
  return `${where} ${m.ruleId} ${m.data.kind} ${level} ${m.reason.replace(/\n/g, ' ')} | ${show(m.actual ?? '')} → ${expected}`
}

const found = subdirs(FIXTURES)

describe('fixture layout', () => {
  it('has a directory for known stages only, each holding cases with an input.txt', () => {
    expect(found.filter((s) => !STAGES.includes(s))).toEqual([])
    for (const stage of found) {
      for (const name of subdirs(path.join(FIXTURES, stage))) {
        expect(existsSync(path.join(FIXTURES, stage, name, 'input.txt')), `${stage}/${name}/input.txt`).toBe(true)
      }
    }
  })
})

for (const stage of STAGES.filter((s) => found.includes(s))) {
  describe(stage, () => {
    for (const name of subdirs(path.join(FIXTURES, stage))) {
      const dir = path.join(FIXTURES, stage, name)
      const inputPath = path.join(dir, 'input.txt')
      if (!existsSync(inputPath)) continue
      it(name, async () => {
        const input = readFileSync(inputPath, 'utf8')
        const result = cleanText(input)
        const markdown = result.markdown
        await expect(markdown, `${stage}/${name}: Markdown`).toMatchFileSnapshot(path.join(dir, 'output.md'))

        const lines = result.records.filter((m) => m.ruleId === stage).map(renderRecord)
        const messages = lines.length > 0 ? lines.join('\n') + '\n' : ''
        await expect(messages, `${stage}/${name}: ${stage} records`).toMatchFileSnapshot(path.join(dir, 'messages.txt'))

        // restore: the report alone gives the original bytes back
        const bytes = Buffer.from(input, 'utf8')
        const page = cleanPage(bytes, 'case.txt')
        expect(page.markdown, `${stage}/${name}: cleanPage and cleanText agree`).toBe(markdown)
        const restored = Buffer.from(restorePage(page.report, page.markdown))
        expect(restored.toString('utf8'), `${stage}/${name}: restored text`).toBe(input)
        expect(Buffer.compare(restored, bytes), `${stage}/${name}: restored bytes`).toBe(0)

        // idempotence: the Markdown read back is already clean
        expect(cleanText(markdown).markdown, `${stage}/${name}: cleaning the output again`).toBe(markdown)
      })
    }
  })
}

const pending = subdirs(PENDING).flatMap((stage) => subdirs(path.join(PENDING, stage)).map((name) => `${stage}/${name}`))
if (pending.length > 0) {
  describe('pending (known wrong output, see WHY.md)', () => {
    for (const name of pending) it.todo(name)
  })
}
