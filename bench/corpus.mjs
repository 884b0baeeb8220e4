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

// ---------------------------------------------------------------------------------------------
// Archives for the batch benchmark (bench/run.mjs): many pages of novel text with within-page
// artefacts, plus articles reprinted on later pages and pages scanned twice, with ground truth.

/**
 * An order-2 character Markov model of the sample pages' body text: generated sentences read like
 * the samples (same characters, punctuation, phrase pieces) but are new text, so that unrelated
 * paragraphs of the archive share no more than real articles do.
 */
export function markovModel(inputDir) {
  const next = new Map()
  const starts = []
  for (const f of readdirSync(inputDir).filter((f) => f.endsWith('.txt')).sort()) {
    for (const line of readFileSync(path.join(inputDir, f), 'utf8').split('\n')) {
      const t = line.trim()
      if (t.length < 40) continue
      for (const sentence of t.split(/(?<=[。！？])/)) {
        if (sentence.length < 8) continue
        starts.push(sentence.slice(0, 2))
        for (let i = 2; i < sentence.length; i++) {
          const ctx = sentence.slice(i - 2, i)
          const list = next.get(ctx)
          if (list) list.push(sentence[i])
          else next.set(ctx, [sentence[i]])
        }
      }
    }
  }
  return { next, starts }
}

function pick(list, rand) {
  return list[Math.floor(rand() * list.length)]
}

function sentence(model, rand, max = 70) {
  let s = pick(model.starts, rand)
  while (s.length < max) {
    const list = model.next.get(s.slice(-2))
    if (!list) break
    const c = pick(list, rand)
    if (c === '。' || c === '！' || c === '？') {
      if (s.length >= 12) return s + c
      // too short to end: go on from a context that does not end here
      const others = list.filter((x) => x !== '。' && x !== '！' && x !== '？')
      if (others.length === 0) break
      s += pick(others, rand)
      continue
    }
    s += c
  }
  return s.replace(/[，、；：“”（]+$/, '') + '。'
}

export function paragraph(model, rand, min = 60, max = 260) {
  const target = min + Math.floor(rand() * (max - min))
  let p = ''
  while (p.length < target) p += sentence(model, rand)
  // quotes and brackets left open by the chain would make the cleaner look for a continuation
  return p.replace(/[“”‘’（）()《》「」]/g, '')
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂'
const CITIES = ['昆明', '大理', '丽江', '玉溪', '曲靖', '保山', '普洱', '临沧', '楚雄', '红河']
const WEATHER = ['晴', '多云', '阴', '小雨', '阵雨', '晴转多云', '多云转阴', '中雨']
const WIND = ['东', '南', '西', '北', '东南', '西南', '东北', '西北']

function personName(rand) {
  return pick(SURNAMES, rand) + pick(GIVEN, rand) + (rand() < 0.5 ? pick(GIVEN, rand) : '')
}

/** A headline: two short phrases of the chain, no punctuation (as printed headlines are). */
function headline(model, rand) {
  const phrase = () => sentence(model, rand, 12).replace(/[\p{P}\p{S}\s\d]+/gu, '').slice(0, 4 + Math.floor(rand() * 6))
  return `${phrase()} ${phrase()}`
}

/** A weather note: same template on many pages, other figures: not a reprint. */
function weather(rand) {
  const m = 1 + Math.floor(rand() * 12)
  const d = 1 + Math.floor(rand() * 28)
  const low = Math.floor(rand() * 15)
  const high = low + 5 + Math.floor(rand() * 12)
  const wind = 1 + Math.floor(rand() * 4)
  return (
    `本报讯 据市气象台消息，${m}月${d}日白天到夜间，${pick(CITIES, rand)}地区天气${pick(WEATHER, rand)}，` +
    `气温${low}℃至${high}℃，${pick(WIND, rand)}风${wind}到${wind + 1}级，空气质量指数${20 + Math.floor(rand() * 80)}，` +
    `相对湿度${30 + Math.floor(rand() * 60)}%。市民出行请注意天气变化，合理安排出行时间。`
  )
}

/** Short lines that legitimately repeat on many pages (never to be removed across pages). */
function shortLines(rand) {
  return [
    `本报记者　${personName(rand)}`,
    '（完）',
    `责任编辑：${personName(rand)}`,
    `（${personName(rand)}　摄）`,
    '欢迎关注本报微信公众号',
  ]
}

/** Hard-wraps a paragraph at `width` characters (a page whose dump kept the column's line ends). */
function wrap(text, width) {
  const lines = []
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width))
  return lines.join('\n')
}

/** OCR-like noise on the text, never on its last character (a lost 。 would be another artefact). */
export function noisy(text, rate, rand) {
  if (rate <= 0) return text
  const edits = Math.max(1, Math.round((text.length - 1) * rate))
  return mutate(text.slice(0, -1), edits, rand) + text.slice(-1)
}

