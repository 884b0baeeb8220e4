/**
 * Bytes of one page file <-> text, exactly invertible.
 *
 * `decodePage` turns the raw bytes of a page dump into a string with every line end normalised to
 * '\n' and no byte order mark, plus a `DecodeInfo` that records everything that normalisation threw
 * away (encoding, BOM, the original line ends). `encodePage(text, info)` puts it all back, so
 * `encodePage(decodePage(b).text, decodePage(b).info)` equals `b` byte for byte.
 *
 * Detection, in order:
 *  1. a BOM (UTF-8 EF BB BF, UTF-16LE FF FE, UTF-16BE FE FF) decides the encoding (confidence 1);
 *  2. otherwise bytes that are valid UTF-8 and contain no NUL are UTF-8 (confidence 1);
 *  3. otherwise chardet, run on a sample, picks: GB18030/GBK/GB2312 (decoded as gb18030) or, with high
 *     confidence, UTF-16; anything else is refused. A non-UTF-8 decode must round-trip exactly.
 * Decoded text with a NUL, or with more than 1% C0 control characters, is refused as binary.
 */
import { createRequire } from 'node:module'
import type { analyse as Analyse } from 'chardet'
import type IconvLite from 'iconv-lite'
import { readsAsChinese } from './kernel/reads-as-chinese.js'
import { sha256 } from './kernel/hash.js'

// The detector and the GB18030 codec are loaded when a page is not UTF-8 (or UTF-16 with a BOM):
// most pages are, and every batch worker would load them at start-up for nothing.
const require = createRequire(import.meta.url)
let chardet: { analyse: typeof Analyse } | undefined
let iconvLite: typeof IconvLite | undefined
const analyse: typeof Analyse = (...args) => (chardet ??= require('chardet') as { analyse: typeof Analyse }).analyse(...args)
const iconv = (): typeof IconvLite => (iconvLite ??= require('iconv-lite') as typeof IconvLite)

export type Eol = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none'

export interface DecodeInfo {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'
  /** The file started with a byte order mark (for gb18030: the 4-byte GB18030 BOM 84 31 95 33). */
  bom: boolean
  /** detector confidence 0..1 (1 for BOM-certain or valid-UTF-8) */
  confidence: number
  /** Set when the encoding taken is not the detector's first choice: why. */
  detection?: string
  eol: Eol
  /** only when eol === 'mixed': the original line-end of each line break in order, run-length encoded as [ending, count][] with ending '\r\n' | '\r' | '\n' */
  eolRuns?: Array<[string, number]>
  bytes: number
  /** hex of the original bytes */
  sha256: string
}

/** text: no BOM, every line end turned into '\n' */
export interface Decoded {
  text: string
  info: DecodeInfo
}

type DecodeErrorReason = 'empty' | 'blank' | 'binary' | 'too-large' | 'line-too-long' | 'undecodable'

export class DecodeError extends Error {
  reason: DecodeErrorReason
  constructor(reason: DecodeErrorReason, message: string) {
    super(message)
    this.name = 'DecodeError'
    this.reason = reason
  }
}

/**
 * Safety limits, checked by decodePage. Both are mutable so the CLI can override them
 * (--max-bytes, --max-line-chars).
 *
 * maxBytes = 20 MiB: a page dump is a few KB to a few tens of KB (the sample pages are 6-27 KB), so
 * 20 MiB is ~1000x headroom for any real page. Above it the file is almost surely not one page (a PDF,
 * an archive, many pages concatenated), and decoding it would hold the bytes, the UTF-16 string, the
 * normalised copy and a re-encoded copy for the round-trip check (several times the file size) in
 * memory, and take up to a second or two.
 * Checked before any decoding, so an oversized file costs nothing.
 *
 * maxLineChars = 1,000,000 (UTF-16 code units): a newspaper paragraph is hundreds to a few thousand
 * characters, and a whole 20 KB page on one line is ~7,000. A line of a million characters means the
 * file has no usable line structure (line ends lost, or not text at all), and later per-line work
 * (regexes, similarity, diffs) can be superlinear in the line length.
 */
