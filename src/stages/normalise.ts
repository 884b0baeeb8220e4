/**
 * normalise: punctuation width, stray spaces, leaked traditional characters and Latin words, one
 * block at a time. The rules live in normalise-rules.ts as pure functions; this stage applies their
 * edits through the source map and records each one.
 */
import type { VFile } from 'vfile'
import { sourceSpan, TextEdits, type Block } from '../kernel/block.js'
import { proposeChange, record, type RecordInit } from '../kernel/record.js'
import { defineStage } from '../kernel/stage.js'
import type { CleanOptions } from '../kernel/options.js'
import { hasLeak } from '../kernel/traditional.js'
import {
  findDoubledMarkEdits,
  findLatinEdits,
  findMisreadEdits,
  findNameDotEdits,
  findPunctuationEdits,
  findSpaceEdits,
  findTraditionalEdits,
  findTraditionalPage,
  isLeakyPage,
  findUnreadableEdits,
  MAY_HOLD_MISREAD,
  MAY_HOLD_NAME_DOT,
  type Edit,
} from './normalise-rules.js'

type Finder = (text: string, kind: Block['kind'], row?: boolean) => Edit[]

/** A bound against a bug: a conversion that makes another is rare, a chain of them rarer. */
const MAX_FIXED_POINT_ROUNDS = 4

// (the name-dot and misread finders only for a page that holds their characters: most do not)
function findersOf(options: CleanOptions, traditional: boolean, page = '', leakyPage = false): Finder[] {
  const finders: Finder[] = []
  if (options.normalise.punctuation) finders.push(findPunctuationEdits)
  if (options.normalise.punctuation && MAY_HOLD_NAME_DOT.test(page)) finders.push(findNameDotEdits)
  if (options.normalise.spaces) finders.push(findSpaceEdits)
  // (marks doubled are read once they are full-width, ,， is a doubled comma too, and once the spaces
  // between them are gone: 。 。)
  if (options.normalise.punctuation) finders.push(findDoubledMarkEdits)
  if (traditional) finders.push(toFixedPoint(leakyPage ? (text, kind) => findTraditionalEdits(text, kind, true) : findTraditionalEdits))
  // (before the Latin words: l994年 is a year, not a word)
  if (MAY_HOLD_MISREAD.test(page)) finders.push(findMisreadEdits)
  if (options.normalise.latin) finders.push(findLatinEdits)
  finders.push(findUnreadableEdits)
  return finders
}

/** Finders whose edits are read again on the text they leave, to a fixed point. */
const FIXED_POINT = new WeakSet<Finder>()

/**
 * A finder read again on its own result until it converts nothing more (a leaked character converted
 * makes its neighbour one beside a simplified-only form, 後門 → 后門 → 后门: the output, cleaned again,
 * must find nothing); only conversions count, its flags are taken from the first reading.
 */
function toFixedPoint(find: Finder): Finder {
  FIXED_POINT.add(find)
  return find
}

export function normaliseBlock(block: Block, file: VFile, options: CleanOptions, finders = findersOf(options, options.normalise.traditional, block.value)): void {
  for (const find of finders) {
    // each finder reads the text as the finders before it left it
    let found = find(block.value, block.kind, block.data.row)
    for (let round = 0; found.length > 0 && round < MAX_FIXED_POINT_ROUNDS; round++) {
      const before = block.value
      const edits = new TextEdits(block)
      for (const edit of found.sort((a, b) => b.start - a.start)) applyEdit(edits, edit, file, options.revert)
      edits.flush()
      if (!FIXED_POINT.has(find) || block.value === before) break
      found = find(block.value, block.kind, block.data.row).filter((edit) => edit.replacement !== block.value.slice(edit.start, edit.end))
    }
  }
}

function applyEdit(edits: TextEdits, edit: Edit, file: VFile, revert?: ReadonlySet<string>): void {
  const { block } = edits
  edits.prepare(edit.end)
  const before = block.value.slice(edit.start, edit.end)
  // source range of the text before the change; an insertion takes the place of its neighbour
  const span = sourceSpan(block, edit.start, edit.end)
  const near = span ? 0 : edits.nearestSource(edit.start)
  const [start, end] = span ?? [near, near]
  const flagOnly = edit.level === 'warning' && edit.replacement === before
  const init: RecordInit = {
    level: edit.level,
    kind: flagOnly ? 'flag' : edit.kind,
    message: edit.message,
    start,
    end,
    actual: before,
    expected: [edit.replacement],
    blockId: block.data.id,
    note: edit.rule,
  }
  if (!flagOnly && !proposeChange(file, revert, init)) return
  init.removed = flagOnly ? [] : edits.replace(edit)
  record(file, init)
}

export const normalise = defineStage('normalise', (tree, file, options) => {
  // a page in traditional Chinese is flagged once; its characters are not leaks to convert
  const texts = tree.children.map((block) => block.value)
  // (most pages hold no traditional form at all: read for one once, not by each page rule in turn)
  const leaked = options.normalise.traditional && texts.some(hasLeak)
  const page = leaked ? findTraditionalPage(texts) : undefined
  if (page) applyEdit(new TextEdits(tree.children[page.block]), page.edit, file, options.revert)
  const traditional = options.normalise.traditional && !page
  // (a page where many leaked characters are converted, block by block: a character alone leaked too)
  const leaky = leaked && !page && isLeakyPage(texts, tree.children.map((block) => block.kind))
  const finders = findersOf(options, traditional, String(file.value), leaky)
  for (const block of tree.children) normaliseBlock(block, file, options, finders)
})
