/**
 * The batch: every page of the inputs cleaned into the output folder, on every core. A page that
 * fails is named with its reason on stderr and the others are still cleaned.
 *
 * Pages are listed and sorted first (listPages), then streamed through a pool of worker threads
 * (worker.ts): at most WINDOW pages per worker are in flight — sent and not yet written — so memory
 * is bounded by a few pages per worker, not by the batch. The main thread takes the results in
 * sorted order (a page done early waits for the ones before it) and writes each page's three files
 * as one (writeAtomicGroup: an interrupt leaves them all old or all new), so what is written and
 * logged, and with --across what is kept, is the same whatever the number of workers.
 *
 * --across: a worker cleans a page up to the across-page check and sends the LSH keys of its
 * comparable paragraphs. The main thread takes the pages in sorted order, checks each against the
 * index of all earlier pages (src/across/: pages of a saved index come first) and adds the page's
 * kept paragraphs; the worker then finishes the page with the blocks to drop, so that the pipeline
 * records each removal (rule 'across'), and it is written. Each page is cleaned once.
 */
import { availableParallelism } from 'node:os'
import v8 from 'node:v8'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { CleanOptions } from '../kernel/options.js'
import { DecodeError, limits } from '../decode.js'
import { RestoreError } from '../report/restore.js'
import type { Decision } from './decisions.js'
import { describeFsError, listPages, writeAtomicGroup, type PageFile } from './files.js'
import { trackTemp, untrackTemp } from './signals.js'
import { createProgress } from './progress.js'
import type { CleanTask, FromWorker, PageOutput, ToWorker, WorkerInit } from './worker.js'
import { AcrossIndex, checkPage } from '../across/index.js'
import { IndexFileError, loadIndex, saveIndex } from '../across/file.js'
import { acrossRecordId } from '../stages/across.js'
import type { CopyOf } from '../across/types.js'

export interface BatchOptions {
  inputs: string[]
  out: string
  options: CleanOptions
  decisions?: Map<string, Decision[]>
  quiet?: boolean
  /** Worker threads (default: the number of cores). */
  workers?: number
  /** Find paragraphs repeated on other pages of the batch (and of the index). */
  across?: boolean
  /** Across index file: loaded when present, saved updated at the end. Implies across. */
  index?: string
  /** Draw the progress bar (default: stderr is a terminal and not quiet). */
  progress?: boolean
}

export interface AcrossSummary {
  /** Paragraphs (and headings) removed as copies of earlier pages. */
  removed: number
  /** Pages that had such copies. */
  pages: number
  /** Pages wholly a copy of an earlier page. */
  wholeCopies: number
  /** Pages and paragraphs in the index at the end. */
  indexPages: number
  indexParagraphs: number
}

export interface BatchResult {
  cleaned: number
  failed: number
  /** Page names written, in order. */
  pages: string[]
  across?: AcrossSummary
}

export function describeError(error: unknown): string {
  if (error instanceof DecodeError || error instanceof RestoreError) return error.message
  return describeFsError(error)
}

const WRITTEN: PageOutput = { markdown: '', reportJson: '', reportMarkdown: '', unmatched: [] }

/** Pages in flight per worker (sent and not yet written). */
const WINDOW = 8

/**
 * V8's interrupt budget: how much a function runs before it is compiled with TurboFan. Each worker
 * is an isolate of its own and compiles the whole pipeline again; with the default budget (67,584 in
 * Node 20) lukewarm functions are compiled early and compiled again after each rare branch they had
 * not yet seen, and on a batch of 1,000 pages the compiler used about half the CPU time (282
 * compilations taking 2.3 s a worker). A larger budget compiles fewer functions, with more feedback:
 * the same batch took a fifth less time (bench: README). It only tunes when code is optimized, never
 * what it computes, and is set before the workers start.
 */
const INTERRUPT_BUDGET = 1_000_000

function workerUrl(): URL {
  // run from src/ (tests through vitest): the worker is the compiled one
  if (import.meta.url.endsWith('.ts')) return new URL('../../dist/cli/worker.js', import.meta.url)
  return new URL('./worker.js', import.meta.url)
}

interface Slot {
  worker: Worker
  /** Pages sent to it and not yet done. */
  load: number
  pages: Set<number>
  retired: boolean
}

