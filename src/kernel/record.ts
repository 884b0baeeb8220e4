/**
 * Change records. Every change a stage makes is a vfile message, as remark-lint reports findings:
 * applied changes are `file.info`, doubts for the editor are `file.message` (warnings). Beyond the
 * vfile fields (`ruleId`, `source`, `place`, `actual`, `expected`, `cause`) a record carries what the
 * report and restore need in `data`.
 */
import { sha256 } from './hash.js'
import type { VFile } from 'vfile'
import { VFileMessage, type Options as MessageOptions } from 'vfile-message'
import { location } from 'vfile-location'
import type { Position } from 'unist'
import { keptPieces, type Block, type SourcePiece } from './block.js'

/** What kind of change, as the report and the review filters group them. */
export type ChangeKind =
  | 'duplicate'
  | 'join'
  | 'caption-moved'
  | 'heading-moved'
  | 'marker'
  | 'furniture'
  | 'punctuation'
  | 'space'
  | 'character'
  | 'latin'
  | 'markup'
  | 'layout'
  | 'flag'

export interface Twin {
  blockId: string
  place: Position
  text: string
  /** The page of the twin, when it is on another page (across-page duplicates; rule 'across'). */
  page?: string
}

export interface RecordData {
  id: string
  kind: ChangeKind
  /** Source text that left the output through this change (restore puts it back). */
  removed: SourcePiece[]
  blockId?: string
  twin?: Twin
  score?: number
  containment?: number
  halves?: [string, string]
  between?: string[]
  /** Extra facts for the editor, printed in the report. */
  note?: string
  /** Set when an editor's decision reverted this change. */
  overridden?: 'reverted'
}

export interface RecordInit {
  level: 'info' | 'warning'
  kind: ChangeKind
  message: string
  /** Source range of the text before the change. */
  start: number
  end: number
  actual: string
  expected: string[]
  removed?: SourcePiece[]
  blockId?: string
  twin?: Twin
  score?: number
  containment?: number
  halves?: [string, string]
  between?: string[]
  note?: string
}

export type ScancleanMessage = VFileMessage & { data: RecordData }

export const RECORD_SOURCE = 'scanclean'

/**
 * The stage currently running, set by defineStage so that records are stamped with their rule the
 * way unified-lint-rule stamps lint messages.
 */
let currentRule = 'unknown'
export function setCurrentRule(rule: string): string {
  const previous = currentRule
  currentRule = rule
  return previous
}

/** Runs `fn` with records stamped `rule`, then gives the stamp back to whoever had it. */
export function withRule<T>(rule: string, fn: () => T): T {
  const previous = setCurrentRule(rule)
  try {
    return fn()
  } finally {
    setCurrentRule(previous)
  }
}

/** One line index per file: building it is linear in the page, and pages have many records. */
const locations = new WeakMap<VFile, ReturnType<typeof location>>()

export function placeOf(file: VFile, start: number, end: number): Position {
  let loc = locations.get(file)
  if (!loc) locations.set(file, (loc = location(file)))
  const s = loc.toPoint(start) ?? { line: 1, column: 1, offset: start }
  const e = loc.toPoint(end) ?? loc.toPoint(String(file.value).length) ?? s
  return { start: { ...s, offset: start }, end: { ...e, offset: end } }
}

/** An id that stays the same when the same input is cleaned again. */
export function recordId(rule: string, start: number, end: number, actual: string, extra = ''): string {
  const h = sha256(`${rule}\0${start}\0${end}\0${actual}\0${extra}`)
  return `${idPrefix(rule)}-${h.slice(0, 10)}`
}

/** A rule's name as ids begin with it; a page's hundreds of records have a few rules. */
const idPrefixes = new Map<string, string>()
function idPrefix(rule: string): string {
  let prefix = idPrefixes.get(rule)
  if (prefix === undefined) idPrefixes.set(rule, (prefix = rule.replace(/[^a-z0-9]+/gi, '-')))
  return prefix
}

function idOf(init: Pick<RecordInit, 'start' | 'end' | 'actual' | 'expected'>, rule: string): string {
  return recordId(rule, init.start, init.end, init.actual, init.expected.join('\u0001'))
}