export const limits: { maxBytes: number; maxLineChars: number } = {
  maxBytes: 20 * 1024 * 1024,
  maxLineChars: 1_000_000,
}

/** chardet looks at this many bytes only: it needs ~0.4 ms per KB, i.e. seconds for a 20 MB file. */
const DETECT_SAMPLE_BYTES = 64 * 1024
/** Minimum chardet confidence (0..1) to accept UTF-16 without a BOM. */
const UTF16_MIN_CONFIDENCE = 0.9
/** More than this share of C0 control characters (other than \t \n \r \f) means binary. */
const MAX_CONTROL_SHARE = 0.01

const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf)
const UTF16LE_BOM = Uint8Array.of(0xff, 0xfe)
const UTF16BE_BOM = Uint8Array.of(0xfe, 0xff)
const GB18030_BOM = Uint8Array.of(0x84, 0x31, 0x95, 0x33)

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const utf16leDecoder = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })
const utf16beDecoder = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true })
const utf8Encoder = new TextEncoder()

// ---------------------------------------------------------------------------------------------
// decode

export function decodePage(bytes: Uint8Array): Decoded {
  const size = bytes.length
  if (size === 0) throw new DecodeError('empty', 'file is empty (0 bytes)')
  checkPageSize(size)

  const { raw, encoding, bom, confidence, detection } = decodeBytes(bytes)

  checkNotBinary(raw, encoding)
  if (!/\S/.test(raw)) {
    // \s includes U+3000 (ideographic space), U+00A0 and U+FEFF.
    throw new DecodeError('blank', `file contains only whitespace (${formatSize(size)})`)
  }

  const lines = splitLines(raw)

  const info: DecodeInfo = {
    encoding,
    bom,
    confidence,
    ...(detection ? { detection } : {}),
    eol: lines.eol,
    bytes: size,
    sha256: sha256(bytes),
  }
  if (lines.eol === 'mixed') info.eolRuns = lines.runs
  return { text: lines.text, info }
}

/**
 * Throws the 'too-large' DecodeError when a page of `size` bytes is above limits.maxBytes. The CLI
 * calls it with the size from stat, before reading a byte of the file.
 */
export function checkPageSize(size: number): void {
  if (size <= limits.maxBytes) return
  let shown = formatSize(size)
  let limit = formatSize(limits.maxBytes)
  if (shown === limit) {
    shown = `${groupDigits(size)} bytes`
    limit = `${groupDigits(limits.maxBytes)}-byte`
  }
  throw new DecodeError('too-large', `file is ${shown}, above the ${limit} limit (set --max-bytes)`)
}

interface RawDecoded {
  raw: string
  encoding: DecodeInfo['encoding']
  bom: boolean
  confidence: number
  detection?: string
}

