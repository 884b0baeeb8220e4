import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import iconv from 'iconv-lite'
import { decodePage, encodePage, DecodeError, limits, type DecodeInfo, type Eol } from '../src/decode.js'

// ---------------------------------------------------------------------------------------------
// fixtures and oracles (independent of the implementation)

const source = readFileSync(new URL('../input/002_60978142cead0c41.txt', import.meta.url), 'utf8')
/** First 2000 characters (code points) of a real page; its line ends are '\n'. */
const PAGE = Array.from(source).slice(0, 2000).join('')
const PAGE_BREAKS = PAGE.split('\n').length - 1

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'))
const cat = (...parts: ArrayLike<number>[]) => {
  const out: number[] = []
  for (const p of parts) for (let i = 0; i < p.length; i++) out.push(p[i])
  return new Uint8Array(out)
}
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'))
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16())
const gb = (s: string) => new Uint8Array(iconv.encode(s, 'gb18030'))
const BOM8 = [0xef, 0xbb, 0xbf]
const BOM16LE = [0xff, 0xfe]
const BOM16BE = [0xfe, 0xff]
const BOMGB = [0x84, 0x31, 0x95, 0x33]

/** Line ends of a raw string via a regex (the implementation uses an indexOf merge instead). */
function expectedEol(raw: string): { eol: Eol; eolRuns?: Array<[string, number]> } {
  const ends = raw.match(/\r\n|\r|\n/g) ?? []
  if (ends.length === 0) return { eol: 'none' }
  const runs: Array<[string, number]> = []
  for (const e of ends) {
    const last = runs[runs.length - 1]
    if (last && last[0] === e) last[1]++
    else runs.push([e, 1])
  }
  if (runs.length === 1) return { eol: ({ '\n': 'lf', '\r\n': 'crlf', '\r': 'cr' } as const)[runs[0][0] as '\n'] }
  return { eol: 'mixed', eolRuns: runs }
}

/** Replace the i-th '\n' of text with ending(i). */
function withEndings(text: string, ending: (i: number) => string): string {
  return text
    .split('\n')
    .map((line, i, all) => (i < all.length - 1 ? line + ending(i) : line))
    .join('')
}

function expectRoundTrip(bytes: Uint8Array) {
  const { text, info } = decodePage(bytes)
  const back = encodePage(text, info)
  expect(back).toBeInstanceOf(Uint8Array)
  expect(back.length).toBe(bytes.length)
  expect(Buffer.compare(Buffer.from(back), Buffer.from(bytes))).toBe(0)
}

function reasonOf(bytes: Uint8Array): { reason: string; message: string } {
  try {
    decodePage(bytes)
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError)
    expect(e).toBeInstanceOf(Error)
    const err = e as DecodeError
    expect(err.name).toBe('DecodeError')
    expect(err.message).not.toContain('\n')
    return { reason: err.reason, message: err.message }
  }
  throw new Error('decodePage did not throw')
}

function withLimits<T>(patch: Partial<typeof limits>, fn: () => T): T {
  const saved = { ...limits }
  Object.assign(limits, patch)
  try {
    return fn()
  } finally {
    Object.assign(limits, saved)
  }
}

