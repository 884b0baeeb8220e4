/**
 * The batch's progress bar: pages done of the total, pages/s, MB/s and the time left, on stderr,
 * only when stderr is a terminal and --quiet was not given. Otherwise nothing is drawn and the CLI
 * prints its one-line summary at the end. Lines logged while the bar is shown (a skipped page) are
 * printed above it.
 */
import cliProgress from 'cli-progress'

export interface Progress {
  /** A page is done (cleaned or failed); `bytes` is its size. */
  tick(bytes: number): void
  /** Prints a line (above the bar when it is shown). */
  log(line: string): void
  stop(): void
}

export interface ProgressOptions {
  total: number
  /** Draw the bar (default: stderr is a TTY). */
  enabled: boolean
  stream?: NodeJS.WriteStream
  log: (line: string) => void
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '--'
  if (s < 60) return `${Math.round(s)}s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s`
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`
}

export function createProgress(options: ProgressOptions): Progress {
  if (!options.enabled || options.total === 0) {
    return { tick() {}, log: options.log, stop() {} }
  }
  const stream = options.stream ?? process.stderr
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'scanclean {bar} {value}/{total} pages | {rate} pages/s | {mbs} MB/s | {elapsed} elapsed | ETA {left}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      linewrap: false,
      fps: 8,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  )
  const started = Date.now()
  let done = 0
  let bytes = 0
  const payload = () => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000)
    const rate = done / seconds
    return {
      rate: rate.toFixed(rate < 10 ? 1 : 0),
      mbs: (bytes / 1e6 / seconds).toFixed(2),
      elapsed: formatSeconds(seconds),
      left: done === 0 ? '--' : formatSeconds((options.total - done) / rate),
    }
  }
  bar.start(options.total, 0, payload())
  // redraw every second even when no page finishes (elapsed time, rate)
  const timer = setInterval(() => bar.update(done, payload()), 1000)
  timer.unref()
  return {
    tick(size: number) {
      done++
      bytes += size
      bar.update(done, payload())
    },
    log(line: string) {
      stream.write('\r\x1b[2K' + line + '\n')
      ;(bar as unknown as { lastDrawnString: string | null }).lastDrawnString = null
      bar.update(done, payload())
    },
    stop() {
      clearInterval(timer)
      bar.stop()
    },
  }
}
