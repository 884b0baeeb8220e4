/**
 * HTML for one change of the review page. These functions run in the browser: page.ts inlines
 * their source into the page, so each must stay self-contained — no imports, no module constants,
 * only its arguments and the other functions of RENDERERS, called by name. They build strings
 * (the page sets them as innerHTML), and every piece of report text goes through esc() or
 * visible() first.
 */
import type { ReviewItem, ReviewPage } from './data.js'

export type Verdict = 'revert' | 'accept'

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  )
}

/** Escapes text and makes its whitespace and invisible characters visible (for small changes). */
export function visible(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (ch === ' ') out += '<span class="ws" title="space">␣</span>'
    else if (ch === '\u3000') out += '<span class="ws" title="ideographic space U+3000">□</span>'
    else if (ch === '\u00a0') out += '<span class="ws" title="no-break space U+00A0">⍽</span>'
    else if (ch === '\t') out += '<span class="ws" title="tab">⇥</span>'
    else if (ch === '\n' || ch === '\r') out += '<span class="ws" title="line break">⏎</span>'
    else if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff) {
      out += '<span class="ws" title="invisible U+' + code.toString(16).toUpperCase().padStart(4, '0') + '">¦</span>'
    } else out += esc(ch)
  }
  return out
}

export function lineRef(lines: [number, number]): string {
  return lines[0] === lines[1] ? 'line ' + lines[0] : 'lines ' + lines[0] + '–' + lines[1]
}

/** False for records that change nothing (flags, layout facts): there is nothing to revert. */
export function isRevertible(item: ReviewItem): boolean {
  return item.kind !== 'flag' && item.kind !== 'layout'
}

export function verdictLabel(verdict: Verdict | undefined, item: ReviewItem): string {
  if (verdict === 'revert') return item.overridden === 'reverted' ? 'reverted (by the decisions file)' : 'reverted: will be undone'
  if (verdict === 'accept') return 'accepted'
  return 'open'
}

/** A bar standing for the whole page with a mark where each stretch lies. */
export function pageBar(page: ReviewPage, marks: Array<{ start: number; end: number; cls: string; title: string }>): string {
  const length = Math.max(1, page.length)
  let out = '<div class="pagebar" title="where it stands in the page">'
  for (const m of marks) {
    const left = Math.min(100, (100 * m.start) / length)
    const width = Math.max(0.6, Math.min(100 - left, (100 * (m.end - m.start)) / length))
    out +=
      '<span class="pb ' + m.cls + '" style="left:' + left.toFixed(2) + '%;width:' + width.toFixed(2) + '%" title="' + esc(m.title) + '"></span>'
  }
  return out + '</div>'
}

function percentDown(page: ReviewPage, offset: number): string {
  return Math.round((100 * offset) / Math.max(1, page.length)) + '%'
}

