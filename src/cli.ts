#!/usr/bin/env node
/**
 * The scanclean command. It only wires: arguments to options, files to the kernel, results to
 * files. Exit codes: 0 every page cleaned, 1 some page failed (the others were still cleaned),
 * 2 usage error. The cleaning library is loaded only by the commands that clean here (stdin,
 * restore, review): a batch cleans in its worker threads, which start sooner without it.
 */
import { promises as fs } from 'node:fs'
import { Command, CommanderError } from 'commander'
import { resolveOptions, type CleanOptions } from './kernel/options.js'
import { writeAtomic, describeFsError } from './cli/files.js'
import { describeError, runBatch } from './cli/batch.js'
import { decisionsByPage, DecisionsError, loadDecisions, type Decision } from './cli/decisions.js'
import type { Report } from './report/schema.js'
import { formatReport } from './report/format.js'
import { VERSION } from './version.js'
import { DecodeError, limits } from './decode.js'
import { installSignalHandlers } from './cli/signals.js'

const EXIT_OK = 0
const EXIT_FAILED = 1
const EXIT_USAGE = 2

class UsageError extends Error {}

async function loadOptions(configPath?: string): Promise<CleanOptions> {
  if (!configPath) return resolveOptions()
  let raw: string
  try {
    raw = await fs.readFile(configPath, 'utf8')
  } catch (error) {
    throw new UsageError(`${configPath}: cannot read config: ${describeFsError(error)}`)
  }
  try {
    return resolveOptions(JSON.parse(raw))
  } catch (error) {
    throw new UsageError(`${configPath}: config is not valid JSON: ${(error as Error).message}`)
  }
}

/** Reads the page from stdin, but stops, with the size message, once it is past --max-bytes. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer)
    size += (chunk as Buffer).length
    if (size > limits.maxBytes) {
      process.stdin.destroy()
      throw new DecodeError('too-large', `input is larger than the ${limits.maxBytes.toLocaleString('en-US')}-byte limit (set --max-bytes)`)
    }
  }
  return Buffer.concat(chunks)
}

/** A positive whole number; for sizes also with a K, M or G suffix (x1024). See docs/limits.md. */
function parseLimit(value: string, option: string, size: boolean): number {
  const m = /^\s*(\d+)\s*([kmg]?)(?:i?b)?\s*$/i.exec(value)
  const unit = m ? m[2].toLowerCase() : ''
  if (!m || (unit && !size) || (!size && /b$/i.test(value.trim()))) {
    throw new UsageError(`${option} ${value}: expected a whole number${size ? ' of bytes (suffix K, M or G allowed)' : ' of characters'}`)
  }
  const n = Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1)
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`${option} ${value}: must be at least 1`)
  return n
}

async function cleanCommand(
  paths: string[],
  opts: {
    out?: string
    config?: string
    report?: string
    quiet?: boolean
    decisions?: string
    review?: boolean
    maxBytes?: string
    maxLineChars?: string
    workers?: string
    across?: boolean
    index?: string
  },
): Promise<number> {
  installSignalHandlers()
  if (opts.maxBytes !== undefined) limits.maxBytes = parseLimit(opts.maxBytes, '--max-bytes', true)
  if (opts.maxLineChars !== undefined) limits.maxLineChars = parseLimit(opts.maxLineChars, '--max-line-chars', false)
  const options = await loadOptions(opts.config)
  if (paths.length === 1 && paths[0] === '-') {
    if (opts.decisions) throw new UsageError('--decisions applies to a batch of files, not to stdin')
    if (opts.review) throw new UsageError('--review applies to a batch of files, not to stdin')
    try {
      const bytes = await readStdin()
      const { cleanPage } = await import('./index.js')
      const result = cleanPage(bytes, 'stdin', options)
      process.stdout.write(result.markdown)
      if (opts.report) await writeAtomic(opts.report, formatReport(result.report))
      return EXIT_OK
    } catch (error) {
      process.stderr.write(`scanclean: stdin: ${describeError(error)}\n`)
      return EXIT_FAILED
    }
  }
  if (opts.report) throw new UsageError('--report is for a page read from stdin (`scanclean - --report FILE`)')
  let decisions: Map<string, Decision[]> | undefined
  if (opts.decisions) {
    try {
      decisions = decisionsByPage(await loadDecisions(opts.decisions))
    } catch (error) {
      throw new UsageError(error instanceof DecisionsError ? error.message : `${opts.decisions}: ${describeFsError(error)}`)
    }
  }
  const out = opts.out ?? 'output'
  const log = (line: string) => process.stderr.write(line + '\n')
  const workers = opts.workers === undefined ? undefined : parseLimit(opts.workers, '--workers', false)
  const result = await runBatch(
    { inputs: paths.length > 0 ? paths : ['input'], out, options, decisions, quiet: opts.quiet, workers, across: opts.across, index: opts.index },
    log,
  )
  if (!opts.quiet) {
    log(`scanclean: ${result.cleaned} page(s) cleaned into ${out}/${result.failed ? `, ${result.failed} failed` : ''}`)
  }
  if (opts.review && !(await (await import('./cli/review.js')).reviewAfterClean(out, result.failed, log, opts.quiet))) return EXIT_FAILED
  return result.failed > 0 ? EXIT_FAILED : EXIT_OK
}

