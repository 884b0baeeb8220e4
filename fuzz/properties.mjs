/**
 * The properties the fuzz run checks, each over generated page bytes (generators.mjs). A check
 * throws on failure; fast-check then shrinks the case. They are made for a library given: the fuzz
 * run (run.mjs) checks the compiled one (dist/), the test suite (test/properties.test.ts) the
 * sources, on far fewer cases with a fixed seed.
 */
import fc from 'fast-check'
import { buildPage, encode, pageBytes, pageSpec } from './generators.mjs'

/** A single case slower than this fails (a sign of superlinear work). */
export const SLOW_MS = Number(process.env.FUZZ_SLOW_MS ?? 10_000)

function timed(what, fn) {
  const t0 = performance.now()
  const value = fn()
  const ms = performance.now() - t0
  if (ms > SLOW_MS) throw new Error(`${what} took ${Math.round(ms)} ms (> ${SLOW_MS} ms)`)
  return value
}

const HAN = /[\u4e00-\u9fff]/g
/** Newspaper-shaped pages only (no random-character noise blocks), with at least 50 Han characters. */
const chinesePage = pageSpec
  .map((spec) => buildPage({ ...spec, title: spec.title, blocks: spec.blocks.filter((b) => b.kind !== 'noise') }))
  .filter((text) => (text.match(HAN) ?? []).length >= 50)

function sameBytes(a, b) {
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0
}