/** mulberry32: small seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// ---------------------------------------------------------------------------------------------

describe('fixture', () => {
  it('is a 2000-character Chinese page with LF line ends', () => {
    expect(Array.from(PAGE).length).toBe(2000)
    expect(PAGE).not.toContain('\r')
    expect(PAGE_BREAKS).toBeGreaterThan(5)
    expect(PAGE).toMatch(/^大理市自2018年5月/)
  })
})

describe('the same page in every supported form decodes to the identical text', () => {
  const crlf = withEndings(PAGE, () => '\r\n')
  const cr = withEndings(PAGE, () => '\r')
  const pattern = ['\r\n', '\r\n', '\n', '\r', '\r']
  const mixed = withEndings(PAGE, (i) => pattern[i % pattern.length])

  const cases: Array<{ name: string; bytes: Uint8Array; info: Omit<DecodeInfo, 'bytes' | 'sha256' | 'confidence'>; confidence?: number }> = [
    { name: 'UTF-8', bytes: utf8(PAGE), info: { encoding: 'utf-8', bom: false, eol: 'lf' }, confidence: 1 },
    { name: 'UTF-8 + BOM', bytes: cat(BOM8, utf8(PAGE)), info: { encoding: 'utf-8', bom: true, eol: 'lf' }, confidence: 1 },
    { name: 'UTF-8 CRLF', bytes: utf8(crlf), info: { encoding: 'utf-8', bom: false, eol: 'crlf' }, confidence: 1 },
    { name: 'UTF-8 CR', bytes: utf8(cr), info: { encoding: 'utf-8', bom: false, eol: 'cr' }, confidence: 1 },
    {
      name: 'UTF-8 mixed',
      bytes: utf8(mixed),
      info: { encoding: 'utf-8', bom: false, eol: 'mixed', eolRuns: expectedEol(mixed).eolRuns },
      confidence: 1,
    },
    { name: 'UTF-16LE + BOM', bytes: cat(BOM16LE, utf16le(PAGE)), info: { encoding: 'utf-16le', bom: true, eol: 'lf' }, confidence: 1 },
    { name: 'UTF-16BE + BOM', bytes: cat(BOM16BE, utf16be(PAGE)), info: { encoding: 'utf-16be', bom: true, eol: 'lf' }, confidence: 1 },
    { name: 'UTF-16BE + BOM, CRLF', bytes: cat(BOM16BE, utf16be(crlf)), info: { encoding: 'utf-16be', bom: true, eol: 'crlf' }, confidence: 1 },
    { name: 'GB18030', bytes: gb(PAGE), info: { encoding: 'gb18030', bom: false, eol: 'lf' } },
    { name: 'GB18030 CRLF', bytes: gb(crlf), info: { encoding: 'gb18030', bom: false, eol: 'crlf' } },
    {
      name: 'GB18030 mixed',
      bytes: gb(mixed),
      info: { encoding: 'gb18030', bom: false, eol: 'mixed', eolRuns: expectedEol(mixed).eolRuns },
    },
    { name: 'GB18030 + GB18030 BOM', bytes: cat(BOMGB, gb(PAGE)), info: { encoding: 'gb18030', bom: true, eol: 'lf' } },
  ]

  for (const c of cases) {
    it(c.name, () => {
      const { text, info } = decodePage(c.bytes)
      expect(text).toBe(PAGE)
      const { confidence, ...rest } = info
      expect(rest).toStrictEqual({ ...c.info, bytes: c.bytes.length, sha256: sha(c.bytes) })
      if (c.confidence !== undefined) expect(confidence).toBe(c.confidence)
      else {
        expect(confidence).toBeGreaterThan(0)
        expect(confidence).toBeLessThanOrEqual(1)
      }
      expectRoundTrip(c.bytes)
    })
  }

  it('mixed line ends are recorded break by break', () => {
    const { info } = decodePage(utf8(mixed))
    expect(info.eolRuns!.slice(0, 4)).toEqual([
      ['\r\n', 2],
      ['\n', 1],
      ['\r', 2],
      ['\r\n', 2],
    ])
    expect(info.eolRuns!.reduce((n, [, k]) => n + k, 0)).toBe(PAGE_BREAKS)
  })

  it('GB18030 after a long ASCII prefix (beyond the detector sample) is still detected', () => {
    const prefix = 'Scanned page header, ASCII only: 0123456789 abcdefghijklmnopqrstuvwxyz\n'.repeat(1200)
    expect(prefix.length).toBeGreaterThan(80 * 1024)
    const bytes = gb(prefix + PAGE)
    const { text, info } = decodePage(bytes)
    expect(text).toBe(prefix + PAGE)
    expect(info.encoding).toBe('gb18030')
    expectRoundTrip(bytes)
  })

  it('GB18030 is detected by chardet with a confidence in (0, 1]', () => {
    const { info } = decodePage(gb(PAGE))
    expect(info.encoding).toBe('gb18030')
    expect(info.confidence).toBeGreaterThan(0)
    expect(info.confidence).toBeLessThanOrEqual(1)
  })

  it('keeps a lone CR inside a CRLF file exact (mixed)', () => {
    const lines = PAGE.split('\n')
    // a lone '\r' in the middle of line 3
    const mid = Math.floor(lines[2].length / 2)
    const raw = lines.map((l, i) => (i === 2 ? l.slice(0, mid) + '\r' + l.slice(mid) : l)).join('\r\n')
    const bytes = utf8(raw)
    const { text, info } = decodePage(bytes)
    expect(text).toBe(raw.replace(/\r\n|\r/g, '\n'))
    expect(info.eol).toBe('mixed')
    expect(info.eolRuns).toEqual([
      ['\r\n', 2],
      ['\r', 1],
      ['\r\n', PAGE_BREAKS - 2],
    ])
    expectRoundTrip(bytes)
  })

  it('treats \\n\\r as two breaks and \\r\\r\\n as CR then CRLF', () => {
    const bytes = utf8('甲\n\r乙\r\r\n丙\n')
    const { text, info } = decodePage(bytes)
    expect(text).toBe('甲\n\n乙\n\n丙\n')
    expect(info.eol).toBe('mixed')
    expect(info.eolRuns).toEqual([
      ['\n', 1],
      ['\r', 2],
      ['\r\n', 1],
      ['\n', 1],
    ])
    expectRoundTrip(bytes)
  })

  it('a single line has eol none; a trailing CR alone is cr', () => {
    expect(decodePage(utf8('只有一行')).info.eol).toBe('none')
    expect(decodePage(utf8('只有一行')).info.eolRuns).toBeUndefined()
    const { text, info } = decodePage(utf8('一行\r'))
    expect(text).toBe('一行\n')
    expect(info.eol).toBe('cr')
  })

  it('a second UTF-8 BOM after the first is kept as content', () => {
    const bytes = cat(BOM8, BOM8, utf8('正文'))
    const { text, info } = decodePage(bytes)
    expect(text).toBe('\ufeff正文')
    expect(info.bom).toBe(true)
    expectRoundTrip(bytes)
  })

  it('a single stray control character (below 1%) is accepted', () => {
    const bytes = utf8(PAGE + '\x1a')
    expect(decodePage(bytes).text).toBe(PAGE + '\x1a')
    expectRoundTrip(bytes)
  })
})

describe('encodePage', () => {
  it('returns a plain Uint8Array', () => {
    const d = decodePage(cat(BOM16LE, utf16le(PAGE)))
    expect(Object.getPrototypeOf(encodePage(d.text, d.info))).toBe(Uint8Array.prototype)
  })

  it('writes edited text in the original encoding, BOM and line-end style', () => {
    const d = decodePage(cat(BOM16BE, utf16be('第一行\r\n第二行\r\n')))
    expect(Buffer.from(encodePage('改一\n改二\n改三', d.info))).toEqual(Buffer.from(cat(BOM16BE, utf16be('改一\r\n改二\r\n改三'))))
  })

  it('for mixed line ends and a changed number of lines, uses the most common original ending', () => {
    const d = decodePage(utf8('一\n二\r\n三\r\n四\r\n'))
    expect(d.info.eolRuns).toEqual([
      ['\n', 1],
      ['\r\n', 3],
    ])
    const str = (text: string) => Buffer.from(encodePage(text, d.info)).toString('utf8')
    expect(str('一\n二')).toBe('一\r\n二')
    expect(str('1\n2\n3\n4\n5\n6')).toBe('1\r\n2\r\n3\r\n4\r\n5\r\n6')
    expect(str('不变')).toBe('不变')
    // same number of breaks: replayed exactly, even if the lines changed
    expect(str('a\nb\nc\nd\n')).toBe('a\nb\r\nc\r\nd\r\n')
  })

  it('rejects a malformed info', () => {
    const d = decodePage(utf8('一\r\n二\n'))
    expect(() => encodePage(d.text, { ...d.info, eolRuns: undefined })).toThrow(TypeError)
    expect(() => encodePage(d.text, { ...d.info, eolRuns: [['x', 2]] })).toThrow(TypeError)
    expect(() => encodePage(d.text, { ...d.info, encoding: 'latin1' as 'utf-8' })).toThrow(TypeError)
  })
})

describe('errors', () => {
  it('empty file', () => {
    expect(reasonOf(new Uint8Array(0))).toEqual({ reason: 'empty', message: 'file is empty (0 bytes)' })
  })

  it('whitespace only (incl. U+3000), in UTF-8, UTF-8 BOM alone and UTF-16', () => {
    expect(reasonOf(utf8(' \t\r\n\u3000\u3000\n  '))).toEqual({ reason: 'blank', message: 'file contains only whitespace (13 bytes)' })
    expect(reasonOf(new Uint8Array(BOM8)).reason).toBe('blank')
    expect(reasonOf(cat(BOM16LE, utf16le('\u3000 \r\n'))).reason).toBe('blank')
  })

  it('random bytes with NULs', () => {
    const rnd = prng(42)
    const bytes = new Uint8Array(4096).map(() => Math.floor(rnd() * 256))
    expect(bytes.includes(0)).toBe(true)
    expect(reasonOf(bytes).reason).toBe('binary')
  })

  it('random bytes without NULs (control characters)', () => {
    const rnd = prng(7)
    const bytes = new Uint8Array(4096).map(() => 1 + Math.floor(rnd() * 255))
    const { reason, message } = reasonOf(bytes)
    expect(reason).toBe('binary')
    expect(message).toMatch(/^looks binary: \d+ of 4096 bytes \([\d.]+%\) are control characters, above the 1% limit$/)
  })

  it('a PNG header', () => {
    const png = new Uint8Array(Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'))
    expect(reasonOf(png).reason).toBe('binary')
  })

  it('valid UTF-8 with a NUL, and with >1% control characters', () => {
    expect(reasonOf(utf8(PAGE.slice(0, 100) + '\0' + PAGE.slice(100))).reason).toBe('binary')
    const noisy = Array.from(PAGE.slice(0, 500)).map((ch, i) => (i % 50 === 0 ? '\x07' : ch)).join('')
    expect(reasonOf(utf8(noisy))).toEqual({
      reason: 'binary',
      message: 'looks binary: 10 of 500 characters (2.0%) are control characters, above the 1% limit',
    })
  })

  it('UTF-16 without a BOM is refused with a hint', () => {
    const { reason, message } = reasonOf(utf16le(PAGE))
    expect(reason).toBe('binary')
    expect(message).toContain('UTF-16LE without a byte order mark')
    expect(reasonOf(utf16be(PAGE)).message).toContain('UTF-16BE without a byte order mark')
  })

  it('other encodings (Big5) are refused', () => {
    const big5 = new Uint8Array(iconv.encode('臺灣的報紙每天都有很多新聞，記者們辛苦地工作。'.repeat(20), 'big5'))
    expect(reasonOf(big5).reason).toBe('binary')
  })

  it('a short GB18030 page the detector ranks as EUC-KR is read as GB18030, and the report says why', () => {
    const text = '入选居民 孩子\n\n开展入选 图书馆合作社提升\n\n开展入选 图书馆合作社提升\n\n积极工作 社区电梯\n\n(转第4版)\n\n(转第4版)\n\n■本报记者 王磊\n'
    const bytes = new Uint8Array(iconv.encode(text, 'gb18030'))
    const { text: decoded, info } = decodePage(bytes)
    expect(decoded).toBe(text)
    expect(info.encoding).toBe('gb18030')
    expect(info.confidence).toBeCloseTo(0.59, 2)
    expect(info.detection).toBe(
      'the detector ranked EUC-KR first (0.66); GB18030 (0.59) was taken because the text reads as Chinese in it',
    )
  })

  it('Korean (EUC-KR) and Japanese (EUC-JP) pages are not misread as Chinese', () => {
    const korean = '대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다. 오늘 서울에서는 많은 사람들이 모여 새로운 정책에 대해 이야기를 나누었습니다.\n'
    const japanese = '日本国民は、正当に選挙された国会における代表者を通じて行動し、われらとわれらの子孫のために、諸国民との協和による成果を確保する。\n'
    expect(reasonOf(new Uint8Array(iconv.encode(korean.repeat(3), 'euc-kr'))).reason).toBe('binary')
    expect(reasonOf(new Uint8Array(iconv.encode(japanese.repeat(3), 'euc-jp'))).reason).toBe('binary')
  })

  it('too large: checked before decoding, with a readable message', () => {
    expect(limits).toEqual({ maxBytes: 20 * 1024 * 1024, maxLineChars: 1_000_000 })
    expect(reasonOf(new Uint8Array(54_945_383))).toEqual({
      reason: 'too-large',
      message: 'file is 52.4 MB, above the 20 MB limit (set --max-bytes)',
    })
    expect(reasonOf(new Uint8Array(limits.maxBytes + 1)).message).toBe(
      'file is 20,971,521 bytes, above the 20,971,520-byte limit (set --max-bytes)',
    )
    // exactly at the limit is not too large (it is all NULs, so binary)
    expect(reasonOf(new Uint8Array(limits.maxBytes)).reason).toBe('binary')

    const bytes = utf8(PAGE)
    withLimits({ maxBytes: 1000 }, () => {
      expect(reasonOf(bytes)).toEqual({
        reason: 'too-large',
        message: `file is ${(bytes.length / 1024).toFixed(1)} KB, above the 1,000 bytes limit (set --max-bytes)`,
      })
      expect(reasonOf(new Uint8Array(1001)).reason).toBe('too-large')
    })
    expect(limits.maxBytes).toBe(20 * 1024 * 1024)
    expect(decodePage(bytes).text).toBe(PAGE)
  })

  it('line too long (default limit, LF fast path)', () => {
    expect(decodePage(utf8('字'.repeat(1_000_000))).text.length).toBe(1_000_000)
    expect(reasonOf(utf8('字'.repeat(1_000_001)))).toEqual({
      reason: 'line-too-long',
      message: 'line 1 is 1,000,001 characters long, above the 1,000,000-character limit (set --max-line-chars)',
    })
    expect(reasonOf(utf8('短\n' + 'a'.repeat(1_000_001) + '\n短')).message).toMatch(/^line 2 is 1,000,001 characters/)
  })

  it('line too long (CR path, lowered limit), first, middle and last line', () => {
    withLimits({ maxLineChars: 10 }, () => {
      expect(decodePage(utf8('0123456789\r\n0123456789\r0123456789')).info.eol).toBe('mixed')
      expect(reasonOf(utf8('0123456789A\r\nx')).message).toMatch(/^line 1 is 11 characters long, above the 10-character limit/)
      expect(reasonOf(utf8('x\r\ny\r0123456789A\r\nz')).message).toMatch(/^line 3 is 11 /)
      expect(reasonOf(utf8('x\r\ny\r0123456789A')).message).toMatch(/^line 3 is 11 /)
      expect(reasonOf(utf8('x\ny\n0123456789A')).message).toMatch(/^line 3 is 11 /)
      expect(reasonOf(utf8('x\ny\n0123456789A')).reason).toBe('line-too-long')
    })
    expect(limits.maxLineChars).toBe(1_000_000)
  })

  it('undecodable: damaged GB18030, damaged UTF-8, bad UTF-8 after a BOM, bad UTF-16', () => {
    const g = gb(PAGE)
    const badGb = cat(g.subarray(0, 1000), [0xff], g.subarray(1000))
    const e1 = reasonOf(badGb)
    expect(e1.reason).toBe('undecodable')
    expect(e1.message).toMatch(/^detected as GB18030 \(confidence [\d.]+\) but the bytes do not round-trip/)

    const u = utf8(PAGE)
    const badUtf8 = cat(u.subarray(0, 1001), [0xff], u.subarray(1001))
    expect(reasonOf(badUtf8)).toEqual({
      reason: 'undecodable',
      message: 'not valid UTF-8: 1 invalid byte sequence, first at byte offset 1001 (looks like damaged UTF-8)',
    })

    expect(reasonOf(cat(BOM8, utf8('好'), [0xe5, 0x41]))).toEqual({
      reason: 'undecodable',
      message: 'starts with a UTF-8 byte order mark but is not valid UTF-8 (first invalid byte at offset 6)',
    })
    expect(reasonOf(cat(BOM16LE, utf16le('好'), [0x41])).reason).toBe('undecodable')
    expect(reasonOf(cat(BOM16BE, [0xd8, 0x00, 0x00, 0x41])).reason).toBe('undecodable')
  })
})

describe('randomized round trips', () => {
  const rnd = prng(20240611)
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]
  const cjk = Array.from(new Set(Array.from(PAGE).filter((c) => /\p{Script=Han}/u.test(c))))
  const ascii = Array.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?-()[]"\'/#%&*+=<>@_~`^$')
  const punct = Array.from('，。、；：？！“”‘’（）《》【】—…·')
  const spaces = [' ', ' ', '\t', '\u3000']
  const rare = ['𠀀', '😀', '€', 'é', '\u00a0', '\ufeff', 'ß', 'ㄅ', 'ア', '한']
  const ends = ['\n', '\r\n', '\r']

  type Form = { name: string; encoding: DecodeInfo['encoding']; bom: boolean; enc: (s: string) => Uint8Array }
  const forms: Form[] = [
    { name: 'utf-8', encoding: 'utf-8', bom: false, enc: utf8 },
    { name: 'utf-8 bom', encoding: 'utf-8', bom: true, enc: (s) => cat(BOM8, utf8(s)) },
    { name: 'utf-16le bom', encoding: 'utf-16le', bom: true, enc: (s) => cat(BOM16LE, utf16le(s)) },
    { name: 'utf-16be bom', encoding: 'utf-16be', bom: true, enc: (s) => cat(BOM16BE, utf16be(s)) },
    { name: 'gb18030', encoding: 'gb18030', bom: false, enc: gb },
    { name: 'gb18030 bom', encoding: 'gb18030', bom: true, enc: (s) => cat(BOMGB, gb(s)) },
  ]

  function randomText(forGb: boolean): string {
    const n = Math.floor(rnd() * 400)
    const out: string[] = []
    // chardet needs a few dozen Chinese characters to recognise GB18030.
    if (forGb) for (let i = 0; i < 40; i++) out.push(pick(cjk))
    for (let i = 0; i < n; i++) {
      const r = rnd()
      if (r < 0.5) out.push(pick(cjk))
      else if (r < 0.68) out.push(pick(ascii))
      else if (r < 0.76) out.push(pick(punct))
      else if (r < 0.82) out.push(pick(spaces))
      else if (r < 0.98) out.push(pick(ends))
      else out.push(pick(rare))
    }
    // never blank, never starting with U+FEFF (that would read as a BOM)
    if (!/[^\s]/.test(out.join(''))) out.push(pick(cjk))
    if (out[0] === '\ufeff') out[0] = pick(cjk)
    return out.join('')
  }

  const CASES = 300
  const seen = new Map<string, number>()
  for (let k = 0; k < CASES; k++) {
    const form = forms[k % forms.length]
    const raw = randomText(form.encoding === 'gb18030')
    const bytes = form.enc(raw)
    const eol = expectedEol(raw)
    seen.set(eol.eol, (seen.get(eol.eol) ?? 0) + 1)
    it(`#${k} ${form.name} ${eol.eol} ${bytes.length}B`, () => {
      const { text, info } = decodePage(bytes)
      expect(text).toBe(raw.replace(/\r\n|\r/g, '\n'))
      const { confidence, ...rest } = info
      expect(rest).toStrictEqual({ encoding: form.encoding, bom: form.bom, ...eol, bytes: bytes.length, sha256: sha(bytes) })
      if (form.encoding === 'gb18030') expect(confidence).toBeGreaterThan(0)
      else expect(confidence).toBe(1)
      expectRoundTrip(bytes)
    })
  }

  it('covered every line-end kind', () => {
    expect(seen.get('mixed')).toBeGreaterThan(100)
    expect(seen.get('none')).toBeGreaterThan(0)
    expect((seen.get('lf') ?? 0) + (seen.get('crlf') ?? 0) + (seen.get('cr') ?? 0)).toBeGreaterThan(0)
  })
})

describe('large input', () => {
  it('decodes and re-encodes a ~20 MB GB18030 page with mixed line ends quickly', () => {
    const unit = withEndings(PAGE, (i) => ['\r\n', '\n', '\r\n', '\r'][i % 4]) + '\r\n'
    const unitBytes = gb(unit).length
    const raw = unit.repeat(Math.floor((limits.maxBytes - 16) / unitBytes))
    const bytes = new Uint8Array(iconv.encode(raw, 'gb18030'))
    expect(bytes.length).toBeLessThanOrEqual(limits.maxBytes)
    expect(bytes.length).toBeGreaterThan(limits.maxBytes - unitBytes - 16)
    const t0 = performance.now()
    const { text, info } = decodePage(bytes)
    const back = encodePage(text, info)
    const ms = performance.now() - t0
    expect(info.encoding).toBe('gb18030')
    expect(info.eol).toBe('mixed')
    expect(text.length).toBe(raw.length - (raw.match(/\r\n/g)?.length ?? 0))
    expect(Buffer.compare(Buffer.from(back), Buffer.from(bytes))).toBe(0)
    // typically ~0.5 s; the bound is loose so a loaded machine does not make it flaky
    expect(ms).toBeLessThan(5000)
  }, 30_000)
})
