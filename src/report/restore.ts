/**
 * restore: rebuilds the original page, byte for byte, from the report alone — the kept runs of the
 * output blocks, the text each change record took out, and the layout whitespace — then encodes it
 * as it was. It refuses when the Markdown no longer matches the report, or the result does not hash
 * to the original.
 */
import { encodePage, type DecodeInfo } from '../decode.js'
import type { SourcePiece } from '../kernel/block.js'
import { sha256 } from '../kernel/hash.js'
import type { Report } from './schema.js'

export class RestoreError extends Error {}

export function restoreText(report: Report): string {
  const pieces: SourcePiece[] = [...report.restore.layout]
  for (const block of report.restore.blocks) {
    for (const [at, offset, length] of block.runs) pieces.push({ offset, text: block.text.slice(at, at + length) })
  }
  for (const rec of report.records) pieces.push(...rec.removed)
  pieces.sort((a, b) => a.offset - b.offset)
  const parts: string[] = []
  let position = 0
  for (const piece of pieces) {
    if (piece.text.length === 0) continue
    if (piece.offset !== position) {
      throw new RestoreError(
        piece.offset > position
          ? `the report does not account for source characters ${position}–${piece.offset}`
          : `the report accounts twice for source character ${piece.offset}`,
      )
    }
    parts.push(piece.text)
    position += piece.text.length
  }
  if (position !== report.page.length) {
    throw new RestoreError(`the report accounts for ${position} of ${report.page.length} source characters`)
  }
  return parts.join('')
}

export function restorePage(report: Report, markdown: string): Uint8Array {
  if (sha256(markdown) !== report.output.sha256) {
    throw new RestoreError('the Markdown was edited after cleaning (its hash differs from the report): restore refused')
  }
  const text = restoreText(report)
  const info: DecodeInfo = {
    encoding: report.page.encoding as DecodeInfo['encoding'],
    bom: report.page.bom,
    confidence: report.page.confidence,
    eol: report.page.eol as DecodeInfo['eol'],
    eolRuns: report.page.eolRuns,
    bytes: report.page.bytes,
    sha256: report.page.sha256,
  }
  const bytes = encodePage(text, info)
  if (sha256(bytes) !== report.page.sha256) {
    throw new RestoreError('the rebuilt page does not hash to the original: restore refused')
  }
  return bytes
}
