// Measures duplicate removal against injected copies for a grid of thresholds (README table).
// Run: npm run build && node bench/thresholds.mjs
import { cleanText, resolveOptions } from '../dist/index.js'
import { makePage, rng, sampleParagraphs } from './corpus.mjs'

const paragraphs = sampleParagraphs(new URL('../input', import.meta.url).pathname)
const pages = Array.from({ length: 150 }, (_, i) => makePage(paragraphs, rng(1000 + i)))

function measure(containment, similarity) {
  const options = resolveOptions({ dedup: { containment, similarity } })
  let tp = 0, fn = 0, fp = 0
  for (const page of pages) {
    const result = cleanText(page.text, options)
    const removed = result.records.filter((r) => r.data.kind === 'duplicate').map((r) => r.actual)
    const injected = new Set(page.injected)
    // a removal is right when it removed an injected copy (or the earlier, cut-short one of a pair)
    for (const text of removed) {
      if (injected.has(text)) tp++
      else if (page.blocks.indexOf(text) >= 0 && page.injected.some((c) => c.startsWith(text.slice(0, 8)) || text.includes(c.slice(0, 8)))) tp++
      else fp++
    }
    for (const copy of page.injected) if (!removed.includes(copy)) {
      // a copy kept while its original went (earlier cut short) still counts as found
      if (!removed.some((t) => copy.includes(t.slice(0, 8)))) fn++
    }
  }
  return { tp, fn, fp, recall: tp / (tp + fn), precision: tp / Math.max(1, tp + fp) }
}

console.log(`${pages.length} pages, ${pages.reduce((n, p) => n + p.injected.length, 0)} injected copies, ${pages.reduce((n, p) => n + p.legit.length, 0)} legitimate quotations`)
console.log('| containment | similarity | recall | precision | missed | wrongly removed |')
console.log('|---|---|---|---|---|---|')
for (const c of [0.6, 0.7, 0.8, 0.9]) {
  for (const s of [0.7, 0.8, 0.85, 0.9]) {
    const m = measure(c, s)
    console.log(`| ${c} | ${s} | ${m.recall.toFixed(3)} | ${m.precision.toFixed(3)} | ${m.fn} | ${m.fp} |`)
  }
}