function decodeBytes(bytes: Uint8Array): RawDecoded {
  // 1. A BOM decides.
  if (startsWith(bytes, UTF8_BOM)) {
    const body = bytes.subarray(3)
    const raw = tryDecode(utf8Decoder, body)
    if (raw === undefined) {
      const bad = firstInvalidUtf8(body)
      throw new DecodeError(
        'undecodable',
        `starts with a UTF-8 byte order mark but is not valid UTF-8 (first invalid byte at offset ${bad + 3})`,
      )
    }
    return { raw, encoding: 'utf-8', bom: true, confidence: 1 }
  }
  if (startsWith(bytes, UTF16LE_BOM)) {
    return { raw: decodeUtf16(bytes.subarray(2), 'utf-16le', 'a UTF-16LE byte order mark'), encoding: 'utf-16le', bom: true, confidence: 1 }
  }
  if (startsWith(bytes, UTF16BE_BOM)) {
    return { raw: decodeUtf16(bytes.subarray(2), 'utf-16be', 'a UTF-16BE byte order mark'), encoding: 'utf-16be', bom: true, confidence: 1 }
  }

  // 2. Valid UTF-8 without NUL is UTF-8. (Valid UTF-8 with NULs may be BOM-less UTF-16: ask chardet.)
  const hasNul = bytes.indexOf(0) !== -1
  if (!hasNul) {
    const raw = tryDecode(utf8Decoder, bytes)
    if (raw !== undefined) return { raw, encoding: 'utf-8', bom: false, confidence: 1 }
  }

  // 3. chardet, on a sample starting at the first non-ASCII byte (an ASCII prefix tells it nothing).
  let first = 0
  while (first < bytes.length && bytes[first] < 0x80 && bytes[first] !== 0) first++
  if (first === bytes.length) first = 0
  const ranked = analyse(bytes.subarray(first, first + DETECT_SAMPLE_BYTES))
  // chardet can tie GB18030 with EUC-JP/EUC-KR on Chinese text (both score 100) and list the other
  // first; among equal top scores the Chinese encoding wins, since these are Chinese pages.
  const top = ranked[0]?.confidence
  const best = ranked.find((r) => r.confidence === top && /^(GB18030|GBK|GB2312|GB-?2312)$/i.test(r.name)) ?? ranked[0]
  let guess = best ? best.name : undefined
  let confidence = best ? clamp01(best.confidence / 100) : 0
  let detection: string | undefined
  // On short pages the detector can rank EUC-KR, EUC-JP or Big5 above GB18030. These are Chinese pages:
  // when GB18030 is among the candidates and its decoding reads as Chinese (ICU finds words in it; the
  // wrong decoding gives random characters), GB18030 is taken, at its own confidence, and the report
  // says what the detector ranked first.
  const gbCandidate = ranked.find((r) => /^GB18030$/i.test(r.name) && r.confidence > 0)
  if (best && gbCandidate && gbCandidate !== best && !/^UTF-16/.test(best.name) && !hasNul) {
    const sample = bytes.subarray(first, first + DETECT_SAMPLE_BYTES)
    if (readsAsChinese(iconv().decode(sample, 'gb18030'))) {
      detection = `the detector ranked ${best.name} first (${fixed2(best.confidence / 100)}); GB18030 (${fixed2(gbCandidate.confidence / 100)}) was taken because the text reads as Chinese in it`
      guess = 'GB18030'
      confidence = clamp01(gbCandidate.confidence / 100)
    }
  }

  if ((guess === 'UTF-16LE' || guess === 'UTF-16BE') && confidence >= UTF16_MIN_CONFIDENCE) {
    const encoding = guess === 'UTF-16LE' ? 'utf-16le' : 'utf-16be'
    return { raw: decodeUtf16(bytes, encoding, `no byte order mark (detected as ${guess})`), encoding, bom: false, confidence }
  }

  if (hasNul) {
    const utf16 = looksLikeBomlessUtf16(bytes)
    throw new DecodeError(
      'binary',
      utf16
        ? `contains NUL bytes: looks like ${utf16} without a byte order mark, which is not supported (add a BOM or convert to UTF-8)`
        : `looks binary: contains NUL bytes (first at offset ${bytes.indexOf(0)})`,
    )
  }
  // Cheap byte-level control check first: in UTF-8 and GB18030 a byte below 0x20 is always a character of
  // its own, and there are at most as many characters as bytes, so this never refuses text the exact check
  // (on the decoded text) would accept. It makes random bytes 'binary' rather than 'undecodable'.
  const controls = countControlBytes(bytes)
  if (controls / bytes.length > MAX_CONTROL_SHARE) throw binaryControls(controls, bytes.length, 'bytes')

  // Damaged UTF-8 (a few bad bytes among many good multi-byte sequences) is neither binary nor GB18030
  // (which would decode it, wrongly, to other Chinese characters): say so. GB18030 text has about one
  // UTF-8-valid multi-byte sequence per four invalid ones, so the 10:1 threshold keeps well clear of it.
  const scan = scanUtf8(bytes)
  if (scan.validMulti >= 10 * scan.invalid) {
    throw new DecodeError(
      'undecodable',
      `not valid UTF-8: ${scan.invalid} invalid byte sequence${scan.invalid === 1 ? '' : 's'}, first at byte offset ${scan.firstInvalid} (looks like damaged UTF-8)`,
    )
  }

  if (guess === 'GB18030') {
    // chardet reports GB2312 / GBK / GB18030 text all as 'GB18030'; gb18030 is a superset of the others.
    let raw = iconv().decode(bytes, 'gb18030', { stripBOM: false })
    const encoded = iconv().encode(raw, 'gb18030')
    if (!equalBytes(encoded, bytes)) {
      const at = firstDifference(encoded, bytes)
      throw new DecodeError(
        'undecodable',
        `detected as GB18030 (confidence ${confidence.toFixed(2)}) but the bytes do not round-trip: invalid or non-canonical sequence near byte offset ${at}`,
      )
    }
    let bom = false
    if (raw.charCodeAt(0) === 0xfeff) {
      raw = raw.slice(1)
      bom = true
    }
    return { raw, encoding: 'gb18030', bom, confidence, ...(detection ? { detection } : {}) }
  }

  const what = guess ? `the detector's best guess is ${guess} (confidence ${confidence.toFixed(2)})` : 'the detector has no guess'
  throw new DecodeError('binary', `not UTF-8, UTF-16 or GB18030 text: ${what}`)
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', why: string): string {
  if (body.length % 2 !== 0) {
    throw new DecodeError('undecodable', `has ${why} but an odd number of bytes after it (${body.length})`)
  }
  const raw = tryDecode(encoding === 'utf-16le' ? utf16leDecoder : utf16beDecoder, body)
  if (raw === undefined) {
    throw new DecodeError('undecodable', `has ${why} but is not valid ${encoding.toUpperCase()} (unpaired surrogate)`)
  }
  return raw
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes)
  } catch {
    return undefined
  }
}

