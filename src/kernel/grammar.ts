/**
 * Parts of speech of a short Chinese text (a headline's line), read by jieba's tagger (@node-rs/jieba, its own
 * dictionary). The shape rules see characters and marks; whether a line is a subject waiting for its predicate, or a
 * predicate without a subject, is a matter of its words' kinds, which only a tagger reads.
 *
 * The dictionary (about 5 MB) is loaded on the first question, not with the library: most pages never ask one, and a
 * batch worker that never asks pays nothing.
 */
import { createRequire } from 'node:module'
import { BoundedMemo } from './memo.js'
import { simplifyLeaks } from './traditional.js'

/** A word and its tag in jieba's tag set (ICTCLAS style: n noun, v verb, d adverb, p preposition, …). */
export interface TaggedWord {
  word: string
  tag: string
}

interface Tagger {
  tag(sentence: string, hmm?: boolean): TaggedWord[]
}

/** Reads no words: where the tagger's binary cannot load, every grammar question finds no evidence. */
const NO_TAGGER: Tagger = { tag: () => [] }

let tagger: Tagger | undefined

function loadTagger(): Tagger {
  if (!tagger) {
    // (a prebuilt binary for each platform npm knows; on another, the title rules that ask grammar keep their lines
    // apart, as they did before the tagger, rather than the page failing)
    try {
      const require = createRequire(import.meta.url)
      const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Tagger } }
      const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array }
      tagger = Jieba.withDict(dict)
    } catch {
      tagger = NO_TAGGER
    }
  }
  return tagger
}

