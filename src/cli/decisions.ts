/**
 * Decisions files: the editor's verdicts on changes, exported by the review page and honoured when
 * the batch is cleaned again (`--decisions FILE`).
 *
 *   { "schema": "scanclean-decisions/1",
 *     "decisions": [ { "page": "NAME.txt", "id": "<change id>", "verdict": "revert" | "accept" } ] }
 */
import { promises as fs } from 'node:fs'

export const DECISIONS_SCHEMA = 'scanclean-decisions/1'

export type Verdict = 'revert' | 'accept'

export interface Decision {
  page: string
  id: string
  verdict: Verdict
}

export interface DecisionsFile {
  schema: typeof DECISIONS_SCHEMA
  decisions: Decision[]
}

export class DecisionsError extends Error {}

export function parseDecisions(raw: string, source: string): Decision[] {
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch (error) {
    throw new DecisionsError(`${source}: not valid JSON: ${(error as Error).message}`)
  }
  const file = data as Partial<DecisionsFile>
  if (!file || file.schema !== DECISIONS_SCHEMA || !Array.isArray(file.decisions)) {
    throw new DecisionsError(`${source}: not a decisions file (expected "schema": "${DECISIONS_SCHEMA}" and a "decisions" list)`)
  }
  return file.decisions.map((d, i) => {
    if (!d || typeof d.page !== 'string' || typeof d.id !== 'string' || (d.verdict !== 'revert' && d.verdict !== 'accept')) {
      throw new DecisionsError(`${source}: decision ${i + 1} needs "page", "id" and "verdict": "revert" | "accept"`)
    }
    return { page: d.page, id: d.id, verdict: d.verdict }
  })
}

export async function loadDecisions(file: string): Promise<Decision[]> {
  return parseDecisions(await fs.readFile(file, 'utf8'), file)
}

/** Decisions grouped by page name. */
export function decisionsByPage(decisions: Decision[]): Map<string, Decision[]> {
  const map = new Map<string, Decision[]>()
  for (const d of decisions) {
    const list = map.get(d.page)
    if (list) list.push(d)
    else map.set(d.page, [d])
  }
  return map
}
