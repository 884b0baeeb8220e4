/** SHA-256 in hex: page and output fingerprints in the report, change ids, long temporary names. */
import crypto from 'node:crypto'

// crypto.hash (Node 20.12+) hashes in one call, at a third of the cost of a Hash object; a page has
// hundreds of change records, each with a hashed id
export const sha256: (data: string | Uint8Array) => string =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha256', data, 'hex')
    : (data) => crypto.createHash('sha256').update(data).digest('hex')
