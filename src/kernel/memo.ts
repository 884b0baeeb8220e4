/**
 * Results remembered by key in a table emptied when it holds `limit` entries. Several stages ask
 * for the same folded texts, shingles and seam words many times a page; over a batch of thousands
 * of pages memory must stay bounded.
 */
export class BoundedMemo<K, V> {
  private readonly table = new Map<K, V>()
  constructor(private readonly limit = 4096) {}

  get(key: K, make: (key: K) => V): V {
    const hit = this.table.get(key)
    if (hit !== undefined || this.table.has(key)) return hit as V
    if (this.table.size >= this.limit) this.table.clear()
    const value = make(key)
    this.table.set(key, value)
    return value
  }
}
