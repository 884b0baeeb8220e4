/**
 * File-system side of the CLI: listing pages, reading one page with a size bound, and writing
 * outputs atomically. Nothing here ever writes to, moves or truncates an input.
 */
import { closeSync, constants, fstatSync, promises as fs, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs'
import path from 'node:path'
import { checkPageSize, DecodeError, limits } from '../decode.js'
import { sha256 } from '../kernel/hash.js'
import { trackTemp, untrackTemp } from './signals.js'

export interface PageFile {
  path: string
  /** Output name: the file name without .txt. */
  name: string
  /** Size in bytes when listed. */
  bytes?: number
}

export interface Skipped {
  path: string
  reason: string
}

export interface ListOptions {
  /**
   * Folders not walked into when met inside an input folder (the output folder, so that the outputs
   * of an earlier run are not reported as non-.txt files). A folder given as an input is walked.
   */
  exclude?: string[]
}

/** Folders nested deeper than this below an input are not walked (a guard; loops are caught before). */
const MAX_DEPTH = 64

/**
 * Expands files and folders into the .txt pages to clean, sorted, each folder walked once. Every
 * path that is not cleaned, and is not a hidden entry or an excluded folder, comes back in
 * `skipped` with a one-line reason; listing never throws for a bad path. The size limit
 * (limits.maxBytes) is checked here from stat, so an oversized page is refused before it is read.
 *
 * Symbolic links are followed to files and to folders, except a link to a folder that contains it
 * (directly or higher up), which would make the walk endless: that one is named as a loop.
 */
export async function listPages(inputs: string[], options: ListOptions = {}): Promise<{ pages: PageFile[]; skipped: Skipped[] }> {
  const pages: PageFile[] = []
  const skipped: Skipped[] = []
  const seenFolders = new Set<string>()
  const seenFiles = new Set<string>()
  const byName = new Map<string, string>()
  const excluded = new Set<string>()
  for (const folder of options.exclude ?? []) {
    try {
      excluded.add(await fs.realpath(folder))
    } catch {
      // an output folder that does not exist yet holds nothing to walk into
    }
  }
  const skip = (p: string, reason: string) => skipped.push({ path: p, reason })

  /** `ancestors`: real paths of the folders from the input down to the one holding `p`. */
  async function visit(p: string, fromFolder: boolean, ancestors: string[]): Promise<void> {
    let link: Stats
    try {
      link = await fs.lstat(p)
    } catch (error) {
      skip(p, describeFsError(error))
      return
    }
    let stat: Stats = link
    if (link.isSymbolicLink()) {
      try {
        stat = await fs.stat(p)
      } catch (error) {
        skip(p, await describeBadLink(p, error))
        return
      }
    }
    if (stat.isDirectory()) {
      let real: string
      try {
        real = await fs.realpath(p)
      } catch (error) {
        skip(p, describeFsError(error))
        return
      }
      if (fromFolder && excluded.has(real)) return // (an input given by name is walked even so)
      if (ancestors.includes(real) || ancestors.some((a) => isInside(a, real))) {
        skip(p, `symbolic link loop: links to ${real}, a folder that contains it; not followed`)
        return
      }
      if (seenFolders.has(real)) return // the same folder given twice, or linked from elsewhere: walked once
      if (ancestors.length >= MAX_DEPTH) {
        skip(p, `folders nested more than ${MAX_DEPTH} deep; not walked`)
        return
      }
      seenFolders.add(real)
      let entries: string[]
      try {
        entries = (await fs.readdir(p)).sort()
      } catch (error) {
        skip(p, `cannot list the folder: ${describeFsError(error)}`)
        return
      }
      const chain = [...ancestors, real]
      for (const entry of entries) {
        if (entry.startsWith('.')) continue
        await visit(path.join(p, entry), true, chain)
      }
      return
    }
    if (!stat.isFile()) {
      skip(p, `not a regular file (${fileKind(stat)}); pages are .txt files`)
      return
    }
    if (!p.toLowerCase().endsWith('.txt')) {
      skip(p, fromFolder ? 'not a .txt page' : 'not a .txt page (pages are .txt files)')
      return
    }
    let real: string
    try {
      real = await fs.realpath(p)
    } catch (error) {
      skip(p, describeFsError(error))
      return
    }
    if (seenFiles.has(real)) return // the same page reached twice: cleaned once
    seenFiles.add(real)
    try {
      checkPageSize(stat.size)
    } catch (error) {
      skip(p, (error as Error).message)
      return
    }
    const name = path.basename(p).replace(/\.txt$/i, '')
    const key = name.toLowerCase()
    const first = byName.get(key)
    if (first !== undefined) {
      skip(p, `same output name as ${first} (both would write ${name}.md); rename one of them`)
      return
    }
    byName.set(key, p)
    pages.push({ path: p, name, bytes: stat.size })
  }
  for (const input of inputs) await visit(input, false, [])
  return { pages, skipped }
}

/** True when `inner` is `outer` or lies below it. */
function isInside(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function fileKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice()) return 'a character device'
  if (stat.isBlockDevice()) return 'a block device'
  return 'a special file'
}