/**
 * The pages of a synthetic archive, in order (names sort in that order). Each page: a folio line,
 * one to three articles (title, byline, body paragraphs, sometimes a photo caption and credit),
 * within-page artefacts (paragraphs printed twice, exactly or cut short), sometimes a weather note,
 * short repeated lines; on some pages (rate `reprint`) an article of an earlier page printed again,
 * exactly or with OCR noise; some pages (rate `rescan`) are an earlier page scanned again with OCR
 * noise. Yields { name, text, blocks } where blocks lists what was written, each with a label:
 * 'body' | 'reprint' | 'within' | 'weather' | 'quote' | 'short' | 'heading', and for a reprint the
 * page it first appeared on (`source`). Deterministic for a seed; a prefix of the archive is the
 * archive of that size.
 */
export function* makeArchive({ pages, seed = 1, inputDir, reprint = 0.15, rescan = 0.02 }) {
  const model = markovModel(inputDir)
  const rand = rng(seed)
  /** Per page: its articles [{ title, paragraphs: [{ text, source }] }] and its blocks, for reprints and rescans. */
  const history = []
  for (let n = 0; n < pages; n++) {
    const name = `p${String(n).padStart(6, '0')}.txt`
    const wrapWidth = rand() < 0.25 ? 30 + Math.floor(rand() * 12) : 0
    if (n > 10 && rand() < rescan) {
      const src = history[Math.floor(rand() * n)]
      const rate = 0.003 + rand() * 0.017
      const blocks = src.blocks.map((b) => {
        const text = b.label === 'heading' || b.label === 'short' ? b.text : noisy(b.text, rate, rand)
        // what the source page printed first is, on the rescan, a copy of its first appearance
        const label = b.label === 'within' || b.label === 'heading' || b.label === 'short' ? b.label : 'reprint'
        return { text, label, source: b.source ?? src.index, layout: b.layout }
      })
      history.push({ index: n, articles: src.articles, blocks })
      yield { name, text: render(blocks, wrapWidth), blocks, rescanOf: src.name }
      continue
    }
    const blocks = [{ text: `${2020 + Math.floor(n / 2000)}年${1 + (n % 12)}月${1 + (n % 28)}日　星期${'一二三四五六日'[n % 7]}`, label: 'short' }]
    const articles = []
    const count = 1 + Math.floor(rand() * 3)
    for (let a = 0; a < count; a++) {
      const title = headline(model, rand)
      const paragraphs = []
      blocks.push({ text: title, label: 'heading' })
      if (rand() < 0.6) blocks.push({ text: shortLines(rand)[0], label: 'short' })
      const size = 3 + Math.floor(rand() * 8)
      for (let k = 0; k < size; k++) {
        const text = paragraph(model, rand)
        paragraphs.push({ text, source: n })
        blocks.push({ text, label: 'body' })
        const r = rand()
        if (k > 0 && r < 0.06) {
          // printed twice on the page: exactly, or cut short
          const copy = r < 0.03 ? text : text.slice(0, Math.floor(text.length * (0.5 + rand() * 0.3)))
          blocks.push({ text: copy, label: 'within' })
        }
      }
      if (rand() < 0.3) {
        blocks.push({ text: `▲${sentence(model, rand, 20).replace(/。$/, '')}`, label: 'short' })
        blocks.push({ text: shortLines(rand)[3], label: 'short' })
      }
      articles.push({ title, paragraphs })
    }
    if (n > 0 && rand() < reprint) {
      // an article of an earlier page printed again, exactly or with OCR noise
      const src = history[Math.floor(rand() * n)]
      const article = pick(src.articles, rand)
      const rate = rand() < 0.4 ? 0 : 0.005 + rand() * 0.035
      blocks.push({ text: article.title, label: 'heading' })
      for (const p of article.paragraphs) blocks.push({ text: noisy(p.text, rate, rand), label: 'reprint', source: p.source })
    }
    if (n > 0 && rand() < 0.2) {
      // a paragraph quoting a phrase of an earlier page: only similar, not a copy
      const src = pick(pick(history[Math.floor(rand() * n)].articles, rand).paragraphs, rand).text
      const len = 15 + Math.floor(rand() * 20)
      const at = Math.floor(rand() * Math.max(1, src.length - len))
      const host = paragraph(model, rand)
      const half = Math.floor(host.length / 2)
      blocks.push({ text: `${host.slice(0, half)}正如报道所说：“${src.slice(at, at + len)}”${host.slice(half)}`, label: 'quote' })
    }
    if (rand() < 0.3) blocks.push({ text: weather(rand), label: 'weather' })
    for (const line of shortLines(rand).slice(1, 3)) if (rand() < 0.5) blocks.push({ text: line, label: 'short' })
    history.push({ index: n, name, articles, blocks })
    yield { name, text: render(blocks, wrapWidth), blocks }
  }
}

function render(blocks, wrapWidth) {
  return blocks.map((b) => (wrapWidth && b.label !== 'heading' && b.label !== 'short' ? wrap(b.text, wrapWidth) : b.text)).join('\n\n') + '\n'
}
