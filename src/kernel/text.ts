/** Character classes and sentence-shape tests shared by the stages. */
import { simplifyLeaks } from './traditional.js'
import { BoundedMemo } from './memo.js'
import { SURNAMES } from './surnames.js'

export const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff'
const cjkRe = new RegExp(`[${CJK}]`)
const cjkGlobal = new RegExp(`[${CJK}]`, 'g')

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && cjkRe.test(ch)
}

export function countCjk(text: string): number {
  return text.match(cjkGlobal)?.length ?? 0
}

export function isLatinWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch)
}

/**
 * What goes between the two halves of a text cut by a line or page break: a space between Latin
 * words (…the city / park…, …in 2023, / and…), nothing in Chinese text, where a break falls anywhere,
 * inside a figure or an acronym too (全覆盖18 / 0名 is 180名, COP1 / 5 is COP15).
 */
export function glueAcrossBreak(before: string, after: string): string {
  const latin = (isLatinWordChar(before.slice(-1)) && isLatinWordChar(after[0])) || (/[,.;:!?]$/.test(before) && /^[A-Za-z]/.test(after))
  if (!latin) return ''
  return holdsHan(before.slice(-8)) || holdsHan(after.slice(0, 8)) ? '' : ' '
}

/** The text holds a Han character (CJK Ext A, URO, compatibility ideographs): it is Chinese text. */
export function holdsHan(text: string): boolean {
  return HAN_CHAR.test(text)
}

const HAN_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/

/** Characters after which a sentence (and so possibly a paragraph) is finished. */
const SENTENCE_END = new Set([...'。！？!?…；;'])
/** Closing marks that may follow the sentence end. */
const CLOSERS = new Set([...'”’」』）)】》"\''])

/** True when the text ends a sentence: 。！？… possibly followed by closing quotes or brackets. */
export function endsComplete(text: string): boolean {
  // (a citation's mark after the sentence's end is no part of it: …即现存桥体。 [3], an encyclopedia's or a paper's)
  // (both patterns are anchored at the end but searched from the start: each is asked only when the
  // text's last visible character can end its match, a bracket or a name's character)
  let i = text.length - 1
  while (i >= 0 && /\s/.test(text[i])) i--
  if (text[i] === ']') {
    const cited = CITATION_END.exec(text)
    if (cited !== null && cited.index > 0) return endsComplete(text.slice(0, cited.index))
  }
  // (and so is the issuer's signature a notice sets after its last sentence: …逾期将依法缺席判决。　　〔某省〕某某区人民法院)
  const signer = signatureAtEnd(text, i + 1)
  if (signer !== undefined && ISSUER_UNIT.test(signer)) return true
  let closers = 0
  while (i >= 0 && CLOSERS.has(text[i])) {
    i--
    closers++
  }
  if (i < 0) return closers > 0
  if (SENTENCE_END.has(text[i])) return true
  // a half-width full stop ends a sentence after a word, not inside a number (1.) or ellipsis-free abbreviation
  // (full-width digits count as digits: normalise makes them half-width, and the output must read the same)
  if (text[i] === '.' && i > 0 && !/[0-9０-９]/.test(text[i - 1])) return true
  // "……”" or "(图片由…提供）": a closing bracket after a full clause ends the paragraph too.
  if (closers > 0 && /[）)]$/.test(text.trimEnd())) return true
  // A quotation that closes a paragraph: 他说：“……” — the quote itself finished.
  if (closers > 0 && /[”」』]$/.test(text.trimEnd()) && /[。！？!?…]/.test(text.slice(Math.max(0, i - 1), i + 1))) return true
  return false
}

/**
 * A signing unit's name: maybe its province in brackets (〔某省〕), a place of its level (…省, …市, …县, …区, …镇) and
 * a kind of unit after it (…人民法院, …委员会, …人民政府, …局, …有限公司): 〔某省〕某某市某某区人民法院, 某某县财政局.
 */
export const ISSUER_UNIT = /^(?:[〔［【\[][\u4e00-\u9fff]{1,8}[〕］】\]])?[\u4e00-\u9fff]{1,20}(?:省|市|县|区|州|盟|旗|镇|乡)[\u4e00-\u9fff]{0,20}(?:法院|检察院|委员会|政府|局|厅|办公室|公司|协会|中心|事务所|管理处)$/

