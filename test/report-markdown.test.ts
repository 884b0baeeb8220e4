import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanPage } from '../src/index.js'
import { renderReportMarkdown } from '../src/report/markdown.js'
import { REPORT_SCHEMA, type DiffPart, type Report, type ReportRecord } from '../src/report/schema.js'

// ---------------------------------------------------------------------------------------------
// hand-made reports

/** The source page the hand-made records point into; one line per record, 1-based line n = LINES[n-1]. */
const LINES = [
  '标题', // 1
  '丽江市以智慧党建为突破口，高效融入建设。', // 2
  '真落实社区工作准入制度，切实为社', // 3
  '▲丽江市古城区开办幸福食堂。', // 4
  '区减负增效，不断巩固提升街道管理。', // 5
  '数据a|b对比:  结果显示', // 6
  '大理十畝家和物业公司', // 7
]
const SOURCE = LINES.join('\n')

function offsetOf(line: number, column = 1): number {
  let offset = 0
  for (let i = 1; i < line; i++) offset += LINES[i - 1].length + 1
  return offset + column - 1
}

/** A record at [line, column) .. length, with defaults for everything not given. */
function rec(fields: Partial<ReportRecord> & Pick<ReportRecord, 'id' | 'kind' | 'actual'>, line = 1, column = 1): ReportRecord {
  const start = offsetOf(line, column)
  const end = start + fields.actual.length
  return {
    rule: 'test',
    level: 'info',
    message: `${fields.kind} change`,
    lines: [line, line],
    place: { start: { line, column, offset: start }, end: { line, column: column + fields.actual.length, offset: end } },
    expected: [],
    removed: [],
    ...fields,
  }
}

function report(records: ReportRecord[], extra: Partial<Report> = {}): Report {
  const byKind: Report['summary']['byKind'] = {}
  for (const r of records) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1
  return {
    schema: REPORT_SCHEMA,
    tool: { name: 'scanclean', version: '0.0.0-test' },
    page: {
      name: 'page_1.txt',
      bytes: 1234,
      sha256: 'abcdef0123456789'.repeat(4),
      encoding: 'gb18030',
      bom: true,
      confidence: 0.87,
      eol: 'crlf',
      length: SOURCE.length,
    },
    output: { sha256: '0123456789abcdef'.repeat(4), blocks: 3, characters: 42 },
    summary: {
      changes: records.filter((r) => r.level === 'info').length,
      warnings: records.filter((r) => r.level === 'warning').length,
      byKind,
    },
    records,
    // one block holding the whole source: enough for the rendering to show context
    restore: { blocks: [{ id: 'b0', kind: 'body', text: SOURCE, runs: [[0, 0, SOURCE.length]] }], layout: [] },
    ...extra,
  }
}

const LONG_SAME = '实现分析研判调度指挥党员教育智慧培训展示体验融合服务六大功能打造全市智慧党建一张网为基层治理赋能' // 48 characters
const KEPT_TEXT = '前面的文字。丽江市以智慧党建为突破口，高效融入“智慧丽江”建设，建成2个中心，' + LONG_SAME + '样板。后面的文字'
const NEAR_DIFF: DiffPart[] = [
  ['=', '丽江市以智慧党建为突破'],
  ['-', '口'],
  ['+', '点'],
  ['=', '，高效融入“智慧丽江”建设，建成'],
  ['-', '2'],
  ['+', '两'],
  ['=', '个中心，' + LONG_SAME + '样板'],
  ['-', '。'],
  ['+', ' 完'],
]
const removedOf = (diff: DiffPart[]) => diff.filter(([op]) => op !== '-').map(([, t]) => t).join('')
const keptOf = (diff: DiffPart[]) => diff.filter(([op]) => op !== '+').map(([, t]) => t).join('')

const nearDuplicate = rec(
  {
    id: 'dedup-near000001',
    rule: 'dedup',
    kind: 'duplicate',
    message: 'near copy removed; kept copy at line 2 (similarity 0.94, containment 0.90)',
    actual: removedOf(NEAR_DIFF),
    twin: {
      blockId: 'b3',
      lines: [2, 3],
      place: { start: { line: 2, column: 1, offset: 3 }, end: { line: 3, column: 5, offset: 80 } },
      text: KEPT_TEXT,
    },
    score: 0.94,
    containment: 0.9,
    diff: NEAR_DIFF,
    twinWindow: [6, 6 + keptOf(NEAR_DIFF).length],
    note: 'near copy',
  },
  2,
)

