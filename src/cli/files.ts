/** File-system side of the CLI: listing pages and writing outputs atomically. */
import { promises as fs } from 'node:fs'
import path from 'node:path'

export interface PageFile {
  path: string
  /** Output name: the file name without .txt. */
  name: string
}

export interface Skipped {
  path: string
  reason: string
}

/** Expands files and folders into the .txt pages to clean, sorted, each folder walked once. */
export async function listPages(inputs: string[]): Promise<{ pages: PageFile[]; skipped: Skipped[] }> {
  const pages: PageFile[] = []
  const skipped: Skipped[] = []
  const seen = new Set<string>()
  async function visit(p: string, fromFolder: boolean): Promise<void> {
    let stat
    try {
      stat = await fs.stat(p)
    } catch (error) {
      skipped.push({ path: p, reason: describeFsError(error) })
      return
    }
    let real: string
    try {
      real = await fs.realpath(p)
    } catch (error) {
      skipped.push({ path: p, reason: describeFsError(error) })
      return
    }
    if (seen.has(real)) {
      if (stat.isDirectory()) skipped.push({ path: p, reason: 'folder already visited (symbolic link loop)' })
      return
    }
    seen.add(real)
    if (stat.isDirectory()) {
      const entries = (await fs.readdir(p)).sort()
      for (const entry of entries) {
        if (entry.startsWith('.')) continue
        await visit(path.join(p, entry), true)
      }
      return
    }
    if (!stat.isFile()) {
      skipped.push({ path: p, reason: 'not a regular file' })
      return
    }
    if (!p.toLowerCase().endsWith('.txt')) {
      skipped.push({ path: p, reason: fromFolder ? 'not a .txt page' : 'not a .txt page (pages are .txt files)' })
      return
    }
    pages.push({ path: p, name: path.basename(p).replace(/\.txt$/i, '') })
  }
  for (const input of inputs) await visit(input, false)
  return { pages, skipped }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ELOOP':
      return 'symbolic link loop'
    case 'EISDIR':
      return 'is a folder'
    default:
      return (error as Error)?.message ?? String(error)
  }
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a reader sees
 * the old file or the new one, never a cut one.
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file)
  await fs.mkdir(dir, { recursive: true })
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`)
  try {
    await fs.writeFile(temp, data)
    await fs.rename(temp, file)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
}
