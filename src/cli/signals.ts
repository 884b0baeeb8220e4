/**
 * Interrupts (Ctrl-C, `kill`, a closed terminal) during a batch. Outputs are written through
 * temporary files (see writeAtomic in files.ts), which register here while they exist. On SIGINT,
 * SIGTERM or SIGHUP the handler removes every registered temporary file, says so in one line and
 * exits with 128 + the signal number (130, 143, 129), as a shell does for a killed command.
 *
 * Because JavaScript signal handlers run between event-loop turns, never in the middle of
 * synchronous code, and writeAtomic does its write and rename synchronously, an interrupt leaves
 * every output either as it was before the run or complete from this run; never a cut file.
 */
import { rmSync } from 'node:fs'

const temps = new Set<string>()

/** Records a temporary file that must not outlive an interrupt. */
export function trackTemp(file: string): void {
  temps.add(file)
}

export function untrackTemp(file: string): void {
  temps.delete(file)
}

/** Temporary files currently registered (for tests). */
export function pendingTemps(): string[] {
  return [...temps]
}

/** Removes every registered temporary file; never throws. */
export function removeTemps(): number {
  let removed = 0
  for (const file of temps) {
    try {
      rmSync(file, { force: true })
      removed++
    } catch {
      // best effort: the exit must not fail on a file we cannot remove
    }
  }
  temps.clear()
  return removed
}

const EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const
type HandledSignal = keyof typeof EXIT_CODES

let installed = false

/**
 * Installs the interrupt handler (once per process). `describe` may add a word on progress to the
 * one-line message, e.g. "12 page(s) written".
 */
export function installSignalHandlers(describe?: () => string): void {
  if (installed) return
  installed = true
  for (const signal of Object.keys(EXIT_CODES) as HandledSignal[]) {
    process.on(signal, () => onSignal(signal, describe))
  }
}

function onSignal(signal: HandledSignal, describe?: () => string): void {
  removeTemps()
  let progress = ''
  try {
    progress = describe ? describe() : ''
  } catch {
    progress = ''
  }
  process.stderr.write(
    `scanclean: interrupted (${signal})${progress ? `: ${progress}` : ''}; stopped: every output written is complete, no partial file left\n`,
  )
  process.exit(EXIT_CODES[signal])
}