const SIGNATURE_NAME_CHAR = /[^\s\u3000。！？，,、；;：:“”"（）()《》]/

/**
 * A sentence's end and a name after it, closing a paragraph, spaced or not: the signature's place
 * (what /[。！？][ \u3000]*([^\s\u3000。！？，,、；;：:“”"（）()《》]{4,40})\s*$/ captures, read back from
 * `end`, the end of the text's last visible character, rather than searched from the start): the
 * run of name characters ending there, 4 to 40 of them, with a sentence's end before it across
 * spaces. A shorter run could not match: its first character would follow another name character,
 * neither a space nor a sentence's end.
 */
function signatureAtEnd(text: string, end: number): string | undefined {
  let start = end
  while (start > 0 && end - start <= 40 && SIGNATURE_NAME_CHAR.test(text[start - 1])) start--
  if (end - start < 4 || end - start > 40) return undefined
  let k = start - 1
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u3000')) k--
  return k >= 0 && '。！？'.includes(text[k]) ? text.slice(start, end) : undefined
}

/** Citation marks closing a paragraph, numbers in square brackets: [3], [2][5], [4-6]. */
const CITATION_END = /(?:[ \u3000]*\[[0-9]{1,3}(?:[-–,，][0-9]{1,3})*\])+\s*$/

/** Ends with a mark that can only be followed by more of the same sentence. */
export function endsWithContinuationMark(text: string): boolean {
  // (a dash typed as hyphens, -- or －－, is one: normalise makes it ——)
  return /[、，,：:；“‘《（(—\-－]\s*$/.test(text)
}

/**
 * A half-width full stop that normalise makes “。”: after Chinese, before Chinese or a quotation mark
 * or bracket (a half-width one too, which normalise makes full-width there), or after a Han character
 * before a figure.
 */
// (a straight quote after it too, which normalise makes a curly one: 一一.'㐀们' is 一一。‘㐀们’)
const HALF_WIDTH_STOP = /[\p{Script=Han}〇”’》〉」』）】〕)]\.(?=[\p{Script=Han}〇”’》〉」』）】〕“‘《〈「『（【〔()'"])|[\p{Script=Han}〇]\.(?=[0-9０-９])/u

/**
 * Any sentence-final punctuation inside the text (not counting a last closing bracket). A full stop
 * before a space counts, and so before a mark, full-width (，。、：；！？) or half-width (,:), since
 * normalise removes the space between them and makes a half-width mark next to Chinese full-width:
 * the output, cleaned again, must read the same.
 */
export function hasSentencePunctuation(text: string): boolean {
  return /[。！？!?；;]|[^\s\d０-９]\.(?:\s|$|[，。、：；！？,:])/.test(text) || HALF_WIDTH_STOP.test(text) || FIGURE_STOP.test(text)
}

/** A full stop that normalise makes “。” after a percentage or an e-mail address, before Chinese or at the end. */
const FIGURE_STOP = /(?:%|@[\w.-]+\.[A-Za-z]{2,})\.(?=\p{Script=Han}|$)/u

/** Unclosed “ or ‘ quotes: positive when the text opens more than it closes. */
export function quoteBalance(text: string): number {
  let open = 0
  for (const ch of text) {
    if (ch === '“' || ch === '「') open++
    else if (ch === '”' || ch === '」') open--
  }
  return open
}

/** Index of the first closing quote that has no opening quote before it, or -1. */
export function firstUnmatchedCloser(text: string): number {
  return firstUnmatched(text, '“「', '”」', text.length)
}

/** Index of the first of `closers` with no one of `openers` before it, within `reach` characters, or -1. */
export function firstUnmatched(text: string, openers: string, closers: string, reach: number): number {
  let depth = 0
  for (let i = 0; i < text.length && i < reach; i++) {
    const ch = text[i]
    if (openers.includes(ch)) depth++
    else if (closers.includes(ch)) {
      if (depth === 0) return i
      depth--
    }
  }
  return -1
}

/** Several stages compare the same blocks (classify, join, dedup, across): folded once. */
const folded = new BoundedMemo<string, string>()

/**
 * Folding used to compare blocks: width (NFKC), quotes, punctuation, spaces and leaked traditional
 * characters do not matter (normalise changes all of them, and the output cleaned again must compare
 * the same).
 */
export function foldForCompare(text: string): string {
  return folded.get(text, foldText)
}

/** What folding makes of each mark it changes; whitespace goes. */
const FOLDED_MARK: Record<string, string> = {
  ...Object.fromEntries([...'“”„‟"＂「」『』'].map((c) => [c, '"'])),
  ...Object.fromEntries([...'‘’\''].map((c) => [c, "'"])),
  ...Object.fromEntries([...'▲►■◆●▶△▼◀◄'].map((c) => [c, ''])),
  '，': ',',
  '、': ',',
  '。': '.',
  '．': '.',
  '：': ':',
  '；': ';',
}
/** The code units of the whitespace `\s` matches (none is outside the BMP). */
const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'
/**
 * For each code unit, what folding makes of it: 0 keeps it, k puts FOLDINGS[k - 1] in its place. A
 * table read as the text is walked: replacing with a function called for each mark cost twice as much.
 */
const FOLDINGS = [...new Set(['', ...Object.values(FOLDED_MARK)])]
const FOLDING_OF = new Uint8Array(0x10000)
for (const [mark, folding] of Object.entries(FOLDED_MARK)) FOLDING_OF[mark.charCodeAt(0)] = FOLDINGS.indexOf(folding) + 1
for (const space of WHITESPACE) FOLDING_OF[space.charCodeAt(0)] = FOLDINGS.indexOf('') + 1

/** The text with each of FOLDED_MARK's marks as it says, and without whitespace. */
function foldMarks(text: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const k = FOLDING_OF[text.charCodeAt(i)]
    if (k === 0) continue
    if (i > from) out += text.slice(from, i)
    out += FOLDINGS[k - 1]
    from = i + 1
  }
  return from === 0 ? text : out + text.slice(from)
}

const DOUBLED_FOLDED = /([,:;.])\1/
const DOUBLED_FOLDED_ALL = /([,:;.])\1+/g

function foldText(text: string): string {
  // one pass for the marks: each becomes one character (or none) that no other mark becomes
  const folded = foldMarks(simplifyLeaks(text).normalize('NFKC'))
  // an ellipsis in any form (…, ……, ..., 。。。; NFKC has made … into ...) is one mark, as normalise makes it
  const marks = folded.includes('...') ? folded.replace(/\.{3,}/g, '…') : folded
  // a mark printed twice is one (，， 。。), as normalise makes it
  const single = DOUBLED_FOLDED.test(marks) ? marks.replace(DOUBLED_FOLDED_ALL, '$1') : marks
  // a dash typed as hyphens (--, －－; NFKC has made － into -) is the dash normalise makes it
  const dashes = single.includes('--') ? single.replace(/-{2,}/g, '——') : single
  // letters that OCR reads for digits inside a figure (lO2.4 for 102.4) are the digits
  return LOOK_ALIKE_IN_FIGURE.test(dashes) ? dashes.replace(FIGURE_WITH_LOOK_ALIKES, (run) => (/[0-9]/.test(run) ? run.replace(/[lI]/g, '1').replace(/O/g, '0') : run)) : dashes
}

/** A run of digits, decimal points and the letters OCR confuses with 1 and 0 (l, I, O). */
const FIGURE_WITH_LOOK_ALIKES = /[0-9lIO](?:[0-9lIO.]*[0-9lIO])?/g
const LOOK_ALIKE_IN_FIGURE = /[lIO][0-9.]|[0-9.][lIO]/

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

/** Word segments of a short text, using the ICU dictionary that ships with Node. */
export function words(text: string): Array<{ segment: string; index: number; isWord: boolean }> {
  return [...segmenter.segment(text)].map((s) => ({ segment: s.segment, index: s.index, isWord: s.isWordLike ?? false }))
}

/**
 * The marks a list item or a marked heading opens with (●话剧《茶馆》…, ◆ 稳增长：…, ※注：…), one set
 * for every stage that asks whether a line opens with a bullet. (▲ and ► open captions, not items.)
 */
export const BULLETS = '●○◆◇■□▪•◦★☆◎△※'
export const OPENS_WITH_BULLET = new RegExp(`^[${BULLETS}]`)

/** An ellipsis in any form (…, ……, ..., 。。。): normalise makes every one in Chinese text “……”. */
export const ELLIPSIS_FORMS = /…+|\.{3,}|。{3,}/g

/**
 * A mark printed twice, which normalise makes one: ，， 、、 ；； ：：, and a stop twice (three or more
 * are an ellipsis typed so).
 */
export const DOUBLED_MARK = /，{2,}|、{2,}|；{2,}|：{2,}|(?<!。)。。(?!。)/g

/** A dash typed as hyphens (--, －－): normalise makes it “——” in Chinese text. */
export const TYPED_DASH = /-{2,}|－{2,}/g

const WEB_ADDRESS = /^(?:(?:https?:\/\/|www\.)[\w\-.~:/?#@!$&'*+,;=%]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/

/** A web address alone on its line (a page's link under its headline): whole, never a sentence's half. */
export function isWebAddressLine(text: string): boolean {
  const line = text.trim()
  return line.length <= 300 && /^(?:https?:\/\/|www\.)/.test(line) && WEB_ADDRESS.test(line)
}

/** The label of a line of facts: a few characters, no punctuation, then the colon. */
const FACT_LABEL = /^[^\s，,。.：:；;！!？?、“”"（）()…]{1,8}[：:]/

/** The label of a notice's field of contact or place and time (地址： 联系人： 咨询电话：), whatever its value. */
const FIELD_LABEL = /(?:地址|地点|时间|日期|电话|热线|手机|联系人|联系方式|邮箱|网址|邮编|传真|附件[0-9一二三四五六七八九十]?)[：:]$/
/** The label of a field whose value is a number: a telephone's, a fax's, a postcode's. */
const NUMBER_LABEL = /(?:电话|热线|手机|传真|邮编)[：:]$/

/**
 * A line of facts, a short `label：value` where the value is a third or more digits: a time, a date,
 * a number to call (会议时间：2023年11月3日 14:30, 咨询电话：0871-12345678); or a notice's field of
 * contact, place or time (地址：某某市某某路88号). Not a headline, and complete as it is.
 */
export function isFactLine(text: string): boolean {
  if (isFieldRow(text)) return true
  if (text.length > 40) return false
  // read without spaces (normalise takes out those around a full-width colon), and with an ellipsis
  // or a dash in any form as one mark (normalise makes … and ... “……”, and -- “——”)
  const line = text.replace(/\s+/g, '').replace(ELLIPSIS_FORMS, '…').replace(/-{2,}|－{2,}|—+/g, '—')
  const label = FACT_LABEL.exec(line)
  if (!label) return false
  // (a number's label holds a number: 咨询热线：12345678, not a section's head naming one, 一条热线：腿脚不便也能送上门)
  if (FIELD_LABEL.test(label[0]) && line.length > label[0].length && !hasSentencePunctuation(line) && (!NUMBER_LABEL.test(label[0]) || /[0-9０-９]/.test(line.slice(label[0].length)))) return true
  const value = line.slice(label[0].length)
  // (an address on the web is a fact too: 网络举报：www.example.gov.cn, 投稿：tougao@example.com)
  if (WEB_ADDRESS.test(value)) return true
  const digits = value.replace(/[^0-9０-９]/g, '').length
  return /^[0-9０-９\p{L}]/u.test(value) && digits * 3 >= value.length
}

/** A field of a row: a short label, its colon and a value with no sentence in it (主办单位：某某局). */
const ROW_FIELD = /^[^\s，,。.：:；;！!？?、“”"（）()…]{2,8}[：:][^\s。！!？?；;：:]+$/

/**
 * A row of labelled fields set apart by wide gaps, as a document's head sets its fields on one line
 * (承办单位：某某局　　协办单位：某某局、某某委; 时间：5月6日　　地点：某某礼堂): two or more `label：value`, no
 * sentence: whole as it is, never the first half of a paragraph.
 */
function isFieldRow(text: string): boolean {
  const line = text.trim()
  if (line.length > 80) return false
  // (one space apart too: normalise leaves one between them, and the output must read the same)
  const fields = line.split(/[ \u3000]+/)
  return fields.length >= 2 && fields.every((field) => ROW_FIELD.test(field))
}

/**
 * A letter's or a notice's salutation on its own line (各有关单位： 尊敬的市民朋友： 同志们： 编辑同志： 孙玉华老人：): whole
 * as it is, never the first half of a sentence cut by a break. A notice may address several in a
 * row (各乡镇人民政府，县直有关单位：): after the first, each names a body or people, which a lead-in
 * cut after a comma (各地要高度重视，认真落实以下要求：) does not.
 */
export function isSalutation(text: string): boolean {
  // (its letters spaced out as a scan sets them, 编 辑 同志:, read as normalise writes them)
  const line = text.trim().replace(/(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu, '')
  if (SALUTATION.test(line)) return true
  // (a notice sent to many bodies names their kinds in brackets, 各县（市、区）某某局，局机关各科（室）、直属各单位：: the
  // notes say which bodies, not what they are, and the line runs longer)
  const bodies = line.replace(ADDRESSEE_NOTE, '')
  if (bodies.length > ADDRESSEES_MAX || !/[：:]$/.test(bodies)) return false
  const [first, ...rest] = bodies.slice(0, -1).split(/[，,]/)
  return rest.length > 0 && SALUTATION.test(first + '：') && rest.every((part) => ADDRESSEE.test(part))
}

/**
 * A letter's closing formula on its own line (此致 / 敬礼！, 此复, 顺颂商祺, 特此通知。): whole as it
 * is; 此致 and 敬礼 stand on two lines, never one.
 */
export function isLetterClosing(text: string): boolean {
  const line = text.trim()
  return line.length <= 8 && LETTER_CLOSING.test(line)
}

const LETTER_CLOSING = /^(?:此致|敬礼[！!。]?|此复[。]?|顺颂(?:商祺|时祺|春安|夏安|秋安|冬安|时绥)[！!。]?|祝好[！!。]?|特此(?:通知|公告|通告|函告|证明|说明)[。！!]?)$/

/** A note in brackets in an addressee's name: （市、区）, （室）, （街道）. */
const ADDRESSEE_NOTE = /[（(][^（）()，,。：:]{1,6}[）)]/g
/** A line of addressees, their notes aside, is this long at most. */
const ADDRESSEES_MAX = 60

/** What an addressee is: a body (政府, 单位, 局…) or people (同志, 家长, 们…). */
const ADDRESSEE_WORD = '(?:单位|部门|政府|机关|机构|企业|学校|委|局|办|院|所|会|公司|同志|朋友|们|家长|同学|老师|市民|读者|居民|群众|代表|员工|职工|街道|乡镇|社区|村|处|室|科|站|队)'
// (各 opens a heading's phrase too, 各区鱼苗投放量（万尾）：, so the addressees it opens are named by what they are)
const SALUTATION = new RegExp(
  `^(?:(?:尊敬的|亲爱的|全体)[^，,。：:；;！!？?“”"]{1,14}|各位[^，,。：:；;！!？?“”"]{0,12}|各[^，,。：:；;！!？?“”"]{0,12}${ADDRESSEE_WORD}|[\\u4e00-\\u9fff]{1,4}们|[\\u4e00-\\u9fff]{0,8}(?:同志|先生|女士|朋友|老师|同学|家长|市民|读者|老人|大爷|大妈|大娘|阿姨|叔叔|伯伯|奶奶|爷爷|乡亲|师傅|小朋友)们?)[：:]$`,
)

/** One more addressee of a salutation: a body (政府, 单位, 局…) or people (同志, 家长, 们…). */
const ADDRESSEE = new RegExp(`^[^。：:；;！!？?“”"]{0,14}${ADDRESSEE_WORD}$`)

/** A cell of a table row that is a figure: 3500亿元, 5.6%, -2.1, １２ */
const FIGURE_CELL = /^[-+−]?[0-9０-９]/

/**
 * A gap between two words wider than a space, inside the line: the cells of a table or a list set in
 * columns (王建军　临江市…科长, 北川队　2:3　江城队, 中国    金牌 八十一); the lines of a paragraph
 * wrapped at a width hold none. Not letter spacing (新 闻 速 递).
 */
export function hasCellGap(text: string): boolean {
  const trimmed = text.trim()
  if (!CELL_GAP.test(trimmed)) return false
  // (nor a gap inside brackets or a quotation, which no column crosses: a name set to three characters'
  // width in a byline's brackets, 本报讯（记者　某　某）…, or two phrases of a quoted motto, the quotation
  // opened on the line above or closed on the line below)
  if (!CELL_GAP.test(trimmed.replace(ENCLOSED_SPAN, '＿'))) return false
  // (the gap after a dateline opens a paragraph, and wraps with it: 新华社北京五月十日电　据农 / 林部统计…)
  const line = trimmed.replace(DATELINE_GAP, '')
  return (line === trimmed || CELL_GAP.test(line)) && letterSpaces(line).length === 0
}

/** A span in brackets or quotation marks, or the part of one the line's end or start cuts. */
const ENCLOSED_SPAN = /[（(][^（）()]*(?:[）)]|$)|“[^“”]*(?:”|$)|^[^“”（）()]*[”）)]/g

const DATELINE_GAP = /^[^\s\u3000]{2,24}(?:电|讯)(?:[（(][^（）()]{1,30}[）)])?(?:\u3000|[ \t]{2,})/

const CELL_GAP = /\S(?:\u3000|[ \t]{2,}|\t)[ \t\u3000]*\S/

/** How many names a line of names without a label holds at least, to be read as a list of names. */
const NAME_ROW_MIN = 4
/** The share of a row's names that open with a common surname at least (a rarer one may open the others). */
const NAME_ROW_SURNAMED = 0.75

/**
 * The names of a line of Han names set apart by spaces, a name padded to its column (王　平) read as one; undefined
 * when a cell is no name's length (a row of a table, 张明　女　汉族, has cells of one letter alone).
 */
export function namesOfRow(text: string): string[] | undefined {
  const cells = text.trim().split(/[ \u3000]+/)
  if (!cells.every((cell) => /^[\u4e00-\u9fff]{1,3}$/.test(cell))) return undefined
  // (letters all set apart one by one are a spaced line, 今 年 以 来 全 县 上 下, not names padded among names)
  if (cells.every((cell) => cell.length === 1)) return undefined
  const names: string[] = []
  for (let k = 0; k < cells.length; k++) {
    if (cells[k].length === 1 && cells[k + 1]?.length === 1) names.push(cells[k] + cells[++k])
    else names.push(cells[k])
  }
  // (most open with a surname: a slogan's phrases set apart so, 强基础 优服务 促发展 保稳定, are no names)
  const surnamed = names.filter((name) => SURNAMES.has(name[0])).length
  return names.every((name) => name.length >= 2) && surnamed >= names.length * NAME_ROW_SURNAMED ? names : undefined
}

/**
 * A list of names without a label, a line of them (王某某　李某某　赵　某　钱某某): four at least, each once (a table's
 * row says its labels again: 金牌 八十一　银牌 四十二). Its spaces set the names apart, as a table's set its cells.
 */
export function isNameRow(text: string): boolean {
  const names = namesOfRow(text)
  return names !== undefined && names.length >= NAME_ROW_MIN && new Set(names).size === names.length
}

/** The cells of a line set apart by spaces, when it has three or more short ones (a table's row). */
export function tableCells(text: string): string[] | undefined {
  const cells = text.trim().split(/[\s\u3000]+/)
  return cells.length >= 3 && cells.every((cell) => cell.length <= 12) ? cells : undefined
}

/**
 * A row of a table, its cells set apart by spaces (地区生产总值 3500亿元 5.6%): three or more short
 * cells, two or more of them after the first holding figures (or one, after a rank: 1 城市队 56). Not a headline, and whole as it is: rows are
 * never joined into a paragraph.
 */
export function isTableRow(text: string): boolean {
  // (the length without spaces: normalise may take some out, and the row must read the same; a
  // paragraph, far longer, is not read through)
  if (text.length > 160 || !/[\s\u3000]/.test(text) || text.replace(/[\s\u3000]+/g, '').length > 50) return false
  // (a list's entry of a name and a sum set apart, the sum its last cell in figures or in the capital
  // numerals of accounts, its currency before it: 某某先生（某地） 美元壹万元, 某某公司 5000元; a
  // donors' list, a fee schedule, a prize list: each entry whole)
  if (isSumEntry(text)) return true
  const cells = tableCells(text)
  if (!cells) return false
  // two cells after the first hold figures, one at least opening with it (a weather line: 今天 晴
  // 15℃～25℃ 南风2级)
  let figures = 0
  let opening = 0
  for (let i = 1; i < cells.length; i++) {
    if (FIGURE_CELL.test(cells[i])) opening++
    if (/[0-9０-９]/.test(cells[i])) figures++
  }
  // (a rank or a serial number opening the row counts: 1 城市队 56)
  if (/^[0-9０-９]{1,3}$/.test(cells[0])) figures++
  // (a match's result, its score between the two sides set apart by single spaces: 大连英博 2:1 南京城市)
  if (cells.length === 3 && figures === 1 && isResultCells(cells)) return !hasSentencePunctuation(text)
  // (no sentence marks, as normalise will write them: 一.一 is 一。一)
  return opening >= 1 && figures >= 2 && !/[，,]/.test(text) && !hasSentencePunctuation(text)
}

/** A sum of money as a list sets it: a currency's short name maybe, figures or capital numerals, 元 (美元壹万元, 5000元, 人民币贰仟元整). */
const SUM_CELL = /^\p{Script=Han}{0,3}?(?:[0-9０-９][0-9０-９,.，]*|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)(?:[万亿])?[元圆](?:整)?$/u

/** An entry of a name and a sum, two cells set apart (某某先生（某地） 港币叁万元): no sentence, the name no longer than a list's. */
function isSumEntry(text: string): boolean {
  const parts = text.trim().split(/[\s\u3000]+/)
  if (parts.length !== 2 || parts[0].length > 24 || !SUM_CELL.test(parts[1])) return false
  return !/[，,。；;！!？?：:]/.test(parts[0]) && !/[0-9０-９]$/.test(parts[0])
}

/** A score (2:1, 0：0): a match's result between the names of its two sides. */
const SCORE_CELL = /^[0-9]{1,3}[:：][0-9]{1,3}$/
/** A side of a match: a name without figures or marks (青岛西海岸, 广州队). */
const SIDE_CELL = /^[^0-9０-９，,。.：:；;！!？?、“”"（）()]{2,12}$/

/** A row of a results table, side score side (大连英博 2:1 南京城市): each whole, never a wrap's line. */
function isResultCells(cells: string[]): boolean {
  return SCORE_CELL.test(cells[1]) && SIDE_CELL.test(cells[0]) && SIDE_CELL.test(cells[2])
}

/** A full date: 2023年11月3日 (spaces allowed between its parts), 2023-11-03, 2023.11.03, 2023/11/03. */
export const DATE = '(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2})'

const DATE_LINE = new RegExp(`^${DATE}$`)

/** A date alone on its line (2023年11月3日, 2023-11-03): a notice's signature, not a headline nor half a sentence. */
export function isDateLine(text: string): boolean {
  // (a date, spaced out as it may be, is short: a paragraph is not copied)
  return text.length <= 40 && DATE_LINE.test(text.replace(/\s+/g, ''))
}

/**
 * Body text that opens an article with its dateline (本报讯 本报北京3月5日电 新华社北京3月5日电): the
 * start of a new story, never the continuation of another paragraph.
 */
export function opensArticle(text: string): boolean {
  return ARTICLE_LEAD.test(text)
}

/**
 * A dateline alone on its line (本报讯（记者 张三）, 新华社北京11月15日电): the opening of the
 * paragraph under it, which a dump set apart.
 */
export function isDatelineAlone(text: string): boolean {
  const lead = ARTICLE_LEAD.exec(text)
  return lead !== null && text.length <= 40 && /^\s*(?:[（(][^（）()]{1,30}[）)])?\s*$/.test(text.slice(lead[0].length))
}

/**
 * A turn of an interview or a Q&A opening with its label (问：… 答：… 记者：… 主持人：…): a new
 * paragraph, never the rest of the turn before it.
 */
export function opensDialogueTurn(text: string): boolean {
  return DIALOGUE_LABEL.test(text)
}

const DIALOGUE_LABEL = /^(?:问|答|Q|A|记者|主持人)\s*[：:]/

// (with the place in it too: 本报定西讯)
const ARTICLE_LEAD = /^(?:本报讯|本刊讯|本报[\u4e00-\u9fff]{1,6}讯|本报[\u4e00-\u9fff\d]{0,12}电|[\u4e00-\u9fff]{1,4}(?:社|报|网|台)[\u4e00-\u9fff\d]{1,12}电)/

/** `at`, moved past the spaces that follow it, short of the text's end: what is left must not open with one. */
export function withSpacesAfter(text: string, at: number): number {
  while (at < text.length - 1 && /[\s\u3000]/.test(text[at])) at++
  return at
}

/** Letters and figures of a text (Han characters among them): its length as normalise leaves it, whatever it does to marks and spaces. */
export function wordLength(text: string): number {
  let n = 0
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) n++
  return n
}

/** Single Han characters with spaces between them: 新 闻 速 递, 编 辑　王 芳. */
const LETTER_SPACED = new RegExp(`^[${CJK}](?:[ \\t\\u00a0\\u3000]+[${CJK}])+$`)

/**
 * The spaces of letter spacing in a short line (a headline or a column's name set 新 闻 速 递): the
 * start of each run, when the line is single characters with spaces between them, however wide
 * (normalise makes a wide run one space, and the line must read the same when cleaned again). None
 * when the line holds a word of two characters or more (抓党建 强堡垒): those spaces are its own.
 */
export function letterSpaces(text: string): number[] {
  // (asked of most short lines by segment: most hold no space at all)
  if (text.length > 60 || !SPACE_RUN.test(text)) return []
  if (LETTER_SPACED.test(text)) return [...text.matchAll(SPACE_RUNS)].map((m) => m.index!)
  // (a headline quoting a word of its own sets the quotation marks among its spaced letters: 坚 持 和 发 展
  // “枫 桥 经 验”, 党 员 “ 带 着 干 ” 　 群 众 学 有 样; read without them, its letters are spaced as any)
  if (!QUOTE_MARK.test(text) || !LETTER_SPACED.test(text.replace(QUOTE_MARKS, ' ').trim())) return []
  const runs = [...text.matchAll(SPACE_RUNS)]
  // (a gap three times as wide as any other holds the headline's two halves apart: one space stays)
  const width = (run: string) => [...run].reduce((sum, c) => sum + (c === '\u3000' ? 2 : 1), 0)
  const widths = runs.map((m) => width(m[0]))
  const widest = Math.max(...widths)
  const others = widths.filter((w) => w !== widest)
  const halves = widest >= 3 && others.length > 0 && widest >= 3 * Math.max(...others) && widths.filter((w) => w === widest).length === 1
  return runs.filter((_, k) => !halves || widths[k] !== widest).map((m) => m.index!)
}

const QUOTE_MARK = /[“”‘’「」『』]/
const SPACE_RUN = /[ \t\u00a0\u3000]/
const SPACE_RUNS = /[ \t\u00a0\u3000]+/g
const QUOTE_MARKS = /[“”‘’「」『』]/g

/** The line read without its letter spacing (新闻速递), as normalise writes it (its halves' gap one space). */
export function withoutLetterSpacing(text: string): string {
  const starts = new Set(letterSpaces(text))
  if (starts.size === 0) return text
  return text.replace(/[ \t\u00a0\u3000]+/g, (run, at: number) => (starts.has(at) ? '' : ' '))
}

const HAN = /\p{Script=Han}/u
// (letters of a script Chinese text does not run into: Arabic, Cyrillic, Tibetan, Mongolian…; Latin
// and kana words do stand in Chinese sentences)
const OTHER_SCRIPT = /(?![\p{Script=Han}\p{Script=Latin}\p{Script=Hiragana}\p{Script=Katakana}])\p{L}/u

/**
 * One half ends in Chinese and the other starts in a script Chinese sentences are not written in: a
 * bilingual notice's two versions (伊宁县文化体育广播电视和旅游局 / ناھىيەلىك مەدەنىيەت…), never one sentence.
 */
export function changesScript(before: string, after: string): boolean {
  const last = before.trimEnd().slice(-1)
  const first = after.trimStart().charAt(0)
  return (HAN.test(last) && OTHER_SCRIPT.test(first)) || (OTHER_SCRIPT.test(last) && HAN.test(first))
}

/** A speaker's label is this short: a title and a name, and the colon. */
const SPEAKER_LABEL_MAX = 30

/** A speaker's label over the words it introduces: a short line closed by its colon (省某某厅副厅长 某某：). */
// (no sentence inside, as normalise will write it: 社区.”他说: holds one as 社区。”他说： does)
export function isSpeakerLabel(text: string): boolean {
  return text.length <= SPEAKER_LABEL_MAX && /[：:]\s*$/.test(text) && !/[，,]/.test(text) && !hasSentencePunctuation(text)
}

/** An equation: terms on either side of an equals sign, one side holding an operator or a bracket. */
export const FORMULA = /^(?=.*[×÷*/+＋（(]).*[^=＝\s]\s*[=＝]\s*[^=＝\s]/

/**
 * A line opened by a label and its colon (男子200米：…, 时间：…), as items of a list of results or facts
 * are; a colon before a quotation opens speech, not a field.
 */
export const FIELD_OPENING = /^[^，,。.；;：:\s“”"「」]{1,16}[：:](?![“"「])\S/

/** A field's label spaced out to the width of the others' (案　号：… under 审理法院：…), read without its spaces. */
export function unspacedLabel(text: string): string {
  // (the spaces after its first character only: 委　　员（按姓氏笔画为序）：…)
  // (and a bilingual label's gloss in letters after it: 门票 Ticket：…, 开放时间 Opening Hours：… read as 门票：…)
  return text.replace(/^(\p{Script=Han})[ \u3000]+(?=\p{Script=Han}[^，,。：:\s]{0,14}[：:])/u, '$1').replace(LABEL_GLOSS, '$1')
}

/** A Han label's gloss in letters between it and its colon: 开放时间 Opening Hours：. */
const LABEL_GLOSS = /^(\p{Script=Han}{2,8})[ \u3000]+[A-Za-z][A-Za-z'&-]*(?: [A-Za-z][A-Za-z'&-]*){0,3}(?=[：:])/u

/** A line ending in a figure and its unit, as a result does: 10秒85, ６米１２, 42秒16. */
export const FIGURE_END = /[0-9０-９][^0-9０-９\s]{0,2}[0-9０-９]*\s*$/

/** A file's name closing a line, as a list of attachments or downloads sets it: 1.某某实施方案.pdf */
export const FILE_NAME_END = /\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar|jpe?g|png)\s*$/i

/**
 * A notice's or a letter's addressee opening it, closed by its colon: one name or several (某某、某某：, 某某有限公司：);
 * no stop inside it, a half-width one too (normalise makes it 。), and not a speaker's colon over a quotation (他说：“…).
 */
const ADDRESSEE_OPENING = /^([^，,。．.：:；;！!？?“”"（）()《》]{2,24})[：:](?![“"「‘'])/

/** A notice's text after its addressee is this long at least. */
const ADDRESSED_TEXT_MIN = 20

/** The addressee opening a notice or a letter, spaces aside (某某：本院受理…), if any. */
export function addresseeOf(text: string): string | undefined {
  return ADDRESSEE_OPENING.exec(text.replace(/[\s\u3000]+/g, ''))?.[1]
}

/**
 * Two paragraphs each opened by an addressee, the two not alike: sent to two parties (某甲： / 某乙、某丙：, 某某明： /
 * 某某亮：). A scan's copy may misread a character of the name: the text is kept and flagged, for the editor to judge.
 */
export function addressedApart(a: string, b: string): boolean {
  const [first, second] = [addresseeOf(a), addresseeOf(b)]
  // (each with its text after the colon: a speaker's label alone, 某某：, over the words it introduces is no notice)
  const texted = (text: string, to: string) => text.replace(/[\s\u3000]+/g, '').length - to.length >= ADDRESSED_TEXT_MIN
  return first !== undefined && second !== undefined && first !== second && texted(a, first) && texted(b, second)
}

/** Whether every character of `part` stands in `whole`, in the same order (水厂通水 in 城北水厂正式通水, 218 in 2018). */
export function isSubsequence(part: string, whole: string): boolean {
  let at = 0
  for (const ch of part) {
    at = whole.indexOf(ch, at)
    if (at < 0) return false
    at += ch.length
  }
  return true
}
