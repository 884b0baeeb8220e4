/**
 * A set of hashes (integers below 2^53) that is emptied in constant time (a generation stamp per
 * slot) and kept from one use to the next: the stages and the across-page check need a set of a
 * paragraph's shingles for a moment, thousands of times a page.
 */
export class StampedSet {
  private keys = new Float64Array(1024)
  private stamps = new Int32Array(1024)
  private stamp = 0

  reset(expected: number): this {
    if (expected * 2 > this.keys.length) {
      let size = this.keys.length
      while (size < expected * 2) size *= 2
      this.keys = new Float64Array(size)
      this.stamps = new Int32Array(size)
      this.stamp = 0
    }
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0)
      this.stamp = 1
    }
    return this
  }

  /** Adds `key`; false when it was in already. */
  insert(key: number): boolean {
    const slot = this.slotOf(key)
    if (this.stamps[slot] === this.stamp) return false
    this.stamps[slot] = this.stamp
    this.keys[slot] = key
    return true
  }

  has(key: number): boolean {
    return this.stamps[this.slotOf(key)] === this.stamp
  }

  /** The slot holding `key`, or the free slot where it would go. */
  private slotOf(key: number): number {
    const { keys, stamps, stamp } = this
    const mask = keys.length - 1
    let slot = (key >>> 0) & mask
    while (stamps[slot] === stamp && keys[slot] !== key) slot = (slot + 1) & mask
    return slot
  }
}