function checkNotBinary(raw: string, encoding: DecodeInfo['encoding']): void {
  const nul = raw.indexOf('\0')
  if (nul !== -1) {
    throw new DecodeError('binary', `looks binary: contains NUL characters (decoded as ${encoding.toUpperCase()}, first at character ${nul})`)
  }
  let controls = 0
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++
  }
  if (controls / raw.length > MAX_CONTROL_SHARE) throw binaryControls(controls, raw.length, 'characters')
}

function binaryControls(controls: number, total: number, unit: string): DecodeError {
  const share = ((controls / total) * 100).toFixed(1)
  return new DecodeError(
    'binary',
    `looks binary: ${controls} of ${total} ${unit} (${share}%) are control characters, above the 1% limit`,
  )
}

function countControlBytes(bytes: Uint8Array): number {
  let n = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) n++
  }
  return n
}

/**
 * 'UTF-16LE' / 'UTF-16BE' when the NUL bytes sit mostly at odd / even offsets (the high bytes of
 * ASCII characters in UTF-16) and the bytes are valid UTF-16 that way round. Only used for the message.
 */
function looksLikeBomlessUtf16(bytes: Uint8Array): string | undefined {
  if (bytes.length % 2 !== 0) return undefined
  let even = 0
  let odd = 0
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  if (odd >= 2 && even <= odd * 0.25 && tryDecode(utf16leDecoder, bytes) !== undefined) return 'UTF-16LE'
  if (even >= 2 && odd <= even * 0.25 && tryDecode(utf16beDecoder, bytes) !== undefined) return 'UTF-16BE'
  return undefined
}

/** Counts well-formed multi-byte sequences and invalid sequences (maximal subparts, as WHATWG does). */
function scanUtf8(bytes: Uint8Array): { validMulti: number; invalid: number; firstInvalid: number } {
  let validMulti = 0
  let invalid = 0
  let firstInvalid = -1
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    let need = 0
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) lo = 0xa0
      if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) lo = 0x90
      if (b === 0xf4) hi = 0x8f
    }
    let j = i + 1
    let ok = need > 0
    for (let k = 0; ok && k < need; k++, j++) {
      const c = j < n ? bytes[j] : -1
      if (c < lo || c > hi) ok = false
      lo = 0x80
      hi = 0xbf
      if (!ok) break
    }
    if (ok) {
      validMulti++
      i = j
    } else {
      if (firstInvalid === -1) firstInvalid = i
      invalid++
      i = Math.max(j, i + 1)
    }
  }
  return { validMulti, invalid, firstInvalid }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  return scanUtf8(bytes).firstInvalid
}

