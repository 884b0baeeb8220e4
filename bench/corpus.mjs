// Seeded synthetic pages built from the sample material, with known injected duplicates.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

export function rng(seed) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Complete body paragraphs (end with 。 etc.) of the sample pages, deduplicated. */
export function sampleParagraphs(inputDir) {
  const seen = new Set()
  const out = []
  for (const f of readdirSync(inputDir).filter((f) => f.endsWith('.txt')).sort()) {
    for (const line of readFileSync(path.join(inputDir, f), 'utf8').split('\n')) {
      const t = line.trim()
      if (t.length >= 40 && /[。！？”]$/.test(t) && !seen.has(t) && !out.some((o) => sharesLongRun(o, t))) {
        seen.add(t)
        out.push(t)
      }
    }
  }
  return out
}

/** The samples repeat some passages themselves; such pairs would blur what was injected. */
function sharesLongRun(a, b, n = 20) {
  for (let i = 0; i + n <= b.length; i += 5) if (a.includes(b.slice(i, i + n))) return true
  return false
}

const NOISE = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞'

export function mutate(text, edits, rand) {
  const chars = [...text]
  for (let k = 0; k < edits; k++) {
    const i = Math.floor(rand() * chars.length)
    const op = rand()
    if (op < 0.5) chars[i] = NOISE[Math.floor(rand() * NOISE.length)]
    else if (op < 0.8) chars.splice(i, 1)
    else chars.splice(i, 0, NOISE[Math.floor(rand() * NOISE.length)])
  }
  return chars.join('')
}

/**
 * One page: `size` distinct paragraphs plus injected copies of earlier ones (exact, near, cut short,
 * tail fragment) and legitimate look-alikes (a paragraph quoting a phrase of another). Returns the
 * page text and the injected copies, in the order they appear.
 */
export function makePage(paragraphs, rand, size = 12) {
  const picked = []
  while (picked.length < size) {
    const p = paragraphs[Math.floor(rand() * paragraphs.length)]
    if (!picked.includes(p)) picked.push(p)
  }
  const blocks = []
  const injected = []
  const legit = []
  for (const p of picked) {
    blocks.push(p)
    const r = rand()
    if (blocks.length < 3 || r < 0.45) continue
    const source = blocks[Math.floor(rand() * (blocks.length - 1))]
    if (injected.includes(source) || legit.includes(source)) continue
    const kind = Math.floor(rand() * 7)
    let copy
    if (kind === 0) copy = source
    else if (kind === 1) copy = mutate(source, 1 + Math.floor(rand() * 4), rand)
    else if (kind === 2) copy = source.slice(0, Math.floor(source.length * (0.5 + rand() * 0.4))) + (rand() < 0.5 ? '。' : '')
    else if (kind === 3) copy = source.slice(Math.floor(source.length * (0.3 + rand() * 0.4)))
    else if (kind === 4) copy = mutate(source, Math.ceil(source.length * 0.06), rand) // heavy OCR noise
    else if (kind === 5) copy = mutate(source.slice(Math.floor(source.length * 0.4)), 2, rand) // noisy fragment
    else {
      // legitimate: a new paragraph quoting a phrase of the source
      const len = 15 + Math.floor(rand() * 25)
      const at = Math.floor(rand() * Math.max(1, source.length - len))
      const host = paragraphs[Math.floor(rand() * paragraphs.length)]
      const quote = `正如文中所说：“${source.slice(at, at + len)}”`
      copy = host.slice(0, Math.floor(host.length / 2)) + quote + host.slice(Math.floor(host.length / 2))
      if (picked.includes(host)) continue
      legit.push(copy)
      blocks.push(copy)
      continue
    }
    injected.push(copy)
    blocks.push(copy)
  }
  return { text: blocks.join('\n\n') + '\n', blocks, injected, legit }
}
