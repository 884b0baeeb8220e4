/**
 * A batch worker thread: cleans the pages the main thread sends it and sends back their outputs
 * (the main thread writes them, through the temporary files that an interrupt cleans up).
 *
 * Without --across a page is cleaned at once ('clean' → 'done'). With --across it is cleaned up to
 * the across-page check and its comparable paragraphs and their LSH keys go to the main thread
 * ('clean' → 'cleaned'); the started page stays here until the main thread, walking the pages in
 * sorted order, has checked it against the index and says what to drop ('finish' → 'done'), so
 * that the pipeline itself records each removal.
 */
import { isMainThread, parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads'
import { cleanPage, startPage, type CleanOptions, type PageResult, type StartedPage } from '../index.js'
import { limits } from '../decode.js'
import { readPage } from './files.js'
import { describeError } from './batch.js'
import { withCopyOf } from '../across/copy.js'
import { renderReportMarkdown } from '../report/markdown.js'
import { formatReport } from '../report/format.js'
import type { AcrossTwin, CopyOf, PageSignature } from '../across/types.js'

export interface WorkerInit {
  options: CleanOptions
  limits: { maxBytes: number; maxLineChars: number }
  across: boolean
}

export interface CleanTask {
  type: 'clean'
  seq: number
  path: string
  /** Page name in reports and decisions (the file name). */
  fileName: string
  revert: string[]
  decided: string[]
}

export interface FinishTask {
  type: 'finish'
  seq: number
  /** Blocks printed on an earlier page; none: the page is finished as it is. */
  drop?: Record<string, AcrossTwin>
  copyOf?: CopyOf
}

export type ToWorker = CleanTask | FinishTask

/** A cleaned page, ready to write. */
export interface PageOutput {
  markdown: string
  reportJson: string
  reportMarkdown: string
  unmatched: string[]
}

export type FromWorker =
  | { type: 'cleaned'; seq: number; bytes: number; signature: PageSignature }
  | { type: 'done'; seq: number; ok: true; bytes: number; output: PageOutput }
  | { type: 'done'; seq: number; ok: false; error: string }

// strings are cloned to the main thread faster than UTF-8 buffers are made and transferred
function outputOf(result: PageResult): PageOutput {
  return {
    markdown: result.markdown,
    reportJson: formatReport(result.report),
    reportMarkdown: result.reportMarkdown,
    unmatched: result.report.unmatchedDecisions ?? [],
  }
}

export function startWorker(): void {
  const port = parentPort!
  const init = workerData as WorkerInit
  Object.assign(limits, init.limits)
  const held = new Map<number, { page: StartedPage; bytes: number }>()
  const send = (message: FromWorker) => port.postMessage(message)

  const optionsOf = (task: CleanTask): CleanOptions => ({ ...init.options, revert: new Set(task.revert) })

  function onClean(task: CleanTask): void {
    // bounded read: a file that grew past the limit after it was listed is refused, not read whole
    const bytes = readPage(task.path)
    if (!init.across) {
      const result = cleanPage(bytes, task.fileName, optionsOf(task), task.decided)
      send({ type: 'done', seq: task.seq, ok: true, bytes: bytes.length, output: outputOf(result) })
      return
    }
    const page = startPage(bytes, task.fileName, optionsOf(task), task.decided)
    held.set(task.seq, { page, bytes: bytes.length })
    send({ type: 'cleaned', seq: task.seq, bytes: bytes.length, signature: page.signature })
  }

  function onFinish(task: FinishTask): void {
    const waiting = held.get(task.seq)
    if (!waiting) throw new Error(`page ${task.seq} is not waiting in this worker`)
    held.delete(task.seq)
    let result = waiting.page.finish(task.drop)
    if (task.copyOf) {
      const report = withCopyOf(result.report, task.copyOf)
      result = { ...result, report, reportMarkdown: renderReportMarkdown(report) }
    }
    send({ type: 'done', seq: task.seq, ok: true, bytes: waiting.bytes, output: outputOf(result) })
  }

  // one page at a time; a page to finish goes before the pages to clean, since the batch is
  // waiting for it to move on (pages are written in order). Cleaning is synchronous, so the messages
  // that arrived meanwhile are taken from the port before each page, to put them in that order.
  const finishing: FinishTask[] = []
  const cleaning: CleanTask[] = []
  const take = (task: ToWorker) => (task.type === 'finish' ? finishing.push(task) : cleaning.push(task))
  const next = (): ToWorker | undefined => {
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) take(m.message as ToWorker)
    return finishing.shift() ?? cleaning.shift()
  }
  port.on('message', (message: ToWorker) => {
    take(message)
    for (let task = next(); task; task = next()) {
      try {
        if (task.type === 'clean') onClean(task)
        else onFinish(task)
      } catch (error) {
        held.delete(task.seq)
        send({ type: 'done', seq: task.seq, ok: false, error: describeError(error) })
      }
    }
  })
}

if (!isMainThread && parentPort) startWorker()
