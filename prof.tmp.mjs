import { cleanPage } from './dist/index.js'
import fs from 'fs'
const dir = '/tmp/bc/n1000'
const names = fs.readdirSync(dir).sort().slice(0, Number(process.argv[2] ?? 300))
const pages = names.map((n) => fs.readFileSync(`${dir}/${n}`))
let bytes = 0
const t0 = performance.now()
for (let i = 0; i < pages.length; i++) {
  const r = cleanPage(new Uint8Array(pages[i]), names[i])
  const j = JSON.stringify(r.report, null, 1)
  bytes += pages[i].length
}
const s = (performance.now() - t0) / 1000
console.log(`${pages.length} pages ${(bytes/1e6).toFixed(2)} MB in ${s.toFixed(2)} s: ${(bytes/1e6/s).toFixed(2)} MB/s single thread, ${(s*1000/pages.length).toFixed(1)} ms/page`)