/**
 * Asks whether a change may be made: false when the editor reverted it by its id (a decisions
 * file). A reverted change is recorded as such, so the report says which changes a decision
 * overrode, and the caller leaves the text as it was.
 */
export function proposeChange(
  file: VFile,
  revert: ReadonlySet<string> | undefined,
  init: RecordInit,
  rule = currentRule,
): boolean {
  if (!revert || revert.size === 0) return true
  const id = idOf(init, rule)
  if (!revert.has(id)) return true
  // a stage that asks again (join runs in rounds) is told again, but the veto is recorded once
  if (file.messages.some((m) => (m as ScancleanMessage).data?.id === id)) return false
  const message = record(file, { ...init, removed: [], level: 'info', message: `not applied (reverted by editor decision): ${init.message}` }, rule)
  message.data.overridden = 'reverted'
  return false
}

export function record(file: VFile, init: RecordInit, rule = currentRule): ScancleanMessage {
  const place = placeOf(file, init.start, init.end)
  const id = idOf(init, rule)
  const options: MessageOptions = {
    place,
    ruleId: rule,
    source: RECORD_SOURCE,
  }
  // VFileMessage is an Error: constructing one captures a stack trace, which vfile-message then
  // discards. Pages have hundreds of records, so the capture is switched off while they are made.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: ScancleanMessage
  try {
    if (init.twin) options.cause = new VFileMessage('kept copy here', { place: init.twin.place })
    message = new VFileMessage(init.message, options) as ScancleanMessage
  } finally {
    Error.stackTraceLimit = limit
  }
  message.file = file.path ?? ''
  message.fatal = init.level === 'warning' ? false : undefined
  message.actual = init.actual
  message.expected = init.expected
  message.data = {
    id,
    kind: init.kind,
    removed: init.removed ?? [],
    blockId: init.blockId,
    twin: init.twin,
    score: init.score,
    containment: init.containment,
    halves: init.halves,
    between: init.between,
    note: init.note,
  }
  file.messages.push(message)
  return message
}

/** Source range [start, end) a block currently spans, from its kept characters. */
export function sourceRange(block: Block): [number, number] {
  return [block.position.start.offset ?? 0, block.position.end.offset ?? 0]
}

/** The record of a whole block removed: its source range, its text and every source piece it kept. */
export function blockRemoval(block: Block, kind: ChangeKind, message: string): RecordInit {
  return {
    level: 'info',
    kind,
    message,
    start: block.position.start.offset!,
    end: block.position.end.offset!,
    actual: block.value,
    expected: [],
    removed: keptPieces(block),
    blockId: block.data.id,
  }
}

/** A block of this page as the twin a removal points at. */
export function twinOf(block: Block): Twin {
  return { blockId: block.data.id, place: block.position, text: block.value }
}

/**
 * The record of a block's opening, value[0, length) from source range `span`, removed as a copy of
 * the end of `twin` (a line printed twice at a break, a paragraph's end repeated at the next one's
 * start); `removed` is filled in when it is made.
 */
export function openingRemoval(block: Block, length: number, span: [number, number], twin: Block, message: string, note: string): RecordInit {
  return {
    level: 'info',
    kind: 'duplicate',
    message,
    start: span[0],
    end: span[1],
    actual: block.value.slice(0, length),
    expected: [],
    blockId: block.data.id,
    twin: twinOf(twin),
    score: 1,
    containment: 1,
    note,
  }
}

/** Records of `kind` with `note` made since the file held `from` messages. */
export function recordsSince(file: VFile, from: number, kind: ChangeKind, note: string): number {
  let n = 0
  for (let i = from; i < file.messages.length; i++) {
    const data = (file.messages[i] as ScancleanMessage).data
    if (data?.kind === kind && data.note === note) n++
  }
  return n
}

/** The record of a block removed as a copy of `twin` (within the page or across pages). */
export function duplicateRemoval(
  block: Block,
  twin: Twin,
  facts: { message: string; note: string; score: number; containment: number },
): RecordInit {
  return { ...blockRemoval(block, 'duplicate', facts.message), twin, score: facts.score, containment: facts.containment, note: facts.note }
}