async function restoreCommand(markdownPath: string): Promise<number> {
  const reportPath = markdownPath.replace(/\.md$/i, '') + '.report.json'
  let markdown: string
  let report: Report
  try {
    markdown = await fs.readFile(markdownPath, 'utf8')
  } catch (error) {
    process.stderr.write(`scanclean: ${markdownPath}: ${describeFsError(error)}\n`)
    return EXIT_FAILED
  }
  try {
    report = JSON.parse(await fs.readFile(reportPath, 'utf8')) as Report
  } catch (error) {
    process.stderr.write(`scanclean: ${reportPath}: cannot read the report beside the Markdown: ${describeError(error)}\n`)
    return EXIT_FAILED
  }
  try {
    const { restorePage } = await import('./index.js')
    process.stdout.write(restorePage(report, markdown))
    return EXIT_OK
  } catch (error) {
    process.stderr.write(`scanclean: ${markdownPath}: ${describeError(error)}\n`)
    return EXIT_FAILED
  }
}

export async function main(argv: string[]): Promise<number> {
  let code = EXIT_OK
  const program = new Command()
  program
    .name('scanclean')
    .description('Clean text dumps of scanned Chinese newspaper pages into Markdown with a change report.')
    .version(VERSION, '-V, --version')
    .argument('[paths...]', '.txt pages or folders of them (default: input/); "-" reads one page from stdin')
    .option('-o, --out <dir>', 'output folder (default: output/)')
    .option('-c, --config <file>', 'JSON file of thresholds and switches (see README)')
    .option('--report <file>', 'with "-": write the JSON report of the stdin page here')
    .option('-q, --quiet', 'print only errors')
    .option('-d, --decisions <file>', "re-clean honouring an editor's decisions file (exported by the review page)")
    .option('--review', 'after a successful batch, write OUT/review.html to check the changes in a browser')
    .option('--workers <n>', 'worker threads cleaning pages (default: one per core); the output is the same for any number')
    .option('--across', 'also remove paragraphs printed on an earlier page of the batch (reprints, double scans), each recorded')
    .option('--index <file>', 'across-page index of earlier batches: checked against, then updated (created when missing); implies --across')
    .option('--max-bytes <n>', 'refuse pages larger than n bytes; K, M, G suffixes (default: 20M; see docs/limits.md)')
    .option('--max-line-chars <n>', 'refuse pages with a line longer than n characters (default: 1000000)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (paths: string[], opts) => {
      code = await cleanCommand(paths, opts)
    })
  program
    .command('restore')
    .description('write the original page of a cleaned Markdown file to stdout, byte for byte')
    .argument('<markdown>', 'a NAME.md written by scanclean (its NAME.report.json must be beside it)')
    .action(async (markdown: string) => {
      code = await restoreCommand(markdown)
    })
  program
    .command('review')
    .description('write DIR/review.html: a page to check the changes of a cleaned batch and export decisions')
    .argument('<dir>', 'an output folder of scanclean (its NAME.report.json files)')
    .option('-q, --quiet', 'print only errors')
    .action(async (dir: string, opts: { quiet?: boolean }) => {
      code = await (await import('./cli/review.js')).reviewCommand(dir, opts)
    })
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK
      return EXIT_USAGE
    }
    if (error instanceof UsageError) {
      process.stderr.write(`scanclean: ${error.message}\n`)
      return EXIT_USAGE
    }
    throw error
  }
  return code
}