async function describeBadLink(p: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException)?.code
  let target = ''
  try {
    target = await fs.readlink(p)
  } catch {
    // keep the message without the target
  }
  const to = target ? ` (-> ${target})` : ''
  if (code === 'ELOOP') return `symbolic link loop${to}: following it never reaches a file or folder`
  if (code === 'ENOENT' || code === 'ENOTDIR') return `broken symbolic link${to}: its target does not exist`
  return `symbolic link${to}: ${describeFsError(error)}`
}

/** Thrown by readPage for a path that is not a regular file any more. */
export class PageFileError extends Error {}

/**
 * Reads one page, never more than limits.maxBytes + 1 bytes: a file that grew past the limit after
 * it was listed is refused with the same message as at listing. Opens without blocking, so a named
 * pipe put in place of a page cannot hang the batch. Synchronous: a worker thread cleans one page at
 * a time, and the five round trips through libuv's thread pool (open, stat, read, read, close) cost
 * more than the read.
 */
export function readPage(file: string): Uint8Array {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new PageFileError(`not a regular file (${fileKind(stat)}); pages are .txt files`)
    checkPageSize(stat.size)
    const max = limits.maxBytes
    let buffer = Buffer.allocUnsafe(Math.min(max + 1, Math.max(stat.size + 1, 64 * 1024)))
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        if (length > max) break
        const bigger = Buffer.allocUnsafe(Math.min(max + 1, buffer.length * 2))
        buffer.copy(bigger, 0, 0, length)
        buffer = bigger
      }
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > max) {
      // grew after it was listed, or a file whose size stat does not tell (/proc)
      checkPageSize(fstatSync(fd).size)
      throw new DecodeError('too-large', `file is larger than the ${max.toLocaleString('en-US')}-byte limit (set --max-bytes)`)
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length)
  } finally {
    closeSync(fd)
  }
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
    case 'ENOTDIR':
      return 'a part of the path is not a folder'
    case 'ENOSPC':
      return 'no space left on the device'
    case 'EROFS':
      return 'read-only file system'
    case 'EIO':
      return 'input/output error (damaged disk or network share?)'
    case 'ENAMETOOLONG':
      return 'file name too long'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files'
    case 'EAGAIN':
      return 'not ready for reading (a pipe or device?)'
    default:
      return (error as Error)?.message ?? String(error)
  }
}

let tempCounter = 0

/** A hidden temporary name beside `file`, unique in this process (pid + counter). */
function tempNameFor(file: string): string {
  const dir = path.dirname(file)
  let base = path.basename(file)
  const suffix = `.${process.pid}.${++tempCounter}.tmp`
  if (Buffer.byteLength(`.${base}${suffix}`) > 250) base = sha256(base).slice(0, 32)
  return path.join(dir, `.${base}${suffix}`)
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a reader sees
 * the old file or the new one, never a cut one.
 *
 * The write and the rename are synchronous on purpose: an interrupt handler (signals.ts) cannot run
 * in the middle, so no temporary file is left behind by SIGINT/SIGTERM, and consecutive calls with
 * no other I/O awaited between them (a page's .md and reports) are all done or none is. Outputs are
 * small (tens of KB); the cost is negligible next to cleaning.
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  writeAtomicSync(file, data)
}

export function writeAtomicSync(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const temp = tempNameFor(file)
  trackTemp(temp)
  try {
    writeFileSync(temp, data, { flag: 'wx' })
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  } finally {
    untrackTemp(temp)
  }
}

/**
 * Writes several files as one: every temporary file first, then the renames back to back. An
 * interrupt leaves all of them old or all new; a failure before the renames leaves all old.
 */
export async function writeAtomicGroup(files: Array<{ file: string; data: string | Uint8Array }>): Promise<void> {
  const temps: Array<{ temp: string; file: string }> = []
  let renamed = 0
  try {
    // a batch writes thousands of pages into one folder: it is made once, not asked for every file
    for (const dir of new Set(files.map(({ file }) => path.dirname(file)))) ensureFolder(dir)
    for (const { file, data } of files) {
      const temp = tempNameFor(file)
      trackTemp(temp)
      temps.push({ temp, file })
      try {
        writeFileSync(temp, data, { flag: 'wx' })
      } catch (error) {
        // the folder was removed since this process made it: make it again
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        mkdirSync(path.dirname(file), { recursive: true })
        writeFileSync(temp, data, { flag: 'wx' })
      }
    }
    for (const { temp, file } of temps) {
      renameSync(temp, file)
      renamed++
    }
  } finally {
    temps.forEach(({ temp }, i) => {
      if (i >= renamed) rmSync(temp, { force: true })
      untrackTemp(temp)
    })
  }
}

const madeFolders = new Set<string>()

/** Makes a folder (and its parents) unless this process already made it. */
function ensureFolder(dir: string): void {
  if (madeFolders.has(dir)) return
  mkdirSync(dir, { recursive: true })
  madeFolders.add(dir)
}
