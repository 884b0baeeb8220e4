// Idempotence on real pages: cleans each NAME.md of OUTDIR again and lists the pages whose Markdown changes.
//
//   npm run build && node scripts/clean-again.mjs OUTDIR
//
// (the fuzz runner's `idempotent` property does this on generated pages; this does it on the probes' or a batch's
// output, where a failure is a page an editor could meet)
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { cleanText } = await import(path.join(root, 'dist', 'clean.js'))
const dir = process.argv[2]
if (!dir) {
  console.error('usage: node scripts/clean-again.mjs OUTDIR')
  process.exit(2)
}
const pages = readdirSync(dir).filter((f) => f.endsWith('.md') && !f.endsWith('.report.md')).sort()
const changed = pages.filter((f) => {
  const once = readFileSync(path.join(dir, f), 'utf8')
  return cleanText(once).markdown.trim() !== once.trim()
})
for (const f of changed) console.log(f)
console.log(`${pages.length} pages, ${changed.length} change when cleaned again`)
process.exit(changed.length > 0 ? 1 : 0)