/** Kept twin (its matched window marked, deletions struck) beside this block (insertions marked). */
export function renderTwin(item: ReviewItem, page: ReviewPage): string {
  const twin = item.twin
  if (!twin) return ''
  const diff = item.diff ?? [['=', item.actual]]
  const win = item.twinWindow ?? [0, twin.text.length]
  let kept = esc(twin.text.slice(0, win[0])) + '<mark class="win">'
  let copy = ''
  let inserted = 0
  let deleted = 0
  for (const [op, text] of diff) {
    if (op === '=') {
      kept += esc(text)
      copy += esc(text)
    } else if (op === '-') {
      kept += '<del>' + visible(text) + '</del>'
      deleted += Array.from(text).length
    } else {
      copy += '<ins>' + visible(text) + '</ins>'
      inserted += Array.from(text).length
    }
  }
  kept += '</mark>' + esc(twin.text.slice(win[1]))
  // a kept copy on another page (across-page duplicates): its lines and offsets are on that page
  const elsewhere = (twin as { page?: string }).page
  const removedCopy = item.kind === 'duplicate'
  const thisTitle = removedCopy ? 'Removed copy' : item.overridden ? 'Copy (kept: reverted)' : 'This paragraph (kept)'
  const twinStart = twin.place.start.offset
  const twinEnd = twin.place.end.offset
  const start = item.place.start.offset
  const end = item.place.end.offset
  const facts: string[] = []
  if (item.score !== undefined) facts.push('<span class="metric">similarity <b>' + item.score.toFixed(2) + '</b></span>')
  if (item.containment !== undefined) facts.push('<span class="metric">containment <b>' + item.containment.toFixed(2) + '</b></span>')
  if (item.note) facts.push('<span class="metric note">' + esc(item.note) + '</span>')
  facts.push(
    inserted + deleted === 0
      ? '<span class="metric same">identical to the marked part of the kept text</span>'
      : '<span class="metric differs">' + deleted + ' character(s) only in the kept text, ' + inserted + ' only in the copy</span>',
  )
  return (
    '<div class="pair">' +
    '<section class="side kept"><h4>Kept · ' + (elsewhere ? '<span class="elsewhere">on ' + esc(elsewhere) + '</span> · ' : '') + esc(lineRef(twin.lines)) +
    (elsewhere ? '' : ' <small>(' + percentDown(page, twinStart) + ' down the page)</small>') + '</h4>' +
    '<div class="txt">' + kept + '</div></section>' +
    '<section class="side ' + (removedCopy ? 'removed' : 'flagged') + '"><h4>' + thisTitle + ' · ' + esc(lineRef(item.lines)) +
    ' <small>(' + percentDown(page, start) + ' down the page)</small></h4>' +
    '<div class="txt">' + copy + '</div></section>' +
    '</div>' +
    '<div class="facts">' + facts.join('') + '</div>' +
    pageBar(page, [
      ...(elsewhere ? [] : [{ start: twinStart, end: twinEnd, cls: 'pb-kept', title: 'kept: ' + lineRef(twin.lines) }]),
      { start, end, cls: removedCopy ? 'pb-removed' : 'pb-this', title: (removedCopy ? 'removed: ' : 'this: ') + lineRef(item.lines) },
    ])
  )
}

/** The two halves of a join with the seam marked, and what stood between them. */
export function renderJoin(item: ReviewItem, page: ReviewPage): string {
  const SHOW = 90
  let halves = item.halves
  if (!halves) {
    const at = item.actual.indexOf('⏎')
    halves = at >= 0 ? [item.actual.slice(0, at), item.actual.slice(at + 1)] : [item.actual, '']
  }
  const [a, b] = halves
  const tail = a.length > SHOW ? '<span class="more">…</span>' + esc(a.slice(-SHOW)) : esc(a)
  const head = b.length > SHOW ? esc(b.slice(0, SHOW)) + '<span class="more">…</span>' : esc(b)
  let out =
    '<div class="seamline"><span class="half half-a">' + tail + '</span>' +
    '<span class="seam" title="the seam: the halves were joined here">⏎</span>' +
    '<span class="half half-b">' + head + '</span></div>'
  if (item.between && item.between.length > 0) {
    out += '<div class="between"><div class="between-h">Stood between the halves (' + item.between.length + '):</div><ol>'
    for (const text of item.between) out += '<li>' + esc(text) + '</li>'
    out += '</ol></div>'
  }
  if (a.length > SHOW || b.length > SHOW) {
    out +=
      '<details class="whole"><summary>whole halves</summary><p class="txt">' + esc(a) + '<span class="seam">⏎</span></p>' +
      '<p class="txt">' + esc(b) + '</p></details>'
  }
  if (item.note) out += '<div class="facts"><span class="metric note">' + esc(item.note) + '</span></div>'
  return out + pageBar(page, [{ start: item.place.start.offset, end: item.place.end.offset, cls: 'pb-this', title: lineRef(item.lines) }])
}

/** Before/after inline, in its line of source. */
export function renderInline(item: ReviewItem, page: ReviewPage): string {
  const ctx = item.ctx ?? ['', '']
  let change = item.actual === '' ? '' : '<del>' + visible(item.actual) + '</del>'
  const after = item.expected.filter((e) => e !== '')
  if (after.length > 0) change += after.map((e) => '<ins>' + visible(e) + '</ins>').join('<span class="or">or</span>')
  return (
    '<div class="inline txt"><span class="ctx">' + esc(ctx[0]) + '</span>' + change + '<span class="ctx">' + esc(ctx[1]) + '</span></div>' +
    (item.note ? '<div class="facts"><span class="metric note">' + esc(item.note) + '</span></div>' : '') +
    pageBar(page, [{ start: item.place.start.offset, end: item.place.end.offset, cls: 'pb-this', title: lineRef(item.lines) }])
  )
}

