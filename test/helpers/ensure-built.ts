/**
 * Tests that run the compiled CLI (bin/scanclean.js -> dist/) rebuild dist first when any source
 * is newer, so that a test run on its own (without `npm test`'s tsc) checks the current code.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Newest modification time under a folder (files only). */
function newest(dir: string): number {
  let t = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

export function ensureBuilt(): void {
  let built = 0
  try {
    built = statSync(path.join(ROOT, 'dist', 'cli.js')).mtimeMs
  } catch {
    built = 0
  }
  if (built < newest(path.join(ROOT, 'src'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'pipe' })
}
