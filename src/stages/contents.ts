import { HEADING_KINDS, type Block } from '../kernel/block.js'
import { HEADLINE_MAX, isContent, isHeadingShapedText, isVisiblyLonger } from './classify.js'

/** An entry's number or bullet: 1 , 2.3 , 一、, ▪ , • (taken off before an entry is compared with the headings). */
const ENTRY_NUMBER = /^(?:[0-9]{1,2}(?:[.．][0-9]{1,2})*[.．、]?|[一二三四五六七八九十]{1,3}[、.．]|[▪▫•·●○◦■□▸►▶\-–*])[\s\u3000]*/
/** A table of contents' label, in any wording of the kind: 目录, 文章目录, 本文目录, 目次, Contents. */
// (a periodical's issue names its contents so too: 本期导读, 本期要目)
const CONTENTS_LABEL = /^[【[]?(?:文章|本文|内容|页面|词条|本期)?(?:目录|目次|导航|导读|要目)[】\]]?$|^(?:table of )?contents$/i
/** An entry's column's name, a word or two, before the title of the piece it lists: 短评：某某, 专栏·某某. */
const COLUMN_BEFORE_TITLE = /^[\p{Script=Han}]{2,4}[：:·](.{2,})$/u
/** The least number of entries a table of contents lists. */
const ENTRIES_MIN = 3
/** A heading's links, the same short words after each of the page's headings (编辑 / 播报, [edit]). */
const HEADING_LINK_MAX = 6

const key = (text: string) => text.trim().replace(ENTRY_NUMBER, '').replace(/[\s\u3000]+/g, '')
/**
 * A line shaped as a contents' entry: a short headline's words, no sentence, no label's colon (第一章　某某的由来).
 * `entryKey` is the line's `key`, made once by the caller.
 */
const entryShaped = (b: Block, entryKey: string) => {
  const text = b.value.trim()
  return isContent(b) && entryKey.length >= 2 && !isVisiblyLonger(text, HEADLINE_MAX) && !/[。；;]/.test(text) && !/[：:]$/.test(text)
}
/** A button's words alone on a line: a few characters, no mark. */
const isButton = (b: Block) => isContent(b) && b.value.trim().length <= HEADING_LINK_MAX && /^[\p{Script=Han}A-Za-z]+$/u.test(b.value.trim())
/** Prose under a heading: a line that is more than a heading's length or ends a sentence. */
const isText = (b: Block) => isContent(b) && (isVisiblyLonger(b.value.trim(), HEADLINE_MAX) || /[。！？!?]\s*(?:\[[0-9]{1,3}\])?$/.test(b.value.trim()))

/**
 * A table of contents whose entries repeat the page's own later headings (目录 / 1 历史沿革 / 2 建筑形制 / ▪ 桥身 / … and
 * further down 历史沿革 / text / 建筑形制 / 桥身 / text): a run of three heading-shaped lines or more, each, its number
 * or bullet taken off, said again further down alone on its line, in the run's order, with text under the headings
 * (a chorus sung again has none). The entries and their label go as the page's furniture; the lines they list are
 * the page's headings; and a short line standing after two of those headings or more, the same words each time (a
 * heading's edit or listen links, 编辑 / 播报), is the page's too.
 */
