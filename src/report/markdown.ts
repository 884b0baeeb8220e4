/**
 * Renders the JSON report as Markdown for an editor to review in any viewer (GitHub, VS Code, …).
 *
 * Layout: the page and its source facts, a summary with counts per kind, "For the editor" (every
 * warning, in full), decisions that matched no change, then one section per kind in a fixed order.
 * Removed duplicates show the character diff against the kept copy inline: ~~struck~~ text is only
 * in the kept copy, **bold** text only in the removed copy, unchanged stretches longer than 40
 * characters are shortened to their first and last 15 characters around "…". Normalisations are
 * compact tables with visible spaces (␠) and the source text around each change.
 *
 * Pure and deterministic: the same report gives the same Markdown (no dates, no environment).
 * Quoted source text is escaped so that it never becomes Markdown syntax, and line ends in it are
 * shown as ⏎ so that no record can break the layout.
 */
import { copyOfLine } from '../across/copy.js'
import type { ChangeKind } from '../kernel/record.js'
import type { DiffPart, Report, ReportRecord } from './schema.js'

/** The order of the kind sections and of the summary table. */
export const KIND_ORDER: readonly ChangeKind[] = [
  'duplicate',
  'join',
  'caption-moved',
  'heading-moved',
  'marker',
  'furniture',
  'punctuation',
  'space',
  'character',
  'latin',
  'markup',
  'layout',
  'flag',
]

const KIND_TITLE: Record<ChangeKind, string> = {
  duplicate: 'duplicates removed',
  join: 'cut paragraphs joined',
  'caption-moved': 'captions moved out of a cut paragraph',
  'heading-moved': 'headings moved out of a cut paragraph',
  marker: 'continuation markers removed',
  furniture: 'page furniture removed',
  punctuation: 'punctuation normalised',
  space: 'spaces removed',
  character: 'characters normalised',
  latin: 'Latin words replaced',
  markup: 'Markdown and HTML markup read as text',
  layout: 'layout',
  flag: 'flags',
}

/** Kinds shown as a compact before/after table. */
const TABLE_KINDS: ReadonlySet<string> = new Set(['punctuation', 'space', 'character', 'latin', 'markup'])

/** Unchanged runs longer than this (characters) are shortened in a diff. */
export const SHORTEN_OVER = 40
/** A shortened run keeps this many characters at each end. */
export const SHORTEN_KEEP = 15
/** Characters of source shown on each side of a normalisation. */
const CONTEXT = 10

const MARK_DELETED = '~~'
const MARK_INSERTED = '**'
/**
 * An invisible character written as an entity: placed next to a ~~ or ** that touches CJK
 * punctuation, it makes the delimiter open or close (CommonMark's flanking rules would otherwise
 * leave `板**。**` unbolded). Entities work in every CommonMark viewer, raw HTML does not.
 */
const FLANK = '&#8203;'

// ---------------------------------------------------------------------------------------------
// text helpers

/** Line ends in quoted text, shown so that they do not break the layout. */
function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n|\u2028|\u2029/g, '⏎')
}

// most quoted text holds nothing to escape or make visible: one test instead of several replacements
const NEEDS_ESCAPE = /[\\`*_[\]<>|~&#\r\n\u2028\u2029]|^[-+=]|^\d+[.)]/
const INVISIBLE = /[\s\p{Cf}\u2028\u2029]/u

/**
 * Escapes source text for use inside a Markdown line (prose, list item or table cell): every
 * character Markdown could read as syntax gets a backslash, and a leading list/heading marker is
 * neutralised. Line ends become ⏎.
 */
export function escapeMarkdown(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text
  let out = oneLine(text).replace(/[\\`*_[\]<>|~&#]/g, '\\$&')
  out = out.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
  return out
}

/** Whitespace and invisible characters made visible: ' ' → ␠, tab → ⇥, line end → ⏎, others → ⟨U+XXXX⟩. */
export function visible(text: string): string {
  if (!INVISIBLE.test(text)) return text
  return oneLine(text).replace(/[\s\p{Cf}]/gu, (c) => {
    if (c === ' ') return '␠'
    if (c === '\t') return '⇥'
    return `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`
  })
}

/** Text for a table cell: visible spaces, escaped (pipes included); ∅ for nothing. */
function cell(text: string): string {
  return text === '' ? '∅' : escapeMarkdown(visible(text))
}

/** First and last SHORTEN_KEEP characters (code points) around "…" when longer than SHORTEN_OVER. */
export function shorten(text: string): string {
  const chars = Array.from(text)
  if (chars.length <= SHORTEN_OVER) return text
  return chars.slice(0, SHORTEN_KEEP).join('') + '…' + chars.slice(-SHORTEN_KEEP).join('')
}