interface PageState {
  page: PageFile
  fileName: string
  task?: CleanTask
  slot?: Slot
  /** Set when the page failed before reaching a worker. */
  early?: string
  cleaned?: Extract<FromWorker, { type: 'cleaned' }>
  done?: Extract<FromWorker, { type: 'done' }>
  copyOf?: CopyOf
  dropped?: number
}

export async function runBatch(batch: BatchOptions, log: (line: string) => void): Promise<BatchResult> {
  // the output folder may sit inside an input folder: its files are never read as pages
  const { pages, skipped } = await listPages(batch.inputs, { exclude: [batch.out] })
  let failed = skipped.length
  for (const s of skipped) log(`scanclean: ${s.path}: skipped: ${s.reason}`)
  const across = batch.across === true || batch.index !== undefined

  let index: AcrossIndex | undefined
  if (across) {
    try {
      index = batch.index ? await loadIndex(batch.index, new Set(pages.map((p) => path.basename(p.path)))) : new AcrossIndex()
    } catch (error) {
      log(`scanclean: ${error instanceof IndexFileError ? error.message : `${batch.index}: ${describeFsError(error)}`}; nothing cleaned`)
      return { cleaned: 0, failed: failed + pages.length, pages: [] }
    }
  }

  // two inputs with one output name would write over each other: the later one is refused
  const states: PageState[] = []
  const byName = new Map<string, string>()
  for (const page of pages) {
    const state: PageState = { page, fileName: path.basename(page.path) }
    const earlier = byName.get(page.name)
    if (earlier !== undefined) state.early = `same output name as ${earlier} (${path.join(batch.out, page.name)}.md)`
    else byName.set(page.name, page.path)
    states.push(state)
  }

  const progress = createProgress({
    total: pages.length,
    enabled: batch.progress ?? (!batch.quiet && process.stderr.isTTY === true),
    log,
  })
  const written: string[] = []
  const usedDecisionPages = new Set<string>()
  const summary: AcrossSummary = { removed: 0, pages: 0, wholeCopies: 0, indexPages: 0, indexParagraphs: 0 }

  const count = Math.max(1, Math.min(batch.workers ?? availableParallelism(), states.filter((s) => !s.early).length || 1))
  const init: WorkerInit = { options: { ...batch.options, revert: undefined }, limits: { ...limits }, across }
  const slots: Slot[] = []

  let nextSend = 0
  let nextCheck = 0
  let nextDone = 0
  let draining = false
  let finish: () => void = () => {}
  let stop: (error: unknown) => void = () => {}
  const finished = new Promise<void>((resolve, reject) => {
    finish = resolve
    stop = reject
  })

  function spawn(): Slot {
    const worker = new Worker(workerUrl(), { workerData: init })
    const slot: Slot = { worker, load: 0, pages: new Set(), retired: false }
    worker.on('message', (message: FromWorker) => onMessage(slot, message))
    const lost = (why: string) => {
      if (slot.retired) return
      slot.retired = true
      const index = slots.indexOf(slot)
      if (index >= 0) slots.splice(index, 1, spawn())
      for (const seq of [...slot.pages].sort((a, b) => a - b)) {
        onMessage(slot, { type: 'done', seq, ok: false, error: `worker stopped: ${why}` })
      }
    }
    worker.on('error', (error) => lost(error.message))
    worker.on('exit', (code) => lost(`exit code ${code}`))
    return slot
  }

  function post(slot: Slot, message: ToWorker): void {
    slot.worker.postMessage(message)
  }

  function send(seq: number): void {
    const state = states[seq]
    if (state.early) {
      state.done = { type: 'done', seq, ok: false, error: state.early }
      return
    }
    const decisions = batch.decisions?.get(state.fileName) ?? []
    if (decisions.length > 0) usedDecisionPages.add(state.fileName)
    state.task = {
      type: 'clean',
      seq,
      path: state.page.path,
      fileName: state.fileName,
      revert: decisions.filter((d) => d.verdict === 'revert').map((d) => d.id),
      decided: decisions.map((d) => d.id),
    }
    let slot = slots[0]
    for (const s of slots) if (s.load < slot.load) slot = s
    slot.load++
    slot.pages.add(seq)
    state.slot = slot
    post(slot, state.task)
  }

  function pump(): void {
    while (nextSend < states.length && nextSend - nextDone < WINDOW * count) send(nextSend++)
    if (across) check()
    if (!draining) drain().catch(stop)
  }

  /** With --across: checks the pages cleaned so far against the index, in sorted order. */
  function check(): void {
    while (nextCheck < nextSend) {
      const state = states[nextCheck]
      if (state.done && !state.done.ok) {
        nextCheck++
        continue
      }
      if (!state.cleaned) return
      const revert = new Set(state.task!.revert)
      const decision = checkPage(index!, state.fileName, state.cleaned.signature, (p) => revert.has(acrossRecordId(p)))
      state.cleaned = undefined // the signature is in the index now
      state.copyOf = decision.copyOf
      state.dropped = decision.dropped
      // (nothing to drop: the page is finished as it is)
      post(state.slot!, { type: 'finish', seq: nextCheck, drop: decision.drop, ...(decision.copyOf ? { copyOf: decision.copyOf } : {}) })
      nextCheck++
    }
  }

  /** Takes the pages that are done, in sorted order: logs, counts, moves the window. */
  async function drain(): Promise<void> {
    draining = true
    while (nextDone < states.length && states[nextDone].done) {
      const state = states[nextDone]
      const done = await write(state, state.done!)
      // what is left of a written page: that it is done
      state.done = done.ok ? { ...done, output: WRITTEN } : done
      if (done.ok) {
        const unmatched = done.output.unmatched
        if (unmatched.length > 0) {
          progress.log(`scanclean: ${state.page.path}: ${unmatched.length} decision(s) match no change: ${unmatched.join(', ')}`)
        }
        written.push(state.page.name)
        if (state.dropped) {
          summary.removed += state.dropped
          summary.pages++
        }
        if (state.copyOf) summary.wholeCopies++
      } else {
        failed++
        progress.log(`scanclean: ${state.page.path}: skipped: ${done.error}`)
      }
      progress.tick(done.ok ? done.bytes : 0)
      nextDone++
      pump()
    }
    draining = false
    if (nextDone === states.length) finish()
  }

  function onMessage(slot: Slot, message: FromWorker): void {
    const state = states[message.seq]
    if (!state || state.done || !slot.pages.has(message.seq)) return
    if (message.type === 'cleaned') state.cleaned = message
    else complete(state, message)
    pump()
  }

  function complete(state: PageState, message: Extract<FromWorker, { type: 'done' }>): void {
    state.done = message
    state.slot?.pages.delete(message.seq)
    if (state.slot) state.slot.load--
  }

  /** Writes a page's three outputs as one (all old or all new after an interrupt). */
  async function write(state: PageState, done: Extract<FromWorker, { type: 'done' }>): Promise<Extract<FromWorker, { type: 'done' }>> {
    if (!done.ok) return done
    const base = path.join(batch.out, state.page.name)
    try {
      await writeAtomicGroup([
        { file: `${base}.md`, data: done.output.markdown },
        { file: `${base}.report.json`, data: done.output.reportJson },
        { file: `${base}.report.md`, data: done.output.reportMarkdown },
      ])
      return done
    } catch (error) {
      return { type: 'done', seq: done.seq, ok: false, error: describeError(error) }
    }
  }

  try {
    if (states.length > 0) {
      v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`)
      for (let i = 0; i < count; i++) slots.push(spawn())
      pump()
      await finished
    }
  } finally {
    progress.stop()
    await Promise.all(
      slots.map((slot) => {
        slot.retired = true
        return slot.worker.terminate()
      }),
    )
  }

  for (const [name, list] of batch.decisions ?? []) {
    if (!usedDecisionPages.has(name)) log(`scanclean: decisions for ${name} (${list.length}) match no page of this batch`)
  }
  let result: BatchResult = { cleaned: written.length, failed, pages: written }
  if (index) {
    summary.indexPages = index.pages.length
    summary.indexParagraphs = index.size
    result = { ...result, across: summary }
    if (batch.index) {
      try {
        await saveIndex(index, batch.index, { track: trackTemp, untrack: untrackTemp })
      } catch (error) {
        log(`scanclean: ${batch.index}: cannot save the across index: ${describeFsError(error)}`)
        result.failed++
      }
    }
    if (!batch.quiet) {
      log(
        `scanclean: across pages: ${summary.removed} paragraph(s) printed on an earlier page removed from ${summary.pages} page(s)` +
          (summary.wholeCopies ? `, ${summary.wholeCopies} page(s) wholly a copy` : '') +
          (batch.index ? `; index ${batch.index}: ${summary.indexPages} page(s), ${summary.indexParagraphs} paragraph(s)` : ''),
      )
    }
  }
  return result
}