const IDENTICAL = '优化提升社区社工站服务保障能力。社区工作站配备专职社工2名，从社区党员中选优配备兼职社工4人。'
const identicalDuplicate = rec(
  {
    id: 'dedup-same000002',
    rule: 'dedup',
    kind: 'duplicate',
    message: 'exact copy removed; kept copy at line 5 (similarity 1.00, containment 1.00)',
    actual: IDENTICAL,
    twin: {
      blockId: 'b9',
      lines: [5, 5],
      place: { start: { line: 5, column: 1, offset: 9 }, end: { line: 5, column: 10, offset: 60 } },
      text: IDENTICAL,
    },
    score: 1,
    containment: 1,
    diff: [['=', IDENTICAL]],
    twinWindow: [0, IDENTICAL.length],
    note: 'exact copy',
  },
  5,
)

const join = rec(
  {
    id: 'join-seam000003',
    rule: 'join',
    kind: 'join',
    message: 'paragraph cut joined: the word “社区” runs across the break',
    actual: '真落实社区工作准入制度，切实为社⏎区减负增效，不断巩固提升街道管理',
    expected: ['真落实社区工作准入制度，切实为社区减负增效，不断巩固提升街道管理'],
    halves: ['赋权扩能。认真落实社区工作准入制度，切实为社', '区减负增效，不断巩固提升街道管理。'],
    between: ['▲丽江市古城区开办幸福食堂。'],
    lines: [3, 5],
  },
  3,
)

const captionMoved = rec(
  {
    id: 'join-caption0004',
    rule: 'join',
    kind: 'caption-moved',
    message: 'caption “▲丽江市古城区开办幸福食堂。” that stood inside a cut paragraph now follows it',
    actual: '▲丽江市古城区开办幸福食堂。',
    expected: ['▲丽江市古城区开办幸福食堂。'],
  },
  4,
)

const pipePunctuation = rec(
  {
    id: 'normalise-pipe0005',
    rule: 'normalise',
    kind: 'punctuation',
    note: 'punctuation-width',
    message: 'half-width “|” made full-width “｜”',
    actual: '|',
    expected: ['｜'],
    removed: [{ offset: offsetOf(6, 4), text: '|' }],
  },
  6,
  4,
)

const colonPunctuation = rec(
  {
    id: 'normalise-colon0006',
    rule: 'normalise',
    kind: 'punctuation',
    note: 'punctuation-width',
    message: 'half-width “:” next to Chinese text made full-width “：” (space after it removed)',
    actual: ': ',
    expected: ['：'],
  },
  6,
  8,
)

const spaceRemoved = rec(
  {
    id: 'normalise-space0007',
    rule: 'normalise',
    kind: 'space',
    note: 'space-between-cjk',
    message: 'space between “:” and “结” removed',
    actual: ' ',
    expected: [''],
  },
  6,
  10,
)

const flag = rec(
  {
    id: 'normalise-flag0008',
    rule: 'normalise',
    kind: 'flag',
    level: 'warning',
    note: 'traditional-char',
    message: 'traditional “畝” stands alone (maybe part of a name): simplified would be “亩” — editor to decide',
    actual: '畝',
    expected: ['畝'],
  },
  7,
  4,
)

const ALL = [flag, spaceRemoved, colonPunctuation, pipePunctuation, captionMoved, join, identicalDuplicate, nearDuplicate]

/** The lines of the rendering that belong to the record with this id (its item and its sub-items). */
function recordBlock(md: string, id: string, from = 0): string {
  const lines = md.split('\n')
  let start = -1
  let seen = 0
  for (let i = 0; i < lines.length; i++) {
    if (/^- /.test(lines[i]) && lines[i].includes('`' + id + '`') && seen++ >= from) {
      start = i
      break
    }
  }
  if (start < 0) throw new Error(`no record ${id} in the rendering`)
  let end = start + 1
  while (end < lines.length && /^ {2,}- /.test(lines[end])) end++
  return lines.slice(start, end).join('\n')
}

