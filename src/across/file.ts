/**
 * The across index file (`--index FILE`): what earlier batches published, so that a new batch is
 * checked against it. Loaded when present, updated with the batch, saved atomically (a temporary
 * file in the same folder, renamed into place) when the batch is done.
 *
 * Format: gzip-compressed JSON Lines, UTF-8.
 *
 *   line 1   {"schema":"scanclean-across-index/1","keys":"minhash-k4-r4-b32-v2","pages":P,"paragraphs":E}
 *   then     one line per page, in the order the pages were cleaned (earliest first):
 *            {"page":"NAME.txt","paragraphs":[
 *               {"id":"b123","place":[line,column,offset,endLine,endColumn,endOffset],
 *                "text":"…","keys":"<base64: 32 little-endian int32 LSH band keys>",
 *                "head":{"id":"b99","text":"…","place":[…]}}   ← optional: the heading before it
 *            ]}
 *
 * `keys` names the shingling, hash functions and banding (minhash.ts): a file made with other keys
 * is refused. Only kept paragraphs are listed (a paragraph removed as a copy is represented by its
 * earlier twin); the text is there so that a later report can show the kept copy and its diff.
 * A page of the new batch with the same name as a page of the file is a re-clean of that page: its
 * old paragraphs are dropped from the index before the batch starts, and replaced by the new ones.
 */
import { createReadStream, createWriteStream, promises as fs } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'
import { AcrossIndex } from './index.js'
import { BANDS, KEYS_VERSION } from './minhash.js'
import type { HeadInfo, Place6 } from './types.js'

export const INDEX_SCHEMA = 'scanclean-across-index/1'

export class IndexFileError extends Error {}

interface Header {
  schema: string
  keys: string
  pages: number
  paragraphs: number
}

interface PageLine {
  page: string
  paragraphs: Array<{ id: string; place: Place6; text: string; keys: string; head?: HeadInfo }>
}

function encodeKeys(keys: Int32Array): string {
  const buf = Buffer.alloc(keys.length * 4)
  for (let i = 0; i < keys.length; i++) buf.writeInt32LE(keys[i], i * 4)
  return buf.toString('base64')
}

function decodeKeys(text: string): Int32Array {
  const buf = Buffer.from(text, 'base64')
  if (buf.length !== BANDS * 4) throw new Error(`keys of ${buf.length} bytes, expected ${BANDS * 4}`)
  const keys = new Int32Array(BANDS)
  for (let i = 0; i < BANDS; i++) keys[i] = buf.readInt32LE(i * 4)
  return keys
}

/**
 * Loads the index file into a new index; a missing file gives an empty index. Pages named in
 * `replaced` (the batch cleans them again) are left out.
 */
export async function loadIndex(file: string, replaced: ReadonlySet<string> = new Set()): Promise<AcrossIndex> {
  const index = new AcrossIndex()
  try {
    await fs.access(file)
  } catch {
    return index
  }
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })
  let n = 0
  try {
    for await (const line of lines) {
      n++
      if (n === 1) {
        let header: Header
        try {
          header = JSON.parse(line) as Header
        } catch {
          throw new IndexFileError(`${file}: not an across index (first line is not JSON)`)
        }
        if (header?.schema !== INDEX_SCHEMA) throw new IndexFileError(`${file}: not an across index (expected schema ${INDEX_SCHEMA})`)
        if (header.keys !== KEYS_VERSION) {
          throw new IndexFileError(`${file}: made with other keys (${header.keys}, this version uses ${KEYS_VERSION}); use a new index file`)
        }
        continue
      }
      if (line.trim() === '') continue
      const data = JSON.parse(line) as PageLine
      if (replaced.has(data.page)) continue
      const page = index.addPage(data.page)
      for (const p of data.paragraphs) index.add(page, { id: p.id, text: p.text, place: p.place, head: p.head, keys: decodeKeys(p.keys) })
    }
  } catch (error) {
    if (error instanceof IndexFileError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' ? 'not gzip data' : (error as Error).message
    throw new IndexFileError(`${file}: cannot read the across index (line ${n}): ${why}`)
  }
  if (n === 0) throw new IndexFileError(`${file}: the across index is empty (no header line)`)
  index.loaded = index.size
  return index
}

function* indexLines(index: AcrossIndex): Generator<string> {
  const header: Header = { schema: INDEX_SCHEMA, keys: KEYS_VERSION, pages: index.pages.length, paragraphs: index.size }
  yield JSON.stringify(header) + '\n'
  let e = 0
  for (let page = 0; page < index.pages.length; page++) {
    const paragraphs: PageLine['paragraphs'] = []
    // entries are added page by page, so a page's entries follow each other
    for (; e < index.size && index.entries[e].page === page; e++) {
      const entry = index.entries[e]
      paragraphs.push({
        id: entry.id,
        place: entry.place,
        text: entry.text,
        keys: encodeKeys(index.keysOf(e)),
        ...(entry.head ? { head: entry.head } : {}),
      })
    }
    yield JSON.stringify({ page: index.pages[page], paragraphs } satisfies PageLine) + '\n'
  }
}

/** Who must know of a temporary file while it exists (the CLI removes those left by an interrupt). */
export interface TempTracker {
  track(file: string): void
  untrack(file: string): void
}

/** Saves the index: a temporary file in the same folder, renamed into place. */
export async function saveIndex(index: AcrossIndex, file: string, temps?: TempTracker): Promise<void> {
  const dir = path.dirname(file)
  await fs.mkdir(dir, { recursive: true })
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`)
  temps?.track(temp)
  try {
    await pipeline(Readable.from(indexLines(index)), createGzip(), createWriteStream(temp))
    await fs.rename(temp, file)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  } finally {
    temps?.untrack(temp)
  }
}