export function readTableOfContents(all: Block[]): ContentsMarks {
  const marks: ContentsMarks = { furniture: [], headings: [], opening: all.length }
  // (each line's key and shape read once: every entry-shaped line starts a search through the rest of the page)
  const keys = all.map((b) => key(b.value))
  const shaped = all.map((b, i) => entryShaped(b, keys[i]))
  for (let i = 0; i < all.length; i++) {
    if (!shaped[i]) continue
    // (an entry said again closes the run: the heading it lists may follow the contents at once)
    let m = i
    const listed = new Set<string>()
    while (m < all.length && shaped[m] && !listed.has(keys[m])) listed.add(keys[m++])
    // (the entries matched in order against the lines after the run)
    const found: number[] = []
    let p = m
    for (let k = i; k < m; k++) {
      const want = keys[k]
      // (an entry may name the column before its piece's title, which the page sets on a line of its own under the
      // column's label: 短评：某某 lists 短评 / 某某)
      const titled = COLUMN_BEFORE_TITLE.exec(want)?.[1]
      let j = p
      while (j < all.length && !(isContent(all[j]) && (keys[j] === want || keys[j] === titled) && shaped[j])) j++
      if (j >= all.length) break
      found.push(j)
      p = j + 1
    }
    const n = found.length
    if (n < ENTRIES_MIN) continue
    // (each heading printed once after the contents: a line printed again and again, a running head at every page's
    // head, is no heading a contents lists)
    const printed = (want: string) => {
      let count = 0
      for (let j = m; j < all.length; j++) if (isContent(all[j]) && keys[j] === want) count++
      return count
    }
    if (found.some((j) => printed(keys[j]) > 1)) continue
    // (text under the headings: after the last, and between half the pairs at least)
    const textBetween = (a: number, b: number) => all.slice(a + 1, b).some(isText)
    let gaps = 0
    for (let k = 0; k + 1 < n; k++) if (textBetween(found[k], found[k + 1])) gaps++
    if (2 * gaps < n - 1 || !textBetween(found[n - 1], Math.min(all.length, found[n - 1] + 8))) continue
    for (let k = i; k < i + n; k++) marks.furniture.push(k)
    marks.opening = Math.min(marks.opening, i)
    let label = i - 1
    while (label >= 0 && !isContent(all[label])) label--
    if (label >= 0 && CONTENTS_LABEL.test(all[label].value.trim())) marks.furniture.push(label)
    marks.headings.push(...found)
    // the headings' links: the same short words after two of them or more
    const after = new Map<string, number[]>()
    for (const j of found) {
      for (let k = j + 1; k < all.length && k <= j + 3 && all[k].kind !== 'marker' && !found.includes(k); k++) {
        const text = all[k].value.trim()
        if (text.length > HEADING_LINK_MAX || /[，,。；;：:！!？?]/.test(text)) break
        after.set(text, [...(after.get(text) ?? []), k])
      }
    }
    const links = new Set<string>()
    for (const [text, ks] of after) {
      if (ks.length < 2) continue
      marks.furniture.push(...ks)
      links.add(text)
    }
    // (the same link by the page's title over the contents, and the buttons set one a line after it: 青溪桥 / 播报 /
    // 讨论 / 上传视频; a line holding more than a button's words ends them)
    for (let k = 0; k < i && links.size > 0; k++) {
      if (!links.has(all[k].value.trim())) continue
      marks.furniture.push(k)
      for (let b = k + 1; b < i && isButton(all[b]) && !links.has(all[b].value.trim()); b++) marks.furniture.push(b)
    }
    i = found[n - 1]
  }
  return marks
}

/** What readTableOfContents found: the lines that go as the page's and the headings the contents list. */
export interface ContentsMarks {
  furniture: number[]
  headings: number[]
  /** Where the first contents' entries open. */
  opening: number
}

/** The contents' marks set again after the rules that read lines by their neighbours, which may have read them otherwise. */
export function markTableOfContents(all: Block[], marks: ContentsMarks): void {
  for (const k of marks.furniture) all[k].kind = 'furniture'
  // (where no headline nor text stands over the contents, only furniture and fields, an issue's list of its pieces at its
  // head, each piece it lists is one of the issue's, under its own title: 本期导读 / · 某某 / · 某某 / 某某 / text / 某某 / text)
  if (marks.headings.length > 0) {
    // (a headline or a paragraph over the contents: the page is one piece, and they list its sections; 旅行笔记 / 目录 / …)
    const headed = all.slice(0, marks.opening).some((b) => isContent(b) && (HEADING_KINDS.has(b.kind) || isHeadingShapedText(b.value.trim()) || isText(b)))
    for (const j of marks.headings) all[j].data.listed = headed ? 'heading' : 'title'
  }
  // (a label by its own words stays one, 背景: the output cleaned again, without the contents, reads it so)
  for (const block of all) if (block.data.listed && block.kind !== 'marker' && block.kind !== 'label') block.kind = block.data.listed
}