// ---------------------------------------------------------------------------------------------
// line ends

const LF = 0
const CRLF = 1
const CR = 2
const ENDINGS = ['\n', '\r\n', '\r'] as const
const EOL_NAMES: readonly Eol[] = ['lf', 'crlf', 'cr']

function endingKind(ending: unknown): number {
  return ending === '\n' ? LF : ending === '\r\n' ? CRLF : ending === '\r' ? CR : -1
}

interface Lines {
  text: string
  eol: Eol
  runs: Array<[string, number]>
}

/**
 * Normalises line ends to '\n', records the original ones, and enforces limits.maxLineChars. A line end
 * is '\r\n', a '\r' not followed by '\n', or a '\n' not preceded by '\r' (so '\n\r' is two breaks).
 */
function splitLines(raw: string): Lines {
  const max = limits.maxLineChars
  let line = 1
  let start = 0
  const cr = raw.indexOf('\r')

  if (cr === -1) {
    // Fast path: only '\n' (or nothing).
    let lf = raw.indexOf('\n')
    const eol: Eol = lf === -1 ? 'none' : 'lf'
    while (lf !== -1) {
      if (lf - start > max) throw tooLong(line, lf - start, max)
      start = lf + 1
      line++
      lf = raw.indexOf('\n', start)
    }
    if (raw.length - start > max) throw tooLong(line, raw.length - start, max)
    return { text: raw, eol, runs: [] }
  }

  // Some '\r': one pass over the UTF-16 code units, writing the normalised text into a buffer (no
  // string building) and run-length encoding the breaks as they come.
  const n = raw.length
  const out = new Uint16Array(n)
  let o = 0
  const runs: Array<[string, number]> = []
  let run: [string, number] = ['', 0]
  let runKind = -1
  let kind = -1
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i)
    if (c === 0x0d) {
      if (i + 1 < n && raw.charCodeAt(i + 1) === 0x0a) {
        kind = CRLF
        i++
      } else kind = CR
    } else if (c === 0x0a) kind = LF
    else {
      out[o++] = c
      continue
    }
    if (o - start > max) throw tooLong(line, o - start, max)
    out[o++] = 0x0a
    start = o
    line++
    if (kind === runKind) run[1]++
    else {
      run = [ENDINGS[kind], 1]
      runs.push(run)
      runKind = kind
    }
  }
  if (o - start > max) throw tooLong(line, o - start, max)

  const text = unitsToString(out, o)
  if (runs.length === 1) return { text, eol: EOL_NAMES[runKind], runs: [] }
  return { text, eol: 'mixed', runs }
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1

/** The first `length` code units of `units` as a string (lone surrogates kept as they are). */
function unitsToString(units: Uint16Array, length: number): string {
  const bytes = Buffer.from(units.buffer, units.byteOffset, length * 2)
  if (!LITTLE_ENDIAN) bytes.swap16()
  return bytes.toString('utf16le')
}

function tooLong(line: number, length: number, max: number): DecodeError {
  return new DecodeError(
    'line-too-long',
    `line ${line} is ${groupDigits(length)} characters long, above the ${groupDigits(max)}-character limit (set --max-line-chars)`,
  )
}

/**
 * Puts the original line ends back: every '\n' of text becomes the ending recorded for that break. For
 * 'mixed', eolRuns is replayed break by break; if the text does not have exactly as many '\n' as eolRuns
 * records (it was edited), there is no exact inverse, and every break gets the most common original
 * ending instead.
 */