/** Marks that are no word of a line's grammar: quotes and a title's book marks stand around words. */
const WRAPPING_MARK = /^[“”"‘’'《》「」〈〉\s]+$/

/**
 * Lines tagged, by their text: each rule asks of the same line, and a page's titles are asked of again and again
 * (callers read the words, never change them).
 */
const taggedLines = new BoundedMemo<string, TaggedWord[]>(1024)

/**
 * The words of a text with their tags, quotes and book marks left out; read in simplified forms, as the dictionary
 * holds them (a scan's leaked 農業生產 is 农业生产 to the tagger, which reads the traditional forms as unknown words).
 */
export function tagWords(text: string): TaggedWord[] {
  return taggedLines.get(text, (line) => tagLine(line, true))
}

/** A line's words and tags, read in simplified forms, its quotes and book marks left out; unknown words guessed or not. */
function tagLine(line: string, guessUnknown: boolean): TaggedWord[] {
  return loadTagger()
    .tag(simplifyLeaks(line), guessUnknown)
    .filter((w) => !WRAPPING_MARK.test(w.word))
}

/** Lines tagged word by word from the dictionary alone (see tagDictionaryWords). */
const dictionaryTaggedLines = new BoundedMemo<string, TaggedWord[]>(256)

/**
 * The words of a text tagged from the dictionary alone, with no guessing of unknown words: a headline's verb and its
 * complement the dictionary lacks as one word come back as the two words they are (爱上 as 爱 v + 上, 兑出 as 兑 v + 出 v),
 * where the guesser makes one word of them and tags it unknown (x).
 */
function tagDictionaryWords(text: string): TaggedWord[] {
  return dictionaryTaggedLines.get(text, (line) => tagLine(line, false))
}

/** A verb that makes a predicate (v, vd, vi, vg, vl, vf, vx); a verb used as a noun (vn) makes none. */
export function isPredicateVerb(tag: string): boolean {
  return /^v[dgilfx]?$/.test(tag)
}

/** A noun of any kind (n, nr, ns, nt, nz, ng, nrt, nrfg…) or a set phrase (l), as a subject ends on. */
function isNounLike(tag: string): boolean {
  return /^n/.test(tag) || tag === 'l'
}

/**
 * A line that names a subject and says nothing of it: no verb, ending on a noun (县城的“夜经济”, 巴黎美丽城华人商户,
 * 停演三十二年的高甲戏《凤冠梦》). A title's first line so is half a sentence.
 */
export function isSubjectOnly(text: string): boolean {
  // (a work's name in its book marks, or a term in its quotes, the whole line: a name, whatever words are inside it,
  // 《中国节日志·端午节》 / 出版)
  if (WHOLE_NAME.test(text.trim())) return true
  const tagged = tagWords(text)
  const last = tagged.at(-1)
  // (a noun's compound may end on a verb made a noun, 夏粮入库工作)
  const before = tagged.at(-2)
  const head = last !== undefined && (isNounLike(last.tag) || (last.tag === 'x' && /^\p{Script=Han}{2,}$/u.test(last.word)) || (last.tag === 'vn' && before !== undefined && isNounLike(before.tag)))
  return head && !tagged.some((w) => isPredicateVerb(w.tag))
}

/** A date's figure or unit (11月18日, 一九八三年). */
const DATE_PART = /^(?:[\d〇零一二三四五六七八九十]+|[年月日号])$/

/**
 * How many words a line opens on that say when (周末, 今年, 11月18日): a predicate after them is still the line's
 * first word of substance (某厂榨季 / 11月18日正式开榨). A date's part must be followed by a word that is not.
 */
function timeWordsAtStart(tagged: TaggedWord[]): number {
  let i = 0
  while (i < tagged.length - 1 && (tagged[i].tag === 't' || DATE_PART.test(tagged[i].word))) i++
  return i
}

/** A line that is one name in its marks: 《某某志·端午节》, “打卡式旅游”. */
const WHOLE_NAME = /^(?:《[^《》]{2,}》|“[^“”]{2,}”)$/

/** A count of times: 首次, 两度, 多次. */
const TIMES_COUNT = /^[首再两二三四五六七八九十多几数屡]+[次度]$/

/**
 * A line opening on its predicate, without a subject of its own: a verb or an adverb first (能走多远, 联手推出…,
 * 积极准备春耕生产), or a count of times, which says how often of a verb after it (首次突破三十万人, 两度夺冠; the
 * tagger reads it a numeral). 有 opens a sentence of its own subject (有工厂开出…), no predicate of another's.
 */
export function opensOnPredicate(text: string): boolean {
  const tagged = tagWords(text)
  const first = tagged[timeWordsAtStart(tagged)]
  return first !== undefined && first.word !== '有' && (isPredicateVerb(first.tag) || first.tag === 'd' || first.tag === 'ad' || (first.tag === 'm' && TIMES_COUNT.test(first.word))) && !isHeadedByDe(tagged)
}

/**
 * Words that end on a noun under 的, a clause standing before the 的 as its modifier (产能扩张背后的“高端化”考量, 增长
 * 的动力): the line names a thing, its verb only the modifier's, and is no predicate going on from the line over it.
 * The modifier ends on its verb or a place word (背后, 之中); a verb's object that holds a 的 of its own ends on a
 * noun before it (走进了牧民的帐篷) and is a predicate still.
 */
function isHeadedByDe(tagged: TaggedWord[]): boolean {
  const de = tagged.map((w) => w.word).lastIndexOf('的')
  if (de <= 0 || de === tagged.length - 1) return false
  const beforeDe = tagged[de - 1].tag
  return (beforeDe === 'f' || isPredicateVerb(beforeDe)) && isNounLike(tagged[tagged.length - 1].tag) && !tagged.slice(de + 1).some((w) => isPredicateVerb(w.tag))
}

/** Words that hand their object to a verb still to come: 把, 被, 让, 使, 令. */
const WAITING_FOR_VERB = new Set(['把', '被', '让', '使', '令'])

/**
 * A line that stops where no sentence can: on an adverb (让“口袋公园”真正), a preposition, a conjunction, a
 * distinguishing adjective (二百吨级), or after 把/被/让 with no verb past it (他把实验室).
 */
export function endsWanting(text: string): boolean {
  const tagged = tagWords(text)
  const last = tagged.at(-1)
  if (last === undefined) return false
  if (/^(?:d|ad|p|c|b)$/.test(last.tag)) return true
  const hand = tagged.findIndex((w) => WAITING_FOR_VERB.has(w.word))
  return hand >= 0 && hand < tagged.length - 1 && !tagged.slice(hand + 1).some((w) => isPredicateVerb(w.tag))
}

/** A line that stops on a preposition, its object still to come (…授牌仪式在, …向): no sentence stops there. */
export function endsOnPreposition(text: string): boolean {
  return tagWords(text).at(-1)?.tag === 'p'
}

/**
 * A line that hands an object to a verb still to come and stops on that object, a noun (青石乡把避孕节育服务, 让光伏板):
 * the object may hold a verb of its own as its modifier (避孕节育服务), so a predicate opening the next line is the one
 * the 把 or 让 waits for.
 */
export function endsOnHandedObject(text: string): boolean {
  const tagged = tagWords(text)
  const hand = tagged.findIndex((w) => WAITING_FOR_VERB.has(w.word))
  const last = tagged.at(-1)
  return hand >= 0 && last !== undefined && hand < tagged.length - 1 && (isNounLike(last.tag) || last.tag === 'vn')
}

/**
 * A clause of a subject, its verb and what the verb takes (河西机床厂职工苦战一百天, 八三届毕业生分赴二十六所农村小学,
 * 某镇：党建引领“淘宝村”): opening on a noun or a count (the subject), a verb past it with words after the verb; no
 * adverb, preposition, conjunction or pronoun before the verb, which would make the words before it no plain subject.
 * A column's name (财经观察, 区县传真) ends on its verb.
 */
export function isSubjectVerbClause(text: string): boolean {
  const tagged = tagWords(text)
  const verb = tagged.findIndex((w) => isPredicateVerb(w.tag))
  if (verb <= 0 || isPredicateVerb(tagged[tagged.length - 1].tag)) return false
  return /^[nm]/.test(tagged[0].tag) && !tagged.slice(0, verb).some((w) => /^(?:d|ad|p|c|r)$/.test(w.tag))
}

/**
 * A line of one verb phrase, its subject elsewhere (造出全省第一台大型龙门刨床, 进行为期五周的教育实习, 重回某剧院舞台):
 * verbs first, then what they take, with no adverb or preposition (a predicate of its own manner, 正在变成…) and no noun
 * with a verb after it (巡护志愿者守护…: the verb first modifies a subject of the line's own). 有 and 是 open a sentence
 * of their own.
 */
export function isBareVerbPhrase(text: string): boolean {
  const all = tagWords(text)
  // (when and how first, 今天正式完工: the verb's own time and manner; an adverb after the verb opens a predicate of a
  // subject the words before it make, 充电难正在变成…)
  let start = timeWordsAtStart(all)
  while (start < all.length && (all[start].tag === 'd' || all[start].tag === 'ad')) start++
  const tagged = all.slice(start)
  if (tagged.length === 0 || !isPredicateVerb(tagged[0].tag) || tagged[0].word === '有' || tagged[0].word === '是') return false
  if (tagged.some((w) => w.tag === 'd' || w.tag === 'ad' || w.tag === 'p')) return false
  let rest = 0
  while (rest < tagged.length && isPredicateVerb(tagged[rest].tag)) rest++
  return !tagged.slice(rest).some((w, i, after) => isNounLike(w.tag) && after.slice(i + 1).some((v) => isPredicateVerb(v.tag) || v.tag === 'i'))
}

/**
 * A line opening on 关于 (about) with no 的 to close the phrase on its head noun (关于加快推进老旧小区加装电梯): a 关于
 * phrase is a modifier, and its head (…工作的几点建议) is still to come.
 */
export function opensUnclosedAbout(text: string): boolean {
  const tagged = tagWords(text)
  return tagged[0]?.word === '关于' && !tagged.some((w) => w.word === '的')
}

/**
 * A line that closes a modifier on its head: 的, then the head last (…工作的几点建议, …工作的通知; a document's name after
 * 的 is its head, whatever the tagger reads 通知 or 决定 as), no verb between.
 */
export function closesOnHeadNoun(text: string): boolean {
  const tagged = tagWords(text)
  const de = tagged.findIndex((w) => w.word === '的')
  const last = tagged.length - 1
  return de >= 0 && de < last && (isNounLike(tagged[last].tag) || /^v/.test(tagged[last].tag)) && !tagged.slice(de + 1, last).some((w) => isPredicateVerb(w.tag))
}

/** A verb's complement of direction, which points at a place or an object still to come: 爱上, 兑出, 走进, 搬到. */
const DIRECTION_COMPLEMENT = /^[上出进到入向回]$/

/**
 * A line ending on a verb and its complement of direction (“90后”为何爱上, 小积分兑出): the verb points at an object the
 * line does not hold, as a line cut before it.
 */
export function endsOnDirectedVerb(text: string): boolean {
  const tagged = tagDictionaryWords(text)
  const last = tagged.length - 1
  if (last < 1) return false
  if (DIRECTION_COMPLEMENT.test(tagged[last].word)) return isPredicateVerb(tagged[last - 1].tag)
  return isPredicateVerb(tagged[last].tag) && tagged[last].word.length >= 2 && DIRECTION_COMPLEMENT.test(tagged[last].word.at(-1)!)
}

/** A line naming a thing and nothing more: no verb, adverb, preposition or conjunction, ending on a noun (乡村文明新风, 传统文化). */
export function isBareNounPhrase(text: string): boolean {
  const tagged = tagWords(text)
  return tagged.length > 0 && /^n/.test(tagged[tagged.length - 1].tag) && !tagged.some((w) => isPredicateVerb(w.tag) || /^(?:d|ad|p|c)$/.test(w.tag))
}

/**
 * A line that closes a clause on what its verb takes, a thing or a place (一支团队把实验室搬进了山里): whole as it stands,
 * no verb or adverb left waiting for a word of the next line.
 */
export function endsClauseOnObject(text: string): boolean {
  const tagged = tagWords(text)
  const last = tagged.at(-1)
  const before = tagged.at(-2)
  if (last === undefined || !tagged.some((w) => isPredicateVerb(w.tag))) return false
  // (a place word, 山里, or a noun and its place, 礁石上; a noun of one character may be a verb's half the tagger split
  // off, 变身 as 变 + 身)
  return last.tag === 's' || (last.tag === 'f' && before !== undefined && isNounLike(before.tag)) || (isNounLike(last.tag) && last.word.length >= 2)
}

/**
 * A line that is a clause of its own subject: maybe its time first, then a noun or more, then its predicate (今夏济南泉水有望
 * 持续喷涌, 高峰基本结束): no words of another line's phrase, whose subject the line carries itself.
 */
export function isClauseWithSubject(text: string): boolean {
  const tagged = tagWords(text)
  let i = timeWordsAtStart(tagged)
  const subject = i
  while (i < tagged.length && isNounLike(tagged[i].tag)) i++
  return i > subject && i < tagged.length && (isPredicateVerb(tagged[i].tag) || tagged[i].tag === 'd' || tagged[i].tag === 'ad')
}

/** A line that holds a verb of a predicate: a clause, or a phrase of one. */
export function holdsPredicate(text: string): boolean {
  return tagWords(text).some((w) => isPredicateVerb(w.tag))
}

/** A figure opening a count: digits, or Han numerals (八十, 三千余). */
const COUNT_OPENING = /^[0-9０-９零〇一二三四五六七八九十两百千万亿]/

/**
 * A sentence of a count and nothing more (八十亿元。, 三千余元。, 12.5%。): figures and their units, closed by a stop. No
 * paragraph says only that; it is the tail of a sentence a break cut before its figure (…总投资超过 / 八十亿元。).
 */
export function isCountAlone(text: string): boolean {
  const body = text.trim().replace(/[。！!]$/, '')
  if (body === text.trim() || !COUNT_OPENING.test(body)) return false
  const tagged = tagWords(body)
  return tagged.length > 0 && tagged.every((w) => w.tag === 'm' || w.tag === 'q')
}