/** Width, quote style, comma kind, spaces, Markdown escapes and character references do not matter. */
export function fold(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .normalize('NFKC')
    .replace(/\\(.)/g, '$1')
    .replace(/[“”"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[、，]/g, ',')
    .replace(/[。．]/g, '.')
    .replace(/[\s\u200b]+/g, '')
}

function outputBlocks(markdown) {
  return markdown
    .split(/\n\s*\n/)
    .map((b) => b.replace(/^#{1,6}\s+/, ''))
    .filter((b) => b.trim() !== '')
}

/**
 * The properties, for a library: { cleanPage, cleanText, decodePage, restorePage, DecodeError }.
 * Each is { name, description, arbitrary, check(case) }.
 */
export function makeProperties({ cleanPage, cleanText, decodePage, restorePage, DecodeError }) {
  const isBlank = (text) => !/\S/.test(text)

  /** The page's bytes are valid UTF-8 of a text other than the page's own. */
  function readsAsOtherUtf8(c) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(c.bytes).replace(/\r\n?/g, '\n') !== c.text
    } catch {
      return false
    }
  }

  /** A GB18030 page without BOM that the detector did not recognise (see the gb18030-detected property). */
  function detectorMiss(c, error) {
    return c.encoding === 'gb18030' && error instanceof DecodeError && /detector|detected as/.test(error.message)
  }

  /**
   * cleanPage, or undefined for a page that is rightly refused as blank. A GB18030 page the detector
   * misses is not a case for the other properties (fc.pre skips it): gb18030-detected covers it.
   */
  function clean(c) {
    try {
      return timed('cleanPage', () => cleanPage(c.bytes, 'page.txt'))
    } catch (error) {
      if (error instanceof DecodeError && error.reason === 'blank' && isBlank(c.text)) return undefined
      if (detectorMiss(c, error)) fc.pre(false)
      throw error
    }
  }

  return [
    {
      name: 'never-throws',
      description: 'cleanPage never throws on a page in any supported encoding (a blank page is refused as blank)',
      arbitrary: pageBytes,
      check(c) {
        clean(c)
      },
    },
    {
      name: 'deterministic',
      description: 'the same bytes give the same Markdown and the same report',
      arbitrary: pageBytes,
      check(c) {
        const a = clean(c)
        const b = clean(c)
        if (!a || !b) return
        if (a.markdown !== b.markdown) throw new Error('Markdown differs between two runs')
        if (JSON.stringify(a.report) !== JSON.stringify(b.report)) throw new Error('report differs between two runs')
      },
    },
    {
      name: 'idempotent',
      description: 'the Markdown cleans to itself',
      arbitrary: pageBytes,
      check(c) {
        const a = clean(c)
        if (!a || a.markdown === '') return
        const again = timed('cleanText', () => cleanText(a.markdown)).markdown
        if (again !== a.markdown) throw new Error(`cleaning the Markdown again changes it:\n--- first\n${a.markdown}\n--- second\n${again}`)
      },
    },
    {
      name: 'restore-exact',
      description: 'restore gives back the original bytes',
      arbitrary: pageBytes,
      check(c) {
        const a = clean(c)
        if (!a) return
        const back = timed('restorePage', () => restorePage(a.report, a.markdown))
        if (!sameBytes(back, c.bytes)) throw new Error(`restored ${back.length} bytes differ from the ${c.bytes.length} original bytes`)
      },
    },
    {
      name: 'same-markdown-any-encoding',
      description: 'the page in any encoding and line-end style cleans to the Markdown of its UTF-8/LF form',
      arbitrary: pageBytes,
      check(c) {
        // GB18030 bytes that are also valid UTF-8 of another text (一 is D2 BB, which UTF-8 reads as
        // һ) are read as UTF-8, by design: such a page is the open case, not a new one
        if (c.encoding === 'gb18030' && readsAsOtherUtf8(c)) fc.pre(false)
        const a = clean(c)
        const ref = clean({ ...c, bytes: encode(c.text, 'utf-8') })
        if (!a || !ref) {
          if (!a !== !ref) throw new Error('one form is refused as blank, the other is not')
          return
        }
        if (a.markdown !== ref.markdown) throw new Error(`${c.encoding}/${c.eol} Markdown differs from the UTF-8/LF Markdown`)
      },
    },
    {
      name: 'gb18030-detected',
      description: 'a Chinese page of 50+ Han characters in GB18030 without BOM is detected as GB18030 and restores exactly',
      arbitrary: chinesePage.map((text) => ({ text, encoding: 'gb18030', eol: 'lf', bytes: encode(text, 'gb18030') })),
      check(c) {
        const { info } = decodePage(c.bytes)
        if (info.encoding !== 'gb18030') throw new Error(`decoded as ${info.encoding}, not gb18030`)
        const a = cleanPage(c.bytes, 'page.txt')
        if (!sameBytes(restorePage(a.report, a.markdown), c.bytes)) throw new Error('restore differs')
      },
    },
    {
      name: 'no-sentence-lost',
      description: 'every sentence is in the output or recorded as changed/removed with a reason; no text vanishes into layout',
      arbitrary: pageBytes,
      check(c) {
        const a = clean(c)
        if (!a) return
        const { report, markdown } = a
        const text = decodePage(c.bytes).text
        // 1. layout (what no block or record holds) is whitespace and heading markup only, and a box's
        // frame of line characters (U+2500–U+257F) when segment's record says it read one as layout
        const frames = report.records.some((r) => r.rule === 'segment' && /box's frame/.test(r.message ?? ''))
        const notLayout = frames ? /[^\s\u3000\ufeff\u200b#\u2500-\u257f]/ : /[^\s\u3000\ufeff\u200b#]/
        for (const piece of report.restore.layout) {
          if (notLayout.test(piece.text)) {
            throw new Error(`text left the output as layout, with no record: ${JSON.stringify(piece.text)} at ${piece.offset}`)
          }
        }
        // 2. every record that took text out says why
        for (const r of report.records) {
          if (r.removed.length > 0 && (!r.rule || !r.message)) throw new Error(`record ${r.id} removed text without a rule and a message`)
        }
        // Heading markup is layout and a backslash may be a Markdown escape: '#' and '\\' are ignored
        // on both sides (and a box's frame, read as layout).
        const loose = (t) => fold(frames ? t.replace(/[\u2500-\u257f]/g, '') : t).replace(/[#\\]/g, '')
        // 3. every output block is in the Markdown
        const md = loose(markdown)
        for (const b of report.restore.blocks) {
          if (!md.includes(loose(b.text))) throw new Error(`block ${b.id} is not in the Markdown: ${JSON.stringify(b.text)}`)
        }
        // 4. every sentence: in an output block, in a record's text, or touched by a record
        const out = outputBlocks(markdown).map(loose)
        const actuals = report.records.map((r) => loose(r.actual ?? ''))
        const spans = []
        for (const r of report.records) {
          spans.push([r.place.start.offset, r.place.end.offset])
          for (const p of r.removed) spans.push([p.offset, p.offset + p.text.length])
        }
        const re = /[^。！？!?\n]+/g
        for (let m; (m = re.exec(text)); ) {
          const s = loose(m[0])
          if (s.length < 2) continue
          if (out.some((o) => o.includes(s)) || actuals.some((x) => x.includes(s))) continue
          const start = m.index
          const end = start + m[0].length
          if (spans.some(([a, b]) => a < end && b > start)) continue
          throw new Error(`sentence at ${start} is neither in the output nor in any record: ${JSON.stringify(m[0])}`)
        }
      },
    },
  ]
}