function section(md: string, heading: string): string {
  const at = md.indexOf('\n## ' + heading)
  if (at < 0) throw new Error(`no section ${heading}`)
  const next = md.indexOf('\n## ', at + 1)
  return md.slice(at, next < 0 ? undefined : next)
}

// ---------------------------------------------------------------------------------------------

describe('renderReportMarkdown: page and summary', () => {
  const md = renderReportMarkdown(report(ALL))

  it('starts with the page name and the source facts', () => {
    expect(md.startsWith('# Change report: page\\_1.txt\n')).toBe(true)
    expect(md).toContain(
      'Source: gb18030 (confidence 0.87) · BOM · line ends CRLF · 1234 bytes · ' + SOURCE.length + ' characters · sha256 `abcdef012345`',
    )
  })

  it('counts changes and warnings, and lists only the kinds present, in the fixed order', () => {
    expect(md).toContain('7 changes, 1 warning for the editor.')
    const table = section(md, 'Summary')
    const rows = table.split('\n').filter((l) => /^\| [a-z-]+ \|/.test(l) && !l.startsWith('| kind'))
    expect(rows).toEqual([
      '| duplicate | 2 |  |',
      '| join | 1 |  |',
      '| caption-moved | 1 |  |',
      '| punctuation | 2 |  |',
      '| space | 1 |  |',
      '| flag | 1 | 1 |',
    ])
  })

  it('puts the editor section first and the kind sections in the fixed order', () => {
    const order = ['## Summary', '## For the editor', '## duplicate', '## join', '## caption-moved', '## punctuation', '## space', '## flag']
    const at = order.map((h) => md.indexOf('\n' + h))
    expect(at.every((i) => i > 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(md).not.toContain('## marker')
    expect(md).not.toContain('## Decisions that matched no change')
  })

  it('is deterministic and dateless', () => {
    expect(renderReportMarkdown(report(ALL))).toBe(md)
    // the records' order in the JSON does not matter: sections are in page order
    expect(renderReportMarkdown(report([...ALL].reverse()))).toBe(md)
    expect(md).not.toMatch(/\b20\d\d-\d\d-\d\d\b/)
  })
})

describe('renderReportMarkdown: duplicates', () => {
  const md = renderReportMarkdown(report(ALL))
  const near = recordBlock(md, 'dedup-near000001')
  const same = recordBlock(md, 'dedup-same000002')

  it('heads each record with its id in backticks, its lines and its rule', () => {
    expect(near.split('\n')[0]).toBe(
      '- `dedup-near000001` · lines 2–2 · rule `dedup` — near copy removed; kept copy at line 2 (similarity 0.94, containment 0.90)',
    )
  })

  it('shows the kept copy, the scores and the window of the kept paragraph', () => {
    expect(near).toContain('kept copy: lines 2–3 (block `b3`) · similarity 0.94 · containment 0.90')
    expect(near).toContain(`matches characters 7–${6 + keptOf(NEAR_DIFF).length} of the kept paragraph (${KEPT_TEXT.length} characters)`)
  })

  it('marks exactly the changed characters: ~~kept only~~ then **removed only**', () => {
    expect(near).toContain('丽江市以智慧党建为突破~~口~~**点**，高效融入“智慧丽江”建设，建成~~2~~**两**个中心，')
    expect(near).not.toContain('identical')
  })

  it('shortens an unchanged run over 40 characters to its first and last 15', () => {
    const run = '个中心，' + LONG_SAME + '样板'
    const shortened = Array.from(run).slice(0, 15).join('') + '…' + Array.from(run).slice(-15).join('')
    expect(near).toContain(shortened)
    expect(near).not.toContain(LONG_SAME)
    // runs up to 40 characters stay whole
    expect(near).toContain('，高效融入“智慧丽江”建设，建成')
  })

  it('shows spaces in changed text and keeps emphasis working next to CJK punctuation', () => {
    // “。” after a letter cannot open ~~ in CommonMark: an invisible character entity makes it open
    expect(near).toContain('样板&#8203;~~。~~**␠完**')
  })

  it('says "identical to the kept copy" for an exact copy, with no diff markers', () => {
    expect(same).toContain('kept copy: lines 5–5 (block `b9`) · similarity 1.00 · containment 1.00')
    const chars = Array.from(IDENTICAL)
    expect(chars.length).toBeGreaterThan(40)
    expect(same).toContain(
      `identical to the kept copy (${chars.length} characters) — removed text: ${chars.slice(0, 15).join('')}…${chars.slice(-15).join('')}`,
    )
    expect(same).toContain('identical to the kept copy (47 characters) — removed text: 优化提升社区社工站服务保障能力…区党员中选优配备兼职社工4人。')
    expect(same).not.toContain('~~')
    expect(same).not.toContain('**')
    expect(same).not.toContain('matches characters')
  })

  it('gives the window of a fragment that is identical to part of the kept paragraph', () => {
    const fragment: ReportRecord = {
      ...identicalDuplicate,
      id: 'dedup-frag000009',
      twin: { ...identicalDuplicate.twin!, text: '开头不同的文字。' + IDENTICAL },
      twinWindow: [8, 8 + IDENTICAL.length],
    }
    const block = recordBlock(renderReportMarkdown(report([fragment])), 'dedup-frag000009')
    expect(block).toContain(`matches characters 9–${8 + IDENTICAL.length} of the kept paragraph (${8 + IDENTICAL.length} characters)`)
    expect(block).toContain('identical to the kept copy')
  })
})

describe('renderReportMarkdown: joins, normalisations, removals', () => {
  const md = renderReportMarkdown(report(ALL))

  it('shows the seam of a join and what stood between the halves', () => {
    const block = recordBlock(md, 'join-seam000003')
    expect(block.split('\n')[0]).toContain('`join-seam000003` · lines 3–5 · rule `join` — paragraph cut joined: the word “社区” runs across the break')
    expect(block).toContain('  - seam: …真落实社区工作准入制度，切实为社 ⏎ 区减负增效，不断巩固提升街道管理…')
    expect(block).toContain('  - stood between the halves (1 block, now outside the paragraph):\n    - ▲丽江市古城区开办幸福食堂。')
  })

  it('renders normalisations as a table with visible spaces, escaped pipes and context', () => {
    const table = section(md, 'punctuation')
    expect(table).toContain('| id | line | before | after | rule |')
    expect(table).toContain('| `normalise-pipe0005` | 6 | \\| | ｜ | normalise · punctuation-width | 数据a⟦\\|⟧b对比:␠␠结果显示 |')
    expect(table).toContain('| `normalise-colon0006` | 6 | :␠ | ： | normalise · punctuation-width |')
    expect(table).toContain('Most frequent: `|` → `｜` ×1 · `:␠` → `：` ×1')
    // rows in page order
    expect(table.indexOf('normalise-pipe0005')).toBeLessThan(table.indexOf('normalise-colon0006'))
    const spaces = section(md, 'space')
    expect(spaces).toContain('| `normalise-space0007` | 6 | ␠ | ∅ | normalise · space-between-cjk | 数据a\\|b对比:␠⟦␠⟧结果显示 |')
    // every table row has the same number of cells: no pipe of the text leaked
    for (const row of (table + spaces).split('\n').filter((l) => l.startsWith('| `'))) {
      expect(row.replace(/\\\|/g, '').split('|').length).toBe(8)
    }
  })

  it('shows the removed text of markers and furniture, escaped, on one line', () => {
    const furniture = rec(
      {
        id: 'strip-furn000010',
        rule: 'strip',
        kind: 'furniture',
        message: 'page furniture removed',
        actual: '*注意* [链接](x) <b> _a_ ~~b~~ |\n# 编辑',
        removed: [{ offset: 0, text: '*注意* [链接](x) <b> _a_ ~~b~~ |\n# 编辑' }],
      },
      1,
    )
    const block = recordBlock(renderReportMarkdown(report([furniture])), 'strip-furn000010')
    expect(block).toContain('  - removed: \\*注意\\* \\[链接\\](x) \\<b\\> \\_a\\_ \\~\\~b\\~\\~ \\|⏎\\# 编辑')
    expect(block.split('\n')).toHaveLength(2)
  })

  it('escapes a message and never lets a newline break the layout', () => {
    const odd = rec({ id: 'flag-odd000011', kind: 'flag', level: 'warning', message: 'line one\n# not a heading | *x*', actual: 'a\nb' }, 1)
    const out = renderReportMarkdown(report([odd]))
    expect(out).toContain('— line one⏎\\# not a heading \\| \\*x\\*')
    expect(out).toContain('  - text: a⏎b')
    expect(out.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Change report: page\\_1.txt', '## Summary', '## For the editor (1)', '## flag — flags (1)'])
  })
})

describe('renderReportMarkdown: the editor', () => {
  const md = renderReportMarkdown(report(ALL))

  it('lists every warning under For the editor, before the kind sections, with lines, message and text', () => {
    const editor = section(md, 'For the editor')
    expect(editor).toContain('## For the editor (1)')
    const block = recordBlock(editor, 'normalise-flag0008')
    expect(block.split('\n')[0]).toBe(
      '- ⚠ `normalise-flag0008` · lines 7–7 · rule `normalise · traditional-char` — traditional “畝” stands alone (maybe part of a name): simplified would be “亩” — editor to decide',
    )
    expect(block).toContain('  - text: 畝')
    expect(block).toContain('  - in context: 大理十⟦畝⟧家和物业公司')
    expect(md.indexOf('normalise-flag0008')).toBeLessThan(md.indexOf('## duplicate'))
    // not a second time in full: the flag section points back
    expect(section(md, 'flag')).toContain('· *shown under For the editor*')
    expect(section(md, 'flag')).not.toContain('in context')
  })

  it('says when there is nothing for the editor', () => {
    const out = renderReportMarkdown(report([identicalDuplicate]))
    expect(section(out, 'For the editor')).toContain('Nothing on this page needs a decision.')
  })

  it('lists unmatched decisions and marks reverted records', () => {
    const reverted: ReportRecord = {
      ...identicalDuplicate,
      id: 'dedup-back000012',
      message: 'not applied (reverted by editor decision): exact copy removed',
      removed: [],
      overridden: 'reverted',
    }
    const out = renderReportMarkdown(report([reverted, pipePunctuation], { unmatchedDecisions: ['dedup-0000000000', 'odd`id'] }))
    const decisions = section(out, 'Decisions that matched no change (2)')
    expect(decisions).toContain('- `dedup-0000000000`')
    expect(decisions).toContain('- ``odd`id``')
    expect(out.indexOf('## Decisions that matched no change')).toBeLessThan(out.indexOf('## duplicate'))
    expect(recordBlock(out, 'dedup-back000012').split('\n')[0]).toContain('· **reverted by editor decision** —')
    expect(out).toContain('2 changes (1 of them reverted by editor decision), 0 warnings for the editor.')
  })
})

describe('renderReportMarkdown on the seed page with many duplicates', () => {
  const bytes = new Uint8Array(readFileSync(new URL('../input/003_627e4018e009b2a0.txt', import.meta.url)))
  const { report: rep, reportMarkdown } = cleanPage(bytes, '003_627e4018e009b2a0.txt')
  const duplicates = rep.records.filter((r) => r.kind === 'duplicate')

  it('is what cleanPage returns', () => {
    expect(renderReportMarkdown(rep)).toBe(reportMarkdown)
  })

  it('mentions every removed duplicate and shows a diff or "identical" for each', () => {
    expect(duplicates.length).toBeGreaterThanOrEqual(5)
    const dupSection = section(reportMarkdown, 'duplicate')
    expect(dupSection).toContain(`## duplicate — duplicates removed (${duplicates.length})`)
    for (const d of duplicates) {
      const block = recordBlock(dupSection, d.id)
      expect(block).toContain(`lines ${d.lines[0]}–${d.lines[1]}`)
      expect(block).toContain(`kept copy: lines ${d.twin!.lines[0]}–${d.twin!.lines[1]}`)
      const identical = d.diff!.every(([op]) => op === '=')
      if (identical) expect(block).toMatch(/identical to the kept copy \(\d+ characters\) — removed text: \S/)
      else expect(block).toMatch(/diff kept → removed: .*(~~|\*\*)/)
      const [from, to] = d.twinWindow!
      if (from > 0 || to < d.twin!.text.length) expect(block).toContain(`matches characters ${from + 1}–${to} of the kept paragraph`)
    }
  })

  it('lists the page warnings for the editor', () => {
    const warnings = rep.records.filter((r) => r.level === 'warning')
    expect(warnings.length).toBeGreaterThan(0)
    const editor = section(reportMarkdown, 'For the editor')
    for (const w of warnings) expect(editor).toContain('`' + w.id + '`')
  })
})