/** A flag, a moved caption or heading, a layout fact: the text in question, marked. */
export function renderMarked(item: ReviewItem, page: ReviewPage): string {
  const ctx = item.ctx ?? ['', '']
  let out = ''
  if (item.actual !== '') {
    out += '<div class="inline txt"><span class="ctx">' + esc(ctx[0]) + '</span><mark class="' + (item.level === 'warning' ? 'flagged' : 'subject') + '">' +
      esc(item.actual) + '</mark><span class="ctx">' + esc(ctx[1]) + '</span></div>'
  }
  const after = item.expected.filter((e) => e !== '' && e !== item.actual)
  if (after.length > 0) out += '<div class="inline txt">→ ' + after.map((e) => '<ins>' + visible(e) + '</ins>').join('<span class="or">or</span>') + '</div>'
  if (item.note) out += '<div class="facts"><span class="metric note">' + esc(item.note) + '</span></div>'
  if (item.place.end.offset > item.place.start.offset) {
    out += pageBar(page, [{ start: item.place.start.offset, end: item.place.end.offset, cls: 'pb-this', title: lineRef(item.lines) }])
  }
  return out
}

export function renderBody(item: ReviewItem, page: ReviewPage): string {
  if (item.twin) return renderTwin(item, page)
  if (item.kind === 'join') return renderJoin(item, page)
  if (item.kind === 'caption-moved' || item.kind === 'heading-moved' || item.kind === 'flag' || item.kind === 'layout') {
    return renderMarked(item, page)
  }
  return renderInline(item, page)
}

/** One change: an <article class="change"> with data-id (the record id) and data-key. */
export function renderItem(item: ReviewItem, page: ReviewPage, pageIndex: number, n: number, verdict: Verdict | undefined, label: string): string {
  const warn = item.level === 'warning'
  const cls =
    'change k-' + esc(item.kind) + (warn ? ' warn' : '') + (verdict ? ' v-' + verdict : '') + (item.overridden ? ' overridden' : '') +
    (isRevertible(item) ? '' : ' no-revert')
  return (
    '<article class="' + cls + '" data-id="' + esc(item.id) + '" data-kind="' + esc(item.kind) + '" data-pi="' + pageIndex +
    '" data-n="' + n + '" tabindex="-1">' +
    '<header class="ch-head">' +
    '<span class="kind k-' + esc(item.kind) + '">' + esc(label) + '</span>' +
    (warn ? '<span class="warn-badge" title="a warning: for the editor to decide">⚠ check</span>' : '') +
    '<span class="where">' + esc(lineRef(item.lines)) + '</span>' +
    '<span class="verdict" title="your verdict">' + esc(verdictLabel(verdict, item)) + '</span>' +
    '<span class="actions">' +
    (isRevertible(item)
      ? '<button type="button" class="act act-revert" data-act="revert" title="revert: undo this change when re-cleaning (r)">Revert <kbd>r</kbd></button>'
      : '') +
    '<button type="button" class="act act-accept" data-act="accept" title="accept: the change is right (a)">Accept <kbd>a</kbd></button>' +
    '</span></header>' +
    '<p class="msg">' + esc(item.message) + '</p>' +
    renderBody(item, page) +
    '<footer class="ch-foot"><code class="rid">' + esc(item.id) + '</code> <span class="rule">' + esc(item.rule) + '</span></footer>' +
    '</article>'
  )
}

/** Everything page.ts inlines into the review page, in dependency-free order. */
export const RENDERERS = {
  esc,
  visible,
  lineRef,
  isRevertible,
  verdictLabel,
  pageBar,
  percentDown,
  renderTwin,
  renderJoin,
  renderInline,
  renderMarked,
  renderBody,
  renderItem,
}

export type Renderers = typeof RENDERERS
