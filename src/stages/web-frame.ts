/**
 * web-frame: the article of a web page found by its frame (markWebArticle), and a forum thread's floors
 * (markThreadFloors). Classify marks a page's chrome line by line first; this reads the page as a whole once that
 * is done: whether it is a web page at all, where its headline and article are, what closes the article and what
 * after it is the site's. Apart from classify.ts because it is one concern with its own patterns; the line rules it
 * reads stay in classify.ts, the few patterns both build their expressions from in classify-patterns.ts.
 */
import type { Block } from '../kernel/block.js'
import { DATE, foldForCompare, isWebAddressLine } from '../kernel/text.js'
import { AGE, ATTACHMENT_LINE, BUTTON_LABEL, CLOCK_ALONE, WEB_TIME, FIELD_GAP, MEDIUM_NAME, COUNT_WORD, PERSON, SUMMARY_WORD, UNFOLD_END } from './classify-patterns.js'
import { isHeadlineBlockLine, isSetTogether, PLAYER_QUALITY, PREV_NEXT_LINK, patterns, isStaffOnly, isWebChrome, isFurnitureLine, COUNTS_IN_BRACKETS, HASHTAGS, TIME_PLACE, PLACE_ALONE, DISCLAIMER_OPENING, RECOMMENDED, isListLabel, COMMENTS, COMMENT_COUNT, SHARE_LABEL, isContent, isNavigation, HEADLINE_MAX, isPageDateline, SOURCE_AND_NAME, CHROME_LINE_MAX, AUTHOR_NAME, TEASER_STAMP, BUTTON_COUNT, HAS_BUTTON_WORD, BARE_DATE, isRightsNotice, KEYWORD_LINE, TAIL_LIST_LABEL_SHAPE, FOLLOW_BUTTON, isPrintFolio, isVisiblyLonger, isPagerRow } from './classify.js'

/** A printed page cited as a source: the paper's name in title marks or the whole in brackets, its page in brackets at the end. */
const CITED_PAGE = /^(?:[（(【[]\s*)?(?:来源[:：]\s*)?《[^《》]{1,20}》\s*[（(][^（）()]{0,24}版\s*[）)](?:\s*[）)】\]])?$/

