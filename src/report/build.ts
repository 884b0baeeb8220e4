/** Builds the JSON report from the change records of one cleaned page. */
import { diffChars } from 'diff'
import type { Position } from 'unist'
import type { CleanResult } from '../clean.js'
import type { Block } from '../kernel/block.js'
import type { ScancleanMessage } from '../kernel/record.js'
import type { DecodeInfo } from '../decode.js'
import { REPORT_SCHEMA, type DiffPart, type Report, type ReportBlock, type ReportPlace, type ReportRecord } from './schema.js'
import { VERSION } from '../version.js'
import { alignWindow } from '../kernel/align.js'
import { sha256 } from '../kernel/hash.js'

function placeOf(position: Position): ReportPlace {
  return {
    start: { line: position.start.line, column: position.start.column, offset: position.start.offset ?? 0 },
    end: { line: position.end.line, column: position.end.column, offset: position.end.offset ?? 0 },
  }
}

function linesOf(place: ReportPlace): [number, number] {
  // a range ending at column 1 ends on the line before
  const last = place.end.column === 1 && place.end.line > place.start.line ? place.end.line - 1 : place.end.line
  return [place.start.line, last]
}

/**
 * Character diff from the part of the twin that the removed copy matches, so that a fragment is
 * compared with the passage it repeats, not with the whole paragraph.
 */
export function diffAgainstTwin(twin: string, removed: string): { diff: DiffPart[]; window: [number, number] } {
  const [start, end] = alignWindow(twin, removed)
  const diff: DiffPart[] = diffChars(twin.slice(start, end), removed).map((part) => [
    part.added ? '+' : part.removed ? '-' : '=',
    part.value,
  ])
  return { diff, window: [start, end] }
}

function toRecord(message: ScancleanMessage): ReportRecord {
  const place = placeOf(message.place as Position)
  const data = message.data
  const rec: ReportRecord = {
    id: data.id,
    rule: message.ruleId ?? 'unknown',
    kind: data.kind,
    level: message.fatal === false ? 'warning' : 'info',
    message: message.reason,
    lines: linesOf(place),
    place,
    actual: message.actual ?? '',
    expected: message.expected ?? [],
    removed: data.removed,
  }
  if (data.blockId) rec.blockId = data.blockId
  if (data.twin) {
    const twinPlace = placeOf(data.twin.place)
    rec.twin = { blockId: data.twin.blockId, lines: linesOf(twinPlace), place: twinPlace, text: data.twin.text }
    if (data.twin.page !== undefined) rec.twin.page = data.twin.page
    const { diff, window } = diffAgainstTwin(data.twin.text, rec.actual)
    rec.diff = diff
    rec.twinWindow = window
  }
  if (data.score !== undefined) rec.score = data.score
  if (data.containment !== undefined) rec.containment = data.containment
  if (data.halves) rec.halves = data.halves
  if (data.between && data.between.length > 0) rec.between = data.between
  if (data.note) rec.note = data.note
  if (data.overridden) rec.overridden = data.overridden
  return rec
}

export function blockRuns(block: Block): ReportBlock['runs'] {
  const runs: ReportBlock['runs'] = []
  const map = block.data.map
  // (the run last pushed, kept at hand: this runs once for every character of the output)
  let run: [number, number, number] | undefined
  for (let i = 0; i < map.length; i++) {
    const at = map[i]
    if (at < 0) continue
    if (run !== undefined && at === run[1] + run[2] && i === run[0] + run[2]) run[2]++
    else runs.push((run = [i, at, 1]))
  }
  return runs
}

export function buildReport(name: string, result: CleanResult, decode: DecodeInfo, textLength: number): Report {
  const records = result.records.map(toRecord)
  const byKind: Report['summary']['byKind'] = {}
  for (const r of records) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1
  return {
    schema: REPORT_SCHEMA,
    tool: { name: 'scanclean', version: VERSION },
    page: {
      name,
      bytes: decode.bytes,
      sha256: decode.sha256,
      encoding: decode.encoding,
      bom: decode.bom,
      confidence: decode.confidence,
      ...(decode.detection ? { detection: decode.detection } : {}),
      eol: decode.eol,
      ...(decode.eolRuns ? { eolRuns: decode.eolRuns } : {}),
      length: textLength,
    },
    output: {
      sha256: sha256(result.markdown),
      blocks: result.blocks.length,
      characters: result.blocks.reduce((n, b) => n + b.value.length, 0),
    },
    summary: {
      changes: records.filter((r) => r.level === 'info').length,
      warnings: records.filter((r) => r.level === 'warning').length,
      byKind,
    },
    records,
    restore: {
      blocks: result.blocks.map((b) => ({ id: b.data.id, kind: b.kind, text: b.value, runs: blockRuns(b) })),
      layout: result.layout,
    },
  }
}
