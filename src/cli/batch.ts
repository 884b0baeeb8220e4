/**
 * The batch: every page of the inputs cleaned into the output folder. A page that fails is named
 * with its reason on stderr and the others are still cleaned.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { cleanPage, DecodeError, RestoreError, type CleanOptions } from '../index.js'
import type { Decision } from './decisions.js'
import { describeFsError, listPages, writeAtomic } from './files.js'

export interface BatchOptions {
  inputs: string[]
  out: string
  options: CleanOptions
  decisions?: Map<string, Decision[]>
  quiet?: boolean
}

export interface BatchResult {
  cleaned: number
  failed: number
  /** Page names written, in order. */
  pages: string[]
}

export function describeError(error: unknown): string {
  if (error instanceof DecodeError || error instanceof RestoreError) return error.message
  return describeFsError(error)
}

export async function runBatch(batch: BatchOptions, log: (line: string) => void): Promise<BatchResult> {
  const { pages, skipped } = await listPages(batch.inputs)
  let failed = skipped.length
  for (const s of skipped) log(`scanclean: ${s.path}: skipped: ${s.reason}`)
  const written: string[] = []
  const usedDecisionPages = new Set<string>()
  for (const page of pages) {
    const fileName = path.basename(page.path)
    const decisions = batch.decisions?.get(fileName) ?? []
    if (decisions.length > 0) usedDecisionPages.add(fileName)
    const revert = new Set(decisions.filter((d) => d.verdict === 'revert').map((d) => d.id))
    try {
      const bytes = await fs.readFile(page.path)
      const result = cleanPage(bytes, fileName, { ...batch.options, revert }, decisions.map((d) => d.id))
      const unmatched = result.report.unmatchedDecisions ?? []
      if (unmatched.length > 0) {
        log(`scanclean: ${page.path}: ${unmatched.length} decision(s) match no change: ${unmatched.join(', ')}`)
      }
      await writeAtomic(path.join(batch.out, `${page.name}.md`), result.markdown)
      await writeAtomic(path.join(batch.out, `${page.name}.report.json`), JSON.stringify(result.report, null, 1) + '\n')
      await writeAtomic(path.join(batch.out, `${page.name}.report.md`), result.reportMarkdown)
      written.push(page.name)
    } catch (error) {
      failed++
      log(`scanclean: ${page.path}: skipped: ${describeError(error)}`)
    }
  }
  for (const [name, list] of batch.decisions ?? []) {
    if (!usedDecisionPages.has(name)) log(`scanclean: decisions for ${name} (${list.length}) match no page of this batch`)
  }
  return { cleaned: written.length, failed, pages: written }
}