/** A web page tells itself by its chrome: this many lines classify's rules read as a web page's own (a printed page has none). */
const WEB_CHROME_MIN = 2
/** Long prose: a line of text with a sentence's end, longer than a platform's line is. */
const PROSE_MIN = 40
/** A line of prose after the article's end is kept from this length (a comment's or a button's line is shorter). */
const KEPT_PROSE_MIN = 30
const SENTENCE_MARK = /[。！？!?]/
/** A player's time: 00:58, 00:00/04:16, 00:00 / 03:45. */
const DURATION = /^(?:[▶►▷⏵⏯]\uFE0F?\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/
/** A slot's label between paragraphs is short, a word or two in Latin letters: Advertisement, Sponsored content. */
const SLOT_LABEL_MAX = 24
const SLOT_LABEL = /^[A-Za-z]+(?: [A-Za-z]+)?$/
/** A character of Chinese text, by its script: the prose a slot's label stands between holds some. */
const HAN_SCRIPT = /\p{Script=Han}/u
/** A transcript's label is short: 视频文稿, AI生成的文稿仅供参考. */
const TRANSCRIPT_LABEL_MAX = 16
/** A video player's rows under its counter hold this many lines at most: its speed's label and rates, its quality menu. */
const PLAYER_ROWS_MAX = 6
/**
 * A font widget's row, its buttons single letters or the sizes' words, maybe under its label, with buttons in brackets
 * by it (字号：T | T 【打印】【关闭】, 字体 A A A, 大 中 小): over the text, the page's.
 */
const FONT_WIDGET = /^(?:[\u4e00-\u9fff]{1,4}\s*[:：]?\s*)?[A-Za-z大中小][+\-＋－]?(?:[\s\u3000|｜]+[A-Za-z大中小][+\-＋－]?){1,4}$/
function isButtonsRow(line: string): boolean {
  const buttons = line.match(BUTTON_WORD_IN_BRACKETS)?.length ?? 0
  const bare = line.replace(BUTTON_WORD_IN_BRACKETS, ' ').trim()
  return buttons > 0 && (bare.length === 0 ? buttons >= 2 : FONT_WIDGET.test(bare))
}
/** An account's card holds its name, maybe a badge or two, and its follow button: this many fields at most. */
const FOLLOW_CARD_FIELDS_MAX = 4
/**
 * An account's card on one line: its name, maybe its badge, and its follow button last, set apart by gaps, no sentence
 * (某某晚报　✓已认证　+关注, 某某融媒 关注): the site's, never a kicker over the headline.
 */
function isFollowCard(line: string): boolean {
  if (line.length > 40 || /[，,。！？!?；;：:]/.test(line)) return false
  const fields = line.split(/[\s\u3000]+/).filter((f) => f.length > 0)
  return fields.length >= 2 && fields.length <= FOLLOW_CARD_FIELDS_MAX && FOLLOW_BUTTON.test(fields[fields.length - 1])
}
/** A title numbered as an episode's or an issue's, the number before a bar: 第52期 | 某某, 第3集｜某某. */
const NUMBERED_TITLE = /^第[0-9一二三四五六七八九十百]{1,5}[期集回讲]\s*[|｜]\s*(\S.{1,40})$/
/** A button's word in brackets, one word of a few characters: 【打印】, [关闭] (a byline in brackets holds a name apart: 【采访/某某网 王某】). */
const BUTTON_WORD_IN_BRACKETS = /[【[]\s*[\u4e00-\u9fff]{1,6}\s*[】\]]/g
/** A line naming an app or its client among few words, without a sentence: a prompt to open or get it. */
const APP_WORD = /APP|App|app|客户端/
/** A field at the article's foot: a role or source in brackets or before a colon (【作者】…, 来源：…), or a line on 本文 itself. */
const FOOT_FIELD = /^(?:[【[](?:作者|来源|出处|原标题)[】\]]|(?:作者|来源|出处|原标题)\s*[:：]|本文|此文)/
/** An editor's field among a line's fields: 责编：某某, 责任编辑 | 某某. */
const EDITOR_FIELD = /(?:^|[\s\u3000|｜丨])(?:责任编辑|责编|编辑)\s*[:：|｜丨]/
/** A staff line that closes an article: its editor, checker, reviewer (编辑 某某, 责任编辑：…, [责编：…], 本期编辑：…). */
const STAFF_CLOSE = /^[[【(（]?\s*(?:本期|本版|本文|本篇|当期)?(?:责任编辑|值班编辑|编辑|责编|校对|审核|审校|审读|终审|监制|初审|复审|一审|二审|三审)\s*[:：\s|｜丨]/
/** A line of the page's counts: 1.3万阅读 · 286喜欢 · 41评论, 阅读 2846 | 点赞 56. */
const COUNT_ITEM = `(?:[0-9]+(?:\\.[0-9]+)?\\s*[万千wWkK]?\\+?\\s*${COUNT_WORD}|${COUNT_WORD}\\s*[0-9]+(?:\\.[0-9]+)?\\s*[万千wWkK]?\\+?)`
const COUNT_ROW = new RegExp(`^${COUNT_ITEM}(?:[\\s\\u3000]*[·・•|｜/][\\s\\u3000]*${COUNT_ITEM}|[\\s\\u3000]+${COUNT_ITEM})+$`)
/**
 * A count alone, of plays, reads or likes: 4.6万次播放, 阅读 2846, 1.2万人看过, 已播放 8.6万次; or a figure by the pictograph
 * that stands for the word (👁 3.2万, ❤ 526).
 */
const COUNT_ALONE = new RegExp(`^(?:\\p{Extended_Pictographic}\\uFE0F?\\s*[0-9]+(?:\\.[0-9]+)?\\s*[万千亿wWkK]?\\+?|[0-9]+(?:\\.[0-9]+)?\\s*[万千亿wWkK]?\\+?\\s*(?:次|人次|人|个)?\\s*(?:${COUNT_WORD}|看过|观看)(?:量|数|次数)?|(?:已|累计|共)?${COUNT_WORD}(?:量|数|次数)?\\s*[:：]?\\s*[0-9]+(?:\\.[0-9]+)?\\s*[万千亿wWkK]?\\+?\\s*次?)$`, 'u')
/** A video's chapters, each its time and its short title, maybe under a label: 章节  00:00 开场  00:35 某某. */
const CHAPTER_LINE = /^(?:[\u4e00-\u9fff]{1,4}\s*[:：]?[ \u3000]+)?(?:\d{1,2}:\d{2}(?::\d{2})?[ \u3000]*[^\s\d:：][^\s]{0,11}[ \u3000]*){2,}$/
/** A date alone, its year maybe left out, its weekday maybe by it, or a time alone: 11月30日 星期日, 2026-11-30, 20:41. */
const DAY_OR_TIME = new RegExp(`^(?:(?:(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|${DATE})(?:[ \\u3000]*(?:星期|周)[一二三四五六日天])?(?:${WEB_TIME})?|\\d{1,2}:\\d{2})$`)
/** A dateline glued to its source or author: 2025-05-17 10:02:35来源：央广网. */
const GLUED_DATELINE = new RegExp(`^${DATE}${WEB_TIME}\\s*(?:来源|作者|编辑|发布|发布者)\\s*[:：]?\\s*\\S{1,20}$`)

/** A count among a dateline's fields, its label maybe with 量 or 数: 阅读量：3.1万, 浏览次数：8563, 点击 2846. */
const COUNT_FIELD = `${COUNT_WORD}(?:量|数|次数|人数)?\\s*[:：]?\\s*[0-9][0-9,.]*\\s*[万千wWkK]?\\+?次?`
/**
 * A dateline of a date and time and fields after it, each a place it was posted from, an account or medium, a count
 * (阅读量：2.4万), or a labelled field whose names may be several (2025-04-29 14:22:06 发布于北京 某某官方账号, 2025-10-18 21:47:03 来源：某某
 * 作者：某某记者 张三 通讯员 李四): the frame's, over the text only.
 */
const DATELINE_FIELD = `(?:(?:发布于|发表于|来自|IP\\s*属地)\\s*[:：]?\\s*[\\u4e00-\\u9fff]{2,10}|[\\u4e00-\\u9fffA-Za-z0-9·]{2,20}(?:官方账号|官方帐号|账号|帐号|创作者)|${MEDIUM_NAME}|${COUNT_FIELD}|(?:来源|作者|编辑|责任编辑|责编|发布者)\\s*[:：]\\s*[^\\s:：|｜丨，。！？]{1,20}(?:[ \\u3000][\\u4e00-\\u9fff]{1,8}(?![:：])){0,4})`
const FIELDED_DATELINE = new RegExp(`^${DATE}${WEB_TIME}(?:${FIELD_GAP}${DATELINE_FIELD}){1,4}$`)
/**
 * A line of two labelled fields or more, whatever the labels, and the date last (作者：某某  来源：某某网  审校：某某
 * 2025-03-02 08:10): a dateline too. (Fields without a date may be the byline: 记者：张三 通讯员：李四.)
 */
const LABELLED_FIELD = '[\\u4e00-\\u9fff]{1,6}\\s*[:：]\\s*[^\\s:：|｜丨，,。！？!?；;]{1,20}'
const FIELDS_THEN_DATE = new RegExp(`^${LABELLED_FIELD}(?:${FIELD_GAP}${LABELLED_FIELD}){1,5}${FIELD_GAP}${DATE}(?:${WEB_TIME})?$`)
/** A button in brackets on a dateline's line: 【字体：大 中 小】, [打印], 【关闭】. */
const BRACKETED_BUTTON = /[【[][^【】[\]]{1,12}[】\]]/g
/** The site's lines (furniture of the web's shapes) under block `at`, up to the count that says a frame. */
function webLinesUnder(all: Block[], at: number): number {
  let lines = 0
  for (let i = at + 1; i < all.length && lines < WEB_CHROME_MIN; i++) if (all[i].kind === 'furniture' && all[i].value.length <= 240 && isWebLine(all[i].value.trim())) lines++
  return lines
}
/**
 * A printed page a site shows in its frame (a document shared on a site, its print head under the site's chrome): over
 * the print's folio, when it heads the text, the lines without a sentence are the site's (登录　开通VIP, 贡献者：某某
 * 上传时间：2019-05-02, ★★★★☆ 4.2分), and so are those after the text's last long prose, no sentence and on the site's
 * business (阅读已结束，下载本文需要使用 1 下载券), when only the site's lines follow them to the page's end.
 */
function markFrameOfPrint(all: Block[], folio: number): void {
  const prose = (b: Block) => isContent(b) && isProse(b.value.trim(), PROSE_MIN)
  if (!all.slice(folio + 1).some(prose) || all.slice(0, folio).some(prose)) return
  const frameLine = (b: Block) => isContent(b) && chromeLength(b.value.trim()) <= CHROME_LINE_MAX && !SENTENCE_MARK.test(b.value)
  // (the print's head is its last folio over the text: the document's name may read as one over it, 某报2019年4月16日第3版.doc)
  let head = folio
  for (let i = folio + 1; i < all.length && !prose(all[i]); i++) if (all[i].kind === 'furniture' && isPrintFolio(all[i].value.trim())) head = i
  // (not an article's head over its source's line, its byline or subtitle under its headline: 某某：小果子做成大产业 /
  // ——某某纪实 / 张三 李四 / 某某日报　2006-11-23　第A01版　要闻; a printed page's head has none over it)
  if (all.slice(0, head).some((b) => b.kind === 'byline' || b.kind === 'subtitle' || patterns.subtitleDash.test(b.value.trim()))) return
  for (let i = 0; i < head; i++) if (frameLine(all[i])) all[i].kind = 'furniture'
  // (right under the folio, a viewer's toolbar and its note on the text it read from the image are the site's, over the
  // print's first headline: ◀ 上一版　下一版 ▶　|　版面导航　|　放大　缩小, OCR全文（机器识别，仅供参考）)
  for (let i = head + 1; i < all.length && frameLine(all[i]) && (isViewerToolbar(all[i].value.trim()) || READ_TEXT_NOTE.test(all[i].value)); i++) all[i].kind = 'furniture'
  let last = all.length - 1
  while (!prose(all[last])) last--
  let foot = all.length
  while (foot > last + 1 && all[foot - 1].kind === 'furniture') foot--
  if (foot === all.length || foot === last + 1) return
  // (and the viewer's count of what it read: 本版共识别文字2816字　识别置信度91%)
  if (all.slice(last + 1, foot).every((b) => frameLine(b) && (SITE_TALK.test(b.value) || READ_TEXT_NOTE.test(b.value)))) for (let i = last + 1; i < foot; i++) all[i].kind = 'furniture'
}
/**
 * A viewer's note on the text it read from a page's image: read by machine, to be checked against the image, its count of
 * characters read (OCR识别全文, 本页文字由计算机自动识别，仅供参考，请以原版为准, 共识别文字2816字).
 */
const READ_TEXT_NOTE = /OCR|(?:识别|OCR)(?:全文|文字|结果|文本)|(?:机器|自动|电脑|计算机)识别|仅供参考|以原(?:版|文|图|件)\S{0,6}为准/
/** A viewer's toolbar holds this many parts at least, each this many characters at most (版面导航, 适应窗口). */
const TOOLBAR_PARTS_MIN = 3
const TOOLBAR_PART_MAX = 12
/**
 * A viewer's toolbar: three parts or more set apart by bars, each a few words and no sentence, one at least the site's
 * own button (◀ 上一版　下一版 ▶　|　版面导航　|　放大　缩小　适应窗口): a printed page sets no line so.
 */
function isViewerToolbar(line: string): boolean {
  const parts = line.split(/[ \u3000]*[|｜][ \u3000]*/).filter((p) => p.length > 0)
  return parts.length >= TOOLBAR_PARTS_MIN && parts.every((p) => p.length <= TOOLBAR_PART_MAX && !/[，,。！？!?；;]/.test(p)) && parts.some((p) => isFurnitureLine(p) || isWebChrome(p))
}
/** Whether a line over the text is the page's dateline, its buttons in brackets aside. */
function isFrameDateline(text: string): boolean {
  const line = text.trim()
  if (line.length > 120) return false
  if (FIELDED_DATELINE.test(line) || FIELDS_THEN_DATE.test(line) || isDottedFields(line)) return true
  const bare = line.replace(BRACKETED_BUTTON, '').trim()
  return bare !== line && bare.length > 0 && isPageDateline(bare)
}
/** The gap between a dateline's fields: a dot or a bar, maybe spaced. */
const DOT_GAP = /[ \u3000]*[·•・|｜丨][ \u3000]*/
/**
 * A dateline's field of its date, maybe its time: the author's name may stand before it, a space between (某某闲人
 * 2019-06-03), or the act it dates after it (2022-03-11 上传).
 */
const DATE_FIELD = new RegExp(`^(?:[^\\s|｜丨·•・，,。！？!?]{1,16}[ \u3000]+)?${DATE}(?:${WEB_TIME})?(?:[ \u3000]*(?:上传|发布|发表|更新|修改))?$`)
/** A field labelled by its colon (作者：某某), or a medium's name, maybe its column after a dash (某某网-栏目). */
const NAMED_FIELD = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,6}\\s*[:：]\\s*\\S.{0,19}|${MEDIUM_NAME}(?:\\s*[-－—]\\s*[\\u4e00-\\u9fffA-Za-z0-9]{1,8})?)$`)
/**
 * A dateline of fields parted by dots or bars, in any order, the date among them (某某网-栏目 · 作者：某某 · 2026年5月12日
 * 07:40, 来源：某某 | 2025-03-02, 某某闲人 2019-06-03 | 1.2万阅读 | 36收藏, 2022-03-11 上传 | 文档页数：2页 | 阅读 2,046): three
 * fields to six, one the date, maybe after its author's name or before the act it dates, one a labelled field, a
 * medium's name or a count, no sentence.
 */
function isDottedFields(line: string): boolean {
  // (a count's thousands set apart by a comma is no clause's mark: 阅读 2,046)
  if (line.length > 80 || /[，,。！？!?；;]/.test(line.replace(THOUSANDS_COMMA, ''))) return false
  const parts = line.split(DOT_GAP).map((p) => p.trim())
  // (an episode's or a video's dateline names its counts instead: 播放 12.6万 · 2024-06-11 · 时长 48:37)
  return parts.length >= 3 && parts.length <= 6 && parts.every((p) => p.length > 0 && p.length <= 24) && parts.some((p) => DATE_FIELD.test(p)) && parts.some((p) => NAMED_FIELD.test(p) || COUNT_OR_LENGTH.test(p))
}
/** A comma between a figure's thousands (阅读 2,046), none of a clause. */
const THOUSANDS_COMMA = /(?<=[0-9]),(?=[0-9]{3}(?![0-9]))/g
/** A count among a dateline's dotted fields, or the length of what it dates: 播放 12.6万, 阅读量：3.1万, 时长 48:37. */
const COUNT_OR_LENGTH = new RegExp(`^(?:${COUNT_FIELD}|${COUNT_ITEM}|时长\\s*[:：]?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)$`)
/** A player's line: its label in any words, then the time played over the length (AI播报 开启 00:00/03:12). */
const PLAYER_LINE = /^[^\s，,。！？!?：:]{1,8}(?:[ \u3000][^\s，,。！？!?：:]{1,6}){0,3}[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/
/** A line of a site's counters, each a label and its figure: 关注：268,415 贴子：4,927,360. */
const COUNTER_FIELDS = /^(?:[\u4e00-\u9fff]{1,4}\s*[:：]\s*[0-9][0-9,.]*\s*[万亿wW]?\+?[\s\u3000|｜·]*){2,}$/
/** A comment section's label with its count, any word before it: 某某评论（3）, 网友留言(12), a reading app's 书友想法(14). */
const COMMENTS_COUNTED = /^[\u4e00-\u9fffA-Za-z]{1,6}(?:评论|留言|跟帖|跟贴|回复|想法|书评)\s*[（(]\s*[0-9]+\s*[）)]$/
/** A comment's head: its poster's name, maybe a place, and a short date or the post's age (某某老刘 泰安 05-16, 江城老街坊  2小时前). */
const COMMENT_HEAD = new RegExp(`^[^\\s，,。！？!?：:]{1,16}(?:[ \\u3000]+[\\u4e00-\\u9fff]{2,6})?[ \\u3000]+(?:(?:\\d{1,2}-\\d{1,2}|${DATE})(?:${WEB_TIME})?|${AGE})$`)
/**
 * A paragraph of the site's own prompts, every clause one (get the app, send news tips, the hotline, no reposting):
 * 更多精彩资讯请在应用市场下载“某某”客户端，未经授权请勿转载，欢迎提供新闻线索…; one clause at least naming the app
 * with a prompt's verb, one naming the site's own business (tips, rights).
 */
const SITE_CLAUSE = /APP|App|app|客户端|小程序|应用市场|公众号|报料|爆料|线索|热线|记者|报道|转载|授权|版权|侵权|报酬|稿酬|采纳|下载|关注|投稿/
const APP_CLAUSE = /(?:APP|App|app|客户端|小程序|应用市场)/
function isSitePrompt(line: string): boolean {
  if (line.length > 200 || !APP_CLAUSE.test(line)) return false
  const clauses = line.split(/[，,。！？!?；;]/).map((c) => c.trim()).filter((c) => c.length > 0)
  return clauses.length >= 2 && clauses.every((c) => SITE_CLAUSE.test(c)) && clauses.some((c) => APP_CLAUSE.test(c) && PROMPT_VERB_OR_MARKET.test(c)) && SITE_OWN.test(line)
}
/** The site's own business in such a prompt: tips sent to it, its rights (an article may tell readers to get an app and call a line). */
const SITE_OWN = /报料|爆料|线索|转载|授权|版权|侵权|报酬|稿酬|投稿/
const PROMPT_VERB_OR_MARKET = /打开|下载|安装|扫码|搜索|前往|登录|应用市场/

/**
 * The site speaking of itself after the story, not of the story: every sentence names the site, its rights, its
 * readers or its app (如需转载请与某某报社联系。 / 如果我们使用了您的图片，请作者与本站联系索取稿酬。), one at least the site
 * itself or its rights. Read so only where it stands after the story's last paragraph with other site lines: a story on
 * copyright may end in such words.
 */
const SITE_TALK = /本网站?|本站|本平台|本号|本公众号|本客户端|本报|我们|您|转载|授权|版权|侵权|著作权|稿酬|稿费|镜像|违者必究|撤下|删除|作品|APP|App|app|客户端|下载|关注|订阅|热线|报料|爆料|投稿|读者/
const SITE_RIGHTS = /本网站?|本站|本平台|本号|本公众号|本客户端|转载|授权|版权|侵权|著作权|稿酬|稿费|镜像|违者必究|撤下/
function isSiteSpeech(text: string, site: SiteNames = NO_NAMES): boolean {
  // (in brackets or not: （下载某某新闻，报料有奖！）)
  const line = /^[（(][^（）()]*[）)]$/.test(text) ? text.slice(1, -1) : text
  return line.length <= 200 && speaksOfSite(line, site, 4)
}
/** Whether every sentence of a line, this many at most, is the site speaking of itself, one at least of its rights or by its name. */
function speaksOfSite(line: string, site: SiteNames, sentencesMax: number): boolean {
  if (!(SITE_RIGHTS.test(line) || site.named(line))) return false
  const sentences = line.split(/(?<=[。！？!?])/).map((s) => s.trim()).filter((s) => s.length > 0)
  return sentences.length <= sentencesMax && sentences.every((s) => SITE_TALK.test(s) || site.named(s))
}
/**
 * The site speaking of itself by its own name, which the page tells in its chrome (某某网版权所有, 来源：某某网): every
 * sentence on the site, its rights or its readers, one naming the site and one its rights or its app (本文系某某网独家
 * 稿件，未经授权，不得转载。关注某某网微信…): the site's wherever it stands after the story.
 */
function isSiteSpeechByName(line: string, site: SiteNames): boolean {
  return site.named(line) && /转载|授权|版权|侵权|著作权|稿件|公众号|客户端|APP|App|app|微信|关注|下载/.test(line) && isSiteSpeech(line, site)
}

/**
 * A label over the site's notice on its rights, in any wording of its kind, maybe after the site's name (某某网版权及免责声明：,
 * 免责声明, 【法律声明】, 郑重声明：): it closes the article, and the items under it are the site's, however long.
 */
const NOTICE_LABEL = /^[【[（(]?[^\s，,。！？!?：:]{0,16}?(?:(?:版权|免责|法律|隐私)(?:(?:及|和|与|、)(?:版权|免责|法律|隐私))?(?:声明|说明|条款)|郑重声明)[】\]）)]?\s*[:：]?$/
/** An item of such a notice: a paragraph whose every sentence is the site speaking of itself, its rights or its readers. */
function isNoticeItem(line: string, site: SiteNames): boolean {
  return line.length >= KEPT_PROSE_MIN && line.length <= 600 && speaksOfSite(line, site, 6)
}
/** Whether block i is an item of the site's notice: under its label, other items maybe between. */
function underNoticeLabel(all: Block[], i: number, site: SiteNames): boolean {
  let k = i
  while (k > 0 && isContent(all[k]) && isNoticeItem(all[k].value.trim(), site)) k--
  return k < i && all[k].value.length <= 40 && NOTICE_LABEL.test(all[k].value.trim())
}

/** The names a web page gives itself in its chrome, asked whether a line names the site. */
interface SiteNames {
  named(line: string): boolean
}
const NO_NAMES: SiteNames = { named: () => false }
/** A site's name in a line of its chrome: before its rights (某某网版权所有), after them or a © (版权所有：某某网, © 2025 某某网), after 来源：. */
const OWN_NAME = [
  /([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:[ \u3000]*(?:网站|网))?[ \u3000]*版权所有/,
  /(?:版权所有|©|Copyright\s*©?)[ \u3000:：]*(?:[0-9]{4}(?:\s*[-–—]\s*[0-9]{4})?[ \u3000]*)?([\u4e00-\u9fffA-Za-z0-9]{2,12})/,
  /^来源[:：][ \u3000]*([\u4e00-\u9fffA-Za-z0-9]{2,12})$/,
  // (or as a field of the dateline, between gaps: 2024/6/21 10:36  来源：某某之家  作者：某某)
  /[ \u3000|｜丨]来源[:：][ \u3000]*([\u4e00-\u9fffA-Za-z0-9]{2,12})(?=[ \u3000|｜丨]|$)/,
]
/** Words that tell no site (版权所有 after 本网, 本站 or 未经): never a name. */
const NOT_A_NAME = /^(?:本网|本站|本报|本刊|未经|均属|归属|所属|著作权|均为|以上|的|[0-9]+)$/
function siteNamesOf(all: Block[]): SiteNames {
  const names = new Set<string>()
  for (const block of all) {
    if (block.kind !== 'furniture' || block.value.length > 120) continue
    for (const pattern of OWN_NAME) {
      const found = pattern.exec(block.value.trim())
      if (found && !NOT_A_NAME.test(found[1])) names.add(found[1])
    }
  }
  if (names.size === 0) return NO_NAMES
  const list = [...names]
  return { named: (line) => list.some((name) => line.includes(name)) }
}

/** A web site's name as a field of a line, set apart by a gap, a bar or a dash: 某某网 — 某某日报社主办. */
const SITE_NAME_FIELD = /(?:^|[\s\u3000|｜—–-])[\u4e00-\u9fffA-Za-z0-9]{1,10}网(?:站)?(?=$|[\s\u3000|｜—–-])/


/**
 * A line only a web page has: its chrome, navigation, dateline, footer, share label, list label, a link to the next post
 * or its comment section's label or count (网友评论, 共4条评论: a printed page prints no readers' comments under a label).
 */
function isWebLine(line: string): boolean {
  return isWebChrome(line) || (line.length <= 120 && (isNavigation(line) || isPageDateline(line) || patterns.siteFooter.test(line) || PREV_NEXT_LINK.test(line))) || SHARE_LABEL.test(line) || isListLabel(line) || COMMENTS.test(line)
}

/** A prompt of the site or app: opens with a verb asking to open or get it, or names an app. */
function isPrompt(line: string): boolean {
  return /^(?:打开|下载|安装|扫码|登录)/.test(line) || APP_WORD.test(line)
}

function isProse(line: string, min: number): boolean {
  return line.length >= min && (SENTENCE_MARK.test(line) || HALF_WIDTH_STOP.test(line))
}
/** A sentence's end typed as a half-width stop after a Han character (…即将进场施工.): normalise makes it 。. */
const HALF_WIDTH_STOP = /[\u4e00-\u9fff"”][.](?![0-9A-Za-z])/

/** A prompt to open or get an app, in any wording: its name with APP or 客户端 among few words, no sentence. */
function isAppPrompt(line: string): boolean {
  return line.length <= 40 && APP_WORD.test(line) && !/[。！？]/.test(line) && PROMPT_VERB.test(line) && !SOURCE_AND_NAME.test(line)
}
/** An app's name: a word of a few characters, maybe its plus or dot (某某+, 某某·新闻). */
const APP_NAME = /^[\u4e00-\u9fffA-Za-z0-9+＋·]{2,8}$/
/**
 * The names a page gives its app in its own chrome: a field beside the app's word or its prompt on a line the rules
 * read as the site's (某某+　打开APP, 某某+ 某某新闻客户端 give 某某+).
 */
function appNamesOf(all: Block[]): string[] {
  const names = new Set<string>()
  for (const block of all) {
    const line = block.value.trim()
    if (block.kind !== 'furniture' || line.length > 40 || !APP_WORD.test(line)) continue
    for (const field of line.split(/[\s\u3000，,|｜]+/)) if (APP_NAME.test(field) && !APP_WORD.test(field) && !PROMPT_VERB.test(field)) names.add(field)
  }
  return [...names]
}
/** A prompt opening on its verb and the app's name the page gives it, no sentence (打开某某+，阅读体验更佳). */
function isNamedAppPrompt(line: string, apps: string[]): boolean {
  if (line.length > 40 || /[。！？]/.test(line)) return false
  const verb = /^(?:打开|下载|安装|登录)\s*/.exec(line)
  return verb !== null && apps.some((name) => line.startsWith(name, verb[0].length))
}
/**
 * A line's length as chrome's is measured: a line of Latin letters alone by half, as wide as a line of half as many Han
 * characters (a site's name in English under its Chinese name: College of … Science and Technology, … University).
 */
function chromeLength(line: string): number {
  return /^[\x20-\x7e]+$/.test(line) ? Math.ceil(line.length / 2) : line.length
}
/** What a fold's words by an app's prompt hold: the share left unread or the fold's own word (剩余65%未读, 余下全文, 展开). */
const FOLD_WORDS = /[0-9０-９]\s*[%％]|未读|全文|剩余|余下|展开|收起/
/** A prompt's verb: open, get, install, scan, read or see more (a byline naming its client has none: 某某客户端某某频道 赵某). */
const PROMPT_VERB = /打开|下载|安装|扫码|前往|登录|查看|阅读|看更多|体验|尽在|就在/

/** A time or place stamp of a comment or a listed post: 2025-05-17 08:12, 河南 5小时前, 05-17. */
function isStamp(line: string): boolean {
  return line.length <= 32 && (BARE_DATE.test(line) || TIME_PLACE.test(line) || TEASER_STAMP.test(line) || COMMENT_HEAD.test(line))
}

/** A row of links to a thread's or list's pages: 共24页 1 2 3 4 5 ... 24 下一页, 1 2 下一页 尾页, 首页 上一页 1 2 3 下一页. */
const PAGE_LINKS = /^(?:共\s*[0-9]{1,4}\s*页\s*)?(?:(?:首页|上一页|上页)\s*)*(?:[0-9]{1,4}|\.{3}|…{1,2})(?:\s+(?:[0-9]{1,4}|\.{3}|…{1,2})){1,12}(?:\s*(?:下一页|下页|尾页|末页)){1,2}$/

/**
 * A row of a widget's buttons or the page's counts: short tokens, symbols and figures, no sentence (字号：A- A A+,
 * 放大+ 缩小- 默认, ❤ 2.1万 💬 962 ⭐ 1133 ↗ 分享). Two buttons at least (a letter or word with its + or −: a figure's
 * 1000+ is none) over the text, or two symbols (an emoji, an arrow) and two figures; one plain word at most among them;
 * or over the text, a player's buttons without their counts (▶ 播放　+ 订阅　分享　下载).
 */
function isWidgetRow(line: string, overText: boolean): boolean {
  if (overText && isActionButtonRow(line)) return true
  if (line.length > 48 || /[，,。！？!?；;、“”"《》]/.test(line)) return false
  const tokens = line.replace(/^[\u4e00-\u9fff]{1,4}\s*[:：]\s*/, '').split(/[\s\u3000|｜]+/).filter((t) => t.length > 0)
  if (tokens.length < 3 || tokens.some((t) => t.length > 6)) return false
  if (isGlyphBar(tokens, overText)) return true
  const button = (t: string) => /^[^0-9]/.test(t) && /[+\-＋－]$/.test(t)
  const marked = (t: string) => WIDGET_SYMBOL.test(t) || button(t)
  // (a word between marks is a lead-in, no widget: ▼ 一起来看 ▼)
  const plain = tokens.filter((t) => !marked(t) && !WIDGET_FIGURE.test(t) && !/^[A-Za-z]$/.test(t) && !COUNT_WORD_ALONE.test(t))
  return plain.length <= 1 && ((overText && tokens.filter(button).length >= 2) || (tokens.filter((t) => WIDGET_SYMBOL.test(t)).length >= 2 && tokens.filter((t) => WIDGET_FIGURE.test(t)).length >= 2))
}
/** The tokens of an app's bar of icons: six buttons, each an icon and its word or count. */
const GLYPH_BAR_TOKENS_MAX = 12
/** A token that is one glyph alone, an icon drawn as a character (☆, ↗, 👍, ⋮, 〈), not a separator's dot. */
const GLYPH_TOKEN = /^(?:[\p{So}\p{Sm}\p{Ps}\p{Pe}‹›«»\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff]\uFE0F?)$/u
/**
 * An app's bar drawn with icons, in any wording: buttons each an icon with its word (👍 28　☆ 收藏　↗ 分享: three
 * icons at least, every word right after its icon, at most a count between), or, over the text, a top bar opening
 * with an icon and closing with another (〈 返回　文章详情　⋮: back, the screen's name, the menu; not one mark set
 * round a lead-in, ▼ 一起来看 ▼, nor a word in brackets).
 */
function isGlyphBar(tokens: string[], overText: boolean): boolean {
  // (five or six buttons, each an icon and its word: ▶ 播放　♡ 1268　☆ 收藏　↗ 分享　⤓ 下载)
  if (tokens.length > GLYPH_BAR_TOKENS_MAX) return false
  const glyph = tokens.map((t) => GLYPH_TOKEN.test(t))
  const glyphs = glyph.filter(Boolean).length
  const words = tokens.filter((t, k) => !glyph[k] && !WIDGET_FIGURE.test(t))
  if (words.length === 0 || words.some((t) => t.length > 4)) return false
  const labelled = tokens.every((t, k) => glyph[k] || WIDGET_FIGURE.test(t) || (k > 0 && glyph[k - 1]))
  if (glyphs >= 3 && labelled && new Set(tokens.filter((_, k) => glyph[k])).size >= 2) return true
  const first = tokens[0]
  const last = tokens[tokens.length - 1]
  return overText && tokens.length <= 5 && glyph[0] && glyph[tokens.length - 1] && first !== last && !/^[\p{Pe}\p{Pf}]$/u.test(last) && words.length <= 2
}
/**
 * A widget's row of buttons, each a word of one or two characters, maybe under its label, no sentence, in any
 * wording (字体大小：大 中 小 | 收藏 | 打印, 正文：大 中 小  打印  收藏): two single characters among them at least (a
 * size's, a font's), or without a label one a count's word (收藏, 分享), the label no role's (a byline names its people
 * in two or three: 记者：张三 李四 王五).
 */
function isShortButtonRow(line: string): boolean {
  if (line.length > 30 || /[，,。！？!?；;、“”"《》（）()]/.test(line)) return false
  const label = /^([\u4e00-\u9fff]{1,4})\s*[:：]\s*/.exec(line)
  if (label !== null && BYLINE_ROLE.test(label[1])) return false
  const tokens = line.slice(label?.[0].length ?? 0).split(/[\s\u3000|｜]+/).filter((t) => t.length > 0)
  // (a font widget's sizes may be letters, one each, maybe with its sign: 字号：T | T　　打印　纠错, 字体：A+ A-  打印; a
  // button's word of Han characters stands among them)
  const letter = (t: string) => /^[A-Za-z][+\-＋－]?$/.test(t)
  const han = (t: string) => t.length <= 2 && /^[\u4e00-\u9fff]+$/.test(t)
  // (or a reader's buttons, each of two characters, one of them a count's word: 转藏 全屏 朗读 分享)
  return tokens.length >= 3 && tokens.every((t) => han(t) || letter(t)) && tokens.some(han) && (tokens.filter((t) => t.length === 1 || letter(t)).length >= 2 || (label === null && tokens.some((t) => COUNT_WORD_ALONE.test(t))))
}
const BYLINE_ROLE = /记者|作者|编辑|责编|摄影|摄像|通讯员|撰文|实习生|校对|审核|来源|^(?:文|图|图文|文图|摄)$/

/** An emoji, a pictograph or an arrow (not a letter, figure or mark of a sentence). */
const WIDGET_SYMBOL = /[\p{So}\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff]/u
const WIDGET_FIGURE = /^[0-9]+(?:\.[0-9]+)?[万千亿wWkK]?\+?$/
const COUNT_WORD_ALONE = new RegExp(`^${COUNT_WORD}$`)

/**
 * A numbered list glued into one line, each item a short title without a sentence's end: 1 某某开放时间2 今天起，某某
 * 线路调整3 某某何时结束？某某回应 (a list of the site's links after the article; the article's own list has its marks).
 */
function isGluedList(line: string): boolean {
  if (line.length > 200 || /[。；;]/.test(line)) return false
  let at = 0
  let items = 0
  for (let n = 1; n <= 20; n++) {
    const next = new RegExp(`(?<![0-9])${n}(?![0-9])[\\s.、．)）]*(?=[\\u4e00-\\u9fffA-Za-z“《])`, 'y')
    let found = -1
    for (let k = at; k < line.length && k - at <= GLUED_ITEM_MAX; k++) {
      next.lastIndex = k
      if (next.test(line)) {
        found = next.lastIndex
        break
      }
    }
    if (found < 0 || (n === 1 && line.slice(0, found).replace(/[\s1.、．)）]/g, '').length > 0)) break
    at = found + 1
    items = n
  }
  return items >= 3 && line.length - at <= GLUED_ITEM_MAX
}
const GLUED_ITEM_MAX = 40

/**
 * A comment after the article: a poster's name, maybe after a place (某地网友 老张), a colon and a short text (某某网友：说得
 * 好！); not a question or answer.
 */
// (a reply names the poster it answers: 某某 回复 某某：…)
const COMMENT_LINE = /^((?:[^\s，,。！？!?：:；;“”]{1,12}[ \u3000])?[^\s，,。！？!?：:；;“”]{1,16}|[^\s，,。！？!?：:；;“”]{1,16}[ \u3000]+回复[ \u3000]*@?[^\s，,。！？!?：:；;“”]{1,16})\s*[:：]\s*\S.{0,79}$/
const NOT_A_POSTER = /^(?:问|答|Q|A|注|按|编者按|附|提示|记者|主持人)$/
/** A field of a comment's head alone on its line, a name, a place or a pin, no mark of a sentence: 小林同学, 福建, 置顶, 作者. */
const COMMENT_HEAD_FIELD = /^[^\s，,。！？!?：:；;“”、]{1,16}$/
/** A comment's head of its poster's name and a place, set apart by a wide gap: 某某阿伟   福建 泉州, 小鹿   台湾. */
const COMMENT_NAME_PLACE = /^[^\s，,。！？!?：:]{1,16}[ \u3000]{2,}[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4})?$/
/** A comment's row of buttons and counts: 回复  ♡ 88, 赞 12 回复, 👍 41. */
const REPLY_ROW = /^(?:(?:回复|赞|点赞|举报|分享)(?:[\s\u3000]+(?:回复|赞|点赞|举报|分享|[♡❤♥👍💬]?\s*[0-9.]+[万wWkK]?))*|[♡❤♥👍💬]\s*[0-9.]+[万wWkK]?(?:[\s\u3000]+回复)?)$/
/** A label over more posts of the account or author: 来自某某的更多视频, 作者的其他文章, 更多来自某某的视频. */
const MORE_FROM = /^(?:来自)?[^\s，,。！？!?：:]{0,16}?的(?:更多|其他|其它)(?:视频|文章|内容|作品|动态|新闻|图集|回答|笔记)[:：]?$|^更多来自[^\s，,。！？!?：:]{1,16}的(?:视频|文章|内容|作品|动态)[:：]?$/
/**
 * A line that opens a comment section after the article: a short line naming comments (a reply's button is a thread's
 * too), or a reading app's readers' notes on the chapter and their reviews (书友想法(6), 热门书评).
 */
const COMMENT_SECTION_WORD = /评论|留言|跟帖|跟贴|热评|讨论|回应|想法|书评/

/** A line's text without its spaces, as a line printed again is compared (the page's head, its list of headlines). */
function spacelessText(block: Block): string {
  return block.value.replace(/[\s\u3000]+/g, '')
}

/**
 * A web page's own list of its headlines over the article (an e-paper's 本版标题导航, a site's list of the page's
 * stories): a run of two headline-shaped lines or more, one of them a headline the page sets again further down,
 * alone or as the two lines of a headline over its second line. The run down to that headline is the list; a
 * headline the list sets on one line and the page over two stays, the list's line, and the two lines go (the list
 * tells the two are one headline).
 */
function markHeadlineList(all: Block[], first: number): void {
  const key = spacelessText
  const listed = (b: Block) => isContent(b) && !isVisiblyLonger(b.value.trim(), HEADLINE_MAX) && !/[。；;]/.test(b.value) && !/[：:]$/.test(b.value.trim())
  // (where a headline, or two lines read as one, last stands)
  const at = new Map<string, { i: number; two: boolean }>()
  for (let i = 0; i < first; i++) {
    if (!listed(all[i])) continue
    if (i + 1 < first && listed(all[i + 1])) at.set(key(all[i]) + key(all[i + 1]), { i, two: true })
    at.set(key(all[i]), { i, two: false })
  }
  for (let i = 0; i < first; i++) {
    if (!listed(all[i])) continue
    let j = i
    while (j < first && listed(all[j])) j++
    // (the run [i, j); an item set again after it, or further in it, closes the list there)
    for (let k = i; k < j; k++) {
      const found = at.get(key(all[k]))
      if (found === undefined || found.i <= k) continue
      const close = Math.min(found.i, j)
      if (close - i >= 2 && (found.i >= j || found.i - i >= 2)) {
        const kept = found.two && found.i >= j ? k : -1
        // (the line over the headline set again, in one block with it and apart from the list, printed nowhere
        // else, is its kicker: 本版标题导航 / … / 某某签约1.3亿元 // 金秋时节看县域 / 稻田里长出 / “螃蟹经济”)
        const kicker = close === found.i && close - 1 > i && isHeadlineBlockLine(all, close - 1, close) && printedOnce(all, close - 1) ? close - 1 : -1
        for (let m = i; m < close; m++) if (m !== kept && m !== kicker) all[m].kind = 'furniture'
        if (kept >= 0) all[found.i].kind = all[found.i + 1].kind = 'furniture'
      }
      break
    }
    i = j
  }
}

/** No other line of the page reads as line i, spaces aside. */
function printedOnce(all: Block[], i: number): boolean {
  const key = spacelessText(all[i])
  return all.every((b, k) => k === i || spacelessText(b) !== key)
}

/**
 * A headline's last words wrapped alone under its long first line: a few Han characters with no mark (是怎么装满的),
 * more than a name holds (a name under a headline is its author's: 张建国, 欧阳明华), the first line twice as long at
 * least, ending on a word or a closing quote, with no clause's mark or space in it.
 */
export function isWrapRemainder(first: string, second: string): boolean {
  return (
    /^\p{Script=Han}{5,8}$/u.test(second) && first.length >= 2 * second.length && !isVisiblyLonger(first + second, HEADLINE_MAX) &&
    /[\p{Script=Han}”’」』]$/u.test(first) && !/[\s\u3000，,。！？!?；;、]/.test(first)
  )
}

/**
 * A headline's tail in brackets set alone under it (某某四天三晚｜某某 / （附某某+某某攻略）, （上）, （组图）): a short note on
 * the piece, no sentence in it, the headline over it ending on no bracket of its own.
 */
function isBracketedTail(first: string, second: string): boolean {
  return BRACKETED_TAIL.test(second) && !/[）)]$/.test(first) && !/[。！？!?；;]/.test(first) && !isVisiblyLonger(first + second, HEADLINE_MAX)
}
const BRACKETED_TAIL = /^[（(][^（）()。！？!?；;，,]{1,14}[）)]$/

/**
 * An account's card over its post (某某发布 / 视频号 · 2024年6月10日 17:52 · 某地 / 关注): the account's name over the dateline,
 * its follow button under it, and the name said again elsewhere on the page (来自某某发布的更多视频, 扫码关注“某某发布”): the
 * post's headline is then the first line under the card, when it is shaped as one and stands over the text. Its index, or -1.
 */
function postUnderCard(all: Block[], d: number, first: number, headlineShaped: (b: Block) => boolean): number {
  const name = all[d - 1].value.trim()
  if (!isContent(all[d - 1]) || !AUTHOR_NAME.test(name) || !FOLLOW_BUTTON.test(all[d + 1]?.value.trim() ?? '')) return -1
  // (a headline's last words wrapped over the dateline are no name, the page printing the headline whole again: 某某游船 /
  // 分段恢复运营 / 某某网  2024-06-25 07:46 / 关注 … 某某游船分段恢复运营)
  if (d >= 2 && isContent(all[d - 2]) && printedWhole(all, d - 2, d - 1)) return -1
  if (!all.some((b, i) => i !== d - 1 && b.value.includes(name) && b.value.trim() !== name)) return -1
  let c = d + 2
  while (c < first && !isContent(all[c])) c++
  return c < first && headlineShaped(all[c]) ? c : -1
}

/**
 * The page's own head printed again inside the article: a story the site cut into several web pages, each page under
 * the same head (the site's name, its menu and trail, the headline, the dateline, the font widget) over its part of
 * the text, saved one under the other. A run of two lines or more further down that repeats lines of the head over
 * the text, in their order, the headline among them or three lines with a line of the site's chrome, is the site's frame again, not the
 * story's: furniture, so that the paragraph cut where the page ended is joined across it.
 */
/** Whether the page prints lines a and b again as one line further down: a headline wrapped over two lines. */
function printedWhole(all: Block[], a: number, b: number): boolean {
  const whole = spacelessText(all[a]) + spacelessText(all[b])
  return whole.length <= HEADLINE_MAX * 2 && all.some((block, i) => i > b && isContent(block) && spacelessText(block) === whole)
}
/** A line numbered as a web page's next page after its text: (第2/2页), （2）, (2/3), 第2页, 第2页/共3页. */
const PAGE_NUMBERED = /^(.+?)(?:[（(](?:第)?[0-9]{1,3}(?:[/／][0-9]{1,3})?页?[)）]|第[0-9]{1,3}页(?:[/／]共[0-9]{1,3}页)?)$/
function markHeadRepeats(all: Block[], first: number, h: number): void {
  const key = spacelessText
  const inHead = new Map<string, number>()
  for (let i = 0; i < first; i++) if (key(all[i]).length > 0 && !inHead.has(key(all[i]))) inHead.set(key(all[i]), i)
  // (the headline alone again, numbered as the next page's: 某某 (第2/2页), 某某（2）, 某某 第2页 — a page's own head
  // between the halves of a paragraph cut where the page ended)
  // (and the headline wrapped over two lines printed whole again over the full text, after a preview cut at its fold)
  if (h >= 0) {
    const wrapped = all[h + 1]?.kind === 'title' && all[h].kind === 'title' ? key(all[h]) + key(all[h + 1]) : undefined
    for (let i = first + 1; i < all.length; i++) {
      const numbered = PAGE_NUMBERED.exec(key(all[i]))
      if (numbered !== null && isContent(all[i]) && numbered[1] === key(all[h])) all[i].kind = 'furniture'
      else if (wrapped !== undefined && isContent(all[i]) && key(all[i]) === wrapped) all[i].kind = 'furniture'
    }
  }
  if (inHead.size < 2) return
  for (let i = first + 1; i < all.length; i++) {
    let j = i
    let last = -1
    let headline = false
    let chrome = false
    for (; j < all.length; j++) {
      const at = inHead.get(key(all[j]))
      if (at === undefined || at <= last) break
      last = at
      headline ||= at === h
      chrome ||= all[at].kind === 'furniture'
    }
    // (three lines, one of them the site's chrome over the headline; or the headline and a line of the head)
    if (j - i >= 2 && (headline || (chrome && j - i >= 3))) {
      for (let k = i; k < j; k++) all[k].kind = 'furniture'
      i = j - 1
    }
  }
}

/**
 * A paywall's prompt in any wording of its kind: subscribe, join or pay to read the whole text, a button to subscribe
 * now, a member's way in, the label of a text for members (订阅某某后可阅读全文, 开通会员解锁全文, 畅读全文, 立即订阅, 已是会员？登录,
 * 某某订户专享).
 */
const PAYWALL_PROMPT = /(?:订阅|订户|会员|付费|开通|解锁|购买)[^。！？]{0,16}(?:阅读|畅读|查看|读)(?:全文|全部内容|完整内容|所有文章)|(?:畅读|解锁|阅读)全文$|^[^，,。！？]{0,16}立即(?:订阅|开通|购买)$|^已是(?:会员|订户|订阅用户)[？?]|^[^，,。！？\s]{0,8}(?:订户|会员|订阅用户|付费用户|VIP)(?:专享|专属|独享)$/
/** A product's card set in a web page's text holds this many lines over its buttons at most. */
const CARD_LINES_MAX = 2
/** A box of links set in a web page's text holds this many headlines at most (its label counted). */
const RELATED_IN_TEXT_MAX = 4
/** A pointer to other stories alone on its line, its words and their titles in book marks: 更多报道详见：《某某》, 相关阅读：《某某》《某某》. */
const RELATED_POINTER = /^[【[]?(?:更多|相关|延伸)?(?:报道|阅读|内容|新闻|详情)?(?:详见|请见|参见|请看|阅读|点击阅读)[】\]]?\s*[:：]\s*(?:《[^《》]{2,40}》[、，,\s]*){1,3}$/
/** A web address: a scheme or www., or a host under a common top-level domain. */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[A-Za-z0-9.-]+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|cn|cc|info|xyz|top|me|io)(?![A-Za-z])/g
/** A plea's verb: keep, remember, get, visit, recommend. */
const PLEA_VERB = /收藏|记住|书签|下载|访问|推荐|关注|搜索/
/**
 * A short line that pleads with a web address: the site naming itself or 本站 by it (请收藏本站：https://…, 一秒记住【某某阁
 * www.….com】), or an advertiser's plea wholly in its brackets (【推荐下，某某app好用，这里下载 www.….org】). Its words
 * without the address are few; a sentence of the text citing an address (可登录www.….gov.cn查询) names no site and
 * stands in no brackets.
 */
function isAddressPlea(line: string, site: SiteNames): boolean {
  if (line.length > 120 || !WEB_ADDRESS.test(line)) return false
  WEB_ADDRESS.lastIndex = 0
  if (line.replace(WEB_ADDRESS, '').length > 60) return false
  const bracketed = /^[【[（(][^【】[\]]*[】\]）)]$/.test(line)
  return PLEA_VERB.test(line) && (site.named(line) || line.includes('本站') || bracketed)
}

/**
 * A link to one other story set between paragraphs: a pointer's glyph, a related label and its colon, then the story's
 * headline, no sentence's stop (▶ 相关阅读：某某和某某，到底该做哪个？, ▷延伸阅读：某地推出某某新规).
 */
const RELATED_LINK = /^[▶►▷→»]\s*(?:相关|延伸|推荐|拓展|扩展|关联)(?:阅读|链接|文章|新闻)\s*[:：]\s*[^。！!\s][^。！!]{3,40}$/
/** A line that closes the article on a web page: a notice on rights, its editor, a share or count row, a comment or list label, an app prompt, tags. */
function isArticleEnd(block: Block): boolean {
  const line = block.value.trim()
  if (line.length > 240) return false
  if (line.length <= 120 && isRightsNotice(line)) return true
  if (DISCLAIMER_OPENING.has(line[0]) && patterns.platformDisclaimer.test(line)) return true
  // (a paragraph of the site's prompts: get the app, send tips, the hotline)
  if (line.length <= 200 && isSitePrompt(line)) return true
  // (a paywall's prompt, the rest of the text for subscribers: 订阅某某后可阅读全文, 畅读全文, 立即订阅, 已是会员？登录)
  if (line.length <= 40 && PAYWALL_PROMPT.test(line)) return true
  // (a site's notice classify's rules took, its disclaimer or its terms for reprints: 免责声明：…, 转载请注明出处)
  if (block.kind === 'furniture' && patterns.siteNotice.test(line)) return true
  if (line.length > 60) return false
  if (COMMENTS_COUNTED.test(line) || (line.length <= 40 && (NOTICE_LABEL.test(line) || MORE_FROM.test(line)))) return true
  if (STAFF_CLOSE.test(line) || isAppPrompt(line) || HASHTAGS.test(line) || KEYWORD_LINE.test(line)) return true
  if (PAGE_LINKS.test(line) || isPagerRow(line) || PREV_NEXT_LINK.test(line) || COMMENTS.test(line) || COMMENT_COUNT.test(line) || RECOMMENDED.test(line) || (line.length <= 12 && TAIL_LIST_LABEL_SHAPE.test(line))) return true
  // (and the site's line naming comments, a comment box's prompt: 写评论…)
  return block.kind === 'furniture' && (SHARE_LABEL.test(line) || (line.length <= 12 && COMMENT_SECTION_WORD.test(line) && !SENTENCE_MARK.test(line)) || (HAS_BUTTON_WORD.test(line) && BUTTON_COUNT.test(line)) || COUNTS_IN_BRACKETS.test(line))
}

/**
 * The article of a web page, found by its frame, not by a platform's words. A page is a web page when classify's
 * rules found its chrome (a printed page's folio says it is not). Its article runs from the headline to the last
 * paragraph of prose before the first line that closes an article (a notice on rights, the editor, a share or count
 * row, a comment or list label, an app prompt, tags). Over the headline, short lines without a sentence are the
 * site's; inside the article, a font widget's one-word buttons by furniture, a player's time and its label, an app's
 * prompt and the fold's words by it; at the article's foot, its fields (【作者】…, 来源：…, 本文…); after its end,
 * every line but prose, and comments (a text by a time or place stamp) however long. Long prose after the end is
 * kept: when in doubt, keep.
 */
export function markWebArticle(all: Block[]): void {
  // a page with the site's chrome, an e-paper's too (its page's folio says printed, its frame web): its widgets' and
  // counts' rows, and its list of the page's own headlines over the article
  let web = 0
  for (const block of all) if (web < WEB_CHROME_MIN && block.kind === 'furniture' && block.value.length <= 240 && isWebLine(block.value.trim())) web++
  if (web >= WEB_CHROME_MIN) {
    const prose = all.findIndex((b) => isContent(b) && b.kind !== 'title' && isProse(b.value.trim(), PROSE_MIN))
    // (buttons over the text only: a line of grades in it may read as buttons, A+ A B-)
    all.forEach((b, i) => {
      if (isContent(b) && isWidgetRow(b.value.trim(), prose < 0 || i < prose)) b.kind = 'furniture'
    })
    if (prose > 0) markHeadlineList(all, prose)
  }
  let chrome = 0
  for (const [at, block] of all.entries()) {
    // (a link to the previous or next post is the site's wherever classify's rules left it: 前一篇：春分时节话春韭)
    if (block.kind !== 'furniture' && chrome < WEB_CHROME_MIN && block.value.length <= 60 && PREV_NEXT_LINK.test(block.value.trim())) chrome++
    if (block.kind !== 'furniture') continue
    const line = block.value.trim()
    // (staff alone are no folio: a web page signs its article with them, 编辑 刘晓 / 校对 何婉婷; nor is a printed
    // page cited as an article's source, its date and page in brackets: 《某某日报》（2025年06月12日 09版）)
    // (nor is a site's trail or a link to the previous or next post, their words set apart as a folio's fields
    // may be: 您所在的位置：首页 > 城事 > 社区, 下一篇：春季过敏高发 专家教你防护)
    // (nor is a site's footer, its publisher's field by its rights: 主办单位：某某馆    版权所有 © 某某馆)
    // (nor the site's own name by its publisher, a paper's imprint as a folio's is: 某某网 — 某某日报社主办)
    // (nor the article's source named by its label, the organs it comes from after it, one a paper: 来源：某某日报全媒体
    // 某某广播电视台; a web page credits its text so, a printed page's head holds no 来源)
    // (a printed page shown in a site's frame, the site's chrome over its folio: the frame is the site's, the page is read
    // as printed; a viewer's frame may hold its menu over the folio and the rest of its chrome under the print: 首页 | 老报纸
    // | 登录 / …folio… / …the print… / 纠错反馈 | 收藏 | 分享 / 版权所有 © 某某馆　ICP备…)
    if (line.length <= 60 && isPrintFolio(line) && !isStaffOnly(line) && !patterns.siteFooter.test(line) && !CITED_PAGE.test(line) && !isNavigation(line) && !PREV_NEXT_LINK.test(line) && !SITE_NAME_FIELD.test(line) && !SOURCE_LABEL.test(line)) {
      if (chrome > 0 && chrome + webLinesUnder(all, at) >= WEB_CHROME_MIN) markFrameOfPrint(all, at)
      return
    }
    if (chrome < WEB_CHROME_MIN && line.length <= 240 && isWebLine(line)) chrome++
  }
  if (chrome < WEB_CHROME_MIN) return
  const thread = markThreadFloors(all)
  markRepostTitle(all)
  const longProse = (b: Block | undefined) => b !== undefined && isContent(b) && b.kind !== 'title' && isProse(b.value.trim(), PROSE_MIN)
  const first = all.findIndex(longProse)
  if (first < 0) return
  // the headline: the line over the page's dateline (furniture or a byline may stand between), else its first line
  // of content, when it is shaped as a headline is
  // (and a dateline of fields, or with its buttons in brackets; a line of the site's counters: 关注：268,415 贴子：4,927,360)
  // (and a date or a time alone, a feed's day over its items and an item's time: 11月30日 星期日 / 20:41)
  for (let i = 0; i < first; i++) if (isContent(all[i]) && (GLUED_DATELINE.test(all[i].value.trim()) || isFrameDateline(all[i].value) || COUNTER_FIELDS.test(all[i].value.trim()) || DAY_OR_TIME.test(all[i].value.trim()))) all[i].kind = 'furniture'
  // (the site's names read once its dateline is known as the site's: 来源：某某之家 among its fields)
  const site = siteNamesOf(all)
  const apps = appNamesOf(all)
  // (a line opening on a comma or a stop is the rest of a cut sentence, no headline: ，一个月后…)
  // (a digest's headline strings its items with semicolons, no other mark: 今日某地丨某某上岗；某某开放；某某调整)
  // (nor is a sentence of three clauses or more ended by its mark, a poster's note over what it reposts: 转一篇今天某某报上的
  // 文章，写的就是我们楼，盼了一年总算盼到了！)
  const headlineShaped = (b: Block) =>
    isContent(b) && !isVisiblyLonger(b.value.trim(), HEADLINE_MAX) && (!/[。；;]/.test(b.value) || DIGEST_HEADLINE.test(b.value.trim())) && !/[：:]$/.test(b.value.trim()) && !/^[，,、。；;：:]/.test(b.value.trim()) && !CLAUSED_SENTENCE.test(b.value.trim())
  let h = -1
  // (a summary of one sentence may stand over the dateline, long prose too)
  // (a post's time alone in brackets is its dateline: (2013-04-12 20:15:36))
  for (let i = 0; i < first; i++) if (isContent(all[i]) && BRACKETED_TIME.test(all[i].value.trim())) all[i].kind = 'furniture'
  // (a row of a government site's table of a document's fields is no dateline, though a date may be among them: the
  // headline is under the table, over the page's own dateline)
  const d = all.findIndex((b, i) => (i < first || (i === first + 1 && isStandfirst(all[first]))) && b.kind === 'furniture' && !b.data.documentFields && (isPageDateline(b.value) || BRACKETED_TIME.test(b.value.trim()) || isFrameDateline(b.value)))
  const card = d > 0 ? postUnderCard(all, d, first, headlineShaped) : -1
  if (card >= 0) {
    all[d - 1].kind = 'furniture'
    h = card
  } else if (d > 0) {
    let k = d - 1
    // (an author's name, or a source and a name, between: 某某客户端某某频道 赵某某)
    // (or a role and its name, 某某新闻编辑 | 宋雨, 编辑 刘晓)
    // (or a subtitle, ——…, which stands under its headline: the headline is over it)
    const between = (b: Block) =>
      b.kind === 'furniture' || b.kind === 'byline' || b.kind === 'subtitle' || /^[—－]/.test(b.value.trim()) || SOURCE_AND_NAME.test(b.value.trim()) || (AUTHOR_NAME.test(b.value.trim()) && !isVisiblyLonger(b.value.trim(), 12)) || ROLE_AND_NAME.test(b.value.trim())
    // (a short headline is shaped as a name is: with no headline over it, the nearest such line is the headline)
    let named = -1
    while (k >= 0 && between(all[k])) {
      if (named < 0 && isContent(all[k]) && all[k].kind !== 'byline' && !ROLE_AND_NAME.test(all[k].value.trim()) && headlineShaped(all[k])) named = k
      k--
    }
    // (a summary of one sentence may stand under the headline: 这家企业今年一边新建产线，一边关停了网点。)
    if (k > 0 && isStandfirst(all[k]) && headlineShaped(all[k - 1])) k--
    if (k >= 0 && headlineShaped(all[k])) h = k
    else if (named >= 0) h = named
  } else {
    let c = all.findIndex(isContent)
    // (a row of the site's tabs over it is no headline: 看贴 图片 精华 视频 游戏)
    // (nor is the site's name over its tabs: 某某社 / 电报 盯盘 看点 VIP 话题)
    const overTabs = (k: number) => all[k].value.trim().length <= 16 && !/[，,。！？!?；;：:]/.test(all[k].value) && all[k + 1] !== undefined && isContent(all[k + 1]) && TAB_ROW.test(all[k + 1].value.trim())
    while (c >= 0 && c < first && (TAB_ROW.test(all[c].value.trim()) || overTabs(c))) {
      all[c].kind = 'furniture'
      c = all.findIndex((b, i) => i > c && isContent(b))
    }
    // (the site's chrome over the headline may be lines its rules do not know, a reader's buttons, a channel's name, a
    // post's age: the headline is then the nearest headline-shaped line over the text, its fields and link between)
    // (only over lines that may be chrome, short and without a sentence: a paragraph over it says the page's text
    // begins higher, and the output, cleaned again without the chrome, would read the line as a heading under it)
    const above = headlineOverText(all, first, headlineShaped)
    if (above > c && all.slice(c, above).every((b) => !isContent(b) || (b.value.trim().length <= CHROME_LINE_MAX && !/[，,。！？!?；;]/.test(b.value)))) c = above
    if (c >= 0 && c < first && headlineShaped(all[c])) h = c
  }
  // (an episode's or issue's title, its number before a bar, over the article's own headline printed under it with the
  // rest of its words, the text's first paragraph maybe between: 第52期 | 巷口的老裁缝 / … / 巷口的老裁缝: the platform's
  // title, the headline the article's)
  const numbered = h >= 0 ? NUMBERED_TITLE.exec(all[h].value.trim()) : null
  if (numbered !== null) {
    const own = all.findIndex((b, i) => i > h && i <= first + 1 && isContent(b) && foldForCompare(b.value) === foldForCompare(numbered[1]))
    if (own > h) {
      all[h].kind = 'furniture'
      h = own
    }
  }
  // (a line a continuation marker sends on to another page is a paragraph's cut half, no headline: …社 / （下转第2版）)
  if (h >= 0 && all[h + 1]?.kind === 'marker') h = -1
  // (a subtitle, ——…, hangs from the headline set together over it, though it is the longer line: that line is the headline)
  if (h > 0 && patterns.subtitleDash.test(all[h].value.trim()) && isContent(all[h - 1]) && isSetTogether(all[h - 1], all[h])) {
    all[h].kind = 'subtitle'
    h--
  }
  if (h >= 0) {
    // (over it, short lines without a sentence are the site's; a line right over it is its kicker unless it prompts or
    // is a row of buttons in brackets, [标记已读]　[加入收藏], or an account's card, 某某晚报　✓已认证　+关注)
    // (and the headline itself printed over it, the page's title in the browser's bar or its head over a pager: the site's)
    const headline = foldForCompare(all[h].value)
    for (let i = 0; i < h; i++) {
      const line = all[i].value.trim()
      if (isContent(all[i]) && chromeLength(line) <= CHROME_LINE_MAX && ((!SENTENCE_MARK.test(line) && (i < h - 1 || isPrompt(line) || TAB_ROW.test(line) || READING_TIME.test(line) || isButtonsRow(line) || isFollowCard(line))) || foldForCompare(line) === headline)) all[i].kind = 'furniture'
      // (the kicker set together with it in a block of its own is a headline too)
      else if (i === h - 1 && all[i].kind === 'body' && all[i].data.depth === undefined && isHeadlineBlockLine(all, i, h) && headlineShaped(all[i])) all[i].kind = 'title'
    }
    // (not a title's first half, cut after a comma or dots: 甲流、支原体、新冠…… / 孩子反复咳嗽…)
    if ((all[h].kind === 'body' || all[h].kind === 'title') && all[h].data.depth === undefined && !/[，,、…：:]$/.test(all[h].value.trim())) {
      all[h].kind = 'title'
      // (settle reads the page again without the chrome that told it a web page: the headline stays one)
      for (const block of all) delete block.data.headline
      all[h].data.headline = true
    }
    // (a headline wrapped in its block, its last words alone under the long first line, is one headline, not a headline
    // over a heading or a kicker over a headline: 某某：一座县城的“菜篮子” / 是怎么装满的; join joins the two)
    // (the headline found is its tail in brackets under the headline's words: the pair is the line over it and it)
    const tail = h > 0 && isContent(all[h - 1]) && (all[h - 1].kind === 'title' || all[h - 1].kind === 'body') && isBracketedTail(all[h - 1].value.trim(), all[h].value.trim())
    const a = all[h].kind === 'title' && all[h].data.headline && !tail ? h : h - 1
    const b = a + 1
    if (a >= 0 && all[a].kind === 'title' && all[b] !== undefined && isContent(all[b]) && (all[b].kind === 'heading' || all[b].kind === 'body' || all[b].kind === 'title') && all[b].data.depth === undefined && all[b].position.start.line === all[a].position.end.line + 1 && (isWrapRemainder(all[a].value.trim(), all[b].value.trim()) || printedWhole(all, a, b) || isBracketedTail(all[a].value.trim(), all[b].value.trim()))) {
      for (const block of all) delete block.data.headline
      all[a].data.headline = true
      all[b].kind = 'title'
      if (!isWrapRemainder(all[a].value.trim(), all[b].value.trim())) all[b].data.headlineWrap = true
    }
  }
  markHeadRepeats(all, first, h)
  // the anchor: the last paragraph of long prose that stands by no time or place stamp (a comment does), and that
  // is no line closing an article (a notice on rights is long prose too)
  const stampedNear = (i: number) => [i - 2, i - 1, i + 1, i + 2].some((k) => all[k] !== undefined && isStamp(all[k].value.trim()))
  // (nor the site speaking of itself, its rights and readers, with a line of the site's between it and the prose
  // over it: the story ended over that line)
  // (nor anything under the links to the previous and next articles set as a pair after the text: the article ended
  // over them, and what follows is the site's, its comments, lists and notices, long prose among them)
  const links = prevNextPair(all, first)
  let anchor = first
  for (let i = links - 1; i > first; i--) {
    if (longProse(all[i]) && !stampedNear(i) && !isArticleEnd(all[i]) && !STAMPED_OPENING.test(all[i].value.trim()) && !isGluedList(all[i].value.trim())) {
      if (isSiteSpeechByName(all[i].value.trim(), site) || underNoticeLabel(all, i, site)) continue
      if (isSiteSpeech(all[i].value.trim(), site)) {
        let j = i - 1
        let siteLine = false
        while (j > first && !longProse(all[j])) {
          siteLine ||= all[j].kind === 'furniture' || isArticleEnd(all[j])
          j--
        }
        if (siteLine) {
          i = j + 1
          continue
        }
      }
      anchor = i
      break
    }
  }
  let end = all.length
  for (let i = anchor + 1; i < all.length; i++) {
    if (isArticleEnd(all[i])) {
      end = i
      break
    }
  }
  const unmarked = (b: Block) => isContent(b) && b.kind !== 'title' && !/[。！？!?，,；;：:、]/.test(b.value)
  // (the text opens with the first long prose under the dateline: a summary over it may be long prose too)
  const textStart = d > first ? all.findIndex((b, i) => i > d && longProse(b)) : first
  // inside the article: widgets, a player's time and label, an app's prompt and the fold's words by it
  // (a slot's label the page sets again and again between paragraphs of its text, in Latin letters among Chinese prose
  // (the site's template's language, not the text's), long prose on both sides each time, other paragraphs by each:
  // Advertisement, ADVERTISEMENT, Sponsored; a Chinese label repeated so is a section's, 记者手记, 【法官说法】, and stays)
  const slots = new Map<string, number[]>()
  for (let i = Math.max(h, 0) + 1; i < end; i++) {
    const line = all[i].value.trim()
    if (isContent(all[i]) && line.length <= SLOT_LABEL_MAX && SLOT_LABEL.test(line) && unmarked(all[i]) && HAN_SCRIPT.test(all[i - 1]?.value ?? '') && HAN_SCRIPT.test(all[i + 1]?.value ?? '') && longProse(all[i - 1]) && longProse(all[i + 1])) slots.set(line, [...(slots.get(line) ?? []), i])
  }
  // (not a heading of a run the page prints twice, a preview over the full text: the paragraphs by each label differ)
  const opening = (b: Block) => foldForCompare(b.value).slice(0, 12)
  const differ = (texts: string[]) => new Set(texts).size === texts.length
  for (const at of slots.values()) if (at.length >= 2 && differ(at.map((i) => opening(all[i - 1]))) && differ(at.map((i) => opening(all[i + 1])))) for (const i of at) all[i].kind = 'furniture'
  let stampSeen = false
  for (let i = Math.max(h, 0) + 1; i < end; i++) {
    const line = all[i].value.trim()
    // (a player's time classify's rules took already still names its label over it: 收听新闻 / 00:00/04:16)
    if (!isContent(all[i]) && !(all[i].kind === 'furniture' && (isAppPrompt(line) || DURATION.test(line) || PLAYER_LINE.test(line)))) continue
    // (a box of links to other stories set in the text: its label of any wording of its kind over a few headlines, no
    // sentence among them, the text going on under them, 延伸阅读 / 某地推出某某制度 帮某某; a label over a text of its own,
    // 延伸阅读 / 某某是指…。, or over a heading that asks, stays)
    if (line.length <= 12 && patterns.relatedLinks.test(line)) {
      let k = i + 1
      while (k < end && k - i <= RELATED_IN_TEXT_MAX && isContent(all[k]) && headlineShaped(all[k]) && !/[。！？!?：:]$/.test(all[k].value.trim()) && !longProse(all[k])) k++
      if (k > i + 1 && k - i <= RELATED_IN_TEXT_MAX && k < end && longProse(all[k])) {
        for (let m = i; m < k; m++) all[m].kind = 'furniture'
        i = k - 1
        continue
      }
    }
    // (a card drawn in a box in the text, a row of the site's buttons in brackets in it, no prose: an offer's or a
    // product's, ┌──┐ / │ 某某车型 │ / │ 指导价：… │ / │ [询底价]　[计算器] │ / └──┘; a box of the story's own facts has none)
    const box = all[i].data.boxed
    if (box !== undefined) {
      let k = i
      while (k < end && all[k].data.boxed === box) k++
      const card = all.slice(i, k)
      if (card.some((b) => isButtonsRow(b.value.trim())) && !card.some(longProse)) {
        for (const b of card) b.kind = 'furniture'
        i = k - 1
        continue
      }
    }
    // (and such a card set in the text without a box: its row of buttons in brackets, the product's name and figures in a
    // line or two over it, no sentence among them, 某某车型 2024款 / 指导价 18.58万　4.6分 / [询底价]　[参数配置])
    if (box === undefined && i > textStart && isButtonsRow(line)) {
      let k = i
      while (k - 1 > Math.max(h, 0) && i - k < CARD_LINES_MAX && unmarked(all[k - 1]) && all[k - 1].value.trim().length <= CHROME_LINE_MAX) k--
      if (k < i) {
        for (let m = k; m <= i; m++) all[m].kind = 'furniture'
        continue
      }
    }
    // (and a pointer to another story, nothing but its words and the story's title in book marks: 更多报道详见：《某某》)
    if (line.length <= 60 && (RELATED_POINTER.test(line) || RELATED_LINK.test(line))) {
      all[i].kind = 'furniture'
      continue
    }
    // (and a plea with a web address, the site's or an advertiser's, set in the text, even between the halves of a
    // sentence: 一秒记住【某某网 www.….com】, 请收藏本站：https://…, 【推荐个app，这里下载 www.….org】)
    if (isAddressPlea(line, site)) {
      all[i].kind = 'furniture'
      continue
    }
    if (DURATION.test(line) || PLAYER_LINE.test(line)) {
      all[i].kind = 'furniture'
      if (i > 0 && unmarked(all[i - 1]) && all[i - 1].value.trim().length <= 6) all[i - 1].kind = 'furniture'
      // (a timed transcript's first stamp, more stamps under it, names the transcript's label over it in a line or two:
      // 视频文稿 / AI生成的文稿仅供参考, 字幕 / 自动生成)
      if (!stampSeen && all.slice(i + 1, end).filter((b) => CLOCK_ALONE.test(b.value.trim())).length >= 2 && CLOCK_ALONE.test(line)) {
        for (let k = i - 1; k > Math.max(h, 0) && k >= i - 2 && unmarked(all[k]) && all[k].value.trim().length <= TRANSCRIPT_LABEL_MAX; k--) all[k].kind = 'furniture'
      }
      stampSeen = true
      // (under it, the video's credit, its title maybe over it: 某某丨某某的一天 / 视频：某某报记者 张三)
      const credit = [i + 1, i + 2].find((k) => all[k] !== undefined && isContent(all[k]) && VIDEO_CREDIT.test(all[k].value.trim()))
      // (or past the player's controls under its counter, its speeds and its quality menu, the player's label naming where
      // the video came from: 倍速 / 2.0x 1.5x 1.0x / 高清 / 视频：某某 视频来源：某某; a title alone there is the video's caption)
      let under = i + 1
      while (under < end && under - i <= PLAYER_ROWS_MAX && (all[under].kind === 'furniture' || PLAYER_QUALITY.test(all[under].value.trim()))) under++
      const sourced = credit === undefined && all[under] !== undefined && isContent(all[under]) && VIDEO_CREDIT.test(all[under].value.trim()) && VIDEO_SOURCE_FIELD.test(all[under].value.trim())
      if (sourced) for (let k = i + 1; k <= under; k++) all[k].kind = 'furniture'
      else if (credit !== undefined && (credit === i + 1 || (unmarked(all[i + 1]) && !isVisiblyLonger(all[i + 1].value.trim(), HEADLINE_MAX)))) for (let k = i + 1; k <= credit; k++) all[k].kind = 'furniture'
      // (and right under it the video's description, opened by the video's label in black brackets and cut by the site's
      // ellipsis: 【视频】连日来，…往来穿梭……; the player's, a preview of the text printed in full under it)
      else if (all[i + 1] !== undefined && isContent(all[i + 1]) && VIDEO_TEASER.test(all[i + 1].value.trim())) all[i + 1].kind = 'furniture'
      continue
    }
    // (a quiz's buttons, its question and its lettered options over them, and the label over the question: 【随堂测试】 /
    // 1.某某由谁担任…？（　） / A.某某　B.某某　C.某某 / 提交答案　查看解析: a learning platform's, no text of the article)
    if (line.length <= 30 && QUIZ_BUTTONS.test(line)) {
      let k = i - 1
      let options = 0
      while (k > h && isContent(all[k]) && (QUIZ_OPTIONS.test(all[k].value.trim()) || (all[k].value.trim().length <= 120 && QUIZ_BLANK.test(all[k].value.trim())))) {
        if (QUIZ_OPTIONS.test(all[k].value.trim())) options++
        k--
      }
      if (options > 0) {
        if (k > h && isContent(all[k]) && QUIZ_LABEL.test(all[k].value.trim())) k--
        for (let q = k + 1; q <= i; q++) all[q].kind = 'furniture'
        continue
      }
    }
    // (a video's label by its play mark and its length: ▶ 视频：某某（时长01:25）)
    if (line.length <= 60 && VIDEO_LABEL.test(line)) {
      all[i].kind = 'furniture'
      continue
    }
    // (over the text, a line of fields naming the article's editor is the page's, its author's field with it: 作者：某某    责编：某某)
    // (and a widget's row of one- and two-character buttons under the dateline: 字号：大 中 小  打印  关闭)
    // (and the article's own address, its reading time and its author's field: https://…, 收听本文 约4分钟, 作者：某某;
    // and its fields with the date, whatever widget stands by them: 2024-05-09 08:40 来源：某某网 字号：A | A)
    // (a count alone, by its word or the pictograph standing for it, anywhere in the article: 4.6万次播放, 已播放 8.6万次,
    // 👁 3.2万; over the text, a widget's row by its buttons in brackets: 字号：T | T 【打印】【关闭】)
    // (and a row of counts and buttons set apart by wide gaps, anywhere: 阅读 4.2W    加红    分享    收藏; a list's label
    // with its items on its line, 相关股票   某某 +2.31%; a link's words by its chevron, 查看深度解读 ›)
    if (isCountButtonRow(line) || LABELLED_LIST_LINE.test(line) || CHEVRON_LINK.test(line)) {
      all[i].kind = 'furniture'
      continue
    }
    // (a post's own address by its label, at the head or after the text: a reposter's 原文链接：http://…)
    if (GLUED_DATELINE.test(line) || COUNT_ROW.test(line) || (line.length <= 120 && PERMALINK.test(line)) || (line.length <= 24 && COUNT_ALONE.test(line)) || (i < textStart && (FOLLOW_BUTTON.test(line) || isFollowCard(line) || (line.length <= 60 && isButtonsRow(line)) || (isShortButtonRow(line) && i > 0 && !isContent(all[i - 1]) && all[i - 1].kind !== 'marker') || (KEYWORD_LINE.test(line) && TWO_KEYWORDS.test(line)) || CATEGORY_LINE.test(line) || (line.length <= 120 && TAXONOMY_ROW.test(line)) || DROPDOWN.test(line) || isWebAddressLine(line) || READING_TIME.test(line) || AUTHOR_FIELD.test(line) || CHAPTER_LINE.test(line) || (line.length <= 120 && !SENTENCE_MARK.test(line) && DATED_FIELDS.test(line)) || (line.length <= 60 && EDITOR_FIELD.test(line) && !/[，,。！？]/.test(line))))) {
      all[i].kind = 'furniture'
      continue
    }
    // (and a note on the article's rights or views, in brackets or not: （本文仅代表作者个人观点，不构成投资建议。）)
    // (and the site speaking of itself by its name: 本文系某某网独家稿件，未经授权，不得转载。)
    if (i > anchor && ((FOOT_FIELD.test(line) && line.length <= 40 && !SENTENCE_MARK.test(line) && all[i].kind !== 'heading') || isRightsNotice(line.replace(/^[（(]|[）)]$/g, '')) || isSiteSpeechByName(line, site))) {
      all[i].kind = 'furniture'
      continue
    }
    if (all[i].kind !== 'caption' && (isAppPrompt(line) || isNamedAppPrompt(line, apps))) {
      all[i].kind = 'furniture'
      // (the fold's words by its prompt: 剩余65%未读; a share left or a fold's word, not a section's head the prompt
      // stands over, 打开某某APP 阅读更多精彩资讯 / 城市为年轻人“筑巢”)
      for (const k of [i - 1, i + 1]) if (k > h && all[k] !== undefined && unmarked(all[k]) && all[k].value.trim().length <= 12 && FOLD_WORDS.test(all[k].value)) all[k].kind = 'furniture'
      continue
    }
    // (a run of one-to-four-character words by furniture: a font widget's buttons, a menu)
    // (or right under the text's last paragraph, the line closing the article right under them: its tags, 某地 / 民生; not
    // a list a line of the text opens, 获奖的摊主有： / 李明 / 王芳)
    if (line.length <= 4 && unmarked(all[i]) && (all[i - 1]?.kind === 'furniture' || i === anchor + 1)) {
      let j = i
      while (j < end && isContent(all[j]) && all[j].value.trim().length <= 4 && unmarked(all[j])) j++
      if (all[i - 1]?.kind !== 'furniture' && (j !== end || end === all.length)) {
        i = j - 1
        continue
      }
      // (or one over the text, the same as the button over it, the last of a widget's buttons set alike, A / A / A; or the
      // comments' button closing a row of the site's buttons: 分享到 / 微信 / 收藏 / 评论)
      const button = j - i === 1 && i < textStart && (foldForCompare(line) === foldForCompare(all[i - 1].value) || COMMENT_SECTION_WORD.test(line))
      if ((j - i >= 2 && j - i <= 6) || button) for (let k = i; k < j; k++) all[k].kind = 'furniture'
      i = j - 1
    }
  }
  // (a line between the text and those links that the site prints again under them is the site's too: the repost's
  // attribution, 来自: 某某 > 《某某》 / 上一篇：… / 下一篇：… / 献花 / 来自: 某某 > 《某某》)
  if (links < all.length) {
    const under = new Set(all.slice(links + 1).map((b) => foldForCompare(b.value)))
    for (let i = anchor + 1; i < links; i++) {
      const line = all[i].value.trim()
      if (isContent(all[i]) && line.length <= CHROME_LINE_MAX && !SENTENCE_MARK.test(line) && under.has(foldForCompare(line))) all[i].kind = 'furniture'
    }
  }
  if (end >= all.length) return
  // after the article's end: all but prose; comments (a text by a stamp) however long
  // (once a comment section opened, a poster's name and its short text: 某某网友：写得真好！, not in a thread, where the
  // starter's floors go on with the text: 补充一句：…; and a glued list of links)
  let comments = false
  for (let i = end; i < all.length; i++) {
    const line = all[i].value.trim()
    if (!comments && !thread && line.length <= 20 && COMMENT_SECTION_WORD.test(line) && !SENTENCE_MARK.test(line)) comments = true
    if (!isContent(all[i])) continue
    const poster = COMMENT_LINE.exec(line)
    // (and a comment's text under its head of a name and a place, or over its row of buttons: 某某   福建 泉州 / 每年都来！ / 回复  ♡ 88;
    // or under its head's last line when the head is set a field a line, its name, place and pin each alone, or the
    // author's label over a reply: 小林同学 / 福建 / 置顶 / 很实用，…。, 作者 / 谢谢关注！, 老郑头 / 江西 赣州 / 夜灯…)
    const headed = comments && line.length <= 140 && (COMMENT_NAME_PLACE.test(all[i - 1]?.value.trim() ?? '') || REPLY_ROW.test(all[i + 1]?.value.trim() ?? '') || COMMENT_HEAD_FIELD.test(all[i - 1]?.value.trim() ?? '') || PLACE_ALONE.test(all[i - 1]?.value.trim() ?? ''))
    if (isGluedList(line) || headed || (comments && poster !== null && all[i].kind !== 'byline' && !NOT_A_POSTER.test(poster[1]))) {
      all[i].kind = 'furniture'
      continue
    }
    // (an item of a list of links, opened by the bullet a neighbour opens with, though it asks or exclaims: · 某某：谁在裸泳？)
    const bullet = LINK_BULLET.exec(line)?.[0]
    if (bullet !== undefined && line.length <= 48 && !/[。；;]/.test(line) && [all[i - 1], all[i + 1]].some((b) => b !== undefined && b.value.trim().startsWith(bullet))) {
      all[i].kind = 'furniture'
      continue
    }
    // (a sentence ended as text ends it is kept, however short: the page's last word may follow the buttons)
    // (a notice on rights is prose, but closes an article wherever it stands after the end)
    // (and a comment opening with its poster's name and time: 某某网友 2013-04-13 09:21:47 [举报]写得真好…)
    // (and the site speaking of itself, its rights and its readers: 如需转载请与本报联系。)
    // (and the items of the site's notice under its label, however long: 版权及免责声明： / 1、凡本网注明…)
    // (and a poll's question over its buttons and their counts: 以上内容对您有帮助吗？ / 👍 有帮助（312）  👎 没帮助（9）)
    if (line.length <= 24 && POLL_QUESTION.test(line) && isPollRow(all[i + 1]?.value.trim() ?? '')) {
      all[i].kind = 'furniture'
      continue
    }
    if (!(isProse(line, KEPT_PROSE_MIN) || /[。！？][”’」』）)]?$/.test(line)) || (line.length <= 30 && COMMENT_ETIQUETTE.test(line)) || (stampedNear(i) && line.length <= 140) || isArticleEnd(all[i]) || (line.length <= 240 && STAMPED_OPENING.test(line)) || isSiteSpeech(line, site) || underNoticeLabel(all, i, site)) all[i].kind = 'furniture'
    // (a sentence kept so, under the links to the previous and next articles, is the site's all the same: flagged)
    else if (i > links) {
      all[i].kind = 'furniture'
      all[i].data.doubt = "read as the site's, under the links to the previous and next articles"
    }
  }
}

/** The two directions of a link to another article: 上一篇 and 下一篇, 前一篇 and 后一篇. */
const PREV_NEXT_PAIRS = [['上一篇', '下一篇'], ['前一篇', '后一篇'], ['上一条', '下一条'], ['上篇', '下篇']]
/**
 * Where the links to the previous and next articles stand as a pair under the text that opens at `first`, one line each
 * or both on one line (上一篇：某某 / 下一篇：某某): the index of the lower, or the page's length when there is none.
 */
function prevNextPair(all: Block[], first: number): number {
  const direction = (line: string) => PREV_NEXT_LINK.test(line) ? PREV_NEXT_PAIRS.findIndex((pair) => pair.some((word) => line.startsWith(word))) : -1
  for (let i = first + 1; i < all.length; i++) {
    const line = all[i].value.trim()
    const d = direction(line)
    if (d < 0 || line.length > 60) continue
    const [back, on] = PREV_NEXT_PAIRS[d]
    if (line.startsWith(back) && line.includes(on)) return i
    const next = all[i + 1]?.value.trim() ?? ''
    if (next.length <= 60 && next.startsWith(line.startsWith(back) ? on : back) && PREV_NEXT_LINK.test(next)) return i + 1
  }
  return all.length
}

/** A row of counts and buttons set apart by wide gaps or bars: a count at least, two buttons by their counters' words, short words else. */
const WIDE_GAP = /[ \u3000]{2,}|[ \u3000]*[|｜][ \u3000]*/
const COUNT_ITEM_ALONE = new RegExp(`^${COUNT_ITEM}$`)
const COUNTER_BUTTON = new RegExp(`^(?:\\p{Extended_Pictographic}\\uFE0F?|[☆★♡])?\\s*${COUNT_WORD}$`, 'u')
function isCountButtonRow(line: string): boolean {
  if (line.length > 48 || /[，,。！？!?；;、“”"《》]/.test(line)) return false
  const items = line.split(WIDE_GAP).filter((t) => t.length > 0)
  return items.length >= 3 && items.some((t) => COUNT_ITEM_ALONE.test(t)) && items.filter((t) => COUNTER_BUTTON.test(t)).length >= 2 && items.every((t) => COUNT_ITEM_ALONE.test(t) || BUTTON_LABEL.test(t) || COUNTER_BUTTON.test(t))
}
/** A player's or post's button: its word, maybe after its icon or sign (▶ 播放, + 订阅, 分享). */
const ACTION_BUTTON = new RegExp(`^(?:[\\p{So}\\u25a0-\\u25ff+＋]\\uFE0F?\\s*)?(?:${COUNT_WORD}|订阅|关注|下载|暂停|全屏|倍速)$`, 'u')
/** The gap between a row's buttons: a wide gap or a bar, as between counts (WIDE_GAP), or one ideographic space. */
const BUTTON_GAP = /[ \u3000]*\u3000[ \u3000]*|[ \u3000]{2,}|[ \u3000]*[|｜][ \u3000]*/
/** A row of buttons is this long at most, its buttons' words joined by a space. */
const ACTION_ROW_MAX = 40
/**
 * A player's or post's buttons on one line, set apart by gaps, each its word maybe after its icon or sign, no count
 * among them (▶ 播放　+ 订阅　分享　下载): what a row of counts and buttons is without its counts.
 */
function isActionButtonRow(line: string): boolean {
  const items = line.split(BUTTON_GAP).filter((t) => t.length > 0)
  // (the row may end on the platforms the show is followed on, their names strung by dots, no button's word among them:
  // ▶ 播放　|　+ 订阅　|　某某FM · Podcasts · RSS; its buttons say a player's row, the names are its links)
  const buttons = items.length >= 3 && isPlatformList(items[items.length - 1]) ? items.slice(0, -1) : items
  const length = buttons.join(' ').length
  return length <= ACTION_ROW_MAX && items.length >= 3 && buttons.length >= 2 && buttons.every((t) => ACTION_BUTTON.test(t))
}
/** A list of platforms names this many at least. */
const PLATFORM_NAMES_MIN = 3
/** A platform's name: a few words, no mark of a sentence (某某FM, Podcasts). */
const PLATFORM_NAME = /^[^，,。！？!?；;：:、“”《》()（）]{1,16}$/
/** Names strung by dots, each a few words and no mark of a sentence: 某某FM · Podcasts · RSS. */
function isPlatformList(item: string): boolean {
  const names = item.split(/\s*[·・•]\s*/)
  return names.length >= PLATFORM_NAMES_MIN && names.every((n) => PLATFORM_NAME.test(n) && !ACTION_BUTTON.test(n))
}
/**
 * A list's label with its items after a wide gap on its line, no sentence: 相关股票   某某 +2.31%    某某指数 +0.87%; or a
 * link to another page after its colon, 相关链接：某某办公室关于印发《…》的通知 (not 延伸阅读：, which may head the page's own box).
 */
const LABELLED_LIST_LINE = /^[【[]?(?:相关|推荐|延伸|更多|热门|往期|猜你)[\u4e00-\u9fff]{1,4}[】\]]?[:：]?[ \u3000]{2,}[^，,。！？!?；;]{1,60}$|^[【[]?(?:相关|推荐|往期|猜你)[\u4e00-\u9fff]{1,4}[】\]]?[:：][ \u3000]*[^，,。！？!?；;\s]{2,60}$/
/** A link's words by its chevron, a few words alone: 查看深度解读 ›, 进入专题 ». */
const CHEVRON_LINK = /^[\u4e00-\u9fffA-Za-z0-9]{2,12}[ \u3000]*[›»]$/
/** A poll's question over its buttons, one question and no sentence before it: 以上内容对您有帮助吗？ */
const POLL_QUESTION = /^[^。！？!?]+[？?]$/
/** A poll's or feedback widget's buttons, two or more each with its count in brackets, no sentence: 有用（12）　没用（3）. */
function isPollRow(line: string): boolean {
  return line.length <= 60 && !/[，,。！？!?]/.test(line) && (line.match(/[（(]\s*[0-9]+\s*[）)]/g) ?? []).length >= 2
}
/** A quiz's buttons on one line: 提交答案　查看解析, 提交 | 下一题. */
const QUIZ_BUTTONS = /^(?:提交答案|提交|查看解析|查看答案|答案解析|重新作答|重做|下一题|上一题)(?:[\s\u3000|｜]+(?:提交答案|提交|查看解析|查看答案|答案解析|重新作答|重做|下一题|上一题))*$/
/** A quiz's options, two or more lettered on a line or one on its own: A.某某　B.某某, C、某某. */
const QUIZ_OPTIONS = /^[A-F]\s*[.．、]\s*\S[^。！？]{0,40}?(?:[\s\u3000]+[A-F]\s*[.．、]\s*\S[^。！？]{0,40}?)*$/
/** A quiz's question, its answer left blank in brackets: 1.某某由谁担任？（　）, 下列说法正确的是（ ）. */
const QUIZ_BLANK = /[（(][\s\u3000_]*[）)][。？?]?$/
/** A quiz's label in brackets: 【随堂测试】, 【课后练习】. */
const QUIZ_LABEL = /^[【[][^】\]]{2,8}[】\]]$/
/** A comment box's prompt on its etiquette or to post, however it ends: 请文明上网，理性发言。, 登录后才能发表评论！ */
const COMMENT_ETIQUETTE = /文明上网|理性发言|文明发言|理性评论|文明评论|理性表达|登录后(?:才能|方可|即可)?(?:发表|参与)?(?:评论|发言|留言)|(?:发表|写下|说说)(?:你|您)的(?:评论|看法|观点)/
/** A video's credit under its player: 视频：某某报记者 张三 李四, 摄像：张三　剪辑：李四 (no sentence). */
const VIDEO_CREDIT = /^(?:视频|摄像|拍摄|剪辑|视频制作)\s*[:：/／]\s*[^，,。！？!?；;]{2,40}$/
/** A video's source named after its title on the player's label: 视频：某某 视频来源：某某, 视频：某某　来源：某某. */
const VIDEO_SOURCE_FIELD = /[\s\u3000](?:视频)?来源\s*[:：]\s*\S/
/** A source's label opening a line: 来源：, 稿件来源：, 本文来源： (the article's origin, on a web page). */
const SOURCE_LABEL = /^(?:本文|文章|稿件|信息|内容|图文|新闻)?来源\s*[:：]/
/** A digest's headline: three items or more set apart by semicolons, each of a few words, no other mark of a sentence (某某上岗；某某开放；某某调整). */
const DIGEST_HEADLINE = /^[^，,、。！？!?；;：:\s]{4,}(?:[；;][^，,、。！？!?；;：:\s]{4,}){2,}$/
/** A video's description under its player: its label in black brackets, the text cut by the site's ellipsis (【视频】某某…). */
const VIDEO_TEASER = /^[【[]\s*(?:视频|短视频|微视频|视频新闻)\s*[】\]]\s*\S.*(?:…+|\.{3,}|。{3,})$/s
/** A video's label by its play mark, its length at its end: ▶ 视频：某某（时长01:25）, ▶ 某某 03:12. */
const VIDEO_LABEL = /^[▶►▷⏵⏯]\uFE0F?\s*[^。！？!?；;]{1,40}?[（(]?\s*(?:时长\s*[:：]?\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*[）)]?$/
/** A bullet opening an item of a list of links: · • ● ▪ ◆ ■ ★ ▶ -. */
const LINK_BULLET = /^[·•●○◆◇■□▪◦★☆▶►\-]/
/** A floor's head in a thread: the poster's name after its label, then the time (楼主：某某  时间：2019-11-03 22:41:17  点击：…, 作者：某某 日期：…). */
const FLOOR_HEAD = new RegExp(`^(?:楼主|作者|发帖人|发表人|发布人|用户|层主|网友)\\s*[:：]\\s*([^\\s:：|｜]{1,20})[\\s\\u3000|｜]+(?:(?:时间|日期|发表于|发表时间|发帖时间|回复时间|发布时间)\\s*[:：]?\\s*)?${DATE}(?:${WEB_TIME})?(?:[\\s\\u3000|｜]+[^\\s，,。！？]{1,16}){0,5}$`)
/**
 * A floor's head of the other shape, the poster's name before the verb of posting and the time, maybe after the floor's
 * number or name, buttons maybe after (某某  发表于 2024-03-12 08:15  只看楼主, 5#  某某  发表于 …, 沙发  某某  发表于 …); the
 * number and the starter's label may both stand before the name (1楼　楼主　某某　发表于 …), else the starter's heads are
 * not read, the first reply's poster is taken for the starter and the replies' text stays.
 */
const POSTED_HEAD = new RegExp(`^(?:[^\\s:：|｜，,。！？]{1,6}[ \\u3000]+){0,2}([^\\s:：|｜，,。！？]{1,20})[ \\u3000]+(?:发表于|发布于|发表时间\\s*[:：]?|发帖时间\\s*[:：]?)\\s*${DATE}(?:${WEB_TIME})?(?:[\\s\\u3000|｜]+[^\\s，,。！？]{1,16}){0,5}$`)
/** A floor's head's second line: the verb of posting and the time, buttons maybe after (发表于 2018-5-21 09:10 | 只看该作者). */
const POSTED_LINE = new RegExp(`^(?:发表于|发布于|发表时间\\s*[:：]?|发帖时间\\s*[:：]?)\\s*${DATE}(?:${WEB_TIME})?(?:[\\s\\u3000|｜]+[^\\s，,。！？]{1,16}){0,5}$`)
/** The time a head names. */
const POSTED_TIME = new RegExp(`${DATE}(?:${WEB_TIME})?`)
/** The names a forum gives its first floors, by the starter's and the first replies': 楼主, 沙发, 板凳, 地板. */
const FLOOR_NAME = /^(?:楼主|沙发|板凳|地板|地下室)$/
/** A floor's name or its number: 楼主, 沙发, 5#, 12楼. */
const FLOOR_LABEL = /^(?:楼主|沙发|板凳|地板|地下室|[0-9]{1,5}\s*[#＃楼])$/
/** A poster's card on one line, its fields two at least, maybe after the poster's rank (某某 积分 1286 注册时间 2011-3-7 来自 某地). */
const CARD_FIELD = '(?:积分|帖子|主题|精华|金钱|威望|贡献|UID|注册时间|最后登录|在线时间|阅读权限|来自)\\s*[:：]?\\s*[^\\s，,。！？]{1,16}'
const POSTER_CARD = new RegExp(`^(?:[^\\s，,。！？:：]{1,12}[ \\u3000]+)?${CARD_FIELD}(?:[ \\u3000]+${CARD_FIELD}){1,8}$`)
/** A floor's number in a thread: 1楼, 第3楼, #5, 12#. */
const FLOOR_NUMBER = /(?<![0-9])(?:第\s*)?[0-9]{1,4}\s*楼(?![\u4e00-\u9fff])|(?<![0-9A-Za-z])#\s*[0-9]{1,4}(?![0-9])|(?<![0-9])[0-9]{1,4}#/
/** A floor's buttons, client and time around its number: 回复 | 举报 | 3楼, 来自Android客户端1楼2025-11-02 09:14. */
const FLOOR_FOOT_WORDS = new RegExp(`来自\\S{0,16}?客户端|来自\\S{0,16}?(?:手机|网页|电脑)版?|${DATE}(?:${WEB_TIME})?|\\d{1,2}-\\d{1,2}${WEB_TIME}|回复|举报|打赏|引用|分享|收藏|点赞|赞|顶|踩|编辑|删除|只看该作者|只看楼主|[|｜┊丨·•\\s\\u3000]`, 'g')
/** A thread's tabs or a floor's buttons on one line: 只看楼主 收藏 回复, 打赏 | 回复 | 举报 (short words, one a thread's own). */
const THREAD_BUTTON = /只看楼主|只看该作者|打赏|举报|回复|引用/
/**
 * A note that a floor's text goes on in the next, or at the next floor's top that it goes on from the last: （字数限制，
 * 接楼下）, (未完，见楼下), 【楼下继续】, （接上楼）, (续上楼). Either is the forum's, and the halves of a paragraph cut
 * between the floors join over it (left, it stands between them and the cut is not seen).
 */
const ON_NEXT_FLOOR = /^[（(【[][^（）()【】[\]。！？]{0,12}(?:接楼下|见楼下|楼下继续|下楼继续|转下楼|续楼下|接上楼|续上楼|承上楼|上楼续)[）)】\]]$/
function isThreadButtons(line: string): boolean {
  if (line.length > 40 || /[，,。！？!?：:]/.test(line)) return false
  const items = line.split(/[\s\u3000|｜┊丨]+/).filter((item) => item.length > 0)
  return items.length >= 2 && items.length <= 8 && items.every((item) => item.length <= 6) && items.some((item) => THREAD_BUTTON.test(item))
}
function isFloorFoot(line: string): boolean {
  return line.length <= 48 && !/[，,。！？!?]/.test(line) && FLOOR_NUMBER.test(line) && line.replace(FLOOR_NUMBER, '').replace(FLOOR_FOOT_WORDS, '').length === 0
}

/**
 * A thread's floors, by their heads' and feet's shape, not by a forum's words: a head names the poster after its
 * label and the time (作者：某某 日期：…), a foot holds the floor's number among buttons, a client and a time
 * (回复 | 举报 | 3楼). A page with two of them is a thread: its heads, feet and button rows are the forum's; the text
 * of a floor whose head names another than the thread's starter (the first head's poster) is a reply, the forum's
 * too, down to the next head or foot; the starter's floors are the article, a text over several floors. Whether the
 * page is a thread.
 */
function markThreadFloors(all: Block[]): boolean {
  const heads: number[] = []
  const feet: number[] = []
  const posters = new Map<number, string>()
  /** The name lines of heads set on two lines. */
  const names: number[] = []
  for (let i = 0; i < all.length; i++) {
    const line = all[i].value.trim()
    if (line.length > 100) continue
    const head = FLOOR_HEAD.exec(line) ?? POSTED_HEAD.exec(line)
    if (head) {
      heads.push(i)
      posters.set(i, head[1])
    } else if (isFloorFoot(line)) feet.push(i)
    // (a head on two lines: the poster's name alone over its rank and level, 某某某 / 铁杆吧友 9, Lv.6; or over the verb
    // of posting and the time, 某某 / 发表于 2018-5-21 09:10 | 只看该作者)
    else if (i > 0 && (POSTER_LEVEL.test(line) || POSTED_LINE.test(line)) && POSTER_NAME.test(all[i - 1].value.trim()) && all[i - 1].data.depth === undefined) {
      heads.push(i)
      // (the floor's name may stand between the poster's and the time, 某某 / 沙发 / 发表于…: the poster is named over it,
      // and the floors a starter posted are told by the name, not by the floor's)
      const byFloor = i > 1 && FLOOR_LABEL.test(all[i - 1].value.trim()) && POSTER_NAME.test(all[i - 2].value.trim()) && all[i - 2].data.depth === undefined
      if (byFloor) names.push(i - 2)
      names.push(i - 1)
      posters.set(i, all[byFloor ? i - 2 : i - 1].value.trim())
    }
  }
  // (a head naming a poster and a time an earlier head named is a reply's quotation of that floor, 某某 发表于 2018-5-21
  // 09:10 over the lines quoted: the forum's, and no floor of its own, the lines quoted the reply's)
  const stampOf = (i: number) => `${posters.get(i)}\0${POSTED_TIME.exec(all[i].value)?.[0].replace(/\s+/g, '') ?? i}`
  const quotations = heads.filter((h, k) => heads.slice(0, k).some((earlier) => stampOf(earlier) === stampOf(h)))
  for (const q of quotations) {
    all[q].kind = 'furniture'
    heads.splice(heads.indexOf(q), 1)
  }
  if (heads.length + feet.length < 2 || (heads.length < 2 && feet.length === 0)) return false
  // (the lines quoted under it are the quoted floor's, and go with its head, whoever quotes: the starter answering a
  // reply, 引用 某某 发表于… / 第一，一定要断总闸再施工。 / 谢谢！…, would keep a reply's words as the article's; the
  // quotation runs while its lines are found in the floor quoted)
  const bounds = [...heads, ...feet].sort((a, b) => a - b)
  for (const q of quotations) {
    const quoted = heads.find((h) => h < q && stampOf(h) === stampOf(q))
    if (quoted === undefined) continue
    const floor = all.slice(quoted + 1, bounds.find((b) => b > quoted) ?? q).map((b) => spacelessText(b)).join('\n')
    for (let k = q + 1; k < all.length && isContent(all[k]) && spacelessText(all[k]).length >= QUOTED_LINE_MIN && floor.includes(spacelessText(all[k])); k++) all[k].kind = 'furniture'
  }
  for (const i of [...heads, ...feet, ...names]) all[i].kind = 'furniture'
  // (a floor's name under its head, the forum's for its first floors, and the poster's card: 楼主 / 某某 积分 1286 注册时间 …)
  for (const h of heads) for (let k = h + 1; k < all.length && k <= h + 2 && (FLOOR_NAME.test(all[k].value.trim()) || POSTER_CARD.test(all[k].value.trim())); k++) all[k].kind = 'furniture'
  // (and a note that the text goes on in the next floor: （字数限制，接楼下）)
  for (const block of all) if (isContent(block) && (isThreadButtons(block.value.trim()) || ON_NEXT_FLOOR.test(block.value.trim()) || ATTACHMENT_LINE.test(block.value.trim()))) block.kind = 'furniture'
  // (a poster's signature, which the forum sets under each of its floors: a rule of dashes, then a few short lines,
  // right over the next floor's head or foot, or over the page's end, the forum's own lines between, under the last
  // floor; left, its line stands as a heading under the article's end)
  for (const b of [...heads, ...feet, all.length]) {
    // (the forum's own lines between, a floor's buttons and the next poster's name, are no line of the signature)
    let lines = 0
    for (let k = b - 1; k >= 0 && lines <= SIGNATURE_LINES; k--) {
      const line = all[k].value.trim()
      if (patterns.separator.test(line)) {
        if (all.slice(k + 1, b).every((x) => !isContent(x) || x.value.trim().length <= SIGNATURE_LINE_MAX)) for (let m = k; m < b; m++) all[m].kind = 'furniture'
        break
      }
      if (!isContent(all[k])) continue
      if (line.length > SIGNATURE_LINE_MAX) break
      lines++
    }
  }
  if (heads.length === 0) return true
  const starter = posters.get(heads[0])
  for (const h of heads.slice(1)) {
    if (posters.get(h) === starter) continue
    const next = bounds.find((b) => b > h) ?? all.length
    for (let k = h + 1; k < next; k++) all[k].kind = 'furniture'
  }
  return true
}

/** A line under a quotation's head this long at least is compared with the floor quoted (a shorter one may be anyone's: 好的). */
const QUOTED_LINE_MIN = 4
/** A poster's signature under its rule stands in this many lines at most, each no longer than a motto or a contact is. */
const SIGNATURE_LINES = 3
const SIGNATURE_LINE_MAX = 40

/** A post's tag saying it carries another's text, in brackets, maybe after its category's: [转帖], 【转载】, 【转】, [本地资讯] 【转帖】. */
const REPOST_TAG = /^(?:[[【][^[\]【】]{1,8}[\]】][ \u3000]*)?[[【](?:转帖|转载|转|轉帖|轉載|轉)[\]】][ \u3000]*/
/** The article's own headline is found this few lines of content under the thread's title at most. */
const REPOST_HEADLINE_WITHIN = 12
/** …and is this long at least, letters only, so that a short line opening the title is no match. */
const REPOST_HEADLINE_MIN = 6
/**
 * A thread's title over a reposted article ([转帖]某某（长文，分两楼）, 【转】某某，某某): the post tags itself as carrying
 * another's text, and the article's own headline, printed under it, opens the title once the tag is gone (its marks
 * aside; the poster's note or the headline's second line may follow it). The title is the forum's, the headline the
 * article's; left, the title stands as a second headline over the article's.
 */
function markRepostTitle(all: Block[]): void {
  const letters = (text: string) => text.replace(/[\s\u3000\p{P}\p{S}]/gu, '')
  for (let i = 0; i < all.length; i++) {
    if (!isContent(all[i])) continue
    const tag = REPOST_TAG.exec(all[i].value.trim())
    if (!tag) continue
    const title = letters(all[i].value.trim().slice(tag[0].length))
    for (let k = i + 1, seen = 0; k < all.length && seen < REPOST_HEADLINE_WITHIN; k++) {
      if (!isContent(all[k])) continue
      seen++
      const headline = letters(all[k].value)
      if (headline.length >= REPOST_HEADLINE_MIN && title.startsWith(headline) && !SENTENCE_MARK.test(all[k].value)) {
        all[i].kind = 'furniture'
        break
      }
    }
  }
}

/** A sentence of three clauses or more, ended by its mark: no headline is so long a sentence (某某，某某，某某！). */
const CLAUSED_SENTENCE = /^[^，,]+[，,][^，,]+[，,].*[！？!?]$/

/** A poster's rank and level under the name, a floor's head's second line: 铁杆吧友 9, 初级粉丝 1, Lv.6, LV12. */
const POSTER_LEVEL = /^(?:[\u4e00-\u9fff]{2,6}[ \u3000]+(?:Lv\.?|LV\.?)?\s*[0-9]{1,2}|(?:Lv|LV)\.?\s*[0-9]{1,2})$/
/** A poster's name alone: one word, no mark of a sentence. */
const POSTER_NAME = /^[^\s，,。！？!?：:；;“”]{2,20}$/
/** A row of a site's tabs: four words or more of a few characters each, nothing else (看贴 图片 精华 视频 游戏). */
const TAB_ROW = /^[\u4e00-\u9fffA-Za-z]{1,4}(?:[ \u3000|｜]+[\u4e00-\u9fffA-Za-z]{1,4}){3,}$/

/** A post's time alone in brackets: (2013-04-12 20:15:36). */
const BRACKETED_TIME = new RegExp(`^[（(]\\s*${DATE}${WEB_TIME}\\s*[）)]$`)
/** A comment opening with its poster's name and time, its buttons maybe between: 某某网友 2013-04-13 09:21:47 [举报]…. */
const STAMPED_OPENING = new RegExp(`^[^\\s，,。！？]{1,16}[\\s\\u3000]+${DATE}${WEB_TIME}(?:\\s*[[【(（]?(?:举报|回复|删除|赞)[\\]】)）]?)*\\s*\\S`)
/** Tags over the text are two words or more (a heading 关键词：授权 may open a part of the text). */
const TWO_KEYWORDS = /[:：]\s*[^\s，,、|｜/]+[\s\u3000，,、|｜/]+[^\s，,、|｜/]/
/** An author's field alone, a name and no sentence: 作者：某某, 作者: Some Name. */
const AUTHOR_FIELD = /^(?:作者|文)\s*[:：]\s*[^\s，,。！？:：]{1,16}$/
/** A post's category over its text: 分类：某某, 栏目：某某. */
const CATEGORY_LINE = /^(?:分类|所属分类|类别|栏目|专栏)\s*[:：]\s*[^\s，,。！？]{1,16}$/
/** A post's row of its category and its tags, each by its label: 分类专栏： 某某 文章标签： 某某 某某, 频道：某某　标签：某某. */
const TAXONOMY_LABEL = '(?:分类专栏|所属专栏|分类|所属分类|类别|栏目|专栏|频道|文章标签|标签|Tags?)'
const TAXONOMY_ROW = new RegExp(`^${TAXONOMY_LABEL}\\s*[:：]\\s*[^:：，,。！？]+?(?:[\\s\\u3000]+${TAXONOMY_LABEL}\\s*[:：]\\s*[^:：，,。！？]+?)+$`, 'i')
/** A post's own address by its label: 本文链接：https://…, 原文地址：http://…. */
const PERMALINK = /^(?:本文|原文|文章|本帖)(?:链接|地址|网址)\s*[:：]\s*https?:\/\/\S+$/
/** A button opening a menu: a word or two and its arrow (转载▼, 更多▾). */
const DROPDOWN = /^[\u4e00-\u9fff]{1,4}\s*[▼▾∨]$/

/**
 * A role and the name it names, set apart by a bar, a colon or a space, maybe after the medium's name, set apart too:
 * 某某新闻编辑 | 宋雨, 记者：张三, 某某客户端某某频道　记者 张三.
 */
const ROLE_AND_NAME = new RegExp(`^(?:[^\\s，。！？：:|｜丨]{2,16}[ \\u3000]+)?[^\\s，。！？：:|｜丨]{0,12}?(?:记者|编辑|责编|作者|通讯员|撰文|摄影|实习生)[\\s|｜丨:：]+${PERSON}(?:[\\s、，,]+${PERSON}){0,3}$`)
/** Whether a line is a role and the name it names, maybe after the medium's name: 某某客户端某某频道　记者 张三. */
export function isRoleAndName(line: string): boolean {
  return ROLE_AND_NAME.test(line)
}

/**
 * The nearest headline-shaped line over a web page's text, with nothing but its meta between: the article's fields
 * and byline (作者：某某), its web address, a summary (摘要：…), a post's age or reading time, and lines classify took
 * for the site's. No subtitle (——记…), which stands under its headline; -1 when another line stands between.
 */
function headlineOverText(all: Block[], first: number, headlineShaped: (b: Block) => boolean): number {
  let k = first - 1
  // (a name alone, a channel's or a poster's, stands between too: 中国之声, @某某; with no headline over it, the nearest
  // such line is the headline)
  let named = -1
  for (; k >= 0; k--) {
    if (isMetaOverText(all[k])) continue
    const line = all[k].value.trim()
    if (!isContent(all[k]) || !((AUTHOR_NAME.test(line) && !isVisiblyLonger(line, 12)) || /^[@＠]/.test(line))) break
    if (named < 0) named = k
  }
  if (k >= 0 && isContent(all[k]) && headlineShaped(all[k]) && !/^[—－-]/.test(all[k].value.trim())) return k
  return named >= 0 && headlineShaped(all[named]) ? named : -1
}
function isMetaOverText(block: Block): boolean {
  const line = block.value.trim()
  return (
    !isContent(block) ||
    block.kind === 'byline' ||
    block.kind === 'subtitle' ||
    /^[—－]/.test(line) ||
    isWebAddressLine(line) ||
    isStandfirst(block) ||
    READING_TIME.test(line) ||
    isRoleAndName(line) ||
    // (a teaser of the text cut by the site, its unfold button after it: …以……　展开全文 ∨)
    UNFOLD_END.test(line) ||
    (line.length <= 60 && ROLE_FIELDS.test(line)) ||
    (line.length <= 200 && META_FIELD.test(line)) ||
    (line.length <= 120 && !SENTENCE_MARK.test(line) && DATED_FIELDS.test(line))
  )
}
/** A byline of roles: its fields after colons (ROLE_FIELDS), or a credit's label over a role and its names (采写：某某报记者 张三 实习生 李四). */
export function isRoleByline(line: string): boolean {
  if (line.length > 60) return false
  if (ROLE_FIELDS.test(line)) return true
  const m = CREDIT_LABEL.exec(line)
  if (m !== null) return ROLE_NAMES.test(line.slice(m[0].length))
  return line.length <= 40 && REPORTER_NAMES.test(line) && !LETTER_SPACED_RUN.test(line)
}
/** Four letters or more set apart one by one: a spaced headline (记者 走 基 层), not padded names. */
const LETTER_SPACED_RUN = /(?:^|[ \u3000])[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff](?=[ \u3000]|$)){3}/
/** A credit's label, a kind of work done on the story and its colon: 采写：, 文字：, 视频：, 摄像：. */
const CREDIT_LABEL = /^(?:采写|采访|撰稿|撰文|文字|文图|图文|图片|摄影|摄像|视频|拍摄|剪辑|制作|统筹|策划)\s*[:：]\s*/
/** Roles each with its names, the medium's name maybe before a role: 某某报记者 张三 实习生 李四. */
const ROLE_NAMES = new RegExp(`^(?:[\\u4e00-\\u9fffA-Za-z0-9·]{0,12}?(?:记者|见习记者|通讯员|实习生|编辑|摄影|摄像)[ \\u3000]+${PERSON}(?:[ \\u3000、，,]+${PERSON})*[ \\u3000]*)+$`)
/**
 * Without a credit's label, roles and names are a byline when a reporter leads them, any medium's name before
 * him, and a name may be padded as an app pads two letters to three (读特记者 钟 婷 通讯员 某某某): editors'
 * and photographers' lines alone are the page's staff, not the story's.
 */
const PADDED_PERSON = `(?:${PERSON}|[\\u4e00-\\u9fff](?:[ \\u3000][\\u4e00-\\u9fff]){1,2}(?=[ \\u3000]|$))`
const REPORTER_NAMES = new RegExp(
  `^[\\u4e00-\\u9fffA-Za-z0-9·]{0,12}?(?:记者|见习记者|特约记者|通讯员)[ \\u3000]+${PADDED_PERSON}(?:[ \\u3000、，,]+${PADDED_PERSON})*` +
    `(?:[ \\u3000]+(?:记者|见习记者|通讯员|实习生)[ \\u3000]+${PADDED_PERSON}(?:[ \\u3000、，,]+${PADDED_PERSON})*)*[ \\u3000]*$`,
)
/** A byline of roles each with its names, after a colon, the medium's name maybe before a role: 某某记者：张三 见习记者：李四. */
const ROLE_FIELDS = new RegExp(`^(?:[\\u4e00-\\u9fffA-Za-z0-9·]{0,12}?(?:记者|见习记者|通讯员|作者|编辑|摄影|摄像|实习生|撰文|文|图)\\s*[:：]\\s*${PERSON}(?:[ \\u3000、，,]+${PERSON})*[ \\u3000]*)+$`)
/** A line of the article's fields with its date, whatever widget its rules did not know beside it (2024-04-18 09:12:35 来源：某某网 字号：T | T, 某某 · 2024-07-02 10:26 · 阅读 3562), or its count after the date (主讲：某某　2024-03-02　播放 3.4万). */
const DATED_FIELDS = new RegExp(`${DATE}(?:${WEB_TIME}|.*(?:来源|作者|编辑|阅读|浏览|点击|发布)|.*${COUNT_ITEM})`)
/** An article's field over its text: a role, a source or a summary and its value (作者：某某, 摘要：…, 【导读】…). */
const META_FIELD = new RegExp(`^(?:[【[]\\s*(?:作者|来源|${SUMMARY_WORD})\\s*[】\\]]|(?:作者|来源|出处|原标题|${SUMMARY_WORD})\\s*[:：])`)
/**
 * A line of a post's age or its reading or listening time, no sentence (4小时前 · 约3分钟阅读, 收听本文 约4分钟, 阅读时长：
 * 5分钟): the page's, over the text.
 */
const READING_TIME = /^(?=[^，,。！？!?；;]{1,40}$)(?:[^0-9]{0,12}[0-9]+\s*(?:分钟|小时|天)前|.{0,16}(?:约|预计|大约)\s*[0-9]+\s*分钟|.{0,12}(?:阅读|收听|播放|读完)(?:时长|时间|本文|全文)?\s*[:：]?\s*(?:约|预计)?\s*[0-9]+\s*(?:分钟|分|秒))/

/** A summary under a web page's headline: one sentence, ended, of no more than a standfirst's length. */
function isStandfirst(block: Block): boolean {
  const line = block.value.trim()
  return block.kind === 'body' && block.data.depth === undefined && line.length <= STANDFIRST_MAX && /[。！？]$/.test(line) && !SENTENCE_MARK.test(line.slice(0, -1))
}
const STANDFIRST_MAX = 100
