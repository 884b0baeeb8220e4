/**
 * Properties of the whole pipeline over generated pages: Chinese sentences (a small pool of words,
 * with ，。、“”), Latin sentences, half-width punctuation, blank-line and single-newline layouts,
 * ▲ captions, “XXX 摄” credits, （上接A2版） markers, headings, paragraphs cut in two, and blocks
 * printed twice (exactly, with one character changed, or cut short).
 *
 * Fixed seed: a failure prints the seed and the shrunk page, and the same run reproduces it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../src/clean.js'
import { cleanPage } from '../src/index.js'
import { restorePage } from '../src/report/restore.js'

fc.configureGlobal({ seed: 42, numRuns: 200 })

// ---------------------------------------------------------------------------------------------
// generators

const HAN_WORDS = [
  '社区', '居民', '服务', '街道', '工作', '发展', '建设', '城市', '乡村', '治理', '群众', '活动', '项目',
  '推进', '开展', '提升', '文化', '生态', '学校', '老人', '孩子', '志愿者', '今年', '去年', '我们', '合作社',
  '农民', '产业', '公园', '道路', '图书馆', '菜地', '茶园', '河道', '垃圾', '分类', '电梯', '食堂', '新',
  '大', '好', '多', '已经', '正在', '进一步', '积极', '不断', '持续', '一系列', '成功', '入选', '帮助',
]
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '孙', '马']
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '华']
const LATIN_WORDS = ['the', 'city', 'park', 'opened', 'new', 'library', 'people', 'river', 'school', 'market', 'local', 'shops', 'more', 'visitors', 'every', 'week']
/** Han characters a changed copy may get. */
const SWAP = ['变', '改', '换', '错']

type Kind = 'body' | 'heading' | 'caption' | 'credit' | 'marker' | 'latin' | 'byline'
interface GenBlock {
  kind: Kind
  text: string
}

const hanWord = fc.constantFrom(...HAN_WORDS)

const sentence = fc
  .tuple(
    fc.array(hanWord, { minLength: 2, maxLength: 8 }),
    fc.array(fc.constantFrom('', '', '', '，', '、'), { minLength: 8, maxLength: 8 }),
    fc.boolean(),
    fc.constantFrom('。', '。', '。', '！', '？'),
  )
  .map(([words, seps, quoted, end]) => {
    let s = words[0]
    for (let i = 1; i < words.length; i++) s += seps[i] + words[i]
    if (quoted) s = `他说：“${s}`
    return quoted ? `${s}${end}”` : s + end
  })

/** Half-width punctuation, as OCR gives it on some pages. */
function halfWidth(text: string): string {
  return text.replace(/，/g, ',').replace(/。/g, '.').replace(/！/g, '!').replace(/？/g, '?').replace(/：/g, ':')
}

const paragraph = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.nat({ max: 4 }))
  .map(([sentences, mode]) => {
    const text = sentences.join('')
    return mode === 0 ? halfWidth(text) : text
  })

const name = fc.tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 })).map(([s, g]) => s + g.join(''))

const heading = fc
  .tuple(fc.array(hanWord, { minLength: 2, maxLength: 3 }), fc.array(hanWord, { minLength: 0, maxLength: 3 }))
  .map(([a, b]) => (b.length > 0 ? `${a.join('')} ${b.join('')}` : a.join('')))

const latin = fc.array(fc.constantFrom(...LATIN_WORDS), { minLength: 4, maxLength: 14 }).map((w) => {
  const s = w.join(' ')
  return s[0].toUpperCase() + s.slice(1) + '.'
})

const block: fc.Arbitrary<GenBlock> = fc.oneof(
  { weight: 8, arbitrary: paragraph.map((text): GenBlock => ({ kind: 'body', text })) },
  { weight: 2, arbitrary: heading.map((text): GenBlock => ({ kind: 'heading', text })) },
  { weight: 1, arbitrary: sentence.map((text): GenBlock => ({ kind: 'caption', text: '▲' + text })) },
  { weight: 1, arbitrary: name.map((text): GenBlock => ({ kind: 'credit', text: `${text} 摄` })) },
  { weight: 1, arbitrary: fc.constantFrom('（上接A2版）', '（下转B3版）', '（上接第一版）').map((text): GenBlock => ({ kind: 'marker', text })) },
  { weight: 1, arbitrary: latin.map((text): GenBlock => ({ kind: 'latin', text })) },
  { weight: 1, arbitrary: name.map((text): GenBlock => ({ kind: 'byline', text: `■本报记者 ${text}` })) },
)

interface Copy {
  of: number
  mode: 'exact' | 'change' | 'cut'
  at: number
  where: number
}
interface Cut {
  of: number
  at: number
  caption: boolean
}

function copyOf(text: string, mode: Copy['mode'], at: number): string {
  if (mode === 'exact') return text
  const chars = [...text]
  if (mode === 'cut') return chars.slice(0, Math.max(6, Math.floor((chars.length * (50 + (at % 40))) / 100))).join('')
  const han = chars.map((c, i) => (/[\u4e00-\u9fff]/.test(c) ? i : -1)).filter((i) => i >= 0)
  if (han.length === 0) return text
  const i = han[at % han.length]
  chars[i] = SWAP.find((s) => s !== chars[i])!
  return chars.join('')
}

