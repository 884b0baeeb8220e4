/**
 * The review page: one self-contained HTML file (inline CSS, inline script, the data as JSON in a
 * <script type="application/json">) that works from file:// without network. A Content Security
 * Policy forbids it to load anything at all.
 */
import type { ReviewData } from './data.js'
import { RENDERERS } from './render.js'
import { reviewApp } from './client.js'
import { REVIEW_CSS } from './style.js'

/** JSON that is safe inside a <script> element: no "</", no "<!--", no JS line separators. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

function escAttr(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** The page's script: the renderers and the app, from their compiled source. */
export function reviewScript(): string {
  const functions = Object.entries(RENDERERS).map(([name, fn]) => {
    const source = fn.toString()
    if (!source.startsWith(`function ${name}(`)) throw new Error(`review page: renderer ${name} is not a plain function declaration`)
    return source
  })
  const script = [
    '(function () {',
    "'use strict';",
    ...functions,
    `var R = { ${Object.keys(RENDERERS).join(', ')} };`,
    `var app = ${reviewApp.toString()};`,
    "app(JSON.parse(document.getElementById('review-data').textContent), R);",
    '})();',
  ].join('\n')
  if (/<\/script|<!--/i.test(script)) throw new Error('review page: the script would end its <script> element early')
  return script
}

const KEYS: Array<[string, string]> = [
  ['j ↓', 'next change'],
  ['k ↑', 'previous change'],
  ['r', 'revert (undo it when re-cleaning); again to clear'],
  ['a', 'accept; again to clear'],
  ['u', 'clear the verdict'],
  ['n ]', 'next page'],
  ['p [', 'previous page (before the first: all pages)'],
  ['g G', 'first / last change'],
  ['w', 'warnings only'],
  ['/', 'search'],
  ['e', 'export decisions.json'],
  ['?', 'this keymap'],
  ['Esc', 'leave the search, close panels'],
]

export function reviewHtml(data: ReviewData): string {
  const changes = data.pages.reduce((n, p) => n + p.items.length, 0)
  const keys = KEYS.map(([k, what]) => `<dt>${k.split(' ').map((x) => `<kbd>${escAttr(x)}</kbd>`).join(' ')}</dt><dd>${escAttr(what)}</dd>`).join('')
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="generator" content="${escAttr(data.tool)}">
<title>Review · ${escAttr(data.title)} · scanclean</title>
<style>${REVIEW_CSS}</style>
</head>
<body>
<header class="top">
  <h1>Review <span class="batch">${escAttr(data.title)}</span></h1>
  <div id="stats" class="stats" aria-live="polite"></div>
  <div class="tools">
    <button type="button" id="export" class="primary" title="download decisions.json (e)">Export decisions <kbd>e</kbd></button>
    <button type="button" id="show-export" title="show the decisions as text">Show JSON</button>
    <button type="button" id="import" title="load the verdicts of a decisions.json">Load…</button>
    <button type="button" id="reset" title="clear every verdict">Reset</button>
    <button type="button" id="keymap-toggle" title="keys (?)">Keys <kbd>?</kbd></button>
    <input type="file" id="import-file" accept=".json,application/json" hidden>
  </div>
</header>
<div class="layout">
  <nav class="sidebar" aria-label="pages">
    <ol id="pages" class="pages"></ol>
    <section id="keymap" class="keymap" aria-label="keys"><h3>Keys</h3><dl>${keys}</dl>
      <p class="hint">Reverted changes are undone by <code>scanclean PAGES --out DIR --decisions decisions.json</code>.</p></section>
  </nav>
  <main>
    <div class="filters">
      <div id="kinds" class="chips" aria-label="kinds of change"></div>
      <div class="row">
        <div id="verdicts" class="seg" role="group" aria-label="verdict">
          <button type="button" data-verdict="all">All</button><button type="button" data-verdict="open">Open</button><button type="button" data-verdict="revert">Reverted</button><button type="button" data-verdict="accept">Accepted</button>
        </div>
        <input type="search" id="search" placeholder="Search the changes  ( / )" autocomplete="off" spellcheck="false">
        <button type="button" id="clear-filters">Clear filters</button>
        <span id="shown" class="shown"></span>
      </div>
    </div>
    <div id="list" class="list">
      <div id="list-head"><p class="empty-list">${changes} changes: the review page needs JavaScript.</p></div>
      <div id="items"></div>
      <div id="more" class="more-below"></div>
    </div>
  </main>
</div>
<section id="export-panel" class="export-panel" hidden aria-label="decisions">
  <h3>decisions.json <small>(format ${escAttr(data.decisionsSchema)})</small></h3>
  <textarea id="export-text" readonly spellcheck="false"></textarea>
  <div class="row"><button type="button" id="export-download" class="primary">Download</button><button type="button" id="export-copy">Copy</button><button type="button" id="export-close">Close <kbd>Esc</kbd></button></div>
</section>
<div id="status" class="status" role="status" aria-live="polite"></div>
<script type="application/json" id="review-data">${scriptJson(data)}</script>
<script>
${reviewScript()}
</script>
</body>
</html>
`
}
