import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { cleanPage, formatReport } from '../src/index.js'

const page = readFileSync(new URL('../input/004_6c3cbc771c5a439f.txt', import.meta.url))

describe('formatReport', () => {
  const { report } = cleanPage(page, '004_6c3cbc771c5a439f.txt')
  const text = formatReport(report)

  it('writes what JSON.stringify writes, read back', () => {
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)))
  })

  it('puts each change record, restore block and layout piece on a line of its own', () => {
    const lines = new Set(text.split('\n').map((line) => line.trim().replace(/,$/, '')))
    expect(report.records.length).toBeGreaterThan(100)
    for (const record of report.records) expect(lines).toContain(JSON.stringify(record))
    for (const block of report.restore.blocks) expect(lines).toContain(JSON.stringify(block))
    for (const piece of report.restore.layout) expect(lines).toContain(JSON.stringify(piece))
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('is far smaller than the fully indented report', () => {
    expect(text.length).toBeLessThan(0.8 * (JSON.stringify(report, null, 1).length + 1))
  })

  it('leaves out fields whose value is undefined, as JSON.stringify does', () => {
    const withHole = { ...report, page: { ...report.page, detection: undefined } }
    expect(formatReport(withHole as typeof report)).not.toContain('detection')
  })
})