/** A code span that survives any content (ids from a decisions file may hold anything). */
function code(text: string): string {
  const clean = oneLine(text)
  // (most are ids, rule names and hashes, which hold no backtick: one character test instead of a
  // match, a list and a spread)
  if (!clean.includes('`')) return '`' + clean + '`'
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : ''
  return fence + pad + clean + pad + fence
}

function lineRange(lines: [number, number]): string {
  return `${lines[0]}–${lines[1]}`
}

function fixed(x: number | undefined): string {
  return x === undefined ? '?' : x.toFixed(2)
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`
}

// ---------------------------------------------------------------------------------------------
// diff

const WHITESPACE = /^\s$/u
const PUNCTUATION = /^[\p{P}\p{S}]$/u

function isSpace(c: string | undefined): boolean {
  return c === undefined || WHITESPACE.test(c)
}
function isPunct(c: string | undefined): boolean {
  return c !== undefined && PUNCTUATION.test(c)
}
/** CommonMark left-flanking: a delimiter between `before` and `after` can open. */
function canOpen(before: string | undefined, after: string | undefined): boolean {
  return !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before))
}
/** CommonMark right-flanking: a delimiter between `before` and `after` can close. */
function canClose(before: string | undefined, after: string | undefined): boolean {
  return !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after))
}

function lastChar(s: string): string | undefined {
  return s.length ? Array.from(s.slice(-2)).pop() : undefined
}
function firstChar(s: string): string | undefined {
  return s.length ? String.fromCodePoint(s.codePointAt(0)!) : undefined
}

/**
 * The diff from the kept copy to the removed copy as one line of Markdown: text only in the kept
 * copy ~~struck~~, text only in the removed copy **bold**, unchanged runs over 40 characters
 * shortened. Changed text is never shortened and shows its spaces (␠).
 */
export function renderDiff(diff: DiffPart[]): string {
  const pieces: Array<{ text: string; mark?: string }> = []
  for (const [op, text] of diff) {
    if (text === '') continue
    if (op === '=') pieces.push({ text: escapeMarkdown(shorten(text)) })
    else pieces.push({ text: escapeMarkdown(visible(text)), mark: op === '-' ? MARK_DELETED : MARK_INSERTED })
  }
  let out = ''
  for (let i = 0; i < pieces.length; i++) {
    const { text, mark } = pieces[i]
    if (!mark) {
      out += text
      continue
    }
    if (!canOpen(lastChar(out), firstChar(text))) out += FLANK
    out += mark + text + mark
    const next = pieces[i + 1]
    const after = next ? firstChar(next.mark ?? next.text) : undefined
    if (!canClose(lastChar(text), after)) out += FLANK
  }
  return out
}

function isIdentical(diff: DiffPart[]): boolean {
  return diff.every(([op, text]) => op === '=' || text === '')
}

// ---------------------------------------------------------------------------------------------
// source context (rebuilt from the report: kept runs, removed text, layout)

/** The source pieces of the report, sorted, to read the source text around a change. */
interface Source {
  starts: number[]
  texts: string[]
  /** The piece the last lookup ended in: context is read one character after another. */
  last: number
  /** The whole source, when the pieces cover it one after another from the start (a sound report). */
  text?: string
}

function rebuildSource(report: Report): Source {
  const pieces: Array<{ offset: number; text: string }> = [...(report.restore?.layout ?? [])]
  for (const block of report.restore?.blocks ?? []) {
    for (const [at, offset, length] of block.runs) pieces.push({ offset, text: block.text.slice(at, at + length) })
  }
  for (const rec of report.records) pieces.push(...(rec.removed ?? []))
  pieces.sort((a, b) => a.offset - b.offset)
  let next = 0
  for (const piece of pieces) next = next === piece.offset ? next + piece.text.length : NaN
  const texts = pieces.map((p) => p.text)
  return { starts: pieces.map((p) => p.offset), texts, last: -1, text: Number.isNaN(next) ? undefined : texts.join('') }
}

/** The source character at an offset, or undefined when the report does not hold it. */
function charAt(source: Source, offset: number): string | undefined {
  if (offset < 0) return undefined
  // the piece of the last lookup, when it is still the last piece starting at or before offset
  const k = source.last
  if (k >= 0 && source.starts[k] <= offset && (k + 1 === source.starts.length || source.starts[k + 1] > offset)) {
    const at = offset - source.starts[k]
    if (at < source.texts[k].length) return source.texts[k][at]
  }
  let lo = 0
  let hi = source.starts.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (source.starts[mid] <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  // pieces do not overlap in a sound report; look back a little in case a hand-made one does
  for (let k = found; k >= 0 && k > found - 4; k--) {
    const at = offset - source.starts[k]
    if (at < source.texts[k].length) {
      source.last = k
      return source.texts[k][at]
    }
  }
  return undefined
}

/** Up to CONTEXT characters of source on each side of a record, within its line: `…left⟦text⟧right…`. */
function contextOf(rec: ReportRecord, source: Source): string {
  const start = rec.place.start.offset
  const end = rec.place.end.offset
  const whole = source.text
  // (the whole source read directly: a page has hundreds of records, each read character by character)
  const at = whole === undefined ? (k: number) => charAt(source, k) : (k: number) => (k >= 0 && k < whole.length ? whole[k] : undefined)
  const stops = (c: string | undefined) => c === undefined || c === '\n'
  let left = ''
  let i = start - 1
  for (; start - i <= CONTEXT && !stops(at(i)); i--) if (whole === undefined) left = at(i) + left
  if (whole !== undefined) left = whole.slice(i + 1, start)
  const leftCut = start - i > CONTEXT && !stops(at(i))
  let right = ''
  let j = end
  for (; j - end < CONTEXT && !stops(at(j)); j++) if (whole === undefined) right += at(j)
  if (whole !== undefined) right = whole.slice(end, j)
  const rightCut = !stops(at(j))
  // never split a surrogate pair at the edges
  if (/^[\udc00-\udfff]/.test(left)) left = left.slice(1)
  if (/[\ud800-\udbff]$/.test(right)) right = right.slice(0, -1)
  if (left === '' && right === '') return ''
  return (
    (leftCut ? '…' : '') +
    escapeMarkdown(visible(left)) +
    '⟦' +
    escapeMarkdown(visible(rec.actual)) +
    '⟧' +
    escapeMarkdown(visible(right)) +
    (rightCut ? '…' : '')
  )
}

// ---------------------------------------------------------------------------------------------
// records

function reverted(rec: ReportRecord): string {
  return rec.overridden === 'reverted' ? ' · **reverted by editor decision**' : ''
}

/** A note that names a sub-rule (`punctuation-width`) is shown with the rule, not as prose. */
function isRuleNote(note: string | undefined): note is string {
  return note !== undefined && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(note)
}

function ruleName(rec: ReportRecord): string {
  return isRuleNote(rec.note) ? `${rec.rule} · ${rec.note}` : rec.rule
}

/** The first line of a record: id (copyable), source lines, rule, message. */
function headLine(rec: ReportRecord): string {
  const warn = rec.level === 'warning' ? '⚠ ' : ''
  return `- ${warn}${code(rec.id)} · lines ${lineRange(rec.lines)} · rule ${code(ruleName(rec))}${reverted(rec)} — ${escapeMarkdown(rec.message)}`
}

function noteLine(rec: ReportRecord): string[] {
  if (!rec.note || isRuleNote(rec.note) || rec.message.includes(rec.note)) return []
  return [`  - note: ${escapeMarkdown(rec.note)}`]
}

/** Twin, score, window and diff of a removed duplicate (or of a flagged look-alike). */
function twinLines(rec: ReportRecord): string[] {
  const out: string[] = []
  // a duplicate was removed; a flagged look-alike was kept and only resembles its twin
  const which = rec.overridden === 'reverted' ? 'this copy' : rec.kind === 'duplicate' ? 'removed' : 'flagged'
  const length = Array.from(rec.actual).length
  if (rec.twin) {
    out.push(
      `  - kept copy: ${rec.twin.page !== undefined ? `page ${code(rec.twin.page)}, ` : ''}lines ${lineRange(rec.twin.lines)} (block ${code(rec.twin.blockId)}) · similarity ${fixed(rec.score)} · containment ${fixed(rec.containment)}`,
    )
    const w = rec.twinWindow
    if (w && (w[0] > 0 || w[1] < rec.twin.text.length)) {
      out.push(`  - matches characters ${w[0] + 1}–${w[1]} of the kept paragraph (${rec.twin.text.length} characters)`)
    }
  }
  if (rec.diff) {
    if (isIdentical(rec.diff)) {
      out.push(`  - identical to the kept copy (${plural(length, 'character')}) — ${which} text: ${escapeMarkdown(shorten(rec.actual))}`)
    } else {
      out.push(`  - diff kept → ${which}: ${renderDiff(rec.diff)}`)
    }
  } else if (rec.twin) {
    out.push(`  - no diff recorded — ${which} text: ${escapeMarkdown(shorten(rec.actual))}`)
  }
  return out
}

function joinLines(rec: ReportRecord): string[] {
  const out: string[] = []
  let seam: string
  const cut = rec.actual.indexOf('⏎')
  if (cut >= 0) {
    const tail = rec.actual.slice(0, cut)
    const head = rec.actual.slice(cut + 1)
    const more0 = rec.halves ? rec.halves[0].length > tail.length : false
    const more1 = rec.halves ? rec.halves[1].length > head.length : false
    seam = `${more0 ? '…' : ''}${escapeMarkdown(tail)} ⏎ ${escapeMarkdown(head)}${more1 ? '…' : ''}`
  } else if (rec.halves) {
    const [a, b] = rec.halves
    const tail = Array.from(a).slice(-20).join('')
    const head = Array.from(b).slice(0, 20).join('')
    seam = `${tail.length < a.length ? '…' : ''}${escapeMarkdown(tail)} ⏎ ${escapeMarkdown(head)}${head.length < b.length ? '…' : ''}`
  } else {
    seam = escapeMarkdown(rec.actual)
  }
  out.push(`  - seam: ${seam}`)
  const joined = rec.expected[0]
  if (joined !== undefined && joined !== rec.actual.replace('⏎', '')) out.push(`  - joined as: ${escapeMarkdown(joined)}`)
  if (rec.between && rec.between.length > 0) {
    out.push(`  - stood between the halves (${plural(rec.between.length, 'block')}, now outside the paragraph):`)
    for (const b of rec.between) out.push(`    - ${escapeMarkdown(b)}`)
  }
  return out
}

function textLines(rec: ReportRecord, source: Source, label = 'text'): string[] {
  if (rec.actual === '') return []
  const out: string[] = []
  // an applied move whose message already quotes the whole text needs no second copy of it
  const quoted = rec.level === 'info' && label === 'text' && rec.message.includes(`“${rec.actual}”`)
  if (!quoted) out.push(`  - ${label}: ${escapeMarkdown(rec.actual)}`)
  const expected = rec.expected.filter((e) => e !== rec.actual)
  if (expected.length > 0) out.push(`  - becomes: ${expected.map((e) => (e === '' ? '∅' : escapeMarkdown(e))).join(' · ')}`)
  if (Array.from(rec.actual).length <= CONTEXT) {
    const context = contextOf(rec, source)
    if (context) out.push(`  - in context: ${context}`)
  }
  return out
}

/** A record in full: head line and the details its kind calls for. */
function renderRecord(rec: ReportRecord, source: Source): string[] {
  const out = [headLine(rec)]
  if (rec.kind === 'join') out.push(...joinLines(rec))
  else if (rec.twin || rec.diff) out.push(...twinLines(rec))
  else if (rec.kind === 'marker' || rec.kind === 'furniture') out.push(...textLines(rec, source, 'removed'))
  else out.push(...textLines(rec, source))
  out.push(...noteLine(rec))
  return out
}

/** In a kind section, a warning already shown in full under "For the editor". */
function pointerLine(rec: ReportRecord): string {
  return `${headLine(rec)} · *shown under For the editor*`
}

function normalisationTable(records: ReportRecord[], source: Source): string[] {
  const out: string[] = []
  if (records.length > 1) {
    const groups = new Map<string, { before: string; after: string; count: number }>()
    for (const r of records) {
      const after = r.expected.join('')
      const key = r.actual + '\u0000' + after
      const g = groups.get(key)
      if (g) g.count++
      else groups.set(key, { before: r.actual, after, count: 1 })
    }
    const top = [...groups.values()].sort((a, b) => b.count - a.count).slice(0, 6)
    const tally = top.map((g) => `${code(visible(g.before) || '∅')} → ${code(visible(g.after) || '∅')} ×${g.count}`)
    out.push(`Most frequent: ${tally.join(' · ')}${groups.size > top.length ? ' · …' : ''}`, '')
  }
  out.push('| id | line | before | after | rule | context |', '|---|---|---|---|---|---|')
  for (const r of records) {
    const id = `${r.level === 'warning' ? '⚠ ' : ''}${code(r.id)}${r.overridden === 'reverted' ? ' (reverted by editor decision)' : ''}`
    const line = r.lines[0] === r.lines[1] ? `${r.lines[0]}` : lineRange(r.lines)
    const rule = escapeMarkdown(ruleName(r))
    out.push(`| ${id} | ${line} | ${cell(r.actual)} | ${cell(r.expected.join(''))} | ${rule} | ${contextOf(r, source)} |`)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// page

function eolText(report: Report): string {
  const eol = report.page.eol
  if (eol === 'mixed' && report.page.eolRuns) {
    const totals = new Map<string, number>()
    for (const [ending, count] of report.page.eolRuns) totals.set(ending, (totals.get(ending) ?? 0) + count)
    const name = (e: string) => (e === '\r\n' ? 'CRLF' : e === '\r' ? 'CR' : e === '\n' ? 'LF' : JSON.stringify(e))
    return `line ends mixed (${[...totals].map(([e, n]) => `${name(e)} ×${n}`).join(', ')})`
  }
  return eol === 'none' ? 'no line ends' : `line ends ${eol.toUpperCase()}`
}

function byOffset(a: ReportRecord, b: ReportRecord): number {
  return a.place.start.offset - b.place.start.offset || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

export function renderReportMarkdown(report: Report): string {
  const { page, summary } = report
  const records = [...report.records].sort(byOffset)
  const source = rebuildSource(report)
  const kinds = [
    ...KIND_ORDER,
    ...[...new Set(records.map((r) => r.kind))].filter((k) => !KIND_ORDER.includes(k)).sort(),
  ]
  const L: string[] = []

  L.push(`# Change report: ${escapeMarkdown(page.name)}`, '')
  if (report.copyOf) L.push(copyOfLine(report.copyOf), '')
  L.push(
    `Source: ${page.encoding} (confidence ${fixed(page.confidence)}) · ${page.bom ? 'BOM' : 'no BOM'} · ${eolText(report)} · ` +
      `${page.bytes} bytes · ${page.length} characters · sha256 ${code(page.sha256.slice(0, 12))}`,
    '',
  )
  if (page.detection) L.push(`Encoding: ${escapeMarkdown(page.detection)}.`, '')
  L.push(
    `Output: ${plural(report.output.blocks, 'block')} · ${report.output.characters} characters · sha256 ${code(report.output.sha256.slice(0, 12))} · ` +
      `${report.tool.name} ${report.tool.version} · ${report.schema}`,
    '',
  )

  // summary
  L.push('## Summary', '')
  const revertedCount = records.filter((r) => r.overridden === 'reverted').length
  L.push(
    `${plural(summary.changes, 'change')}${revertedCount ? ` (${revertedCount} of them reverted by editor decision)` : ''}, ` +
      `${plural(summary.warnings, 'warning')} for the editor.`,
    '',
  )
  const present = kinds.filter((k) => (summary.byKind[k] ?? 0) > 0 || records.some((r) => r.kind === k))
  if (present.length > 0) {
    L.push('| kind | records | for the editor |', '|---|--:|--:|')
    for (const k of present) {
      const count = summary.byKind[k] ?? records.filter((r) => r.kind === k).length
      const warnings = records.filter((r) => r.kind === k && r.level === 'warning').length
      L.push(`| ${k} | ${count} | ${warnings || ''} |`)
    }
    L.push('')
  }
  if (records.some((r) => r.diff && !isIdentical(r.diff))) {
    L.push(
      `How to read a diff: ~~struck~~ text is only in the kept copy, **bold** text only in the removed (or flagged) copy; ` +
        `unchanged stretches over ${SHORTEN_OVER} characters are shortened to their first and last ${SHORTEN_KEEP} around “…”; ␠ is a space, ⏎ a line end.`,
      '',
    )
  }

  // for the editor
  const warnings = records.filter((r) => r.level === 'warning')
  L.push(`## For the editor (${warnings.length})`, '')
  if (warnings.length === 0) L.push('Nothing on this page needs a decision.', '')
  else {
    for (const r of warnings) L.push(...renderRecord(r, source))
    L.push('')
  }

  const unmatched = report.unmatchedDecisions ?? []
  if (unmatched.length > 0) {
    L.push(`## Decisions that matched no change (${unmatched.length})`, '')
    L.push('These entries of the decisions file name no change on this page (the id may be from another page or an older run):', '')
    for (const d of unmatched) L.push(`- ${code(d)}`)
    L.push('')
  }

  // one section per kind
  for (const kind of kinds) {
    const of = records.filter((r) => r.kind === kind)
    if (of.length === 0) continue
    const title = KIND_TITLE[kind as ChangeKind] ?? kind
    L.push(`## ${kind} — ${title} (${of.length})`, '')
    if (TABLE_KINDS.has(kind)) {
      L.push(...normalisationTable(of, source))
    } else {
      for (const r of of) {
        if (r.level === 'warning') L.push(pointerLine(r))
        else L.push(...renderRecord(r, source))
      }
    }
    L.push('')
  }
  // (the line ends at the end trimmed by hand: /\n+$/ is tried at every line end of the report)
  const text = L.join('\n')
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--
  return text.slice(0, end) + '\n'
}