function restoreLineEnds(text: string, info: DecodeInfo): string {
  let runs: Array<[string, number]>
  switch (info.eol) {
    case 'lf':
    case 'none':
      return text
    case 'crlf':
      runs = [['\r\n', Infinity]]
      break
    case 'cr':
      runs = [['\r', Infinity]]
      break
    case 'mixed': {
      if (!Array.isArray(info.eolRuns)) throw new TypeError("encodePage: eol is 'mixed' but eolRuns is missing")
      runs = info.eolRuns
      break
    }
    default:
      throw new TypeError(`encodePage: unknown eol ${JSON.stringify(info.eol)}`)
  }

  const n = text.length
  let breaks = 0
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0x0a) breaks++
  if (breaks === 0) return text

  // Check the runs; fall back to the most common ending when the break count does not match.
  let total = 0
  const tally = [0, 0, 0]
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]
    const kind = Array.isArray(run) ? endingKind(run[0]) : -1
    const count = kind === -1 ? NaN : run[1]
    if (!(Number.isInteger(count) || count === Infinity) || count < 0) {
      throw new TypeError(`encodePage: bad eolRuns entry ${JSON.stringify(run)}`)
    }
    total += count
    tally[kind] += count
  }
  if (total !== breaks && total !== Infinity) {
    let dominant = LF
    for (const k of [CRLF, CR]) if (tally[k] > tally[dominant]) dominant = k
    runs = [[ENDINGS[dominant], Infinity]]
  }
  if (runs.length === 1 && runs[0][0] === '\n') return text

  // Output size: one extra unit per break that becomes '\r\n'.
  let extra = 0
  for (let r = 0, left = breaks; r < runs.length && left > 0; r++) {
    const take = Math.min(runs[r][1], left)
    if (runs[r][0] === '\r\n') extra += take
    left -= take
  }
  const out = new Uint16Array(n + extra)
  let o = 0
  let r = -1
  let left = 0
  let kind = LF
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x0a) {
      out[o++] = c
      continue
    }
    while (left === 0) {
      r++
      left = runs[r][1]
      kind = endingKind(runs[r][0])
    }
    left--
    if (kind === LF) out[o++] = 0x0a
    else if (kind === CR) out[o++] = 0x0d
    else {
      out[o++] = 0x0d
      out[o++] = 0x0a
    }
  }
  return unitsToString(out, o)
}

// ---------------------------------------------------------------------------------------------
// encode

/**
 * Exact inverse of decodePage: encodePage(d.text, d.info) returns the original bytes. Also usable to
 * write edited text back in the page's own encoding, BOM and line-end style.
 */
export function encodePage(text: string, info: DecodeInfo): Uint8Array {
  const body = restoreLineEnds(text, info)
  switch (info.encoding) {
    case 'utf-8':
      return withPrefix(info.bom ? UTF8_BOM : undefined, utf8Encoder.encode(body))
    case 'utf-16le':
      return withPrefix(info.bom ? UTF16LE_BOM : undefined, Buffer.from(body, 'utf16le'))
    case 'utf-16be':
      return withPrefix(info.bom ? UTF16BE_BOM : undefined, Buffer.from(body, 'utf16le').swap16())
    case 'gb18030':
      return withPrefix(info.bom ? GB18030_BOM : undefined, iconv().encode(body, 'gb18030'))
    default:
      throw new TypeError(`encodePage: unknown encoding ${JSON.stringify(info.encoding)}`)
  }
}

/** A plain Uint8Array (not a Buffer, not a view into Buffer's shared pool) of prefix + body. */
function withPrefix(prefix: Uint8Array | undefined, body: Uint8Array): Uint8Array {
  const p = prefix ? prefix.length : 0
  if (p === 0 && body.constructor === Uint8Array) return body
  const out = new Uint8Array(p + body.length)
  if (prefix) out.set(prefix, 0)
  out.set(body, p)
  return out
}

// ---------------------------------------------------------------------------------------------
// helpers

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false
  return true
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i
  return n
}

function fixed2(x: number): string {
  return clamp01(x).toFixed(2)
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x
}

function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** 1023 -> "1,023 bytes", 2048 -> "2 KB", 54945382 -> "52.4 MB" (KB and MB are binary: 1024, 1024^2). */
function formatSize(n: number): string {
  if (n < 1024) return n === 1 ? '1 byte' : `${groupDigits(n)} bytes`
  if (n < 1024 * 1024) return `${trimZero((n / 1024).toFixed(1))} KB`
  return `${trimZero((n / (1024 * 1024)).toFixed(1))} MB`
}

function trimZero(s: string): string {
  return s.endsWith('.0') ? s.slice(0, -2) : s
}
