/** Where in a longer kept paragraph a shorter copy stands, so that the two are compared passage to passage. */

/**
 * The window [start, end) of `twin` that `copy` repeats: found from the copy's first and last
 * characters; the whole twin when the copy is not much shorter.
 */
export function alignWindow(twin: string, copy: string): [number, number] {
  let start = 0
  let end = twin.length
  if (copy.length < twin.length * 0.9) {
    const head = copy.slice(0, Math.min(8, copy.length))
    const tail = copy.slice(-Math.min(8, copy.length))
    const at = twin.indexOf(head)
    const to = twin.lastIndexOf(tail)
    if (at >= 0) start = at
    if (to >= 0 && to + tail.length > start) end = to + tail.length
    if (at < 0 && to >= 0) start = Math.max(0, end - copy.length)
    if (to < 0 && at >= 0) end = Math.min(twin.length, start + copy.length)
  }
  return [start, end]
}