function buildPage(title: string, blocks: GenBlock[], cuts: Cut[], copies: Copy[], sep: string, indent: boolean, trailing: boolean): string {
  const list = blocks.map((b) => ({ ...b }))
  // paragraphs cut by a column break, maybe with a caption set between the halves
  for (const cut of cuts) {
    const bodies = list.map((b, i) => (b.kind === 'body' ? i : -1)).filter((i) => i >= 0)
    if (bodies.length === 0) break
    const i = bodies[cut.of % bodies.length]
    const chars = [...list[i].text]
    if (chars.length < 8) continue
    const k = 2 + (cut.at % (chars.length - 4))
    const parts: GenBlock[] = [{ kind: 'body', text: chars.slice(0, k).join('') }]
    if (cut.caption) parts.push({ kind: 'caption', text: '▲志愿者在社区活动中帮助老人。' })
    parts.push({ kind: 'body', text: chars.slice(k).join('') })
    list.splice(i, 1, ...parts)
  }
  // blocks printed twice
  for (const copy of copies) {
    const bodies = list.map((b, i) => (b.kind === 'body' || b.kind === 'heading' ? i : -1)).filter((i) => i >= 0)
    if (bodies.length === 0) break
    const i = bodies[copy.of % bodies.length]
    const where = i + 1 + (copy.where % (list.length - i))
    list.splice(where, 0, { kind: list[i].kind, text: copyOf(list[i].text, copy.mode, copy.at) })
  }
  const lines = [title, ...list.map((b) => b.text)].map((t) => (indent ? '\u3000\u3000' : '') + t + (trailing ? '  ' : ''))
  return lines.join(sep) + '\n'
}

const page: fc.Arbitrary<string> = fc
  .record({
    title: heading,
    blocks: fc.array(block, { minLength: 1, maxLength: 12 }),
    cuts: fc.array(fc.record({ of: fc.nat(), at: fc.nat(), caption: fc.boolean() }), { maxLength: 2 }),
    copies: fc.array(
      fc.record({ of: fc.nat(), mode: fc.constantFrom<Copy['mode']>('exact', 'change', 'cut'), at: fc.nat(), where: fc.nat() }),
      { maxLength: 3 },
    ),
    sep: fc.constantFrom('\n\n', '\n'),
    indent: fc.boolean(),
    trailing: fc.boolean(),
  })
  .map((p) => buildPage(p.title, p.blocks, p.cuts, p.copies, p.sep, p.indent, p.trailing))

// ---------------------------------------------------------------------------------------------
// helpers

/** Width, quote style, comma kind, spaces and Markdown escapes do not matter. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\\(.)/g, '$1')
    .replace(/[“”"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[、，]/g, ',')
    .replace(/[。．]/g, '.')
    .replace(/\s+/g, '')
}

/** Output paragraphs and headings, markup stripped. */
function outputBlocks(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((b) => b.replace(/^#{1,6}\s+/, ''))
    .filter((b) => b.trim() !== '')
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0
}

// ---------------------------------------------------------------------------------------------
// properties

describe('cleaning generated pages', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(page, (text) => {
        cleanText(text)
        cleanPage(Buffer.from(text, 'utf8'), 'page.txt')
      }),
    )
  })

  it('is deterministic: same Markdown and same record ids', () => {
    fc.assert(
      fc.property(page, (text) => {
        const a = cleanText(text)
        const b = cleanText(text)
        expect(b.markdown).toBe(a.markdown)
        expect(b.records.map((r) => r.data.id)).toEqual(a.records.map((r) => r.data.id))
      }),
    )
  })

  it('is idempotent: the Markdown cleans to itself', () => {
    fc.assert(
      fc.property(page, (text) => {
        const { markdown } = cleanText(text)
        expect(cleanText(markdown).markdown).toBe(markdown)
      }),
    )
  })

  it('restores the exact bytes, with LF or CRLF line ends and with or without a UTF-8 BOM', () => {
    fc.assert(
      fc.property(page, fc.constantFrom('\n', '\r\n'), fc.boolean(), (text, eol, bom) => {
        const bytes = new Uint8Array(Buffer.from((bom ? '\ufeff' : '') + text.replace(/\n/g, eol), 'utf8'))
        const { markdown, report } = cleanPage(bytes, 'page.txt')
        const back = restorePage(report, markdown)
        expect(sameBytes(back, bytes)).toBe(true)
      }),
    )
  })

  it('loses no sentence: each is in the output or in the record that took it out', () => {
    fc.assert(
      fc.property(page, (text) => {
        const result = cleanText(text)
        const out = outputBlocks(result.markdown).map(fold)
        const actuals = result.records.map((r) => fold(r.actual ?? ''))
        const missing = text
          .split(/[。！？\n]/)
          .map(fold)
          .filter((s) => s.length >= 2)
          .filter((s) => !out.some((o) => o.includes(s)) && !actuals.some((a) => a.includes(s)))
        expect(missing).toEqual([])
      }),
    )
  })
})
