/// <reference lib="dom" />
/**
 * The review page's behaviour. page.ts inlines this function's source into the page and calls it
 * with the embedded data and the renderers (render.ts), so it must stay self-contained: no imports
 * used at run time, no module constants. Plain DOM, no framework; the list of changes is rendered
 * for the page (or filter) in view only.
 */
import type { ReviewData, ReviewItem } from './data.js'
import type { Renderers, Verdict } from './render.js'

export function reviewApp(data: ReviewData, R: Renderers): void {
  const doc = document
  const byId = (id: string): HTMLElement => {
    const found = doc.getElementById(id)
    if (!found) throw new Error('review page: #' + id + ' missing')
    return found
  }
  const pages = data.pages
  const labelOf: Record<string, string> = {}
  for (const k of data.kinds) labelOf[k.kind] = k.label
  const total = pages.reduce((n, p) => n + p.items.length, 0)

  // ---- verdicts: per page and change id (a decision names a change by its id) --------------------
  const verdicts = new Map<string, Verdict>()
  const vkey = (p: number, id: string): string => p + ' ' + id
  const verdictOf = (p: number, item: ReviewItem): Verdict | undefined => verdicts.get(vkey(p, item.id))
  pages.forEach((page, p) => {
    for (const item of page.items) if (item.overridden === 'reverted') verdicts.set(vkey(p, item.id), 'revert')
  })

  const storageKey = 'scanclean-review/' + data.signature
  let storageOk = false
  let unsaved = false
  function save(): void {
    const list: Array<[string, string, Verdict]> = []
    pages.forEach((page, p) => {
      const seen = new Set<string>()
      for (const item of page.items) {
        const v = verdicts.get(vkey(p, item.id))
        if (v && !seen.has(item.id)) list.push([page.name, item.id, v])
        seen.add(item.id)
      }
    })
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(list))
      storageOk = true
    } catch {
      storageOk = false // file:// may forbid storage: verdicts then live until the tab closes
    }
  }
  function restore(): number {
    let raw: string | null = null
    try {
      raw = window.localStorage.getItem(storageKey)
      storageOk = true
    } catch {
      storageOk = false
    }
    if (!raw) return 0
    let list: unknown
    try {
      list = JSON.parse(raw)
    } catch {
      return 0
    }
    if (!Array.isArray(list)) return 0
    verdicts.clear()
    let n = 0
    for (const entry of list) {
      if (!Array.isArray(entry) || entry.length !== 3) continue
      const p = pages.findIndex((page) => page.name === entry[0])
      if (p < 0 || (entry[2] !== 'revert' && entry[2] !== 'accept')) continue
      if (!pages[p].items.some((it) => it.id === entry[1])) continue
      verdicts.set(vkey(p, String(entry[1])), entry[2])
      n++
    }
    return n
  }

  // ---- view state --------------------------------------------------------------------------------
  const state = {
    scope: pages.length > 0 ? 0 : -1, // a page index, or -1: every page
    kinds: new Set<string>(),
    warnOnly: false,
    verdict: 'all' as 'all' | 'open' | 'revert' | 'accept',
    query: '',
    visible: [] as Array<[number, number]>,
    /** The first `rendered` visible changes are in the DOM, as `elements`; more are added on demand. */
    rendered: 0,
    lastPage: -1,
    elements: [] as HTMLElement[],
    cur: -1,
  }
  /** Changes rendered at a time: a page of thousands of changes opens at once, the rest follows as it scrolls. */
  const CHUNK = 120
  const listHead = byId('list-head')
  const itemsBox = byId('items')
  const more = byId('more')
  const status = byId('status')
  const search = byId('search') as HTMLInputElement
  const exportPanel = byId('export-panel')
  const exportText = byId('export-text') as HTMLTextAreaElement
  const keymap = byId('keymap')

  let statusTimer: ReturnType<typeof setTimeout> | undefined
  function say(message: string): void {
    status.textContent = message
    status.classList.add('show')
    if (statusTimer) clearTimeout(statusTimer)
    statusTimer = setTimeout(() => status.classList.remove('show'), 5000)
  }

  const haystacks = new Map<string, string>()
  function haystack(p: number, i: number): string {
    const key = p + ':' + i
    let h = haystacks.get(key)
    if (h === undefined) {
      const it = pages[p].items[i]
      h = [it.id, it.rule, it.kind, labelOf[it.kind] ?? '', it.message, it.actual, ...it.expected, it.note ?? '', it.twin?.text ?? '', ...(it.halves ?? []), ...(it.between ?? [])]
        .join('\n')
        .toLowerCase()
      haystacks.set(key, h)
    }
    return h
  }

  function scopePages(): number[] {
    return state.scope < 0 ? pages.map((_, p) => p) : [state.scope]
  }

  function matches(p: number, i: number, q: string): boolean {
    const it = pages[p].items[i]
    if (state.kinds.size > 0 && !state.kinds.has(it.kind)) return false
    if (state.warnOnly && it.level !== 'warning') return false
    if (state.verdict !== 'all') {
      const v = verdictOf(p, it)
      if (state.verdict === 'open' ? v !== undefined : v !== state.verdict) return false
    }
    return q === '' || haystack(p, i).includes(q)
  }

  // ---- rendering ----------------------------------------------------------------------------------
  function renderPages(): void {
    const parts: string[] = []
    parts.push(
      '<li><button type="button" class="page-entry" data-index="-1"><span class="pname">All pages</span>' +
        '<span class="pmeta">' + pages.length + ' pages · ' + total + ' changes</span>' +
        '<span class="pverdicts" data-vc="-1"></span></button></li>',
    )
    pages.forEach((page, p) => {
      const counts = new Map<string, number>()
      let warnings = 0
      for (const it of page.items) {
        counts.set(it.kind, (counts.get(it.kind) ?? 0) + 1)
        if (it.level === 'warning') warnings++
      }
      const kinds = data.kinds
        .filter((k) => counts.has(k.kind))
        .map((k) => '<span class="pk k-' + R.esc(k.kind) + '" data-kind="' + R.esc(k.kind) + '">' + R.esc(k.label) + ' <b>' + counts.get(k.kind) + '</b></span>')
        .join('')
      parts.push(
        '<li><button type="button" class="page-entry" data-index="' + p + '" data-page="' + R.esc(page.name) + '">' +
          '<span class="pname">' + R.esc(page.base) + '</span>' +
          '<span class="pmeta">' + page.items.length + ' changes' + (warnings ? ' · <span class="pwarn">⚠ ' + warnings + '</span>' : '') +
          (page.unmatched.length ? ' · <span class="pwarn">' + page.unmatched.length + ' unmatched decision(s)</span>' : '') +
          (page.copyOf ? ' · <span class="pwarn">copy of ' + R.esc(page.copyOf.page) + '</span>' : '') + '</span>' +
          '<span class="pkinds">' + (kinds || '<span class="none">no changes</span>') + '</span>' +
          '<span class="pverdicts" data-vc="' + p + '"></span></button></li>',
      )
    })
    byId('pages').innerHTML = parts.join('')
  }

  function renderKinds(): void {
    const counts = new Map<string, number>()
    let warnings = 0
    for (const p of scopePages()) {
      for (const it of pages[p].items) {
        counts.set(it.kind, (counts.get(it.kind) ?? 0) + 1)
        if (it.level === 'warning') warnings++
      }
    }
    const chips = data.kinds.map((k) => {
      const n = counts.get(k.kind) ?? 0
      const on = state.kinds.has(k.kind)
      return (
        '<button type="button" class="chip k-' + R.esc(k.kind) + (on ? ' on' : '') + (n === 0 ? ' empty' : '') + '" data-kind="' + R.esc(k.kind) +
        '" aria-pressed="' + on + '">' + R.esc(k.label) + ' <b>' + n + '</b><span class="open" data-open="' + R.esc(k.kind) + '"></span></button>'
      )
    })
    chips.push(
      '<button type="button" class="chip chip-warn' + (state.warnOnly ? ' on' : '') + (warnings === 0 ? ' empty' : '') + '" data-warn="1" aria-pressed="' + state.warnOnly +
        '" title="only warnings (w)">⚠ Warnings <b>' + warnings + '</b></button>',
    )
    byId('kinds').innerHTML = chips.join('')
    for (const b of Array.from(byId('verdicts').querySelectorAll('button'))) {
      b.classList.toggle('on', b.getAttribute('data-verdict') === state.verdict)
      b.setAttribute('aria-pressed', String(b.getAttribute('data-verdict') === state.verdict))
    }
  }

  function scopeHeading(): string {
    if (state.scope < 0) return '<h2 class="scope">All pages <small>' + total + ' changes</small></h2>'
    const page = pages[state.scope]
    const href = encodeURIComponent(page.base)
    let out =
      '<h2 class="scope">' + R.esc(page.name) + ' <small>' + page.items.length + ' changes · ' + page.lines + ' lines</small>' +
      '<span class="links"><a href="' + href + '.md">Markdown</a> · <a href="' + href + '.report.md">report</a> · <a href="' + href +
      '.report.json">JSON</a></span></h2>'
    if (page.copyOf) {
      out +=
        '<div class="unmatched">⚠ This page is a copy of <b>' + R.esc(page.copyOf.page) + '</b>: ' + page.copyOf.paragraphs + ' of ' + page.copyOf.of +
        ' compared paragraphs (' + Math.round(page.copyOf.share * 100) + '% of the text) removed as copies of it.</div>'
    }
    if (page.unmatched.length > 0) {
      out +=
        '<div class="unmatched">⚠ ' + page.unmatched.length + ' decision(s) of the decisions file used for this cleaning matched no change: <code>' +
        page.unmatched.map(R.esc).join('</code> <code>') + '</code></div>'
    }
    return out
  }

  function renderList(keep = true): void {
    const before = keep && state.cur >= 0 ? state.visible[state.cur] : undefined
    const q = state.query.trim().toLowerCase()
    const visibleItems: Array<[number, number]> = []
    for (const p of scopePages()) {
      const items = pages[p].items
      for (let i = 0; i < items.length; i++) if (matches(p, i, q)) visibleItems.push([p, i])
    }
    state.visible = visibleItems
    let head = scopeHeading()
    if (visibleItems.length === 0) {
      const none = scopePages().every((p) => pages[p].items.length === 0)
      head += '<p class="empty-list">' + (none ? 'No changes on this page.' : 'No change matches the filters.') + '</p>'
    }
    listHead.innerHTML = head
    itemsBox.innerHTML = ''
    state.elements = []
    state.rendered = 0
    state.lastPage = -1
    let cur = visibleItems.length > 0 ? 0 : -1
    if (before) {
      const at = visibleItems.findIndex(([p, i]) => p === before[0] && i === before[1])
      if (at >= 0) cur = at
    }
    renderUpTo(Math.max(CHUNK, cur + 1 + CHUNK / 4))
    state.cur = -1
    select(cur, false)
    renderKinds()
    updateCounts()
    byId('shown').textContent = visibleItems.length + ' shown'
  }

  /** Puts the visible changes up to `n` (exclusive) into the DOM. */
  function renderUpTo(n: number): void {
    const end = Math.min(state.visible.length, Math.ceil(n))
    if (end > state.rendered) {
      const parts: string[] = []
      for (let m = state.rendered; m < end; m++) {
        const [p, i] = state.visible[m]
        if (state.scope < 0 && p !== state.lastPage) {
          parts.push('<h3 class="page-h">' + R.esc(pages[p].name) + '</h3>')
          state.lastPage = p
        }
        const item = pages[p].items[i]
        parts.push(R.renderItem(item, pages[p], p, m, verdictOf(p, item), labelOf[item.kind] ?? item.kind))
      }
      itemsBox.insertAdjacentHTML('beforeend', parts.join(''))
      state.elements = Array.from(itemsBox.querySelectorAll<HTMLElement>('article.change'))
      state.rendered = end
    }
    const left = state.visible.length - state.rendered
    more.textContent = left > 0 ? left + ' more below (scroll, or G for the last)' : ''
  }

  /** Renders the next chunk when the end of the list comes near. */
  function fillNearEnd(): void {
    if (state.rendered < state.visible.length && more.getBoundingClientRect().top < window.innerHeight * 2) {
      renderUpTo(state.rendered + CHUNK)
    }
  }

  function select(n: number, scroll = true): void {
    if (state.cur >= 0 && state.elements[state.cur]) state.elements[state.cur].classList.remove('current')
    if (n >= state.rendered) renderUpTo(n + 1 + CHUNK / 4)
    state.cur = n
    const element = state.elements[n]
    if (!element) return
    element.classList.add('current')
    if (scroll) element.scrollIntoView({ block: 'nearest' })
  }

  function move(step: number): void {
    if (state.visible.length === 0) return
    const n = state.cur + step
    if (n < 0) return say('first change of the list')
    if (n >= state.visible.length) return say(state.scope >= 0 && state.scope < pages.length - 1 ? 'last change of this page: n for the next page' : 'last change of the list')
    select(n)
  }

  function setScope(scope: number): void {
    if (scope < -1 || scope >= pages.length) return
    state.scope = scope
    for (const b of Array.from(byId('pages').querySelectorAll('.page-entry'))) {
      b.classList.toggle('on', b.getAttribute('data-index') === String(scope))
    }
    try {
      history.replaceState(null, '', '#' + (scope < 0 ? 'all' : encodeURIComponent(pages[scope].name)))
    } catch {
      // some browsers refuse history on file://: the hash is a convenience only
    }
    renderList(false)
    window.scrollTo(0, 0)
  }

  type Tally = { revert: number; accept: number; open: number }
  /** Verdict counts per page, recounted only for the pages that changed. */
  const tallies: Tally[] = pages.map(() => ({ revert: 0, accept: 0, open: 0 }))
  const warnings = pages.reduce((n, page) => n + page.items.filter((it) => it.level === 'warning').length, 0)
  function recount(p: number): void {
    const t = { revert: 0, accept: 0, open: 0 }
    for (const it of pages[p].items) {
      const v = verdictOf(p, it)
      if (v) t[v]++
      else t.open++
    }
    tallies[p] = t
  }

  /** Refreshes every count shown: per page, for the batch, per kind in view. `changed`: pages to recount (default all). */
  function updateCounts(changed?: number[]): void {
    for (const p of changed ?? pages.map((_, q) => q)) recount(p)
    const text = (t: Tally) =>
      '<span class="vc vc-revert" title="reverted">↺ ' + t.revert + '</span><span class="vc vc-accept" title="accepted">✓ ' + t.accept +
      '</span><span class="vc vc-open" title="open">' + t.open + ' open</span>'
    const all = tallies.reduce((a, t) => ({ revert: a.revert + t.revert, accept: a.accept + t.accept, open: a.open + t.open }), { revert: 0, accept: 0, open: 0 })
    const vcAll = doc.querySelector<HTMLElement>('[data-vc="-1"]')
    if (vcAll) vcAll.innerHTML = text(all)
    for (const p of changed ?? pages.map((_, q) => q)) {
      const span = doc.querySelector<HTMLElement>('[data-vc="' + p + '"]')
      if (span) span.innerHTML = text(tallies[p])
    }
    byId('stats').innerHTML = '<span class="stat">' + total + ' changes</span>' + text(all) + '<span class="stat">' + warnings + ' ⚠</span>'
    const open = new Map<string, number>()
    for (const p of scopePages()) {
      for (const it of pages[p].items) if (!verdictOf(p, it)) open.set(it.kind, (open.get(it.kind) ?? 0) + 1)
    }
    for (const span of Array.from(doc.querySelectorAll<HTMLElement>('[data-open]'))) {
      const n = open.get(span.getAttribute('data-open') ?? '') ?? 0
      span.textContent = n > 0 ? n + ' open' : ''
    }
    if (!exportPanel.hidden) exportText.value = decisionsJson()
  }

  function setVerdict(n: number, verdict: Verdict | null, advance: boolean): void {
    const at = state.visible[n]
    if (!at) return
    const [p, i] = at
    const item = pages[p].items[i]
    if (verdict === 'revert' && !R.isRevertible(item)) {
      say('nothing to revert: this ' + (item.kind === 'flag' ? 'flag' : 'note') + ' changes no text (a to accept it as seen)')
      return
    }
    const key = vkey(p, item.id)
    const was = verdicts.get(key)
    const next = verdict === null || was === verdict ? undefined : verdict
    if (next) verdicts.set(key, next)
    else verdicts.delete(key)
    state.visible.forEach(([vp, vi], m) => {
      const element = state.elements[m] // changes not rendered yet render with their verdict later
      if (!element || vp !== p || pages[vp].items[vi].id !== item.id) return
      element.classList.toggle('v-revert', next === 'revert')
      element.classList.toggle('v-accept', next === 'accept')
      const label = element.querySelector('.verdict')
      if (label) label.textContent = R.verdictLabel(next, pages[vp].items[vi])
    })
    unsaved = true
    save()
    updateCounts([p])
    if (advance && next && n < state.visible.length - 1) select(n + 1)
  }

  // ---- decisions ----------------------------------------------------------------------------------
  function decisionsJson(): string {
    const decisions: Array<{ page: string; id: string; verdict: Verdict }> = []
    pages.forEach((page, p) => {
      const seen = new Set<string>()
      for (const item of page.items) {
        if (seen.has(item.id)) continue
        seen.add(item.id)
        const v = verdicts.get(vkey(p, item.id))
        if (v) decisions.push({ page: page.name, id: item.id, verdict: v })
      }
    })
    return JSON.stringify({ schema: data.decisionsSchema, decisions }, null, 2) + '\n'
  }

  function openExport(): void {
    exportPanel.hidden = false
    exportText.value = decisionsJson()
  }

  function download(): void {
    const json = decisionsJson()
    openExport()
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
    const a = doc.createElement('a')
    a.href = url
    a.download = 'decisions.json'
    doc.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 30000)
    unsaved = false
    const n = (JSON.parse(json) as { decisions: unknown[] }).decisions.length
    say('decisions.json downloaded (' + n + ' decision' + (n === 1 ? '' : 's') + '): scanclean PAGES --out DIR --decisions decisions.json')
  }

  function importDecisions(text: string, source: string): void {
    let file: { schema?: unknown; decisions?: unknown }
    try {
      file = JSON.parse(text)
    } catch (error) {
      return say(source + ': not valid JSON')
    }
    if (!file || file.schema !== data.decisionsSchema || !Array.isArray(file.decisions)) {
      return say(source + ': not a decisions file (' + data.decisionsSchema + ')')
    }
    let applied = 0
    let unmatched = 0
    for (const d of file.decisions as Array<{ page?: unknown; id?: unknown; verdict?: unknown }>) {
      const p = pages.findIndex((page) => page.name === d?.page)
      if (p < 0 || (d.verdict !== 'revert' && d.verdict !== 'accept') || !pages[p].items.some((it) => it.id === d.id)) {
        unmatched++
        continue
      }
      verdicts.set(vkey(p, String(d.id)), d.verdict)
      applied++
    }
    save()
    renderList()
    say(source + ': ' + applied + ' decision(s) applied' + (unmatched ? ', ' + unmatched + ' match no change of this batch' : ''))
  }

  // ---- events -------------------------------------------------------------------------------------
  byId('pages').addEventListener('click', (event) => {
    const entry = (event.target as HTMLElement).closest('.page-entry')
    if (entry) setScope(Number(entry.getAttribute('data-index')))
  })
  byId('kinds').addEventListener('click', (event) => {
    const chip = (event.target as HTMLElement).closest('.chip')
    if (!chip) return
    if (chip.hasAttribute('data-warn')) state.warnOnly = !state.warnOnly
    else {
      const kind = chip.getAttribute('data-kind') ?? ''
      if (state.kinds.has(kind)) state.kinds.delete(kind)
      else state.kinds.add(kind)
    }
    renderList()
  })
  byId('verdicts').addEventListener('click', (event) => {
    const b = (event.target as HTMLElement).closest('button')
    if (!b) return
    state.verdict = (b.getAttribute('data-verdict') ?? 'all') as typeof state.verdict
    renderList()
  })
  byId('clear-filters').addEventListener('click', () => {
    state.kinds.clear()
    state.warnOnly = false
    state.verdict = 'all'
    state.query = ''
    search.value = ''
    renderList()
  })
  let searchTimer: ReturnType<typeof setTimeout> | undefined
  search.addEventListener('input', () => {
    if (searchTimer) clearTimeout(searchTimer)
    searchTimer = setTimeout(() => {
      state.query = search.value
      renderList()
    }, 120)
  })
  itemsBox.addEventListener('click', (event) => {
    const target = event.target as HTMLElement
    const article = target.closest<HTMLElement>('article.change')
    if (!article) return
    const n = Number(article.getAttribute('data-n'))
    if (n !== state.cur) select(n, false)
    const act = target.closest('[data-act]')
    if (act) setVerdict(n, act.getAttribute('data-act') as Verdict, false)
  })
  byId('export').addEventListener('click', download)
  byId('export-download').addEventListener('click', download)
  byId('export-copy').addEventListener('click', () => {
    exportText.value = decisionsJson()
    exportText.select()
    let ok = false
    try {
      ok = doc.execCommand('copy')
    } catch {
      ok = false
    }
    say(ok ? 'decisions copied' : 'select the text and copy it (Ctrl+C)')
  })
  byId('export-close').addEventListener('click', () => (exportPanel.hidden = true))
  byId('show-export').addEventListener('click', openExport)
  byId('keymap-toggle').addEventListener('click', () => keymap.classList.toggle('open'))
  const importInput = byId('import-file') as HTMLInputElement
  byId('import').addEventListener('click', () => importInput.click())
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0]
    if (!file) return
    const reader = new FileReader()
    reader.onload = () => importDecisions(String(reader.result), file.name)
    reader.readAsText(file)
    importInput.value = ''
  })
  byId('reset').addEventListener('click', () => {
    if (verdicts.size === 0 || !window.confirm('Clear every verdict of this batch?')) return
    verdicts.clear()
    save()
    renderList()
    say('every verdict cleared')
  })
  window.addEventListener('scroll', fillNearEnd, { passive: true })
  window.addEventListener('resize', fillNearEnd, { passive: true })
  window.addEventListener('beforeunload', (event) => {
    if (unsaved && !storageOk) event.preventDefault() // verdicts would be lost: export them first
  })

  doc.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const target = event.target as HTMLElement | null
    const tag = target?.tagName ?? ''
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable) {
      if (event.key === 'Escape' || (event.key === 'Enter' && target?.id === 'search')) {
        target?.blur()
        event.preventDefault()
      }
      return
    }
    switch (event.key) {
      case 'j':
      case 'ArrowDown':
        move(1)
        break
      case 'k':
      case 'ArrowUp':
        move(-1)
        break
      case 'g':
      case 'Home':
        if (state.visible.length) select(0)
        break
      case 'G':
      case 'End':
        if (state.visible.length) select(state.visible.length - 1)
        break
      case 'r':
        setVerdict(state.cur, 'revert', true)
        break
      case 'a':
        setVerdict(state.cur, 'accept', true)
        break
      case 'u':
        setVerdict(state.cur, null, false)
        break
      case 'n':
      case ']':
        if (state.scope < pages.length - 1) setScope(state.scope + 1)
        break
      case 'p':
      case '[':
        if (state.scope > -1) setScope(state.scope - 1)
        break
      case 'w':
        state.warnOnly = !state.warnOnly
        renderList()
        break
      case '/':
        search.focus()
        search.select()
        break
      case 'e':
        download()
        break
      case '?':
        keymap.classList.toggle('open')
        break
      case 'Escape':
        exportPanel.hidden = true
        keymap.classList.remove('open')
        break
      default:
        return
    }
    event.preventDefault()
  })

  // ---- start --------------------------------------------------------------------------------------
  const restored = restore()
  renderPages()
  let start = state.scope
  const hash = decodeURIComponent(location.hash.replace(/^#/, ''))
  if (hash === 'all') start = -1
  else if (hash) {
    const p = pages.findIndex((page) => page.name === hash)
    if (p >= 0) start = p
  }
  setScope(start)
  doc.body.classList.add('ready')
  if (restored > 0) say(restored + ' verdict(s) restored from this browser (Reset clears them)')
}
