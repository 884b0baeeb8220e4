/**
 * classify: gives every block its kind from its own shape and its neighbours. Shapes follow the
 * conventions of Chinese newspaper layout (■ bylines, ▲ captions, “…摄” credits, （上接…版）
 * markers, 来源/编辑 web furniture); nothing here names a particular page. A web page read as a whole (its
 * article found by its frame, a thread's floors) is web-frame.ts's.
 */
import { HEADING_KINDS, type Block, type BlockKind } from '../kernel/block.js'
import { repeatsRefrain, repeatsRow } from '../kernel/refrain.js'
import { numbersInTurn, standsInList } from '../kernel/list-item.js'
import { defineStage } from '../kernel/stage.js'
import { BULLETS, FORMULA, DATE, isSubsequence, DOUBLED_MARK, FIELD_OPENING, FIGURE_END, FILE_NAME_END, ELLIPSIS_FORMS, endsComplete, endsWithContinuationMark, foldForCompare, hasSentencePunctuation, isDateLine, isNameRow, isDatelineAlone, isFactLine, isLetterClosing, isSalutation, isTableRow, quoteBalance, opensArticle, OPENS_WITH_BULLET, tableCells, TYPED_DASH, unspacedLabel, withoutLetterSpacing } from '../kernel/text.js'
import { repeatsEarlier, ShingleIndex, shingles, type Shingles } from '../kernel/similarity.js'
import { simplifyLeaks } from '../kernel/traditional.js'
import { BoundedMemo } from '../kernel/memo.js'
import { isSubjectVerbClause } from '../kernel/grammar.js'
import { bringsBack, hanNumber, pageNamed, trailingMarker, withoutTrailingMarker } from '../kernel/markers.js'
import { defaultOptions, type CleanOptions } from '../kernel/options.js'
import { HEADING_COPY_MIN, sameHeading, statesOtherFigures } from './dedup.js'
import { wordAcrossSeam } from './seam.js'
import { AGE, ATTACHMENT_LINE, BUTTON_LABEL, CLOCK, CLOCK_ALONE, WEB_TIME, FIELD_GAP, MEDIUM_NAME, COUNT_WORD, PERSON, TIED_ON_PARTICLE } from './classify-patterns.js'
import { isRoleAndName, isRoleByline, markWebArticle } from './web-frame.js'
import { markTableOfContents, readTableOfContents } from './contents.js'
import { markTitleRunningHeads } from './running-title.js'

// (a transliterated name's separator may be set with another dot, which normalise makes ·)
// (a character of Extension A too: normalise converts a leaked traditional character to one, 濧 to 㳔)
const NAME = '[\\u3400-\\u4dbf\\u4e00-\\u9fff·•・‧∙･]{2,4}'
/** Any medium's name before its reporter in a photo's credit: 南方+ 记者, 某某网记者, 某某融媒通讯员. */
const MEDIUM_BEFORE_REPORTER = '[\\u4e00-\\u9fffA-Za-z0-9·+]{2,12}?\\s*(?=记者|通讯员)'
/** A name of two or three set with spaces inside it, as old type pads it: 刘  明, 何　伟. */
const PADDED_NAME = '[\\u4e00-\\u9fff](?:[ \\u3000]{1,3}[\\u4e00-\\u9fff]){1,2}'
/** A name of two or three characters set apart by spaces: 陈 默. */
const SPACED_NAME = new RegExp(`^${PADDED_NAME}$`)
// the buttons a web dateline may carry after its fields (字号：大 中 小　打印本页　分享到：)
const DATELINE_BUTTON = '(?:(?:字号|字体)\\s*[:：]?\\s*(?:大\\s*中\\s*小|[【\\[]?大[】\\]]?\\s*[【\\[]?中[】\\]]?\\s*[【\\[]?小[】\\]]?)|打印(?:本页|此页)?|分享(?:到|至)?[:：]?|收藏|关闭(?:窗口)?|纠错)'
/** A dateline that names its source first, then the date: 极光新闻 2024-06-25, 弥勒融媒 2024年10月11日. */
const SOURCE_FIRST = '([^\\s，。：:]{2,12})\\s+(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日)'
/**
 * A body or a source that gave or took a photo, named before 供图 (某某县委宣传部 供图), or before 摄 after a
 * space (某某文旅局 摄); or a screenshot's source (某某视频截图).
 */
const CREDIT_SOURCE = '[\\u4e00-\\u9fffA-Za-z0-9·]{2,20}'
// (bare: in brackets at a paragraph's end, （某某中心供图）, it closes the text of a photo story, which stays a paragraph)
const SOURCE_CREDIT = new RegExp(`^(?:${CREDIT_SOURCE}\\s*供图|${CREDIT_SOURCE}[ \\u3000]+摄影?|${CREDIT_SOURCE}?(?:视频|网络|网页|直播|手机)截图)$`)
const FOLIO_WORDS = '[^，,。：:；;！!？?“”"]{0,8}'
/** A contents entry's page after leader dots: ……6版, ···12. */
// (or after arrows: 冬季游“热”起来 周末客房预订量翻番 >>3版)
const LEADER_PAGE = '(?:[…．.·]{3,}\\s*(?:第?\\s*[A-Z]?[0-9]{1,3}\\s*版|[0-9]{1,3})|\\s*(?:>>|》》|＞＞|→)\\s*第?\\s*[A-Z]?[0-9]{1,3}\\s*版)$'
/** A paper's name: 人民日报, 《城市晚报》 (by the words papers end with: 通报 and 汇报 are no papers) */
const PAPER = '《?[\\u4e00-\\u9fff]{0,8}(?:日报|晚报|早报|晨报|时报|商报|周报|导报|快报|都市报|青年报|法治报|法制报)》?'
/** A date in Han numerals, as old pages print it: 一九六三年十一月二十日. */
const HAN_DATE = '[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日'
// (or in Han numerals, as an older page prints it: 第四版)
const PAGE_NO = '第\\s*(?:[A-Za-z]?\\s*[0-9０-９]{1,3}\\s*[A-Za-z]?|[一二三四五六七八九十]{1,3})\\s*版'

/** A page's number: one to three figures. */
const PAGE_FIGURE = '[0-9０-９]{1,3}'

/** A creator's count said as a clause: 写了 4,632 字, 被 89 人关注, 获得了 203 个喜欢, 发布了 36 篇文章, 粉丝 28 万. */
const CREATOR_COUNT = '(?:(?:共|总共)?(?:写了|发布了?|创作了?|发表了?)\\s*[0-9][0-9.,]*\\s*万?\\s*(?:字|篇文章|篇|个作品)|被\\s*[0-9][0-9.,]*\\s*万?\\s*人关注|获得了?\\s*[0-9][0-9.,]*\\s*万?\\s*个?(?:喜欢|赞|点赞)|(?:粉丝|获赞)\\s*[0-9][0-9.,]*\\s*万?)'
export const patterns = {
  // (the page may be named by its letter and number alone, 下转A4; or not at all, 接上版 / 转下页)
  // (or a pointer to another page: （相关报道见第3版）, 相关报道见A13)
  marker: /^[（(【[]?\s*(?:(?:上接|下转|接上|转下|紧接|上转|接第|转第|续第|转至|接|转|续)\s*(?:第)?\s*(?:[A-Za-z0-9０-９一二三四五六七八九十百]{1,4}\s*(?:版|页|面)(?:[^）)】\]]{0,8})|[A-Za-z][0-9０-９]{1,2})|(?:接上|接前|转下|下转下|上接上|上接前)(?:版|页|面))\s*[）)】\]]?$|^[（(【[]?\s*(?:相关|详细|更多)?(?:报道|新闻|内容|评论|图片|图表|全文)?详?见\s*(?:第\s*)?(?:[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*(?:版|页|面)|[A-Za-z][0-9０-９]{1,2})\s*[）)】\]]?$/,
  // (bare or in brackets: 【责任编辑：周敏】, a journal's ［责任编辑：周敏］)
  // (the page's staff, each role named with its colon: 责任编辑：… 本版编辑：… 版式设计：… 责任校对：…;
  // the paper's hotline, named by the paper or its kind, 晚报新闻热线：…, as 本报新闻热线：…;
  // design is furniture only as the page's: 设计：… alone may be a fact of the article; the fields a
  // government site sets over a document, 索引号： 发布机构： 成文日期：, too; a public account sets
  // them with a bar, 来源 | 某某日报, and its text's and photos' makers too, 文字｜何某, 图片｜朱某: with a
  // colon, 图片：… opens a caption)
  furniture:
    /^[【[［（(]?\s*(?:(?:本文|文章|稿件|信息|内容|图文|新闻)?来源|稿源|原标题|(?:本版|本期|本栏)?(?:责任|值班|执行|图片|文字|美术|视觉|网络|新媒体)?(?:编辑|主编|副主编|总编|编委|审核|审校|审稿|审读|校对|监制|策划|统筹|美编|排版|组版|编审|责编|责校)|(?:版式|版面|美术|视觉)设计|新闻热线|报料热线|读者热线|(?:本报|本版|本刊)(?:[\u4e00-\u9fff]|[0-9]{1,2}小时){0,6}热线|[\u4e00-\u9fff]{0,4}(?:晚报|日报|早报|时报|商报|都市报|周报|电视台|电台)(?:新闻|报料|读者|[0-9]{1,2}小时)?热线|值周|值班|终审|初审|复审|二审|三审|出品|制作|上一篇|下一篇|上一条|下一条|上篇|下篇|当前位置|您的位置|你的位置|您当前的位置|你当前的位置|当前的位置|您现在的位置|您所在的位置|您所在位置|所在位置|索引号|主题分类|信息分类|组配分类|体裁分类|服务对象分类|发布机构|发文机关|发文日期|成文日期|发文字号|公开方式|公开范围|公开时限|文案|排版|摄像|剪辑|配音)\s*(?:[:：]|[|｜丨/／]\s*\S)|^(?:文字|图片|摄影|视频|图文|海报|设计)\s*[|｜丨]\s*\S/,
  // a web page's breadcrumb trail: 首页 > 新闻中心 > 本地新闻 (its marks may be doubled: 人民网>>四川频道>>本网原创)
  // (or any trail of three steps or more: 云南网 > 新闻频道 > 州市新闻 > 正文)
  // (a forum's trail ends with the thread's title, which may hold a comma or an exclamation: 某某论坛 › 本地新闻 › 【转帖】…，…！)
  // (the site's name may stand before the trail, set apart: 某某网（某某日报网）　首页 > 新闻 > 县域)
  breadcrumb: /^(?:首页|主页|网站首页)\s*(?:>|＞|»|›|→|\/)|^[^\s，。,；;！？!?>＞»›]{2,16}[ \u3000]+(?:首页|主页|网站首页)(?:\s*[>＞»›→/]{1,2}\s*[^\s>＞»›，。,；;！？!?]{1,12})+$|^[\p{L}\p{N}][^\s>＞»›，。,；;！？!?]{0,11}(?:\s*[>＞»›]{1,2}\s*[\p{L}\p{N}][^\s>＞»›，。,；;！？!?]{0,11}){1,}\s*[>＞»›]{1,2}\s*\S[^。]{0,60}$|^[\p{L}\p{N}][^\s>＞»›，。,；;！？!?]{0,11}(?:\s*[>＞»›]{1,2}\s*[\p{L}\p{N}][^\s>＞»›，。,；;！？!?]{0,11}){2,}$/u,
  // a folio: the paper's name, the issue's date and the page or the weekday, at the head or foot of
  // a page (人民日报 2023年11月03日 第04版, 《人民日报》（2023年11月03日 第 04 版）, 2023年11月3日
  // 星期五 城市 A3)
  // (nothing but the paper's or section's name may stand around them, a few characters without
  // sentence marks or colons; tested without spaces)
  // ...or the paper's name (a word ending 报) and the date alone: 城市日报 2023年10月12日; or the page
  // and its section alone: 第A04版：要闻 (not 第3版）, the rest of a continuation marker cut in two)
  // (an old page sets its date in Han numerals: 二  某某县报  一九六三年十一月二十日  星期三)
  folio: new RegExp(
    `^${FOLIO_WORDS}(?:(?:${DATE}|${HAN_DATE})${FOLIO_WORDS}(?:${PAGE_NO}|(?:星期|周)[一二三四五六日天])|${PAGE_NO}${FOLIO_WORDS}${DATE})${FOLIO_WORDS}$|^${PAPER}${FOLIO_WORDS}${DATE}${FOLIO_WORDS}$|^${FOLIO_WORDS}${DATE}${PAPER}$|^${PAGE_NO}[:：]?[^，,。：:；;！!？?“”"（）()【】]{0,6}$` +
      // (or a magazine's: the page's figure and the issue's date across a bar, 36 | 2026.11.16, 2026.11.16 | 37)
      `|^${PAGE_FIGURE}[|｜丨]${DATE}$|^${DATE}[|｜丨]${PAGE_FIGURE}$`,
  ),
  // a page number alone on its line: 3, — 3 —, - 12 -, 第3页, A08, and of how many: 第3页 共8页, 3/8 (not
  // four digits: a year heading a stretch of a chronology)
  pageNumber: new RegExp(
    `^[-—–－·\\s]*(?:(?:第\\s*)?${PAGE_FIGURE}\\s*页?|[A-H]\\d{1,2}|第\\s*${PAGE_FIGURE}\\s*页\\s*[，,/／]?\\s*共\\s*${PAGE_FIGURE}\\s*页|共\\s*${PAGE_FIGURE}\\s*页\\s*[，,/／]?\\s*第\\s*${PAGE_FIGURE}\\s*页|${PAGE_FIGURE}\\s*[/／]\\s*${PAGE_FIGURE}\\s*页?)[-—–－·\\s]*$`,
  ),
  // a web page's dateline: date and time, with the source or author it names (2023-11-03 08:12 来源：…)
  // (a date alone is not one: it may sign a notice, 某某县人民政府 / 2023年11月3日; its buttons may be set in brackets,
  // one against the next: 【字号：大 中 小】【打印】【关闭】)
  webDateline: new RegExp(
    `^(?:(?:发布时间|发布日期)\\s*[:：]\\s*${DATE}(?:${WEB_TIME})?|(?:发布|更新|发表|修改|编辑|首发)(?:时间|日期|于)?\\s*[/／|｜丨:：]\\s*${DATE}${WEB_TIME}|(?:[0-9]{1,3}\\.[0-9]{1,3}\\s+(?=${DATE}${WEB_TIME}${FIELD_GAP}(?:字数|阅读)))?${DATE}${WEB_TIME}|(?:(?:时间|日期)\\s*[:：]\\s*)?${DATE}(?:${WEB_TIME})?(?=${FIELD_GAP}(?:来源|稿源|作者|编辑|责任编辑|浏览|阅读|点击)))(?:${FIELD_GAP}(?:(?:来源|稿源|作者|编辑|责任编辑|浏览|阅读|点击|字数)\\s*[:：]?\\s*[^\\s|｜丨]{0,20}(?:\\s[\\u4e00-\\u9fff]{1,8}(?=\\s|$))?|[【\\[]?${DATELINE_BUTTON}[】\\]]?)|\\s*[【\\[]${DATELINE_BUTTON}[】\\]])*\\s*$` +
      // (or the source first, a web date and time after it, and a place: 极光新闻 2024-06-25 18:30 北京; or the page's
      // counters: 某某融媒体中心　2024-03-07 10:26　阅读 5286)
      `|^${SOURCE_FIRST}${WEB_TIME}(?:\\s+[\\u4e00-\\u9fff]{2,6})?(?:${FIELD_GAP}${COUNT_WORD}\\s*[:：]?\\s*[0-9.]+\\s*万?\\+?)*$` +
      // (or the date and time, then the source's name unlabelled, with a space or glued: 2025年01月16日 08:12 某某日报,
      // 2025-03-02 09:15某某新闻网; a name a medium ends in, not a schedule's item: 2025-06-01 09:00 报到)
      // (its counters after it: 2024-07-29 16:05:33　某某客户端　阅读 1.2万)
      `|^${DATE}${WEB_TIME}\\s*${MEDIUM_NAME}(?:${FIELD_GAP}${COUNT_WORD}\\s*[:：]?\\s*[0-9.]+\\s*万?\\+?)*$`,
  ),
  // a public account's dateline: 原创 某某融媒 某某发布 2023-05-06 08:00 发表于云南 (or the place without
  // 发表于 after the time, when 原创 opens it: 原创 融媒记者 某某发布 2025年03月14日 17:30 湖南; or an app's
  // 发布于 for 发表于: 2021-06-18 08:47:36 发布于江西)
  accountDateline: new RegExp(`^(?=原创|.*发[表布]于)(?:原创)?\\s*(?:[^\\s，,。！？!?]{1,20}\\s+){0,3}${DATE}(?:${WEB_TIME})?(?:\\s*发[表布]于[\\u4e00-\\u9fff]{1,8}|(?<=原创.*)\\s+[\\u4e00-\\u9fff]{2,8})?$`),
  // the paper's imprint: two or more of its fields on a line, one the paper's own (本报地址：… 邮编：…
  // 广告热线：…); an address and a telephone alone may be a notice's (活动地址：… 咨询热线：…)
  // (or the paper's publisher named by its verb, no field's label: 某某大学党委宣传部主办　　地址：…　　邮编：…, 某某报社出版　地址：…)
  imprint: /^(?=.*(?:本报|社址|广告|发行|订报|订阅|定价|零售价|印刷|邮发代号|出版物号|许可证)[^:：\s]{0,4}\s*[:：]|\S{2,20}(?:主办|出版|编辑出版)[\s\u3000])(?:.*(?:地址|社址|邮编|邮政编码|热线|电话|传真|定价|零售价|印刷|印数|邮发代号|出版物号|许可证)\s*[:：]){2}/,
  // a rule between items, drawn with marks (———— * * * ＊＊＊ ======): no words, only decoration
  separator: /^[\s\u3000\-—–_=~～·•*＊※☆★◆◇○●]{3,}$/,
  // a call to follow the paper elsewhere (更多精彩内容，请关注本报微信公众号), maybe with what the reader gets there (…，获取更多资讯)
  // (and a bilingual page's in English: Scan the QR code to follow us on WeChat)
  followUs: /^[^。！？]{0,12}关注[^。！？]{0,12}(?:微信公众号|公众号|官方微博|微博|客户端|视频号|抖音号)(?:[，,](?:获取|了解|查看|获得|阅读|掌握)[^。！？，,]{0,14})?[。！!]?$|^(?:Scan|Follow)\b[^.!?。]{0,40}\b(?:QR code|WeChat|Weibo)\b[^.!?。]{0,30}[.!]?$|^(?:用|打开)?(?:微信|手机|APP)?\s*(?:长按|扫描|扫码|扫一扫|识别)[^。！？]{0,8}二维码[^。！？]{0,12}$/,
  // a site's or a page's notes on rights and submissions: 转载请注明出处, 如有侵权请联系删除, 声明：本文…,
  // 投稿邮箱：…, 欢迎投稿　来稿请寄：…
  // (not a statement an advertiser pays for: 声明：王某遗失身份证…)
  siteNotice: /^(?:本|此|该)(?:词条|条目)[^。！？!?]{0,30}(?:缺少|缺乏|需要|有待|尚未|不完整|不够)[^。！？!?]{0,40}[，,][^。！？!?]{0,40}(?:编辑|完善|补充)[^。！？!?]{0,10}[。！!]$|^以下文章来源于[^。！？]{1,30}$|^(?:本文|文章|以上内容)仅代表作者(?:个人)?观点[^。！？]{0,30}[。.]?(?:[^。！？]{0,30}[。.])?$|^[（(]?[^。！？]{0,12}(?:(?:转载|转发)请(?:注明|标明)(?:出处|来源)|如有侵权[^。！？]{0,4}联系[^。！？]{0,6}删除|侵权(?:请)?联系(?:我们)?删除|未经[^。！？]{0,6}(?:授权|许可)[，,]?(?:不得|禁止|严禁)[^。！？]{0,4}转载)[^。！？]{0,12}[）)]?[。.]?[）)]?$|^(?:本文|本站|本网|文章|图片|原文)?(?:版权|著作权)归[^。！？]{1,12}所有[。.]?$|^[【[（(]?(?:免责声明|版权声明)[】\]）)]?\s*[:：]|^[【[（(]?声明[】\]）)]?\s*[:：]\s*(?:本文|本站|本网|本平台|本号|本公众号|文章|文中|图片|以上|转载)|^(?:投稿|来稿)(?:邮箱|信箱|电话|热线)\s*[:：]|^(?:欢迎投稿|欢迎来稿)[^。！？]{0,40}(?:邮箱|信箱|电话|地址|请寄)/,
  // a self-media platform's disclaimer under the article: the text was uploaded by its author, the
  // platform only stores or publishes it (本文由某某号作者上传并发布，某某号仅提供信息发布平台。…; 特别声明：以上内容…
  // 为自媒体平台“某某号”用户上传并发布，本平台仅提供信息存储服务。), in English too (Notice: The content above … is
  // uploaded and posted by a user of …); a Q&A site's note on the author's rights and the reprint rules after
  // it (著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。)
  platformDisclaimer:
    /^(?:特别声明[:：]\s*)?(?:本文|以上内容|该文|文章)[^。！？]{0,80}上传(?:并)?发布[^。！？]{0,40}仅提供信息(?:发布平台|存储服务|存储空间服务)|^Notice:\s.{0,160}(?:uploaded and posted by|only provides information storage)|^(?:本文|文章)?(?:版权|著作权)归[^。！？]{1,12}所有[。.]\s*(?:[^。！？]{0,40}(?:转载|转发|引用)[^。！？]{0,40}[。.]?)+$/i,
  // when and where a post was written or edited, as platforms print it under the text: 编辑于 2024-11-03 21:05・IP
  // 属地浙江, 发布于 2024-10-28 09:14, 编辑于 03-21 云南, 11-23 08:16 来自 iPhone客户端 已编辑, 11-23 09:12 来自四川
  // (a date alone is no such line: it may sign a notice)
  postedAt: new RegExp(
    `^(?=\\S*(?:编辑于|发布于|发表于)|.*(?:来自|IP\\s*属地))(?:(?:编辑于|发布于|发表于)\\s*)?(?:${DATE}|\\d{1,2}-\\d{1,2})(?:\\s*${CLOCK})?(?:\\s*[・·]?\\s*IP\\s*属地\\s*[:：]?\\s*[\\u4e00-\\u9fff]{2,8}|\\s*来自\\s*\\S[^，。,]{0,24}?(?:\\s+已编辑)?|\\s+[\\u4e00-\\u9fff]{2,8})?$`,
  ),
  // a Q&A site's counts over an answer: 1.2 万人赞同了该回答
  answerVotes: /^[0-9.]+\s*万?\s*人赞同了该回答$/,
  // a web article's pager: 点击进入下一页, [1] [2] 下一页, 上一页 [1] [2]
  pager: /^(?=.*(?:页|\]\s*\[))(?:点击(?:进入|查看)?下一页|(?:(?:上一页|首页)\s*)?(?:\[\s*[0-9]{1,3}\s*\]\s*)*(?:下一页|尾页)?)$/,
  // the paper's name in Latin letters under its masthead: YUANJIANG DAILY, JIANGCHENG EVENING NEWS
  // a journal's running head in English, its issue far from its name: Journal of … University       No.2 2024
  latinIssueHead: /^[A-Z][A-Za-z .,&'()-]{8,100}(?:\u3000{2,}| {4,})(?:No\.?\s*[0-9]{1,3},?\s+[0-9]{4}|Vol\.?\s*[0-9]{1,3},?\s*No\.?\s*[0-9]{1,3}(?:,?\s+[0-9]{4})?)$/,
  latinMasthead: /^[A-Z]{2,}(?:[ ·][A-Z]{2,}){0,4}[ ·](?:DAILY|NEWS|TIMES|POST|HERALD|WEEKLY|JOURNAL|EXPRESS|GAZETTE|RIBAO|WANBAO|ZAOBAO|SHIBAO|CHENBAO|ZHOUBAO|BAO)$/,
  // the end mark of a public account's article: —END—, - END -
  endMark: /^[\s\-—–=~·•*]*(?:END|End|end)[\s\-—–=~·•*]*$/,
  furnitureWhole:
    // (one or several, bare or in brackets: 【纠错】 【打印】【关闭】)
    // (a Q&A site's count of answers and its sort button over them, its vote by the comments' button under an answer:
    // 3 个回答 / 默认排序, 赞同 126 添加评论)
    /^(?:[【[]?(?:热门跟贴|热门评论|网友评论|我要评论|相关阅读|相关新闻|相关链接|推荐阅读|延伸阅读|拓展阅读|扩展阅读|关联阅读|更多精彩|查看更多|阅读原文|返回搜狐.*|分享(?:到|至).*|打开.*客户端.*|点击.*关注.*|扫码.*|扫一扫.*|举报|分享|收藏|点赞|在看|转发|往期推荐|往期回顾|往期精彩回顾|往期精彩|精彩推荐|点击阅读原文|点击[“"]阅读原文[”"].{0,8}|[0-9]{1,5}篇原创内容|公众号|纠错|我要(?:纠错|打印|收藏|分享|投稿|报料|反馈|留言|提问|爆料)|意见反馈|打印|打印本页|打印此页|关闭|关闭窗口|关闭本页|加入收藏|返回顶部|[0-9０-９]+\s*条评论|(?:登录|注册)后(?:发表|参与)?评论|发表评论|参与评论|查看全部\s*[0-9０-９]*\s*条?(?:评论|回复)|展开全部回复|最新评论|全部评论|精选留言|精选评论|写留言|评论区|相关推荐|猜你喜欢|热门推荐|为你推荐|推荐新闻|相关文章|更多推荐|更多视频|本版其他文章|作者最新文章|(?:点击)?查看大图|点击图片查看大图|视频加载中.*|展开全文|阅读全文|打开\s*APP.*|打开\S{1,10}\s*(?:查看|看)(?:精彩|更多|高清)?(?:图片|大图|视频|全文|内容)|下载.{0,12}客户端.*|继续滑动看下一个|轻触阅读原文|预览时标签不可点|举报\s*[/／]\s*反馈|上一页(?:\s*[0-9０-９]+)*\s*下一页|上一版|下一版|返回目录|版面导航|版面概览|(?:本版|版面)?PDF(?:下载|版)|下载PDF|阅读\s*[0-9０-９.]+\s*万?\+?|赞赏(?:支持|作者)?|(?:还)?(?:没有人|暂无人?)赞赏(?:[，,]?\s*(?:支持|来赞赏)一下)?|关注|图片|(?:[[【](?:图片|图|题图|头图|配图|插图|照片|封面图?|二维码)[\]】])(?:[ \u3000]+(?:图源|图片来源|图片来自)\s*[:：]\s*[^\s，,。；;]{2,30})?|收录于合集|微信扫一扫.*|向上滑动看下一个|知道了|使用小程序|取消\s*允许|点个在看.*|#[^#\s]{1,12}\s*[0-9０-９]+\s*个|[0-9]{1,2}:[0-9]{2}\s*[/／]\s*[0-9]{1,2}:[0-9]{2}|(?:字体|字号)(?:\s*[:：]?\s*大\s*中\s*小)?|复制链接|复制网址|(?:在看|赞|点赞|分享|转发|收藏)\s*[0-9]{1,6}|已无更多数据|没有更多了|(?:点击)?加载更多(?:内容|新闻|资讯)?|了解更多[\u4e00-\u9fff]{0,8}(?:资讯|信息|内容|精彩)|(?:用户名|密码|验证码)[:：]|匿名发表|提交评论|(?:网友评论|评论)\s*[（(]\s*共有?\s*[0-9]+\s*(?:人参与|条)\s*[）)]|查看全部评论\s*(?:>>|》)?|听全文|朗读全文|语音播报|已关注|观看更多|更多|正在加载中?|加载中|视频加载失败[，,]?请刷新页面再试|刷新|视频详情|赞|播放|暂停|重播|倍速|全屏|退出全屏|静音|清晰度|画中画|弹幕|放大|缩小|默认大小|默认|特别声明|免责声明|分享让更多人看到|我要举报|显示全部|收起d?|关注问题|写回答|邀请回答|添加评论|喜欢|更多回答|(?:查看全部\s*)?[0-9０-９]+\s*个回答|默认排序|按(?:时间|热度)排序|赞同\s*[0-9.]+\s*万?|好问题\s*[0-9０-９]+|热评|按热度|按时间|[+＋]1|展开\s*[0-9０-９]+\s*条回复|共\s*[0-9０-９]+\s*条(?:回复|评论)\s*[>＞]?|查看更多评论\s*[>＞]?|说点什么(?:\.{2,}|…+)?|百度一下|打开\S{1,8}(?:APP|App|app)|图片\s*[0-9]{1,3}\s*[/／]\s*[0-9]{1,3}|原创|(?:百家|头条|网易|澎湃|企鹅|搜狐|大风|一点|新浪)号|[0-9](?:\.[0-9]{1,2})?\s*[xX]|点击按住可拖动视频|请?(?:登录|注册)后(?:才能)?(?:发表|参与)?评论|登录\s*[|｜/／]\s*注册|暂无(?:评论|留言))[】\]]?[:：]?\s*)+$/,
  // the fixed lines of platforms' templates, whole: an app's banner and share page (打开, 立即下载, 下载头条,
  // 登录, 浏览量：12.6万, the font buttons A- A+), a video player's (您的浏览器不支持 video 标签。), a
  // creator's card (+关注, 评论 36, 写评论..., 粉丝1.8万 获赞6.2万, 优质三农领域创作者) and its listed articles'
  // counts (4100阅读, 1.2万阅读), a reader mode's
  // (预计阅读时间：6 - 8 分钟, or its range alone: 8-10 分钟), a public account's video placeholder (，时长00:48), and a Discuz forum's
  // (查看: 3862|回复: 27, 某某 当前离线, 使用道具 举报, 本帖最后由 某某 于 2025-4-3 21:20 编辑, GMT+8, … Processed
  // in …, Powered by Discuz!, 您需要登录后才可以回帖)
  platformChrome: new RegExp(
    `^(?:[【\\[]?(?:打开|立即打开|立即下载|下载|下载(?:APP|App|app|客户端|头条)|登录|注册|立即登录|[+＋]\\s*关注|A[-+－＋]|回复|支持|反对|使用道具|返回列表|发新帖|高级模式|只看该作者|倒序浏览|阅读模式|评论\\s*[（(]?[0-9]+[）)]?|写评论(?:\\.{2,}|…+)?|(?:浏览量|阅读量|点击量|播放量|浏览次数|点击数|阅读数)\\s*[:：]?\\s*[0-9.]+\\s*万?\\+?|(?:粉丝|获赞|关注)\\s*[0-9.]+\\s*万?|[0-9.]+\\s*万?\\s*(?:粉丝|获赞|作品)(?:\\s*[·・•|｜]\\s*[0-9.]+\\s*万?\\s*(?:粉丝|获赞|作品))*|(?:跟贴|参与|赞同|赞|转发|点赞|收藏|分享|喜欢)\\s*[0-9]+(?:\\.[0-9]+)?\\s*万?|[0-9.]+\\s*万?\\+?\\s*(?:阅读|浏览|播放|评论|点赞))[】\\]]?\\s*)+$` +
      `|^您的浏览器(?:暂)?不支持\\s*\\S{0,20}?\\s*(?:标签|播放)[。.]?$|^(?:预计)?阅读(?:时间|时长)\\s*[:：]?\\s*(?:约\\s*)?[0-9]{1,3}(?:\\s*[-－~～]\\s*[0-9]{1,3})?\\s*分钟$|^[0-9]{1,3}\\s*[-－–~～]\\s*[0-9]{1,3}\\s*分钟$|^[，,]\\s*时长\\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$` +
      // (a post's row of counted buttons, the last one bare, its count not shown: 赞 86　评论 12　收藏 9　转发)
      `|^(?:(?:赞|点赞|评论|收藏|转发|分享|喜欢)\\s*[0-9.]+\\s*[万亿]?\\s+){2,}(?:赞|点赞|评论|收藏|转发|分享|喜欢)$` +
      // (a creator's counts set apart by dots or bars, its followers among them: 粉丝 28.6万 · 视频 412, 作品 96 | 粉丝 3.1万)
      `|^(?=.*(?:粉丝|获赞))(?:粉丝|获赞|关注|视频|作品|文章)\\s*[0-9.]+\\s*[万亿]?(?:\\s*[·・•|｜]\\s*(?:粉丝|获赞|关注|视频|作品|文章)\\s*[0-9.]+\\s*[万亿]?)+$` +
      // (or said in clauses, each a figure and its count: 写了 4.6万 字，被 89 人关注，获得了 203 个喜欢)
      `|^(?:${CREATOR_COUNT}[，,、\\s]+)+${CREATOR_COUNT}$` +
      // (a creator's card on one line: the creator's role and name, the followers counted, the follow button: 主播：某某
      // 已订阅 2.3万 [订阅], UP主 某某 粉丝 12万 [+关注])
      `|^(?:主播|UP主|up主|博主|作者|创作者|主讲人?|号主)\\s*[:：]?\\s*[^\\s，,。！？!?]{1,16}[ \\u3000]+(?:已订阅|订阅|订阅者|粉丝|关注者?)\\s*[0-9.]+\\s*[万亿wW]?(?:[ \\u3000]+[【\\[]\\s*(?:[+＋]\\s*)?(?:关注|订阅|已关注|已订阅)\\s*[】\\]])?$` +
      // (a post's own count of its words and pictures at its foot: 本篇游记共 2716 字 · 21 图, 全文共 3,208 字)
      `|^(?:本篇|本文|全文)[\\u4e00-\\u9fff]{0,3}共\\s*[0-9][0-9,]*\\s*字(?:\\s*[·・•|｜，,]?\\s*[0-9]+\\s*(?:张图片|张图|幅图|图))?$` +
      // (or the creator's name and level by the follow button: 某某在路上 LV.7 +关注)
      `|^[^\\s，,。！？!?：:]{1,16}[ \\u3000]+(?:LV|Lv|lv)\\s*[.．]?\\s*[0-9]{1,2}[ \\u3000]+[【\\[]?\\s*(?:[+＋]\\s*关注|关注|订阅)\\s*[】\\]]?$` +
      `|^(?:优质)?[\\u4e00-\\u9fff]{0,8}领域创作者$|^作品描述$|^优质[\\u4e00-\\u9fff]{1,8}创作者$|^[\\u4e00-\\u9fff]{2,10}(?:客户端|数字报|电子报|电子版)$` +
      `|^查看\\s*[:：]\\s*[0-9]+\\s*[|｜]\\s*回复\\s*[:：]\\s*[0-9]+$|^\\S{1,16}\\s+当前(?:离线|在线)$|^本帖最后由\\s*\\S{1,16}\\s*于\\s*${DATE}.{0,12}编辑$|^GMT[+-][0-9]{1,2}.{0,40}Processed in\\b|^Powered by Discuz!?|^您需要登录后才可以(?:回帖|发帖|下载)`,
  ),
  // a forum post's head: 发表于 2025-4-3 21:15:08 | 只看该作者 |倒序浏览 |阅读模式 (its poster may open it)
  postHead: new RegExp(`^(?:\\S{1,16}\\s+)?发表于\\s*${DATE}(?:${WEB_TIME})?(?:\\s*[|｜]\\s*(?:只看该作者|倒序浏览|阅读模式|显示全部楼层|只看大图|电梯直达))*\\s*$`),
  // a web page's share buttons, after 分享到： one a line or on one line (微信 / 微博 / QQ空间 / 复制链接)
  shareTargets: /^(?:(?:微信|微信好友|朋友圈|微信朋友圈|微博|新浪微博|腾讯微博|QQ|QQ好友|QQ空间|豆瓣|钉钉|抖音|小红书|复制链接|生成海报|Facebook|Twitter|WhatsApp|Telegram|LINE|Line|LinkedIn|Instagram|Reddit|Threads|Messenger|Email|E-mail|电邮|电子邮件)\s*)+$/,
  // a reader mode's wrapper: the site's bare domain over the article (news.example.cn), and the note
  // under it (本文来源于某某网，查看原文请访问：https://…; 本文来自某某客户端某某频道)
  bareDomain: /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:cn|com|net|org|gov|edu)(?:\.cn)?\/?$/i,
  readerNote: /^本文(?:来源于|来自|转自|转载自)[^。！？\s]{1,30}[，,]\s*(?:查看|阅读)?(?:原文|全文)(?:请访问|链接|地址)?\s*[:：]?\s*\S{0,200}$|^本文来自[^，,。！？\s]{1,24}(?:客户端|APP|App)[^，,。！？\s]{0,8}$/,
  // an issue's table of contents: its label, and entries of a page and a headline (A2 我市出台…措施)
  contentsLabel: /^[【[]?(?:本期|今日|本版|本刊)?(?:导读|要目|提要|目录)[】\]]?$/,
  // (or the headline first, its page after leader dots: 社会　城市书房点亮夜读时光……6版)
  contentsEntry: new RegExp(`^(?:[▶►▷▸●◆■□★☆•·>]\\s*)?(?:[A-Za-z][0-9]{1,2}|第?\\s*[0-9]{1,2}\\s*版)(?:[\\s\\u3000]*[:：|｜]\\s*|[\\s\\u3000]+)[^\\s，,。：:；;！!？?].{1,39}$|^[^，,。；;！!？?]{2,40}?${LEADER_PAGE}`),
  // (the headline's page after leader dots, ……6版, wherever the line is read)
  leaderPage: new RegExp(LEADER_PAGE),
  // the links a web page lists under such a label (相关新闻： / · 老旧小区改造惠及万户居民)
  relatedLinks: /^[【[]?(?:相关阅读|相关新闻|相关链接|推荐阅读|延伸阅读|拓展阅读|扩展阅读|关联阅读)[】\]]?[:：]?$/,
  // (a headline may ask or exclaim; a date may follow it: · 北移亚洲象群回归后过得怎么样？ 06-21)
  linkItem: /^[·•▪◦‧∙]\s*[^。]{2,40}$/,
  // a web page's footer: its copyright, its licence numbers, its links (联系我们 | 关于我们 | 网站地图)
  // (and its notice that the content is its own: 本网站所有内容属…版权所有，未经书面授权不得转载; and its
  // sponsors, 主办：某某县委宣传部　承办：某某县融媒体中心)
  siteFooter: /^(?:版权所有|Copyright\b|©)|(?:版权所有|Copyright)\s*(?:©|\(c\))?\s*(?:[0-9]{4}|©)|©\s*[0-9]{4}\s*[-－—–]\s*[0-9]{4}|All Rights Reserved|版权所有[，,。.\s]*(?:未经|不得|严禁|禁止)|ICP\s*(?:备|证)\s*[0-9０-９]+\s*号|公网安备\s*[0-9０-９]+号|网站标识码\s*[:：]|互联网新闻信息服务许可证|违法和不良信息举报|^主办(?:单位)?\s*[:：].{1,30}(?:[|｜]|承办(?:单位)?\s*[:：]|联系电话|技术支持)/i,
  siteLinks: /^[^|｜0-9，,。：:；;]{1,8}(?:\s*[|｜]\s*[^|｜0-9，,。：:；;]{1,8}){2,}$/,
  captionMark: /^[▲►▶△▼◀◄↑↓☆◎]/,
  // the hours a line is open, days and times alone: 每周二、周四 9:00—11:30, 工作日 8:30-17:00
  serviceHours: /^(?:每(?:周|天|日)|工作日|周[一二三四五六日天]|星期[一二三四五六日天])[^。！？，,；;：:]{0,16}?[0-9]{1,2}[:：][0-9]{2}\s*(?:[—－\-~～至到]{1,2})\s*[0-9]{1,2}[:：][0-9]{2}$/,
  // marks some papers set before section headings too (◎ 网格细化到楼栋): a caption only when what
  // follows reads as a sentence, not a headline
  headingOrCaptionMark: /^[△☆◎]/,
  // a caption that says so where it starts: 图：… 图①：… 上图：…
  captionLead: /^(?:图|图片|上图|下图|左图|右图|题图|组图|图注|图片说明)\s*[①-⑳0-9０-９一二三四五六七八九十]{0,3}\s*[:：]/,
  // a picture's placeholder, as a reader or a saved page sets it in brackets: [图片: 某某在车间检修设备], [图片], 【视频】
  // a picture as a document converted to Markdown leaves it, its text beside its file: ![某某在车间](media/image3.jpeg),
  // or beside the label of its file's address under the text: ![某某在车间][img3]
  markdownImage: /^!\[[^\[\]]{0,120}\](?:\([^()\s]{1,300}(?:\s+"[^"]{0,120}")?\)|\[[^\[\]\n]{0,40}\])$/,
  captionPlaceholder: /^[[【]\s*(?:图片|图|照片|配图|视频|image|img|photo|picture|video)\s*(?:[:：][^[\]【】]{0,120})?[\]】]$/i,
  // ...or in brackets: （图为古镇夜景）
  captionInBrackets: /^[（(]\s*(?:图为|图片为|上图|下图|左图|右图|图中)[^（）()]{1,60}[）)]$/,
  // a photo's caption placing its people: 和建华（右）在检查发电机组运行情况。 (one sentence, short)
  captionPosition: /^[^。！？!?，,]{1,12}[（(](?:左|右|中|左一|右一|左二|右二|前排[左右中]?[一二三四五六七八九]?|后排[左右中]?[一二三四五六七八九]?)[）)][^。！？!?]{2,60}[。]?$/,
  // a book's cover shown with its review: 《河流的记忆》书影
  bookCover: /^《[^《》]{1,30}》\s*(?:书影|封面|立体封)$/,
  // a caption that says so in its first words, ending where its sentence ends: 图为…。 上图为…。
  captionOpening: /^(?:图为|图片为|图中为|(?:上|下|左|右|组)图为)[^。！？]*[。！？]?$/,
  // (a caption that starts 图：… is one by its own shape: captionLead)
  captionWords: /(?:^|[。，\s])(?:图为|上图|下图|左图|右图|图中|图片为)/,
  credit: new RegExp(
    // (a credit may stand in brackets: （新华社记者 张三 摄）; its reporter may be any medium's, 南方+ 记者 陈思琪 摄; it may name a source: 图片来源：…, the picture's
    // place in it before, 封面图片来源：…; a chart
    // its data's: 数据来源：Wind, with the drawer's after it, 制图：林帆; old type pads a name of two
    // to the width of three, 刘  明摄; a decoration's drawer may sign with the verb of his work, 题图 李梅 作, 刊头 王某 书)
    `^(?:[（(]\\s*)?(?:(?:本报|新华社|记者|通讯员|特约|${MEDIUM_BEFORE_REPORTER})?\\s*(?:记者|通讯员)?\\s*(?:${NAME}(?:\\s+${NAME}){0,3}|${PADDED_NAME})\\s*(?:/\\s*)?(?:摄|摄影|供图|/图|／图)|(?:图|图片|摄影|摄|制图|绘图|漫画|插图)\\s*[/／:：]\\s*(?:(?:本报|本刊|新华社|特约)?(?:摄影记者|记者|通讯员)\\s*)?(?:${NAME}|${PADDED_NAME})|(?:摄影|摄像|图片)[ \\u3000]+${NAME}(?:[ \\u3000]+${NAME})?|(?:本版)?(?:题图|插图|刊头|题花|尾花)\\s*[/／:：]?\\s*(?:${NAME}|${PADDED_NAME})(?:\\s*(?:作|绘|画|书))?|(?:数据来源|资料来源)\\s*[:：]\\s*[^，。,.；;\\s\\u3000]{1,20}(?:[\\s\\u3000]+(?:制图|绘图|设计)\\s*[:：]\\s*(?:${NAME}|${PADDED_NAME}))?|图\\s*[/／]\\s*文\\s*[:：]?\\s*${NAME}(?:\\s+${NAME}){0,3}|图片由.{2,20}提供|(?:(?:封面|头图|题图|首图|配图|文中)?(?:图片来源|图源)|(?:封面|头图|题图|首图|配图)来源|图片提供)\\s*[:：]\\s*[^，。,.；;]{1,20}|(?:新华社|中新社)发(?:\\s*[（(][^）)]{1,20}[）)])?|资料图片?|[A-Za-z]{2,12}\\s*供图)(?:\\s*[）)])?$`,
  ),
  bylineMark: /^[■◆□]\s*\S/,
  // the same marks set before a section heading (◆ 稳增长：扩大有效需求, ■ 钱从哪里来？): words on both
  // sides of a colon, or a question; a byline names people or an office, and its one colon follows
  // a label (■文/图：张三, ■作者：张三)
  // (a marked line asking, exclaiming, naming its subject before a colon, or stating a figure, 3条公交线路: a
  // headline; a byline names people or a body, without figures)
  markedHeadline: /^[■◆□]\s*(?:(?!(?:文|图|文图|文\s*[/／]\s*图|作者|撰文|记者|通讯员|摄影|口述|整理|执笔)\s*[:：])[^:：]+[:：]\s*\S|.*[？?！!]$|[^\s\u3000]*[0-9０-９])/,
  // a bullet opening a line: a section heading's, never a place-colon title's
  // (a reporter's title followed by a verb or a time is a sentence's opening cut by a narrow column's wrap,
  // 记者在东莞、深圳等 / 地走访发现，…: a byline names people after the title)
  // (the reporter's media may be two, the paper's and its app's: 某某晚报/某某新闻记者 张三, 某某日报·某某端记者 张三)
  // (a campus paper's reporters are students: 学生记者 张三)
  bylineWords: /^(?:(?:本报|本刊|(?:[\u4e00-\u9fff]{1,10}(?:报|社|台|网|新闻|融媒体中心|客户端)[/／])?[\u4e00-\u9fff]{1,10}(?:报|社|台|网|新闻|融媒体中心|客户端)|[\u4e00-\u9fff]{1,10}(?:报|社|台|网|新闻|融媒体中心)[·•・][\u4e00-\u9fff]{2,8}?)?(?:特约|特派|驻[\u4e00-\u9fff]{1,4})?(?:全媒体|融媒体|融媒|首席|见习|实习|摄影|学生)?(?:记者|通讯员|评论员)(?![0-9０-９]|在|从|对|把|被|也|还|又|近日|日前|昨日|昨天|今日|今天|前往|来到|了解|获悉|注意到|看到|发现|走访|跟随|采访|调查|实地|深入|一行|再次|多次|先后|第一时间)|文\s*[/／:：|｜丨]|文字\s*[/／:：|｜丨]|作者\s*[:：]|撰文\s*[:：]|(?:[\u4e00-\u9fff]{2,6}[\s\u3000]+)?(?:本报)?(?:读者|市民|网友|村民|居民)[\s\u3000]+[\u4e00-\u9fff]{1,3}(?:先生|女士|同志)?$|指导(?:老师|教师)\s*[:：]|(?:作词|作曲|词|曲|编曲|演唱|原唱)\s*[:：]\s*[^\s\u3000，。]{2,12}(?:[\s\u3000]+(?:作词|作曲|词|曲|编曲|演唱|原唱)\s*[:：]\s*[^\s\u3000，。]{2,12})*$|[\u4e00-\u9fff]{2,16}(?:小学|中学|学校|学院|大学|幼儿园)[^\s\u3000，。]{0,12}[\s\u3000]+[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2}$)/,
  nameLine: new RegExp(`^${NAME}(?:[\\s\\u3000]+${NAME}){0,3}$`),
  // (and any column's name in black brackets, 【民生关注】)
  label: /^[【[〖〔［]?(?:点评|短评|评论|述评|社评|社论|时评|快评|来论|今日话题|读者来信|来信选登|来信照登|编者按|编者的话|编后|编后语|编后记|链接|相关链接|新闻链接|背景|背景链接|记者手记|采访手记|记者札记|记者观察|专家点评|专家观点|观察|小贴士|延伸阅读|数读|图说|导读|摘要|提要|内容提要|核心提示|(?:记者|编者|编辑)?附言[:：]?)[】\]〗〕］]?$|^[【〖][\u4e00-\u9fff]{2,6}[】〗]$/,
  // tested on the text without spaces (see classifyInContext)
  placeColonTitle: /^[^，,。：:\s]{2,18}[：:]\s*\S/,
  subtitleDash: /^(?:——|—|--|－－)/,
}

/** The title of a poem of a group, by its number: 一、柳, 2. 午后, （三）. */
// (its figures full-width too, which normalise makes half-width: ２. 午后 is 2. 午后)
const PART_TITLE = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[0-9０-９]{1,2}[、．.]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)])\s*\S{1,10}$/

/** Lines of a poem are short and open-ended, so each reads like a heading. */
const VERSE_MAX = 20
/** A run of this many heading-shaped lines with nothing under them is a poem, not headings. */
const VERSE_RUN = 4
/** ...or of this many, all of one length (classical verse: 5 or 7 characters a line). */
const VERSE_RUN_EVEN = 3

/**
 * Headings stand over text; several in a row with nothing under them, inside an article (after a
 * byline or a paragraph) and not opening a new one (no byline after them), are the lines of a poem.
 */
function markVerse(blocks: Block[]): void {
  // (the title of the next poem of a group parts the runs, as it will once the output marks it ##)
  const titles = new Set(blocks.filter((b, k) => k > 0 && k + 1 < blocks.length && isTitleInVerse(blocks[k - 1], b, blocks[k + 1])))
  const isLine = (b: Block | undefined) =>
    b !== undefined &&
    !titles.has(b) &&
    (b.kind === 'heading' || b.kind === 'title') &&
    b.data.depth === undefined &&
    !isVisiblyLonger(b.value, VERSE_MAX) &&
    !patterns.subtitleDash.test(b.value) &&
    // (a numbered title of a poem of a group stands over its poem, as it will when marked ## in the output)
    !PART_TITLE.test(b.value.trim())
  for (let i = 1; i < blocks.length; i++) {
    if (!isLine(blocks[i]) || isLine(blocks[i - 1])) continue
    let end = i
    while (isLine(blocks[end])) end++
    // (a byline under the run signs the next piece: its last line is that piece's title, the
    // lines over it a poem's end when they are enough for one)
    const signed = bylineFollows(blocks[end], blocks[end + 1])
    const run = blocks.slice(i, signed ? end - 1 : end)
    const lengths = new Set(run.map((b) => visibleLength(b.value)))
    const poem = signed ? run.length >= VERSE_RUN : run.length >= VERSE_RUN || (run.length >= VERSE_RUN_EVEN && lengths.size === 1)
    if (poem) for (const b of run) b.kind = 'verse'
    i = end
  }
  markClauseVerse(blocks)
}

const LETTER_SPACED_WORD = /^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,5}$/

/**
 * The title of the next poem of a group, inside the run of their lines (外二首 … / 腊 月 / 腊月的风 …): a
 * line standing alone between blank lines, of a few characters letter-spaced as titles are set (a
 * line of verse is not). A page without blank lines between stanzas shows no such title.
 */
function isTitleInVerse(previous: Block, block: Block, next: Block): boolean {
  if (block.kind !== 'heading' && block.kind !== 'title') return false
  const before = block.position.start.line - previous.position.end.line
  const after = next.position.start.line - block.position.end.line
  return before >= 2 && after >= 2 && LETTER_SPACED_WORD.test(block.value.trim())
}

/**
 * A line marked like a byline (■治理之路) standing between two paragraphs, on a page that has had its
 * byline, is a section heading: a byline stands under its headline, not inside the text. Only a
 * phrase of four or more characters without a space: a marked name (■杜英姿) is a byline wherever
 * it stands, and a couplet (■保留记忆 留住乡愁) is read as a headline by its own shape.
 */
function markSectionsSetLikeBylines(blocks: Block[]): void {
  let bylineSeen = false
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (block.kind !== 'byline') continue
    const previous = blocks[i - 1]
    const next = blocks[i + 1]
    const phrase = block.value.replace(MARK_AT_START, '')
    const between = previous?.kind === 'body' && next?.kind === 'body' && !isHeadingShaped(previous)
    if (bylineSeen && between && MARK_AT_START.test(block.value) && isSectionPhrase(phrase)) block.kind = 'heading'
    else bylineSeen = true
  }
}

const MARK_AT_START = /^[■◆□◎]\s*/

/**
 * A marked word over a list of items each opened by one bullet (■简讯 / △ … / △ …): the column's
 * heading, not a byline, where it stands after the text of the article before it; a byline signs
 * text, under its headline, not a list of items.
 */
function markColumnsOverItems(blocks: Block[]): void {
  for (let i = 0; i + 2 < blocks.length; i++) {
    const block = blocks[i]
    if (block.kind !== 'byline' || !MARK_AT_START.test(block.value)) continue
    const word = block.value.replace(MARK_AT_START, '')
    if (word.length < 2 || word.length > 6 || /[\s\u3000]/.test(word) || patterns.bylineWords.test(word)) continue
    // (after the text or caption of the article before it: under a headline it signs)
    const previous = blocks[i - 1]
    if (previous === undefined || (previous.kind !== 'body' && previous.kind !== 'caption') || isHeadingShaped(previous)) continue
    const bullet = blocks[i + 1].value[0]
    if (!BULLETS.includes(bullet) || blocks[i + 2].value[0] !== bullet) continue
    block.kind = 'heading'
  }
}

function isSectionPhrase(text: string): boolean {
  return text.length >= 4 && text.length <= 16 && !/[\s\u3000]/.test(text) && !patterns.bylineWords.test(text) && isHeadingShapedText(text)
}

/** A short line that ends a clause or a sentence: 稻浪翻过山岗， or 是我一生读不完的诗。 */
// (marks as normalise will leave them: a half-width full stop that is no decimal point is “。”, a
// straight quote a curly one)
// (an ellipsis whole, in any form: normalise makes … ……)
const CLAUSE_END = /(?:…+|\.{3,}|。{3,}|[，,、；;。！？!?]|(?<![0-9０-９])\.)[”’」』）)"']*$/
const ENUMERATED = new RegExp(`^(?:[①-⑳⑴-⒇㈠-㈩]|[（(]?[一二三四五六七八九十0-9０-９]{1,3}[)）、.．]|[${BULLETS}·])`)
const CLAUSE_PAUSE = /[，,、；;][”’」』）)"']*$/
/** A sentence ends inside the text, as normalise will write it (区.0 is 区。0; ｅ．ｃｎ is e.cn). */
function endsSentenceInside(text: string): boolean {
  return hasSentencePunctuation(text) || /…|(?<![0-9０-９])[.．](?![0-9０-９])/.test(text)
}

/**
 * Poems whose lines end with commas (稻浪翻过山岗， / 把金黄铺到天边， / …), each line a paragraph of
 * its own: a run of VERSE_RUN or more short body lines, each ending a clause, some with a comma.
 * A paragraph cut by a break leaves one short half, not a run of them; joined, the lines would make
 * one paragraph of the poem.
 */
function markClauseVerse(blocks: Block[]): void {
  // (a line of verse ends one sentence at most: a short line holding two is prose)
  const isLine = (b: Block | undefined) =>
    b !== undefined &&
    b.kind === 'body' &&
    b.data.depth === undefined &&
    // (a list's items are numbered or bulleted; a poem's lines are not)
    !ENUMERATED.test(b.value) &&
    !isVisiblyLonger(b.value, VERSE_MAX) &&
    CLAUSE_END.test(b.value) &&
    !endsSentenceInside(b.value.replace(CLAUSE_END, ''))
  for (let i = 0; i < blocks.length; i++) {
    if (!isLine(blocks[i]) || isLine(blocks[i - 1])) continue
    let end = i
    while (isLine(blocks[end])) end++
    const run = blocks.slice(i, end)
    if (run.length >= VERSE_RUN && run.some((b) => CLAUSE_PAUSE.test(b.value))) for (const b of run) b.kind = 'verse'
    i = end
  }
}

const CONTINUING_START = /^[.,;:!?。，、；：！？”’）)」』】〕》]/

/** Short, no sentence punctuation: could be a title, subtitle or section heading. */
export function isHeadingShaped(block: Block): boolean {
  if (block.data.depth !== undefined) return block.value.length <= 80
  return isHeadingShapedText(block.value)
}

/** The same, from the text alone (not from Markdown heading syntax in the source). */
export function isHeadingShapedText(text: string): boolean {
  // lengths are counted without spaces: normalise removes or collapses some, and the output, cleaned
  // again, must be read the same
  // (a paragraph, most blocks asked, is too long by its first characters: neither read nor remembered)
  if (isVisiblyLonger(text, HEADLINE_MAX)) return false
  // (asked of each block by several rules, in each classify pass)
  return headingShaped.get(text, readHeadingShape)
}

const headingShaped = new BoundedMemo<string, boolean>()

/** A reference's access date in brackets closing its entry: …[引用日期2023-05-04], …[访问日期：2023年5月4日]. */
const REFERENCE_ACCESS_END = /[[［【](?:引用|访问|检索|浏览|获取)(?:日期|时间)\s*[:：]?\s*[0-9]{4}[-年./][0-9]{1,2}[-月./][0-9]{1,2}日?[\]］】]\s*$/

/** isHeadingShapedText for a text of HEADLINE_MAX visible characters at most. */
function readHeadingShape(text: string): boolean {
  // (a reference's entry closed by its access date in brackets, 3 《某某志》．某某网[引用日期2023-05-04], heads nothing)
  if (REFERENCE_ACCESS_END.test(text)) return false
  const length = visibleLength(text)
  if (hasSentencePunctuation(text) && !isAskedAndAnswered(text)) return false
  // running prose, not a headline: several commas, or one in a long line, or a dangling mark
  // (a comma printed twice is one, spaces between or not: normalise makes ，， and ， ， one)
  // (the mark after a section's number is not a comma: 一、以经济建设为中心是由…决定的)
  const commas = (shapeText(text).replace(SECTION_NUMBER_MARK, '').match(/[，,、]/g) ?? []).length
  if (commas >= 2 || (commas === 1 && length > 24)) return false
  // (nor a lead-in closed by a dash over what it introduces, …留下一句叮嘱——, the dash maybe typed as
  // normalise will write it: …叮嘱 --)
  if (/[，,、“‘（(《]$|(?:——|--|－－)\s*$/.test(text)) return false
  // a line of facts (会议时间：2023年11月3日 14:30, 电话：12345678) is not a headline: what follows
  // its colon is mostly figures; nor is a date alone (a notice's signature, 2023年11月3日)
  if (isFactLine(text) || isDateLine(text)) return false
  // nor a letter's closing formula (此致 / 敬礼！), nor a file's name (1.某某实施方案.pdf)
  if (isLetterClosing(text) || FILE_NAME_END.test(text)) return false
  // nor an item of facts a pictograph opens (📍 地址：…, 🚇 交通：乘坐2路…)
  if (PICTOGRAPH_FIELD.test(text)) return false
  // nor is a table row (地区生产总值 3500亿元 5.6%), nor a formula (每次用量(ml)=体重(kg)×每公斤剂量), nor a
  // table's unit (单位：元/公斤), a label of its figures
  if (isTableRow(text) || FORMULA.test(text) || (text.includes('单位') && UNIT_LABEL.test(text.trim()))) return false
  // nor a row of four names or more set apart by spaces, a list's line (张伟 李娜 王芳 刘洋 …)
  if (isNameRow(text)) return false
  // nor an option of a multiple-choice question (A．他问我明天去不去图书馆？)
  if (OPTION_ITEM.test(text)) return false
  // nor the opening of an article's text by its dateline with its first words after it (本报讯 某某县广大干部和 /
  // 群众…, a narrow column's first lines cut short): the dateline alone is read elsewhere
  if (opensArticle(text) && !isDatelineAlone(text)) return false
  // a line that opens with a mark closing or continuing a sentence is the rest of one (a fragment
  // cut from a paragraph), never a headline
  if (CONTINUING_START.test(shapeText(text))) return false
  // a note in brackets closing a headline (会议通知（第3号）, 意见（试行）, 系列报道（上）) does not end
  // a sentence: read the headline without it
  // (or the period its figures cover: 主要农产品批发价格（3月11日—3月15日）)
  const head = text.replace(NOTE_AT_END, '').replace(PERIOD_AT_END, '')
  return !endsComplete(head.length > 0 ? head : text)
}

/**
 * A headline that asks and answers in one line (费用怎么分？算了三遍账, 菜价为何涨？产地遭了灾): a short question, its
 * mark inside the line, then a phrase without marks that ends no sentence. Not a line of speech (no quotes), not two
 * sentences (one mark only).
 */
const ASKED_AND_ANSWERED = /^[^。！？!?；;，,“”"]{2,8}[？?！!][^。！？!?；;，,、“”"：:]{2,8}$/
function isAskedAndAnswered(text: string): boolean {
  const t = shapeText(text).trim()
  return ASKED_AND_ANSWERED.test(t) && !/[\s\u3000]/.test(t)
}

/** The label at i and the lines listed under it up to k stand line under line, no blank line between them. */
function tightList(all: Block[], i: number, k: number): boolean {
  for (let m = i + 1; m < k; m++) if (all[m].position.start.line !== all[m - 1].position.end.line + 1) return false
  return true
}

/** An option of a multiple-choice question: a capital letter and a stop or a comma, A．…, B. …, C、… */
const OPTION_ITEM = /^[A-H][．.、]\s*[^\sA-Za-z0-9]/
/** A table's or a chart's unit over its figures: 单位：元/公斤, （单位：万元）, 计量单位：吨. */
const UNIT_LABEL = /^[（(]?\s*(?:计量|货币|金额)?单位\s*[:：]\s*[^\s，,。：:；;！!？?]{1,12}\s*[）)]?$/

const SECTION_NUMBER_MARK = /^(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})、/

// (a fact's label, not a section's words: ✨ 下一步：延链增效 is a heading)
const PICTOGRAPH_FIELD = /^\p{Extended_Pictographic}\uFE0F?\s*(?:地址|地点|时间|日期|营业时间|开放时间|活动时间|电话|热线|咨询|交通|路线|停车|门票|票价|费用|报名|价格)[：:]/u
const NOTE_AT_END = /\s*[（(][^（）()。！？!?，,；;]{1,8}[）)]\s*$/
/** A period in brackets closing a table's or a chart's title: （3月11日—3月15日）, (2023年1—6月). */
const PERIOD_AT_END = /\s*[（(](?:[0-9]{4}年)?[0-9]{1,2}(?:月(?:[0-9]{1,2}日)?)?\s*[—–\-－~～至]+\s*(?:[0-9]{4}年)?[0-9]{1,2}(?:月|日|月[0-9]{1,2}日)[）)]\s*$/

/** A continuation marker on a line of its own: （上接B1版） */
export function isMarkerLine(text: string): boolean {
  return text.length <= 40 && (patterns.marker.test(withNarrowAlnum(text)) || ON_NEXT_PAGE.test(text))
}
/**
 * A web page's note that its text goes on on the next page, alone in its brackets and pointing at that page in any
 * wording: （本章未完，请点击下一页继续阅读）, (未完，请翻页), 【点击下一页继续阅读】; or a thread's, on the next floor or a
 * floor by its number: (未完，见2楼), （接楼下）.
 */
const ON_NEXT_PAGE = /^[（(【[][^（）()【】[\]。！？!?]{0,16}(?:下一页|下页|翻页|翻到下一?页|楼下|下楼|[0-9一二三四五六七八九十]{1,3}\s*楼)[^（）()【】[\]。！？!?]{0,10}[）)】\]]$/

const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ．－＠]/
const FULL_WIDTH_ALNUMS = /[０-９Ａ-Ｚａ-ｚ]/g

/**
 * Letters and digits as normalise writes them, half-width (Ａ０８ is A08): furniture and markers are
 * read so, and the output, cleaned again, must be read the same.
 */
function withNarrowAlnum(text: string): string {
  if (!FULL_WIDTH_ALNUM.test(text)) return text
  // (and a full-width dot, hyphen or at sign between them, as normalise makes it: ｅｘａｍｐｌｅ．ｃｎ)
  const narrow = text.replace(FULL_WIDTH_ALNUMS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  return narrow.replace(WIDE_MARK_IN_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

const WIDE_MARK_IN_ALNUM = /(?<=[0-9A-Za-z])[．－＠](?=[0-9A-Za-z])/g

/** A running head: the section's two names and the date, 农村·水利　2024年5月6日 (either way round). */
const SECTION_NAMES = '[\\u4e00-\\u9fff]{2,4}[·・•][\\u4e00-\\u9fff]{2,4}'
// (or with the page's number: 大观·文艺　　　…　11)
const RUNNING_HEAD = new RegExp(`^(?:${SECTION_NAMES}\\s*(?:${DATE}|[0-9]{1,3})|(?:${DATE}|[0-9]{1,3})\\s*${SECTION_NAMES})$`)

/** A page's label in its header: A4 综合新闻, B2版 文体 (a letter, a number, a section of the paper). */
const SECTION_PAGE = /^[A-Za-z][0-9]{1,2}\s*版?[:：]?\s*(?:要闻|综合|综合新闻|新闻|时评|评论|言论|理论|文体|体育|文化|财经|经济|国际|国内|社会|民生|法治|教育|副刊|专题|专刊|广告|城事|本地|地方|视点|特别报道|深度|关注)(?:新闻|版)?$/
const WEEKDAY = /^(?:星期|周)[一二三四五六日天]$/
/** A date in English, as an overseas paper sets it by the Chinese one: Saturday, September 14, 2019. */
const ENGLISH_DATE = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t\u00a0]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t\u00a0]+[0-9]{1,2},?[ \t\u00a0]+[0-9]{4}\b/g
const ENGLISH_DATE_PART = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?_)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?_[0-9]{1,2},?_[0-9]{4}$/
/** The lunar date some papers print with the date: 农历甲辰年十月初六, 农历壬午年七月三十, 己亥年五月十二. */
const LUNAR_DATE = /^(?:农历)?[\u4e00-\u9fff]{2}年[正一二三四五六七八九十冬腊]{1,2}月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]|三十)$/
/**
 * A lunar date alone on its line, as a masthead prints it under the date (乙巳年三月廿一, 农历甲辰年五月初七):
 * a year of the sixty-year cycle (a heavenly stem and an earthly branch), a lunar month and day; no sentence is one.
 */
const LUNAR_DATE_ALONE = /^(?:农历\s*)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*闰?[正一二三四五六七八九十冬腊]{1,2}月\s*(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]|三十)日?$/
/**
 * A masthead's registration line: the serial number's CN code and the postal code, glued or spaced,
 * with their labels or without (国内统一连续出版物号 CN43-0016  邮发代号 41-5, 国内统一刊号：CN12-0001
 * 邮发代号：5-12, CN43-0016/(F)): fields no line of text is made of alone.
 */
const REGISTRATION_FIELD = '(?:(?:国内统一连续出版物号|国内统一刊号|统一刊号|刊号)\\s*[:：]?\\s*)?CN\\s*[0-9]{2}\\s*[-－—]\\s*[0-9]{1,4}×{0,3}(?<=[-－—\\s][0-9×]{4})(?:\\s*[/／]\\s*[（(]?[A-Z0-9]{1,4}[）)]?)?|邮发代号\\s*[:：]?\\s*[0-9]{1,2}\\s*[-－—]\\s*(?:[0-9]{1,4}|[0-9]{0,3}×{1,3})'
const REGISTRATION_LINE = new RegExp(`^(?:${REGISTRATION_FIELD})(?:[\\s\\u3000]*(?:${REGISTRATION_FIELD}))*$`)
// (or a weekly's week, from its first day to its last: 2024年3月18日—3月24日)
const DATE_PART = new RegExp(`^${DATE}(?:[—－–~～至-][0-9]{1,2}月[0-9]{1,2}日)?$`)
// (maybe in its brackets: （第二版）)
const PAGE_PART = new RegExp(`^${PAGE_NO}$|^[（(]${PAGE_NO}[）)]$`)
const PAPER_PART = new RegExp(`^${PAPER}$`)
/** The paper's publisher in a page's footer: 江海日报社出版. */
const PUBLISHER_PART = /^[\u4e00-\u9fff]{2,10}(?:报社|报业集团|传媒集团)(?:出版|主办|编辑出版)?$/

/** A date in Han numerals, as older papers print it: 一九八七年六月十二日 (a zero may be read 〇, ○, O or 0). */
const HAN_DATE_PART = /^[〇○零一二三四五六七八九O0]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$/
/** A year one of whose figures a scan misread as a letter (l995, I998, 2O03). */
const MISREAD_YEAR = /^(?=[0-9]*[lIO][0-9]*年)[0-9lIO]{4}(?=年)/

/** A folio's date with a misread year (l995年5月12日): a date, its letters read as the figures they look like. */
function isMisreadDate(part: string): boolean {
  if (!part.includes('年')) return false
  const year = MISREAD_YEAR.exec(part)?.[0]
  return year !== undefined && DATE_PART.test(year.replace(/[lI]/g, '1').replace(/O/g, '0') + part.slice(4))
}

/** The page by its number: 第4版, 第 一 版, B2, 第3期, a bare number at the line's end, or a book's ·186·. */
// (its section's name maybe before it, joined by a middle dot: 特刊·第4版, 要闻·第二版)
// (or the number under a digital edition's label for it: 版次：01, 版号：A3)
const PAGE_FIELD = /^(?:(?:版次|版号)[:：](?:[0-9]{1,3}|[A-H][0-9]{1,2})|(?:[\u4e00-\u9fff]{2,6}[·・])?第[0-9]{1,3}[A-Za-z]?版(?:[:：][\u4e00-\u9fff·]{2,8})?|(?:[\u4e00-\u9fff]{2,6}[·・])?第[一二三四五六七八九十]{1,3}版|[A-H][0-9]{1,2}|[0-9]{1,3}|[·・-]\s*[0-9]{1,4}\s*[·・-])$/
/**
 * A periodical's month, as its running foot dates the issue: 2025年3月 (a field of a folio only with the
 * issue, the periodical or a special issue beside it, 2025年3月 第6期: 2024年5月　　356 may be a table's row,
 * 出版社 2024年3月 定价：58.00元 a book's facts).
 */
const YEAR_MONTH_PART = /^[0-9]{4}年[0-9]{1,2}月$/
/** A periodical's special issue by its name: 某某专刊, 某某特刊. */
// (its name may hold a figure: 庆祝新中国成立75周年特刊)
const SPECIAL_ISSUE_PART = /^[\u4e00-\u9fff][\u4e00-\u9fff0-9]{1,15}(?:专刊|特刊|增刊)$/

/**
 * The issue by its number, which dates it: 第1023期, 2023年第6期（总第86期）, 第45期·总第1186期; or a paper's, counted in 号
 * from its first, four figures at least (第12345号, 第一一七八五号).
 */
const ISSUE_FIELD = /^(?:[0-9]{4}年)?第[0-9]{1,5}期(?:[·・]?[（(]?总第?[0-9]{1,6}期[）)]?)?$|^[（(]?总第(?:[0-9]{1,6}|[〇零一二三四五六七八九十百千]{1,8})期[）)]?$|^第[〇零一二三四五六七八九十百千]{2,8}期$|^第(?:[0-9]{4,6}|[〇零一二三四五六七八九十百千]{4,8})号$/
/**
 * A periodical's issue with its year (2024年第3期, 第45期·总第1186期): it places the page as a
 * newspaper's page number does, and dates it. (第3期 alone may be a cell of a table.)
 */
const YEAR_ISSUE_FIELD = /^[0-9]{4}年第[0-9]{1,3}期|总第[0-9]{1,6}期/
/** An internal publication's notes in its head or foot: 内部资料　免费交流. */
const INTERNAL_FIELD = /^(?:内部资料|内部刊物|内部交流|免费交流|免费赠阅|注意保存)$/
/** The paper's site in its foot: www.enanyang.my. */
// (maybe by its label: 网址：www.example.cn)
const SITE_FIELD = /^(?:(?:网址|网站|网络版|电子版|数字报)[:：]\s*)?(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i
/** A telephone's label and number, apart or in one field: 服务热线　12345, 新闻热线：0871-64142233. */
const PHONE_LABEL = /^[\u4e00-\u9fff]{0,4}(?:热线|电话|专线)[:：]?$/
const PHONE_NUMBER = /^[0-9（）()\-－]{3,16}$/
const PHONE_FIELD = /^[\u4e00-\u9fff]{0,4}(?:热线|电话|专线)[:：][0-9（）()\-－]{3,16}$/
/** The page's mail address, with its label: E-mail:njsc@… 邮箱：… */
const MAIL_FIELD = /^(?:本版|本报|本刊)?(?:投稿|来稿|报料|爆料|联系|读者)?(?:E-?mail|邮箱|电子邮箱|信箱)[:：]\S+@\S+$/i
/** A clause of the page on itself, no mark (本版公告均由委托单位对其真实性负责, 本刊文章仅代表作者观点). */
const PAGE_SELF_NOTE = /^(?:本版|本期|本刊|本报|本栏|本专版)[\u4e00-\u9fff]{4,22}$/
/** A paper's or a section's name: 湖南日报, 要闻, 理论与实践, 证券·市场, 财经周刊. */
// (a paper's name with its section's: 法治周末·庭审现场)
const NAME_FIELD = /^[\u4e00-\u9fff·・]{1,8}$|^[\u4e00-\u9fff]{2,8}[·・][\u4e00-\u9fff]{2,8}$/
/** A word in capitals, and a masthead's name in them: THE CHINA PRESS. */
const CAPITALS = /^[A-Z][A-Z.&'-]*$/
const CAPITALS_NAME = /^[A-Z][A-Z.&'-]*(?: [A-Z][A-Z.&'-]*)+$/
/** A paper's or a periodical's name, by what it is: 江城日报, 财经周刊, 今日文摘, 青川年鉴（2023）, 青川年鉴·2023, 某某党校学报. */
// (or a local gazetteer's, its years in brackets: 某某县志（1978—2005）)
const PAPER_FIELD = /^《?[\u4e00-\u9fff]{1,12}(?:报|时讯|周刊|月刊|旬刊|双月刊|杂志|文摘|画报|年鉴|[省市县区州旗镇乡村]志)》?(?:[（(][0-9]{4}(?:[—–\-－~～至][0-9]{4})?[）)]|[·・][0-9]{4})?$/
/**
 * A masthead: the paper's name beside its name in capitals, however near (中国气象报  CHINA
 * METEOROLOGICAL NEWS, 江城日报 JIANGCHENG DAILY): the name in capitals ends with a paper's word; beside a name that
 * says it is a paper's (中国水运报, 某某周刊), any name in capitals of two words or more is its translation
 * (中国水运报 CHINA WATER TRANSPORT).
 */
function isNamedMasthead(text: string): boolean {
  // (cheap first: the line ends with a capital)
  const last = text.charCodeAt(text.length - 1)
  if (last < 0x41 || last > 0x5a) return false
  const match = /^(\S+)[ \u3000]+([A-Z][A-Z ·]+)$/.exec(text)
  if (match === null) return false
  if (PAPER_FIELD.test(match[1]) && CAPITALS_NAME.test(match[2].trim())) return true
  return (PAPER_FIELD.test(match[1]) || PAPER_PART.test(match[1])) && patterns.latinMasthead.test(match[2])
}

/**
 * A role of the page's staff, named apart from the name that follows: 责任编辑  吴  敏; a role's rank or shift before it
 * too (助理编辑 孙某, 执行编辑 李某: a web page's staff line of such roles is no printed page's folio).
 */
// (or the desk it heads before it, a department of two letters: 摄影部主编：某某, 新闻中心编辑：某某)
const STAFF_ROLE = /^(?:本版|本期|[\u4e00-\u9fff]{2}(?:部|室|中心))?(?:(?:责任|美术|图片|文字|版式|版面|栏目)?(?:编辑|美编|责编|校对|责校|组版|版式|设计|主编|排版)|(?:助理|执行|值班|实习|见习|特约|视觉)(?:编辑|校对|美编))$/

/**
 * A role of the page's staff and its name after a colon, among the head's fields: 版式：唐敏 (alone on
 * a line, 设计：… may be a fact of the article).
 */
function isRoleWithName(part: string): boolean {
  const colon = part.search(/[：:]/)
  return colon > 0 && STAFF_ROLE.test(part.slice(0, colon)) && /^[\u4e00-\u9fff]{2,4}$/.test(part.slice(colon + 1))
}

/** A field of the paper's imprint: 邮发代号：63-00, 国内统一连续出版物号：CN53-0001. */
// (the serial number's colon may be missing before its CN code; the sponsors name themselves: 中共某县委主管主办)
// (or the label set apart from its code, 国内统一连续出版物号 CN62-0001, 邮发代号53-1; and the organ the paper is, 中共某省委机关报;
// a supplement's sponsor among its staff: 主办：某市医疗保障局)
const IMPRINT_FIELD = /^(?:主办|承办|协办|主管)(?:单位)?[：:][\u4e00-\u9fff（）()]{2,24}$|^(?:邮发代号|国内统一连续出版物号|国内统一刊号|刊号|定价|零售价|准印证号|内部资料准印证号?)[：:]\S|^(?:国内统一连续出版物号|国内统一刊号|刊号)\s*CN\s*\d|^[\u4e00-\u9fff]{2,16}(?:主管主办|主管|主办|机关报)$|^(?:国内统一连续出版物号|国内统一刊号|刊号|邮发代号)$|^CN\s*[0-9]{2}\s*[-－]\s*[0-9]{4}(?:\/[A-Z0-9]{1,4})?$|^邮发代号\s*[0-9]{1,2}\s*[-－]\s*[0-9]{1,4}$|^[\u4e00-\u9fff]{0,2}(?:内部报刊|内部资料|内部刊物)?准印证(?:号)?[：:]?\s*(?:第\s*)?[A-Za-z0-9（）()\-－]{2,16}号?$/

/** The words a section's name ends in: 综合新闻, 行业观察, 大观·文艺, 财经周刊. */
const SECTION_WORD = /(?:新闻|要闻|观察|视点|周刊|副刊|专版|专刊|时评|评论|言论|文化|文艺|体育|经济|财经|国际|国内|社会|民生|综合|专题|特刊|特稿|报道|广告|教育|健康|法治|理论|关注|焦点|城事|本地|深度|读书|科技|农业|农村|三农|市场|证券|金融|产经|楼市|旅游|生活|人物|图片|视觉)$/
const WEEKDAY_IN_BRACKETS = /日[（(]((?:星期|周)[一二三四五六日天])[）)]/g
const PADDED_NAME_AFTER_ROLE = /([：:][\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff]{1,2}(?:[ \t\u00a0\u3000]|$))/g

/** A bar between two fields of a head, the spaces around it with it: 某某晚报 | 民生. */
const FIELD_BAR = /[ \t\u00a0\u3000]*[|｜][ \t\u00a0\u3000]*/g

/** The gap between a head's fields: two spaces or more, or full-width ones. */
const HEAD_FIELD_GAP = /[ \t\u00a0]{2,}|\u3000+/

/** Fields set far apart, as a page's head sets them. */
/** Two Han letters a full-width space sets apart, at an edge of a line's fields, far from the next field. */
const SPACED_PAIR_APART = /(^|\u3000{2,}| {4,})([\u4e00-\u9fff])\u3000([\u4e00-\u9fff])(?=\u3000{2,}| {4,}|$)/g
/** A book's chapter or section by its number, and its name after one space: 第三章　某某某某, 第二节 某某. */
const CHAPTER_AND_NAME = /(第[一二三四五六七八九十百零〇0-9]{1,4}[章节编篇卷])[\u3000 ](?=[\u4e00-\u9fff]{2,5}(?:\u3000{2,}| {4,}|$))/g
const FAR_APART = /\S(?:\u3000{2,}| {4,})\S/
const NEAR_APART = /\S(?:\u3000+| {2,})\S/

/** What one of a head's fields names: a date, a page, a paper, the staff (or a field's colon). */
// (or a page's number set far from the section's name: 行业观察　　07, 2　　综合新闻; or a periodical's year and month last: … 2023.10;
// or a date in figures and dots among the fields: 3　某某·运行　某某民航　2019.11.22)
const FOLIO_FIELD_WORD = /年|版|报|刊|期|\s(?:19|20)[0-9]{2}[.．·・][0-9]{1,2}$|(?:^|\s)(?:19|20)[0-9]{2}([.．])[0-9]{1,2}\1[0-9]{1,2}(?:\s|$)|编|校|设计|星期|周[一二三四五六日天]|[A-H][0-9]|[：:]|资料|\S(?:\u3000+| {2,})(?:[0-9]{1,3}|[·・][0-9]{1,4}[·・])$|^(?:[0-9]{1,3}|[·・][0-9]{1,4}[·・])(?:\u3000{2,}| {4,})\S/

/** A periodical's issue by its year and month, as its running head prints it: 2023.10, 2021·6 (a place on the line as well makes it a head). */
// (or its half of the month, a fortnightly's: 2024·10上)
const YEAR_DOT_MONTH = /^(?:19|20)[0-9]{2}[.．·・](?:0?[1-9]|1[0-2])[上下]?$/

type FolioFieldKind = 'staff' | 'phone' | 'issue' | 'date' | 'place' | 'name' | 'speck'

/** A field of one part. */
const onePart = (test: (part: string) => boolean) => (parts: string[], i: number) => (test(parts[i]) ? 1 : 0)

/**
 * The fields a page's head or foot is made of, tried in this order on each part of the line; each
 * says how many parts it takes (0: not this field).
 */
const FOLIO_FIELDS: Array<{ kind: FolioFieldKind; take: (parts: string[], i: number) => number }> = [
  { kind: 'staff', take: onePart((p) => patterns.furniture.test(p) || IMPRINT_FIELD.test(p) || INTERNAL_FIELD.test(p) || SITE_FIELD.test(p) || MAIL_FIELD.test(p) || isRoleWithName(p)) },
  // a role and its name apart (责任编辑　张三), the name maybe set with a space inside (吴  敏)
  {
    kind: 'staff',
    take: (parts, i) => {
      if (!STAFF_ROLE.test(parts[i]) || i + 1 >= parts.length || !/^[\u4e00-\u9fff]{1,3}$/.test(parts[i + 1])) return 0
      const spaced = i + 2 < parts.length && parts[i + 1].length === 1 && /^[\u4e00-\u9fff]{1,2}$/.test(parts[i + 2]) && !STAFF_ROLE.test(parts[i + 2])
      return spaced ? 3 : 2
    },
  },
  // a hotline among the page's staff (服务热线　12345　　本版编辑：胡蓉; alone, a notice's fact)
  { kind: 'phone', take: (parts, i) => (PHONE_LABEL.test(parts[i]) && i + 1 < parts.length && PHONE_NUMBER.test(parts[i + 1]) ? 2 : 0) },
  { kind: 'phone', take: onePart((p) => PHONE_FIELD.test(p)) },
  { kind: 'issue', take: onePart((p) => YEAR_ISSUE_FIELD.test(p) && ISSUE_FIELD.test(p)) },
  { kind: 'date', take: onePart((p) => DATE_PART.test(p) || HAN_DATE_PART.test(p) || ISSUE_FIELD.test(p) || LUNAR_DATE.test(p) || isMisreadDate(p) || YEAR_MONTH_PART.test(p) || ENGLISH_DATE_PART.test(p) || YEAR_DOT_MONTH.test(p)) },
  {
    kind: 'place',
    take: onePart((p) => ISSUE_PAGES.test(p) || WEEKDAY.test(p) || PAGE_PART.test(p) || PAGE_FIELD.test(p) || SECTION_PAGE.test(p) || PAPER_PART.test(p) || PAPER_FIELD.test(p) || PUBLISHER_PART.test(p) || CAPITALS_NAME.test(p)),
  },
  // (a periodical's special issue dated by its month: 2025年11月　某某专刊)
  // (or by its day, 天台报　2024年9月30日　星期一　庆祝…75周年特刊　T4)
  { kind: 'place', take: (parts, i) => (SPECIAL_ISSUE_PART.test(parts[i]) && parts.some((p) => YEAR_MONTH_PART.test(p) || DATE_PART.test(p) || HAN_DATE_PART.test(p)) ? 1 : 0) },
  // (a page lettered past H, as a special issue's pages are, T4, Z2: by the weekday or the paper's name)
  { kind: 'place', take: (parts, i) => (/^[I-Z][0-9]{1,2}$/.test(parts[i]) && parts.some((p) => WEEKDAY.test(p) || PAPER_FIELD.test(p) || PAPER_PART.test(p)) ? 1 : 0) },
  { kind: 'name', take: onePart((p) => NAME_FIELD.test(p)) },
  // (a section named by its letters, among a dated head's fields: 篮球周刊　第1187期　2025年1月13日　B5　CBA)
  { kind: 'name', take: (parts, i) => (/^[A-Z]{2,5}$/.test(parts[i]) && parts.some((p) => DATE_PART.test(p) || HAN_DATE_PART.test(p)) ? 1 : 0) },
  // (the page's note on itself beside its staff, a clause naming the page, no mark: 本版稿件均由某某对其真实性负责　监制：…)
  { kind: 'name', take: onePart((p) => PAGE_SELF_NOTE.test(p)) },
  // a speck the scan read as a mark: ′ ` ' between the fields
  { kind: 'speck', take: onePart((p) => p.length === 1 && !/[\p{L}\p{N}]/u.test(p)) },
]

/**
 * A page's header or footer: fields set apart by wide spaces, however wide (a scan keeps the width
 * of the printed line), each of them furniture: the date (in figures or in Han numerals), the
 * weekday, the page (第4版, 第 一 版, A4 综合新闻), the paper's or section's name, the staff
 * (责任编辑：张三 美编：李四, 责编 方可 校对 吴桐). Furniture when it holds the staff, or a date with a
 * weekday, a page or a paper's name; a field set with letter spacing (湖 南 日 报) is read as one word.
 */
function isFolioFields(text: string): boolean {
  return folioFields(text) !== undefined
}

/** A line of a page's staff and nothing else (编辑 刘晓, 责编 方可 校对 吴桐, [ 责编：孙宁 ]): a web page signs its article so too. */
export function isStaffOnly(text: string): boolean {
  const count = folioFields(text)
  return count !== undefined && count.staff > 0 && Object.values(count).reduce((n, c) => n + c, 0) === count.staff + count.speck
}

/** The fields of a page's header or footer (isFolioFields), counted by kind; undefined when the line is none. */
function folioFields(text: string): Record<FolioFieldKind, number> | undefined {
  // (a book's folio in full-width figures, ·２１６·, read as normalise writes it, ·216·)
  text = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  // (a head's fields are short, however wide the gaps between them: a paragraph is not read)
  if (text.length > 160 || !/[\s\u3000]/.test(text) || /[，。！？；]/.test(text) || !FOLIO_FIELD_WORD.test(text)) return undefined
  // (a field's name and its value may stand apart: 责任编辑： 张三)
  const parts: string[] = []
  // (and a scan may set a space before the colon: 责任编辑 :刘志坚)
  // (a weekday may stand in brackets after the date: 2020年11月23日(星期一))
  // (and a name after its role's colon may be padded to the width of three: 本版编辑:周 舟)
  // (an overseas paper dates its page in English too, one field: Saturday, September 14, 2019; and
  // writes its telephone's area code in brackets apart: (626) 571-8888)
  const fields = text
    .trim()
    .replace(/[ \t\u00a0]*([：:])[\s\u3000]*/g, '$1')
    .replace(PADDED_NAME_AFTER_ROLE, '$1')
    .replace(WEEKDAY_IN_BRACKETS, '日 $1')
    .replace(ENGLISH_DATE, (date) => date.replace(/[ \t\u00a0]+/g, '_'))
    .replace(/([（(][0-9]{2,4}[）)])[ \t\u00a0]?(?=[0-9])/g, '$1')
    // (a name of two letters spaced wide by a full-width space, far from the other fields: 教　育　　　　·137·)
    .replace(SPACED_PAIR_APART, '$1$2$3')
    // (a book's chapter and its name, one field however spaced: 第三章　某某某某　　　·217·)
    .replace(CHAPTER_AND_NAME, '$1')
    // (fields set apart by bars, as a head is saved from a paper's web edition: 某某晚报 | 民生 | A07 | 2024年3月12日)
    .replace(FIELD_BAR, '\u3000')
  for (const chunk of fields.split(HEAD_FIELD_GAP)) {
    if (chunk.length === 0) continue
    if (/^\S(?: \S)+$/.test(chunk)) parts.push(chunk.replace(/ /g, ''))
    else {
      // (a masthead's name in capitals is one field: 侨报 THE CHINA PRESS)
      for (const word of chunk.split(/\s+/)) {
        if (CAPITALS.test(word) && CAPITALS.test(parts[parts.length - 1]?.split(' ').pop() ?? '')) parts[parts.length - 1] += ` ${word}`
        else parts.push(word)
      }
    }
  }
  mergeSpacedLetters(parts)
  if (parts.some((p) => YEAR_MONTH_PART.test(p)) && !parts.some((p) => ISSUE_FIELD.test(p) || PAPER_FIELD.test(p) || SPECIAL_ISSUE_PART.test(p))) return undefined
  // (a masthead's name in capitals may run longer than a field: THE SOUTHERN CROSS CHINESE WEEKLY)
  if (parts.length < 2 || parts.length > 12 || parts.some((p) => p.length > 24 && !SITE_FIELD.test(p) && !MAIL_FIELD.test(p) && !ENGLISH_DATE_PART.test(p) && !(p.length <= 48 && CAPITALS_NAME.test(p)))) return undefined
  const count: Record<FolioFieldKind, number> = { staff: 0, phone: 0, issue: 0, date: 0, place: 0, name: 0, speck: 0 }
  for (let i = 0; i < parts.length; ) {
    let taken = 0
    for (const field of FOLIO_FIELDS) {
      taken = field.take(parts, i)
      if (taken > 0) {
        count[field.kind]++
        break
      }
    }
    if (taken === 0) return undefined
    i += taken
  }
  // (a date and a weekday alone are the folio rule's business, a date alone may sign a notice; the
  // section's name and the page's number alone are a running head when set far apart: 特别报道　　…　05)
  if (count.staff > 0) return count.name <= 2 ? count : undefined
  // (a name and a bare number far apart are a running head only when the name is a section's or the
  // number a page's, 05 or a book's ·137·: 全市　　3 may be a row of a table)
  const runningHead = () => parts.some((p) => SECTION_WORD.test(p)) || parts.some((p) => /^(?:0[0-9]|[A-H][0-9]{1,2}|第.+版|[·・][0-9]{1,4}[·・])$/.test(p))
  // (a periodical's issue with its year dates and places its page at once: 人生故事　　今日文摘  2024年第7期)
  if (count.issue > 0) return count.name <= 3 ? count : undefined
  if (count.place === 0) return undefined
  if (count.date > 0) return count.name <= 3 ? count : undefined
  // (a paper's own name and a page's number, however near, with its section's name maybe: 科普周刊　7,
  // 永宁日报　　文史天地　　7, 某某日报　　体育天地　　第四版; a row of a table names no paper)
  // (or its page's code, and its masthead in Latin letters beside its name: 侨报  THE CHINA PRESS    湾区社区    A5)
  const latin = parts.filter((p) => CAPITALS_NAME.test(p)).length
  if (parts.length <= 3 + latin && latin <= 1 && count.name === parts.length - 2 - latin && parts.some((p) => PAPER_PART.test(p) || PAPER_FIELD.test(p)) && /^(?:[0-9]{1,3}|[A-H][0-9]{1,2}|第(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})版)$/.test(parts[parts.length - 1])) return count
  // (a page and the publication's name far apart: ·186·　　　青川年鉴（2023）)
  if (count.place >= 2 && count.name === 0) return FAR_APART.test(text) ? count : undefined
  // (a section's name sets its page apart by less: 要闻  2)
  const apart = FAR_APART.test(text) || (NEAR_APART.test(text) && parts.some((p) => SECTION_WORD.test(p)))
  return count.name === 1 && parts.length === 2 && apart && runningHead() ? count : undefined
}

/**
 * A word a scan set with wide letter spacing is split into its letters (江  西  日  报, 第  二  版): three
 * letters or more in a row, each a field of one Han character, are read as the one word they are.
 */
function mergeSpacedLetters(parts: string[]): void {
  for (let i = 0; i < parts.length; i++) {
    let j = i
    while (j < parts.length && /^[\u4e00-\u9fff]$/.test(parts[j])) j++
    if (j - i >= 3) parts.splice(i, j - i, parts.slice(i, j).join(''))
  }
}

/**
 * Specks a scan reads as marks, alone on a line: a mark no sentence ends with (· ′ '), or marks set
 * apart by spaces (' .). A stop or a comma alone is the end of a sentence a wrap put on its own line.
 */
const SPECKS = /^[\s\u3000]*(?:[·`´′']|['`´′‘’·.,，、。:;]+(?:[\s\u3000]+['`´′‘’·.,，、。:;]+)+)[\s\u3000]*$/
/**
 * Such specks beside the page's number, set apart from it by a gap (' .          2): the foot of a
 * scanned page. (A stop or a comma alone by a number may be a sentence's end: not a speck.)
 */
/**
 * Specks an old scan reads as strokes and dots too (一 丶 ・), three or more spaced over a line of their
 * own, a dot among them: 一一　一　・　、, ' ・ 丶 ，. No word, numbering or rule is made of these.
 */
const STROKE_SPECKS = /^(?=.*[・丶'`·])(?=.*[\s\u3000])(?:[一丶・·'`，、.,][\s\u3000]*){3,}$/
/** Whether a line is such specks (furniture: a scan's, set anywhere, inside a column's paragraph too). */
export function isStrokeSpecks(spaced: string): boolean {
  return spaced.length <= 40 && STROKE_SPECKS.test(spaced.trim())
}
const SPECKS_BY_PAGE_NUMBER = /^[\s\u3000]*(?:(?:[·`´′']|['`´′‘’·.,，、。:;]+(?:[\s\u3000]+['`´′‘’·.,，、。:;]+)+)[\s\u3000]+[0-9]{1,3}|[0-9]{1,3}[\s\u3000]+(?:[·`´′']|['`´′‘’·.,，、。:;]+(?:[\s\u3000]+['`´′‘’·.,，、。:;]+)+))[\s\u3000]*$/

/** A page's or a supplement's sponsors, two or three, each named with its role after it: 某某日报社 编　某某市委组织部 协办. */
const SPONSORS = /^[\u4e00-\u9fff（）()]{2,16}[ \u3000]*(?:编|主办|协办|承办|联办|合办|编印|出品)(?:[ \u3000]+[\u4e00-\u9fff（）()]{2,16}[ \u3000]*(?:编|主办|协办|承办|联办|合办|编印|出品)){1,2}$/

/**
 * A page's running head, its number and its section's name (14　城市党建, 综合新闻　5), set by a continuation marker that
 * names that page (（下转第14版） / 14　城市党建 / （上接第13版）): the page the text goes on to begins there. The marker
 * tells the page; no headline is a number and a name.
 */
function markRunningHeadsByMarkers(all: Block[]): void {
  for (let i = 0; i < all.length; i++) {
    if (all[i].kind === 'furniture' || all[i].kind === 'marker' || all[i].value.length > 20) continue
    const head = NUMBERED_SECTION.exec(all[i].value.trim())
    if (!head) continue
    const page = String(Number(head[1] ?? head[2]))
    const named = (k: number) => {
      const b = all[k]
      if (b === undefined) return false
      const marker = b.kind === 'marker' ? b.value : b.value.slice(b.value.length - trailingMarker(b.value))
      return marker !== '' && pageNamed(marker) === page
    }
    if ([i - 2, i - 1, i + 1, i + 2].some(named)) all[i].kind = 'furniture'
  }
}
/** A page's number and its section's name, either way round: 14　城市党建, 综合新闻　5. */
const NUMBERED_SECTION = /^(?:([0-9]{1,3})[ \u3000]+[\u4e00-\u9fff·・]{2,8}|[\u4e00-\u9fff·・]{2,8}[ \u3000]+([0-9]{1,3}))$/

/**
 * A step of the page's review chain and the name of who passed it: 一审：某某, 二审：陈　某 (a court's instance over its
 * ruling, 一审：驳回原告诉讼请求, names no one).
 */
const REVIEW_CHAIN = /^(?:一审|初审|复审)\s*[:：]\s*[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}$/

/**
 * A row of the page's credits that runs up its review chain: each field a role and who filled it (撰稿：某某, 供稿：某学院,
 * 文：某某 某某, 图：某某), one a step of review, 初审 终审 审核 审校 签发, named by a person (撰稿：孙　某　　初审：王　某　　终审：刘某;
 * （供稿：某学院　文：某某　编辑：某某　审核：某某）): the site's publishing chain, not the article's byline (a reporter's row,
 * 记者：… 摄像：…, names no reviewer).
 */
const CREDIT_NAME = '[\\u4e00-\\u9fff](?:[ \\u3000]?[\\u4e00-\\u9fff]){1,7}'
const CREDIT_FIELD = `[\\u4e00-\\u9fff]{1,4}(?:[/／][\\u4e00-\\u9fff]{1,2})?\\s*[:：]\\s*${CREDIT_NAME}(?:[ 、]${CREDIT_NAME})*`
const CREDITS_ROW = new RegExp(`^[（(]?\\s*${CREDIT_FIELD}(?:(?:[ \\u3000]+|\\s*[|｜丨]\\s*)${CREDIT_FIELD})+\\s*[）)]?$`)
const REVIEWER_FIELD = /(?:^|[\s\u3000|｜丨（(])(?:审核|审校|审稿|审读|审签|初审|复审|终审|签发)\s*[:：]\s*[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}(?=$|[\s\u3000|｜丨）)])/
const isCreditsRowWithReview = (line: string) => REVIEWER_FIELD.test(line) && CREDITS_ROW.test(line)

/**
 * A fold's button, in any of its phrasings: the verb that unfolds (展开, 阅读, 查看…, maybe after 点击) and what it
 * unfolds (全文, 剩余68%, 余下全文, 完整内容), or the share left unread (剩余65%未读): the page's, however dressed
 * (点击展开全文 ∨, 展开剩余68%, 继续阅读全文 >).
 */
const FOLD_BUTTON = /^(?:点击|点此|继续)?(?:展开|阅读|查看|浏览|显示)(?:阅读)?(?:全文|全部(?:内容|正文)?|剩余(?:全文|内容|部分)?(?:\s*[0-9]{1,3}(?:\.[0-9])?\s*[%％])?|余下(?:全文|内容|部分)|完整(?:内容|文章|全文))\s*[>＞》]{0,2}$|^(?:剩余|还剩|余下)\s*[0-9]{1,3}(?:\.[0-9])?\s*[%％]\s*(?:未读|内容)?(?:[，,]?\s*(?:点击)?(?:展开|继续阅读|查看全文))?\s*[>＞》]{0,2}$/

/** A pager's angle brackets, alone between spaces or at the line's ends (< 上一版　下一版 >, « 上一页 »). */
const PAGER_ANGLES = /(?:^|(?<=[ \u3000]))[<>＜＞«»‹›]{1,2}(?=[ \u3000]|$)/g

/** Arrows, stars and pictographs a web page dresses its buttons and links in. */
const DRESSING_OPENING = '[\\s▼▽▲△►▶◀◆◇●○■□★☆♦→←↓↑∨∧⌄﹀︿✅✨\\p{Extended_Pictographic}\\u{1F3FB}-\\u{1F3FF}\\uFE0F]'
const DRESSING_CLOSING = '[\\s▼▽▲△►▶◀◆◇●○■□★☆♦→←↓↑∨∧⌄﹀︿✅✨\\p{Extended_Pictographic}\\uFE0F]'
const DRESSING = new RegExp(`^${DRESSING_OPENING}+|${DRESSING_CLOSING}+$`, 'gu')
const DRESSED_START = new RegExp(`^${DRESSING_OPENING}`, 'u')
const DRESSED_END = new RegExp(`${DRESSING_CLOSING}$`, 'u')

/**
 * Whether DRESSING takes anything off the text: only when its first or its last character is dressing,
 * which most lines' are not (and they are not scanned for it then).
 */
function isDressed(text: string): boolean {
  // (a character is one or two code units: the first two and the last two hold the first and the last)
  return DRESSED_START.test(text.slice(0, 2)) || DRESSED_END.test(text.slice(-2))
}

/** How many pages the issue has, in its header: 今日8版, 本期共16版, 共8版. */
const ISSUE_PAGES = /^(?:(?:今日|本期|本报今日)\s*共?|共)\s*[0-9０-９一二三四五六七八九十]{1,3}\s*个?版$/

/**
 * The page's staff named without a colon: 责任编辑 王芳, 编辑　王芳, and so set with letter spacing
 * (编 辑　王 芳): the role and the name apart, each maybe spaced out.
 */
const spacedOut = (word: string) => [...word].join('[ \\t\\u00a0]?')
const STAFF_NAME = new RegExp(
  `^(?:${['责任编辑', '本版编辑', '美术编辑', '编辑', '美编', '责编', '校对', '责校', '组版', '版式'].map(spacedOut).join('|')})[\\s\\u3000]+[\\u4e00-\\u9fff](?:[ \\t\\u00a0]?[\\u4e00-\\u9fff]){1,2}$`,
)

/** The page's staff in brackets, named without colons: （本版编辑 陈静 审核 周涛）, a name maybe padded (（责任编辑 赵 雪）). */
const STAFF_IN_BRACKETS = /^[（(]\s*(?:(?:本版|责任)?(?:编辑|审核|校对|责编|美编|终审|审校|监制|值班编辑|版式|版式设计|组版|美术编辑)\s*[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2}\s*)+[）)]$/

/**
 * What a browser prints over and under each page of a web page saved as PDF: the date and time, then
 * far off the page's title (2026/5/14 15:12          某某新闻_某某网); the address, then far off the
 * sheet's number of the sheets (https://www.example.com/a/1.html          1/2).
 */
const PRINT_HEADER = /^(?:[0-9]{4}\/[0-9]{1,2}\/[0-9]{1,2}|[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{2,4},?)[ \t]+(?:上午|下午)?[0-9]{1,2}:[0-9]{2}(?:[ \t]*(?:AM|PM|上午|下午))?(?:[ \t\u3000]{2,}|\t)\S/i
const PRINT_FOOTER = /^(?:https?|file):\/\/\S+(?:[ \t\u3000]{2,}|\t)[0-9]{1,3}\/[0-9]{1,3}$/i
/** A reference link's definition on a line of its own: its label, and a target with no space in it (an address, a path, #…). */
export const LINK_DEFINITION = /^ {0,3}\[([^[\]\n]{1,40})\]:[ \t]*<?(?:[a-z][a-z0-9+.-]{1,12}:|\/|#|\.{1,2}\/)[^\s<>]{0,500}>?(?:[ \t]+(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|\([^()\n]{0,200}\)))?[ \t\r]*$/i
/** The same header printed with the date alone (2017/8/23　　　　某某新闻-某某网): read as one only by its footer. */
const PRINT_HEADER_DATE_ONLY = /^(?:[0-9]{4}\/[0-9]{1,2}\/[0-9]{1,2}|[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{2,4},?)(?:[ \t\u3000]{2,}|\t)\S/

/**
 * A site's statement on the rights in what it carries, however long its sentences on errors and
 * contacts run after it: 声明：此文版权归原作者所有，若有来源错误或者侵犯您的合法权益，…邮箱地址：….
 */
const RIGHTS_STATEMENT = /^[【[（(]?(?:特别声明|免责声明|版权声明|声明)[】\]）)]?\s*[:：]\s*(?:本文|此文|该文|本站|本网|本平台|本号|文章|图文|内容)[^。！？，,]{0,12}(?:版权|著作权)(?:均)?(?:归|属于)/

/** What every form of patterns.folio holds: a date's digits or 年 (in figures or Han numerals), or a page's 版. */
const FOLIO_CHARACTER = /[0-9年版]/

const hasColon = (text: string) => text.includes('：') || text.includes(':')

/** Page furniture by its own shape: 来源/编辑 lines, 热门跟贴, a folio, a web dateline, a page number. */
export function isFurnitureLine(spaced: string): boolean {
  // (asked of each line by segment, strip and each classify pass: a page asks it of a text about
  // three times in two)
  return furnitureLine.get(spaced, readFurnitureLine)
}

/** A gap this wide sets a row's widgets apart (字号：大 中 小        分享到：微信  微博). */
const WIDGET_GAP = /[ \u3000]{4,}|\t+/
/**
 * A row of the page's widgets set apart by wide gaps, each furniture on its own (字号：大 中 小        分享到：微信  微博):
 * the row is furniture too, though no rule reads the two together.
 */
function isFurnitureRow(spaced: string): boolean {
  if (spaced.length > 120 || !WIDGET_GAP.test(spaced)) return false
  const parts = spaced.trim().split(WIDGET_GAP)
  return parts.length >= 2 && parts.every(isFurnitureLine)
}

/**
 * A public account's badge of an original post, the author and the account after it, set apart by spaces, no
 * mark among them (原创 某某 某某发布): the platform's line, as the dateline it opens is when the date follows on it.
 */
const ACCOUNT_BADGE = /^原创(?:[ \u3000]+[\p{Script=Han}A-Za-z0-9·]{2,16}){1,3}$/u

const furnitureLine = new BoundedMemo<string, boolean>()

function readFurnitureLine(spaced: string): boolean {
  // (read without letter spacing, 新 闻 速 递, wherever it is asked; the staff named apart from their
  // roles are read as set)
  if (STAFF_NAME.test(spaced.trim()) || STAFF_IN_BRACKETS.test(spaced.trim())) return true
  if (PRINT_HEADER.test(spaced.trim()) || PRINT_FOOTER.test(spaced.trim())) return true
  // (a Markdown export's reference link definitions, under the text: [3]: https://…)
  if (spaced.includes(']:') && LINK_DEFINITION.test(spaced)) return true
  // (only a line short enough to be furniture is read with narrow letters: a paragraph is not copied)
  const text = withoutLetterSpacing(spaced.length <= 120 ? withNarrowAlnum(spaced) : spaced)
  if (isFolioFields(text) || SECTION_PAGE.test(text.trim()) || ISSUE_PAGES.test(text.trim()) || RUNNING_HEAD.test(text.trim())) return true
  // (an imprint runs long: address, postcode, telephones, price; so do a dateline's fields and a
  // breadcrumb trail)
  // (each behind a cheap test of what it needs: the imprint's fields their colons, an account's dateline
  // 原创 or 发表于; both patterns look ahead through the whole line)
  if (text.length <= 120 && ((hasColon(text) && patterns.imprint.test(text)) || (TRAIL_MARK.test(text) && patterns.breadcrumb.test(text)) || patterns.webDateline.test(text) || ((text.startsWith('原创') || text.includes('发表于') || text.includes('发布于')) && patterns.accountDateline.test(text)))) return true
  // (and the account's badge over its dateline, the date on the line under it: 原创 某某 某某发布 / 2022-12-09 08:30 发表于某地)
  if (text.length <= 60 && text.startsWith('原创') && ACCOUNT_BADGE.test(text.trim())) return true
  if (text.length <= 100 && patterns.siteFooter.test(text)) return true
  if (text.length <= 80 && patterns.siteNotice.test(text)) return true
  if (text.length <= 160 && RIGHTS_STATEMENT.test(text)) return true
  // (the staff and the paper's telephones share a line that may run past 40: 新闻热线：… 邮箱：…)
  if (text.length <= 64 && patterns.furniture.test(text) && !/[。！？]/.test(text)) return true
  // (a site's navigation bar runs long: 首页 | 新闻 | 政务 | 文旅 | … | English)
  if (text.length <= 100 && isSiteLinks(text)) return true
  if (text.length <= 120 && patterns.latinIssueHead.test(text)) return true
  if (text.length <= 240 && isWebChrome(text.trim())) return true
  // (a masthead's registration fields and its lunar date, each alone on a line)
  if (text.length <= 80 && (text.includes('CN') || text.includes('邮发代号')) && REGISTRATION_LINE.test(text.trim())) return true
  if (text.length <= 80 && isNamedMasthead(text.trim())) return true
  // (the paper's imprint at its foot, who publishes it, maybe said in the script of its other edition
  // too: 某某日报社出版, 모모일보사 발행  某某日报社出版)
  if (text.length <= 60 && text.includes('出版') && isPublisherImprint(text.trim())) return true
  // (specks beside the page's number, however wide the gap between them)
  if (text.length <= 80 && SPECKS_BY_PAGE_NUMBER.test(text)) return true
  // (a row of credits up to its reviewer, whoever wrote: 撰稿：… 初审：… 终审：…)
  if (text.length <= 80 && (text.includes('审') || text.includes('签发')) && isCreditsRowWithReview(text.trim())) return true
  // (a row of widgets each furniture on its own, read part by part)
  if (isFurnitureRow(spaced)) return true
  if (text.length > 40) return false
  if (text.length <= 18 && text.includes('年') && LUNAR_DATE_ALONE.test(text.trim())) return true
  // (the issue's number counted from the paper's first, alone under the masthead: （总第三一二期）)
  if (text.length <= 16 && text.includes('总第') && ISSUE_FIELD.test(text.trim())) return true
  if (patterns.furniture.test(text) || patterns.furnitureWhole.test(text) || patterns.followUs.test(text) || patterns.endMark.test(text) || patterns.latinMasthead.test(text) || patterns.pager.test(text)) return true
  if (REVIEW_CHAIN.test(text.trim())) return true
  // (the page's sponsors, each with its role: 某某日报社 编　某某市委组织部 协办)
  if (SPONSORS.test(text.trim())) return true
  // (dressed in arrows, stars or an emoji: ▼往期精彩回顾▼, 👇点击阅读原文)
  const bare = isDressed(text) ? text.replace(DRESSING, '') : text
  if (bare !== text && bare.length > 0 && (patterns.furnitureWhole.test(bare) || patterns.followUs.test(bare))) return true
  // (a row of buttons with a pager's angle brackets pointing back and on, set apart by spaces: < 上一版　下一版 >　返回目录)
  const unangled = text.replace(PAGER_ANGLES, ' ')
  if (unangled !== text && patterns.furnitureWhole.test(unangled.trim())) return true
  if (bare.length <= 24 && FOLD_BUTTON.test(bare.trim())) return true
  // (a line of nothing but arrows, stars or emoji: 👇👇👇)
  if (bare.length === 0 && /\p{Extended_Pictographic}|[▼▽↓]/u.test(text)) return true
  if (patterns.separator.test(text)) return true
  // (a line of nothing but specks the scan read as marks: ' .  ·  ` ,)
  if (text.length <= 8 && SPECKS.test(text)) return true
  if (isStrokeSpecks(spaced)) return true
  // (a folio is read without spaces, as its length is: normalise may take some out)
  // (each of its forms holds a date's digits or 年, or a page's 版, and shapeText neither takes out nor
  // adds a digit or a Han character: a line of none is neither shaped nor read)
  if (FOLIO_CHARACTER.test(text) && patterns.folio.test(shapeText(text))) return true
  // (its length read without spaces too: a printed view spaces its folio out, -- 第 1 页 共 2 页 --)
  return text.replace(/\s/g, '').length <= 12 && patterns.pageNumber.test(text)
}

/**
 * A site's greeting in its header, with the day it was looked at: 欢迎您！今天是：2021年10月12日 星期二, 今天是 2024-03-05
 * 星期二. The welcome or the weekday says it is the site's line (a sentence saying what day it is ends on its stop).
 */
const SITE_GREETING = new RegExp(
  `^(?:欢迎(?:您|光临|访问|来到)[^。！？!?\\s]{0,16}[！!，,。]?\\s*(?:今天是|今日是)\\s*[:：]?\\s*${DATE}(?:\\s*(?:星期|周)[一二三四五六日天])?|(?:今天是|今日是)\\s*[:：]?\\s*${DATE}\\s*(?:星期|周)[一二三四五六日天])$`,
)

/**
 * The chrome of pages saved from the web and from apps, by the line's own shape: a platform's fixed
 * lines, a forum post's head, a creator's dateline, a reader mode's note, a line of metadata fields
 * (作者：… 来源：… 编辑：… 发布时间：… 点击数：2147), a nav bar, a bare domain.
 */
// (each test behind a cheap one: every line of every page is asked)
export function isWebChrome(line: string): boolean {
  const { length } = line
  if (length <= 120 && (((length <= 60 || line.startsWith('GMT')) && patterns.platformChrome.test(line)) || (line.includes('发表于') && patterns.postHead.test(line)) || (CREATOR_MARK.test(line) && CREATOR_DATELINE.test(line)))) return true
  if (line.startsWith('本文') && patterns.readerNote.test(line)) return true
  // (by its opening word: a scan of a long line for its words costs more than the anchored pattern)
  if (length <= 240 && DISCLAIMER_OPENING.has(line[0]) && patterns.platformDisclaimer.test(line)) return true
  if (length <= 40 && (line.includes('于') || line.includes('来自') || line.includes('属地')) && patterns.postedAt.test(line)) return true
  if (length <= 20 && line.includes('赞同') && patterns.answerVotes.test(line)) return true
  // (a tag's word as normalise will write it, a space between two Han characters gone: #一 一 is #一一; a no-break or
  // full-width space too, which normalise makes a space first)
  if (length <= 60 && line.includes('#') && HASHTAGS.test(SPACE_IN_WORD_ANY.test(line) ? line.replace(SPACE_IN_WORD, '') : line)) return true
  if (length <= 40 && (line.includes('官方') || line.includes('创作者')) && ACCOUNT_DATELINE.test(line)) return true
  // (and the account's label on a line of its own, under its dateline or over its follow button: 某某日报官方账号 / 关注;
  // or its name with the follow button on its line, set apart by a mark or a space: 某某日报 · 关注, 某某发布 +关注)
  if (length <= 40 && line.includes('官方') && ACCOUNT_LABEL.test(line)) return true
  if (length <= 24 && line.includes('关注') && ACCOUNT_FOLLOW_ROW.test(line)) return true
  if (length <= 40 && SITE_TOOLS.test(line)) return true
  if (length <= 48 && line.includes('今') && SITE_GREETING.test(line)) return true
  if (length <= 80 && (line.includes('页') || line.includes('章') || line.includes('节') || line.includes('篇') || /next|prev/i.test(line)) && isPagerRow(line)) return true
  if (length <= 9 && SITE_TOOL.test(line)) return true
  if (length <= 40 && (line.includes('字号') || line.includes('字体')) && FONT_WIDGET.test(line)) return true
  if (length <= 100 && (line.includes('字号') || line.includes('字体') || line.includes('分享') || line.includes('目录') || line.includes('导航') || line.includes('PDF')) && isWidgetFields(line)) return true
  if (length <= 40 && (line.startsWith('打开') || line.startsWith('下载')) && OPEN_APP.test(line)) return true
  if (length <= 30 && (line.includes('时长') || line.includes('加载')) && PLAYER_STATE.test(line)) return true
  if (length <= 30 && PLAY_FROM.test(line)) return true
  if (length <= 60 && (line.includes('播放') || line.includes('全屏') || line.includes('静音') || line.includes('倍速') || line.includes('暂停')) && PLAYER_CONTROLS.test(line)) return true
  if (length >= 20 && length <= 120 && LONG_DIGITS.test(line)) return true
  if (length <= 60 && line.startsWith('制作单位') && MAKER_FOOTER.test(line)) return true
  // (a row of buttons and staff, each in its brackets: 【纠错】 【责任编辑:王某 】)
  if (length <= 60 && (line.startsWith('【') || line.startsWith('[')) && isBracketedFurniture(line)) return true
  if (length <= 32 && (line.includes('属地') || line.includes(':') || line.includes('前')) && TIME_PLACE.test(line)) return true
  if (length <= 24 && (line.includes('搜索') || line.includes('输入')) && SEARCH_BOX.test(line)) return true
  if (length <= 20 && line.includes('人参与') && PEOPLE_JOINED.test(line)) return true
  // (a serial's thanks to its readers for their votes and tips, any platform's currency: 感谢在…期间为我投出霸王票或灌溉营养液的小天使哦~,
  // 感谢某某的打赏, 感谢大家的月票和推荐票)
  if (length <= 120 && line.startsWith('感谢') && READER_VOTES_THANKS.test(line)) return true
  // (a live count of the readers doing a thing, after the widget's links: 某某技能树首页概览437411 人正在系统学习中, 2.3万人已学)
  if (length <= 40 && line.includes('人') && PEOPLE_AT_IT.test(line)) return true
  // (a reading app's progress through the book, and its chapter's end and the link on to the next alone: 阅读进度 61%,
  // 本章完, 下一章)
  if (length <= 16 && (line.includes('%') || line.includes('％') || line.includes('章')) && READING_APP_LINE.test(line)) return true
  if (length <= 160 && METADATA_START.test(line) && isMetadataFields(line)) return true
  if (length <= 16 && line.includes('字') && FONT_BUTTONS.test(line)) return true
  if (length <= 30 && (line.includes('：') || line.includes(':')) && VIEW_SETTING.test(line)) return true
  if (length <= 160 && line.includes('版') && EPAPER_PAGES.test(line)) return true
  if (length <= 80 && (line.includes('稿') || line.includes('报料') || line.includes('邮箱') || line.includes('热线')) && PAPER_CONTACT.test(line)) return true
  if (length <= 60 && COUNTER_OR_FONT_BUTTON.test(line) && isGappedChromeRow(line)) return true
  if (length <= 20 && (line.includes('于') || line.includes('属地')) && PLACE_POSTED.test(line)) return true
  if (length <= 40 && (line.includes('(') || line.includes('（')) && COUNTS_IN_BRACKETS.test(line)) return true
  if (length <= 40 && (line.includes('APP') || line.includes('App') || line.includes('app') || line.includes('客户端')) && APP_PROMO.test(line)) return true
  if (length <= 240 && line.includes('提供') && isPlatformStatement(line)) return true
  if (length <= 160 && MAILING_WORD.test(line) && isMailingNotice(line)) return true
  if (length <= 100 && (line.includes('.') || line.includes('附件') || line.includes('相册') || line.includes('原图') || line.includes('上传')) && isAttachmentChrome(line)) return true
  // (a menu's items set apart by wide gaps run longer than its words: counted without its spaces)
  return (length <= 60 || line.replace(/[\s\u3000]+/g, '').length <= 60) && isMenuLine(line) || (length <= 60 && line.includes('.') && patterns.bareDomain.test(line))
}

/**
 * A font-size widget's buttons saved a line each or on one line, by any wording of its sizes (大字体 / 小字体,
 * 放大字体 / 缩小字体, 字号+, 标准字号, A+ 字号, 字号：A+ A-): template words, never a line of text.
 */
const FONT_BUTTON = '(?:A[+＋\\-－]|[大中小]字[体号]|(?:放大|缩小|标准|默认|增大|减小)字[体号]|字[体号](?:放大|缩小|[大中小]|[+＋\\-－])?)'
// (the widget's name may be set with a colon before its buttons: 字号：A+ A-)
const FONT_BUTTONS = new RegExp(`^(?:${FONT_BUTTON}[:：]?[\\s\\u3000|｜/／]*){1,4}$`)
/**
 * The paper's own address for its readers' copy or tips, alone on its line, named as the page's or the column's (本版投稿邮箱：…,
 * 某某周刊投稿邮箱：…, 本版邮箱：…) or as the paper's tip line (新闻热线：96128): the page's, never an article's (a notice's own
 * contact names its office, 咨询电话：…).
 */
// (a call for texts gives its own address to submit to, bare, with its deadline: 投稿邮箱：… / 截稿日期：…, its notice's)
const PAPER_CONTACT = /^(?:(?:本版|本刊|本报|[\u4e00-\u9fff]{2,6}(?:周刊|版|专刊|副刊))(?:投稿邮箱|投稿信箱|投稿地址|来稿邮箱|邮箱)|(?:本报|本刊)?(?:报料热线|报料电话|新闻热线|读者热线))\s*[:：]\s*[A-Za-z0-9@._\-×（）()\u4e00-\u9fff]{3,60}$/
/** An e-paper's list of the issue's pages under its label: 版面导航：第1版 要闻 | 第2版 要闻 | 第3版 综合. */
const EPAPER_PAGES = /^(?:版面导航|版面目录|版面概览|本期版面)\s*[:：]\s*(?:第\s*[0-9A-Z]{1,3}\s*版[^|｜\n]{0,10}(?:[|｜]\s*|$)){2,}$/
/**
 * A reader's setting and its choices, each a letter, a size or a colour's swatch (字号：A- A A+, 背景色：□ □ □, 字体：大 中
 * 小): choices no word of text is made of.
 */
const VIEW_SETTING = /^[\u4e00-\u9fff]{1,5}\s*[:：]\s*(?:(?:A[+＋\-－]?|[□■▢◻◼○●◯]|[大中小])(?:[ \u3000]+|$)){2,}$/
/** Where a post was published, named without its time (发布于：湖北省, 发表于 广东, IP属地 浙江): a place alone after the platform's word. */
const PLACE_POSTED = /^(?:发布于|发表于|IP\s*属地)\s*[:：]?\s*[\u4e00-\u9fff]{2,10}$/
/** A platform's counters in brackets, one or several on a line: 阅读 (2846), 点赞（12）, 评论(3) 收藏(1). */
export const COUNTS_IN_BRACKETS = new RegExp(`^(?:${COUNT_WORD}\\s*[（(]\\s*[0-9]+(?:\\.[0-9]+)?\\s*[万千wWkK]?\\+?\\s*[）)][\\s\\u3000|｜]*)+$`)
/**
 * A prompt to get a site's app, in any wording: it names the app last, with nothing after it (更多精彩资讯请在应用市场下载某某客户端,
 * 海量资讯、精准解读，尽在某某APP, 安装某某App 看更多). A sentence of text ends with its mark.
 */
// (what the app gives after a comma, and the bar's button after a gap: 打开某某APP，阅读体验更佳　　打开)
const APP_PROMO = /^[^。！？!?]{0,24}(?:下载|打开|安装|尽在|请在|前往|扫码|登录)[^。！？!?]{0,20}(?:客户端|APP|App|app)(?:[，,][ \u3000]*[^。！？!?，,\s]{2,12})?(?:[ \u3000]+(?:打开|立即打开|下载|立即下载|去看看))?$/
/**
 * A platform's statement that it only stores or publishes what its users upload (平台声明：该文观点仅代表作者本人，某某号系信息发布平台，
 * 某某仅提供信息存储空间服务。), in any wording: a line of three sentences at most, one saying the platform only provides
 * storage or publishing, each about the text's author, views or the platform.
 */
const PLATFORM_ONLY = /(?:仅|只)(?:提供|为)(?:信息)?(?:存储空间|存储|发布)(?:服务|平台)?/
const STATEMENT_CLAUSE = /观点|立场|作者|用户|平台|上传|发布|存储|声明|本文|该文|文章|内容/
function isPlatformStatement(line: string): boolean {
  if (!PLATFORM_ONLY.test(line)) return false
  const sentences = line.split(/(?<=[。！？!?])/).map((s) => s.trim()).filter((s) => s.length > 0)
  return sentences.length <= 3 && sentences.every((s) => s.split(/[，,；;]/).every((clause) => clause.trim().length === 0 || STATEMENT_CLAUSE.test(clause)))
}
/**
 * A picture attached to a post, as a forum sets it into the text: the file's name and size, the buttons under it, the
 * time it was uploaded (IMG_0012.jpg (186.42 KB, 下载次数: 12) / 下载附件  保存到相册 / 2020-9-3 08:40 上传): never text.
 */
const ATTACHMENT_BUTTON = '(?:下载附件|附件下载|保存到相册|查看原图|点击查看原图|设为封面|插入到帖子)'
const ATTACHMENT_BUTTONS = new RegExp(`^${ATTACHMENT_BUTTON}(?:[\\s\\u3000|｜]+${ATTACHMENT_BUTTON})*$`)
const UPLOAD_STAMP = new RegExp(`^${DATE}${WEB_TIME}\\s*上传$`)
function isAttachmentChrome(line: string): boolean {
  return ATTACHMENT_LINE.test(line) || ATTACHMENT_BUTTONS.test(line) || UPLOAD_STAMP.test(line)
}

/**
 * What a mailing list says of its own mail, in any wording (如果邮件内容无法正常显示，请点击这里查看网页版。, 本邮件由系统自动发送，请勿直接
 * 回复。, 如不希望再收到，请点击此处退订。): a line of three sentences at most, each about the mail, its display, its
 * address or its subscription, one at least in words only a mailing list says.
 */
const MAILING_WORD = /无法正常显示|不能正常显示|显示不正常|查看网页版|加入[^。，,]{0,8}(?:通讯录|白名单|联系人)|自动发[送出]|请勿(?:直接)?回复|不要直接回复|退订|取消订阅/
const MAILING_CLAUSE = /邮件|邮箱|网页版|通讯录|白名单|订阅|退订/
function isMailingNotice(line: string): boolean {
  const sentences = line.split(/(?<=[。！？!?])/).map((s) => s.trim()).filter((s) => s.length > 0)
  return sentences.length <= 3 && sentences.every((s) => MAILING_CLAUSE.test(s))
}
/** A space between two Han characters, which normalise removes. */
const SPACE_IN_WORD = /(?<=\p{Script=Han})[ \u00a0\u3000]+(?=\p{Script=Han})/gu
const SPACE_IN_WORD_ANY = /[ \u00a0\u3000]/
/** A platform's topic tags on a line of their own: #绍兴, #大理旅游 #小众旅行地 (no text, each tag a word). */
export const HASHTAGS = /^(?:#[^#\s，。！？]{1,16}#?[\s\u3000]*)+$/
/** A platform's label of an account, its name and no more: 某某日报官方账号. */
const ACCOUNT_LABEL = /^[\u4e00-\u9fffA-Za-z0-9]{1,24}官方(?:账号|帐号)$/
/** An account's name and its follow button on one line, a mark or a space between: 某某日报 · 关注, 某某发布 +关注. */
const ACCOUNT_FOLLOW_ROW = /^[\u4e00-\u9fffA-Za-z0-9_]{2,16}(?:\s*[·・•|｜]\s*|\s+)[+＋]?\s*关注$/
/** An account's dateline on a self-media page, its description glued to the time: 2025-02-18 10:23江苏某某晚报官方账号. */
const ACCOUNT_DATELINE = new RegExp(`^${DATE}(?:${WEB_TIME})?\\s*[\\u4e00-\\u9fffA-Za-z0-9]{0,20}(?:官方账号|官方帐号|创作者)$`)
/** Where a platform says a post came from: a province or region, or a country (a line of text may name another word there: 2025-06-01 09:00 报到). */
const POST_PLACE = '(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|中国|海外|美国|日本|韩国|英国|法国|德国|加拿大|澳大利亚|新加坡|马来西亚|未知)'
/**
 * When a post or a comment was written and where from, as platforms print it (2025-02-16 22:41:08 浙江,
 * 3天前·山西, 02-17 09:12 北京, IP属地：山西): a time to the minute and a province, never a line of text.
 */
export const TIME_PLACE = new RegExp(`^(?:(?:${DATE}|\\d{1,2}-\\d{1,2})${WEB_TIME}|${AGE})\\s*[·・•]?\\s*(?:IP\\s*属地\\s*[:：]?\\s*)?${POST_PLACE}$|^IP\\s*属地\\s*[:：]?\\s*[\\u4e00-\\u9fff]{2,8}$`)
/** A commenter's place alone on its line, as a platform sets a comment's head a field a line: 福建, 福建 泉州. */
export const PLACE_ALONE = new RegExp(`^${POST_PLACE}(?:[ \\u3000]+[\\u4e00-\\u9fff]{2,4})?$`)
/** The first characters a platform's disclaimer opens with (特别声明, 本文, 以上内容, 该文, 文章, Notice, 版权, 著作权). */
export const DISCLAIMER_OPENING = new Set('特本以该文N版著')
/** A site's search box saved with its placeholder: 搜索：书名、作者、ISBN, 搜索你感兴趣的内容; a placeholder asking for the words
 * to look up, its button after it (请输入关键词 搜索, 输入关键字检索, 请输入搜索内容 查询). */
const SEARCH_BOX = /^搜索\s*[:：]|^搜索(?:你|您)?(?:感兴趣|想看)的\S{0,6}$|^请?输入(?:关键[词字]|搜索(?:内容|词)|检索词|标题)\S{0,4}\s*(?:搜索|检索|查询|搜\s*索|Search|GO|Go)?$/
/** A comment box's counter: 说两句 0 人参与, 1234人参与. */
/** A serial's thanks for readers' votes and tips: 感谢… 霸王票 / 营养液 / 月票 / 推荐票 / 打赏 / 投喂 …, no sentence after it. */
const READER_VOTES_THANKS = /^感谢[^。！？!?]{0,80}(?:霸王票|营养液|月票|推荐票|打赏|投喂|催更票|评价票|金票|银票)[^。！？!?]{0,30}[。！!~～哦呀啦]*$/
/** A widget's live count of readers at a thing, closing its line: …437411 人正在系统学习中, 1.2万人正在看, 3562人已学习. */
// (or what a reading platform counts its readers by, with no verb of time before it: 327人划线, 1.2万人读过, 56人想读)
// (the count alone on its line: a headline counts people at a thing after its subject, 全市3.2万人打卡)
const PEOPLE_AT_IT = /^[^，,。！？!?]{0,24}?[0-9]+(?:\.[0-9]+)?\s*万?\s*人\s*(?:正在|已经|已|在)[\u4e00-\u9fff]{1,8}$|^[0-9]+(?:\.[0-9]+)?\s*万?\s*人\s*(?:划线|读过|在读|想读|读完|看过|想看|收藏|点赞|推荐|评分|评价)$/
/** A reading app's progress (阅读进度 61%, 已读 12.5%) or its chapter's end or link alone (本章完, （本章完）, 下一章, 上一章). */
const READING_APP_LINE = /^(?:(?:阅读进度|已读|读到|进度)\s*[:：]?\s*[0-9]{1,3}(?:\.[0-9]{1,2})?\s*[%％]|[（(【]?本章(?:完|结束)[）)】]?|[上下]一章)$/
const PEOPLE_JOINED = /^[\u4e00-\u9fff]{0,4}\s*[0-9]+\s*人参与$/
/** A site's accessibility tools, by its masthead: 无障碍, 长者模式, 关怀版. */
const ACCESSIBILITY_TOOL = '无障碍浏览|无障碍阅读|无障碍|长者模式|关怀模式|关怀版|适老模式|适老化|读屏'
/** A government site's links by its footer, the same on every such site: 政府网站找错, 我为政府网站找错, 适老化无障碍服务. */
const SITE_SERVICE_LINK = '(?:我为)?政府网站找错|网站纠错|适老化无障碍服务|无障碍服务'
/** A site's tools by its masthead: 无障碍浏览 长者模式 English (two or more, nothing else; a language or version switch among them). */
const SITE_TOOLS = new RegExp(`^(?:(?:${SITE_SERVICE_LINK}|${ACCESSIBILITY_TOOL}|English|繁體|繁体|简体|手机版|移动版)[\\s\\u3000|｜]*){2,}$`)

/**
 * A font-size widget, its sizes in any order and brackets, maybe with the page's other controls
 * (字体： 小 中 大, 字号：[ 大 中 小 ] 视力保护色：, 【字体：大 中 小】): never a line of text.
 */
// (a word of the page's may stand before it, and the widget's name be 字体大小: 正文 字体大小：大 中 小)
const FONT_WIDGET = /^(?:[\u4e00-\u9fff]{1,4}[ \u3000]+)?[【\[]?\s*(?:字体|字号)(?:大小)?\s*[:：]?\s*(?:[【\[（(]?\s*[大中小]\s*[】\]）)]?\s*){2,3}(?:(?:视力保护色|护眼模式|护眼色|背景色|打印|关闭|分享)\s*[:：]?\s*)*[】\]]?$/
/** An app's prompt to open it for more (打开某某新闻，查看更多高清图片, 打开某某APP 阅读更多精彩资讯). */
// (the whole text or more of it, a link's chevron after it: 打开某某新闻，看完整内容, 打开某某，看更多高清图片 >)
const OPEN_APP = /^(?:打开|下载)\S{1,12}?[，,\s]*(?:查看|阅读|看|浏览|体验)(?:更多|完整)?(?:精彩|高清)?(?:的)?(?:图片|大图|视频|全文|内容|资讯|新闻)(?:\s*[>＞›»])?$/
/** A video player's states: its length, 时长 02:47; a failure to load, 视频加载失败，请刷新重试. */
const PLAYER_STATE = new RegExp(`^时长\\s*[:：]?\\s*${CLOCK}$|^(?:视频|图片|内容|页面)?加载失败[，,]?\\s*(?:请)?(?:刷新|重试|稍后)\\S{0,8}$`)
/**
 * A player's button to play from a moment, set between a transcript's paragraphs at the time it names, maybe its
 * pictograph after it (▶ 从 12:05 开始收听 🎧, ▶ 继续播放 03:10): a widget, whatever words it cuts.
 */
const PLAY_FROM = new RegExp(`^[▶►▷⏵⏯]\\uFE0F?\\s*(?:(?:从|自)?\\s*${CLOCK}\\s*(?:起|处)?\\s*(?:开始|继续)?(?:收听|播放|观看|收看)|(?:开始|继续)?(?:收听|播放|观看|收看)\\s*${CLOCK})[\\s\\u3000]*(?:\\p{So}\\uFE0F?)?$`, 'u')
/**
 * A video player's control bar saved as a line, its buttons' labels apart (播放　静音　标清　全屏, 暂停 | 倍速 | 1.5x | 画中画):
 * each a control of play, sound, size, speed or quality, one at least a control of play, sound or size.
 */
const PLAYER_CONTROL = '(?:播放|暂停|重播|继续播放|静音|取消静音|音量|全屏|退出全屏|网页全屏|小窗(?:播放)?|画中画|倍速|[0-9](?:\\.[0-9]{1,2})?\\s*[xX×倍]|标清|高清|超清|蓝光|流畅|原画|自动|清晰度|弹幕|字幕|设置|下一个|下一集|[0-9]{3,4}[pP])'
const PLAYER_CONTROLS = new RegExp(`^(?=.*(?:播放|暂停|静音|音量|全屏|倍速|画中画))${PLAYER_CONTROL}(?:[\\s\\u3000|｜/／]+${PLAYER_CONTROL})+$`)
/** A tracking or statistics code saved as a line: twenty digits or more, nothing else. */
const LONG_DIGITS = /^[0-9]+$/
/** A site's maker and its rights in the footer: 制作单位：某某网股份有限公司 版权所有 某某网股份有限公司. */
const MAKER_FOOTER = /^制作单位\s*[:：]\s*\S.{0,40}(?:版权所有|有限公司|网站)/

/** A line of two items or more, each in its brackets and each furniture: 【纠错】 【责任编辑:王某 】, 【打印】【关闭】. */
function isBracketedFurniture(line: string): boolean {
  const items = line.split(/(?<=[】\]])\s*/).filter((item) => item.length > 0)
  return items.length >= 2 && items.every((item) => /^[【\[].*[】\]]$/.test(item) && isFurnitureLine(item))
}

/**
 * One of a site's accessibility tools alone on its line, as a masthead saved a link a line sets it (无障碍 / 长者模式);
 * a language switch alone (English, 简体) is not taken: a bilingual page may print the word on a line.
 */
const SITE_TOOL = new RegExp(`^(?:${SITE_SERVICE_LINK}|${ACCESSIBILITY_TOOL})$`)

/**
 * A line of a page's widgets set apart by wide gaps or bars, each a widget's line of its own (字号：A+ A-    分享到：微信
 * 微博 QQ空间, 【字体：大 中 小】  打印  关闭): the page's chrome as each part alone is, however many.
 */
function isWidgetFields(line: string): boolean {
  // (a button in its brackets is a part of its own, whatever gap follows it: 【返回目录】　上一篇：…)
  const parts = line.split(/[ \u3000]{2,}|\s*[|｜]\s*|(?<=[】\]])[ \u3000]+/).map((p) => p.trim()).filter((p) => p.length > 0)
  return parts.length >= 2 && parts.every((p) => isWebChrome(p) || isFurnitureLine(p) || (p.length <= 60 && PREV_NEXT_LINK.test(p)))
}
/** A counter in brackets or a font button, one of which a gapped row of buttons holds: 评论(36), A+, A-. */
const COUNTER_OR_FONT_BUTTON = /A[+＋\-－]|[（(]\s*[0-9]+\s*[）)]/
/**
 * A row of a page's buttons set apart by wide gaps, its counters and font buttons among them (评论(36)  A-  A+  手机看,
 * 点赞(12)  收藏(3)  A+  A-  纠错): two parts at least the page's chrome, each other part one bare word of a few
 * characters, a button's label (a line of text has a sentence or a name's role, and no counter or font button);
 * or, its parts too few to be set apart so, a bar of buttons set one space apart (see isSpacedButtonBar).
 */
function isGappedChromeRow(line: string): boolean {
  const parts = line.split(/[ \u3000]{2,}|\s*[|｜]\s*/).map((p) => p.trim()).filter((p) => p.length > 0)
  if (parts.length < 3) return isSpacedButtonBar(line)
  const chrome = parts.filter((p) => isWebChrome(p) || isFurnitureLine(p)).length
  return chrome >= 2 && chrome * 3 >= parts.length * 2 && parts.every((p) => BUTTON_LABEL.test(p) || isWebChrome(p) || isFurnitureLine(p))
}
/** A counter of a bar's buttons: its word and its figure in brackets (下载次数（12）, 被引（3）). */
const BAR_COUNTER = /^[\u4e00-\u9fff]{2,6}\s*[（(]\s*[0-9]+\s*[）)]$/
/** A bar's button for a file's format: the format's letters and the action (CAJ下载, PDF阅读, EPUB下载). */
const FORMAT_BUTTON = /^[A-Z]{2,5}[\u4e00-\u9fff]{1,3}$/
/**
 * A database's or an archive's bar of buttons set one space apart, a counter among them (CAJ下载　PDF下载　在线阅读
 * 手机阅读　下载次数（12）　收藏　分享): every part a button's label, a format's button or a counter, two at least the page's chrome.
 */
function isSpacedButtonBar(line: string): boolean {
  const parts = line.split(/[\s\u3000]+/).filter((p) => p.length > 0)
  if (parts.length < 4 || !parts.some((p) => BAR_COUNTER.test(p))) return false
  const chrome = parts.filter((p) => isWebChrome(p) || isFurnitureLine(p)).length
  return chrome >= 2 && parts.every((p) => BUTTON_LABEL.test(p) || FORMAT_BUTTON.test(p) || BAR_COUNTER.test(p) || isWebChrome(p) || isFurnitureLine(p))
}
/** A link to the post or article before or after: 上一篇：…, 下一篇：…, 前一篇：…, 上一条：… (alone, or on a row of the page's buttons: 【返回目录】　上一篇：…). */
// (or a reader's to the chapter before or after, named after a space: 下一章 第四章 回来的人)
export const PREV_NEXT_LINK = /^(?:上一篇|下一篇|前一篇|后一篇|上一条|下一条|上篇|下篇|上一章|下一章)\s*[:：]|^(?:上一章|下一章)[ \u3000]+\S/

/**
 * A row of a pager, in any wording and order: its tokens only page numbers, gaps (…), arrows and chevrons (<< › »), and
 * a pager's words (上一页, 下一页, 首页, 尾页, 共2页, 第1页, 1/3, Prev, Next; 上一篇, 下一篇 of a paper's articles), one such
 * word at least (共2页　1　2　下一页 >>, <‹ 上一页　1　2　共2页, « 上一页 [1] [2] 下一页 », 第1页/共3页, 上一篇　下一篇 under a
 * digital paper's article). A row of nothing but these is no line of text.
 */
export function isPagerRow(line: string): boolean {
  if (line.length > 80) return false
  const tokens = line.replace(PAGER_ARROWS, ' $& ').split(/[\s\u3000|｜/／]+/).map((t) => t.replace(/^[[【（(]\s*|\s*[\]】）)]$/g, '')).filter((t) => t.length > 0)
  if (tokens.length >= 2 && tokens.every((t) => PAGER_TOKEN.test(t)) && tokens.some((t) => PAGER_WORD.test(t))) return true
  // (a pager both ways, to the page or chapter before and after, may carry the reader's buttons, each a bare word of a
  // few characters: 上一章 ← 章节目录 → 下一章 加入书签 投推荐票)
  return tokens.length >= 3 && tokens.some((t) => PAGER_BACK.test(t)) && tokens.some((t) => PAGER_ON.test(t)) && tokens.every((t) => PAGER_TOKEN.test(t) || PAGER_BUTTON.test(t))
}
const PAGER_BACK = /^(?:上|前)一?(?:页|章|节|篇|回)$/
const PAGER_ON = /^(?:下|后)一?(?:页|章|节|篇|回)$/
const PAGER_BUTTON = /^[\u4e00-\u9fff]{2,4}$/
const PAGER_ARROWS = /[<>«»‹›←→◀▶◁▷⇐⇒]+/g
const PAGER_WORD = /^(?:(?:首|尾|末|前|后|上|下)(?:一)?(?:页|章|节)|(?:前|后|上|下)一?篇|(?:章节)?目录|最后一页|第一页|(?:共|第)\s*[0-9]{1,4}\s*页[:：]?|[0-9]{1,4}\s*页|prev(?:ious)?|next|first|last)$/i
// (a reader's progress through the book may stand by its page: 第47页 / 共312页　15%)
const PAGER_TOKEN = new RegExp(`^(?:[0-9]{1,4}|[0-9]{1,3}(?:\\.[0-9])?[%％]|\\.{2,3}|…{1,2}|[<>«»‹›←→◀▶◁▷⇐⇒]+|${PAGER_WORD.source.slice(1, -1)})$`, 'i')

/** A self-media post's dateline, under its author's name: 2025-05-06 19:47·某地·…创作者, 2025-02-18 10:23某某官方账号. */
export function isAuthorDateline(text: string): boolean {
  const line = text.trim()
  return line.length <= 60 && (CREATOR_DATELINE.test(line) || ACCOUNT_DATELINE.test(line))
}

/** The labels of a web page's metadata fields. */
const METADATA_LABEL = '(?:作者|来源|信息来源|文章来源|稿件来源|发布者|发布机构|摄影|图片|编辑|责任编辑|责编|审核|审校|校对|供稿|发布时间|发布日期|更新时间|时间|日期|点击数|点击量|点击|浏览次数|浏览量|浏览|阅读量|阅读次数|阅读)'
const METADATA_FIELD = new RegExp(`${METADATA_LABEL}\\s*[:：]`, 'g')
const METADATA_START = new RegExp(`^${METADATA_LABEL}\\s*[:：]`)
const DATELINE_BUTTONS = new RegExp(`[【\\[]?${DATELINE_BUTTON}[】\\]]?`, 'g')
const CLOCKS = new RegExp(CLOCK, 'g')
/** A metadata field that says when, or how often read: a page's, never an article's fact line. */
const METADATA_WHEN = /(?:时间|日期|点击|浏览|阅读)[^:：]{0,2}[:：]/

/**
 * A line of a web page's metadata fields (作者：李某 来源：林学院 摄影：王某 编辑：陈某 审核：杨某
 * 发布时间：2025-04-22 点击数：2147; 发布时间：… 信息来源：… 浏览次数：627 【字体：大 中 小】): three fields or more,
 * each opened by its label, one of them the time or the count, and every colon a field's; an
 * article's line of facts names other things (时间：… 地点：… 主办：…).
 */
function isMetadataFields(text: string): boolean {
  const line = text.trim().replace(DATELINE_BUTTONS, '').replace(CLOCKS, '').trim()
  if (!METADATA_START.test(line) || /[。！？，,；;]/.test(line)) return false
  const fields = line.match(METADATA_FIELD)?.length ?? 0
  const colons = line.match(/[:：]/g)?.length ?? 0
  return fields >= 3 && fields === colons && METADATA_WHEN.test(line)
}

/**
 * A site's menu on one line, its items set apart by spaces (首页 新闻 视频 广播 政务 专题 直播某某): five
 * items or more, one of them the home page or the login (a list of names has none).
 */
function isMenuLine(text: string): boolean {
  const line = text.trim()
  if (!SPACE.test(line)) return false
  // (a text browser's dump sets a link or a button in brackets and bars between them: [某某网]  首页  资讯 … [搜索]  登录 | 注册)
  const items = line.split(/[\s\u3000]+/).filter((item) => !/^[|｜]$/.test(item)).map((item) => item.replace(/^\[([^[\]]+)\]$/, '$1'))
  // (the search box set among the links keeps its placeholder: … 会员中心  搜索声音、专辑、主播  下载APP  登录)
  return items.length >= MENU_MIN_ITEMS && items.every((item) => MENU_ITEM.test(item) || MENU_SEARCH_BOX.test(item)) && items.some((item) => MENU_ANCHOR.test(item))
}

/** The marks between a breadcrumb trail's steps. */
const TRAIL_MARK = /[>＞»›→/]/

/** A mark that may end the sentence before a credit, half-width too (not a decimal point). */
const SENTENCE_STOP = /[。！？!?]|(?<![0-9０-９])\./g

/** Where the line's last sentence stop stands (修缮后的古镇老街。 张三 摄: at 。), or -1: what follows it may be a credit. */
function lastSentenceStop(text: string): number {
  let end = -1
  for (const m of text.matchAll(SENTENCE_STOP)) end = m.index!
  return end
}

/**
 * A photo's description and its credit on one line (修缮后的古镇老街。 张三 摄): a sentence or two,
 * then a credit. Never text: a caption set into a cut paragraph must not be joined into it.
 */
export function endsWithCredit(text: string): boolean {
  if (text.length > 100) return false
  // (a half-width stop too: normalise makes it 。 there, and the output must read the same)
  const end = lastSentenceStop(text)
  if (end <= 0) return false
  const tail = text.slice(end + 1).trim()
  return tail.length > 0 && tail.length <= 30 && (patterns.credit.test(tail) || SOURCE_CREDIT.test(tail) || MEDIUM_NAME_CREDIT.test(tail))
}
/**
 * A credit naming the medium and its photographer with no space between, as normalise writes 人民网 罗晓燕摄: 人民网罗晓燕摄
 * (the output, cleaned again, must read the caption as the first cleaning did).
 */
const MEDIUM_NAME_CREDIT = new RegExp(`^${MEDIUM_NAME}${NAME}\\s*(?:摄|供图)$`)

/**
 * Names after a byline's mark: one to four (■杜英姿 郭文治, □ 章 明 远); not a label of four (■便民提示).
 * (a name padded by full-width spaces, ■赵　欣, as by half-width ones: normalise makes both one space)
 */
const MARKED_NAMES = new RegExp(`^[■◆□]\\s*(?:${PERSON}|[\\u4e00-\\u9fff](?:[ \\u3000]{1,3}[\\u4e00-\\u9fff]){1,3})(?:[\\s\\u3000]+${PERSON}){0,3}$`)
/** An office signing a piece, its writers' names maybe after it: ■中共大理市委组织部, ◆市场监管局, □ 县委组织部 李明. */
const MARKED_OFFICE = new RegExp(`^[■◆□]\\s*[\\u4e00-\\u9fff]{2,16}(?:部|委|局|厅|办|办公室|中心|院|会|组|处|室|队|所|站|社|馆|团|司|署|科)(?:[\\s\\u3000]+${PERSON}){0,3}$`)

/**
 * A marked line that names neither people nor an office, nor says who wrote it (■这些地方可免费测血糖,
 * ■暖气片漏水 物业上门“救急”): a headline, as short news items set them.
 */
function isMarkedPhrase(text: string): boolean {
  if (!patterns.bylineMark.test(text) || patterns.bylineWords.test(text.slice(1).trimStart())) return false
  return !MARKED_NAMES.test(text) && !MARKED_OFFICE.test(text)
}

const MARKED_COUPLET = /^[■◆□]\s*([\u4e00-\u9fff]{4,12})[\s\u3000]+([\u4e00-\u9fff]{4,12})$/

/**
 * A section heading in two halves of one length after a byline's mark (■保留记忆 留住乡愁): names
 * are shorter (■杜英姿 郭文治), and a reporter's line starts with his title (■本报记者 欧阳娜娜).
 */
function isMarkedCouplet(text: string): boolean {
  const m = MARKED_COUPLET.exec(text)
  return m !== null && m[1].length === m[2].length && !patterns.bylineWords.test(m[1])
}

/** Headlines a list of related links holds at most when its items have no bullets. */
const LINK_LIST_MAX = 8

/** A web page's list of other articles: 相关推荐 / 猜你喜欢 / 为你推荐 …, over their headlines. */
export const RECOMMENDED = /^(?:喜欢此内容的人还喜欢|相关推荐|猜你喜欢|热门推荐|热点推荐|热点新闻|热门新闻|热门文章|点击排行|阅读排行|(?:[0-9０-９]{1,2}小时|今日|本周|一周|每日|实时)?(?:热榜|热搜榜|排行榜)|为你推荐|推荐新闻|推荐阅读|相关文章|更多推荐|更多视频|本版其他文章|作者最新文章|往期推荐|往期回顾|往期精彩回顾|往期精彩|精彩推荐|相关视频|热门视频|相关稿件|相关问题)[:：]?$/
/** A label over a web page's list of other articles or links (相关稿件, 相关推荐, 相关新闻：). */
export function isListLabel(text: string): boolean {
  const label = text.trim().replace(DRESSING, '')
  return label.length <= 12 && (RECOMMENDED.test(label) || patterns.relatedLinks.test(label))
}
const VIDEO_LENGTH_BEFORE = new RegExp(`^${CLOCK}[\\s\\u3000]+(?=\\S)`)
/** A web page's comment section: its label (a public account's 留言 too), and the lines that show a comment is one. */
// (a platform's too: 热评, its sort buttons 按热度 / 按时间, its count 共 128 条评论, 评论(23), and a Q&A site's 更多回答)
// (the label with its sort buttons on its line, after a gap or a bar: 评论（23）　|　最热　最新)
export const COMMENTS = /^(?:网友评论|最新评论|全部评论|热门评论|热门跟贴|精选留言|精选评论|评论区|写留言|留言|热评|按热度|按时间|更多回答|评论(?=\s*[（(])|共\s*[0-9０-９]+\s*条评论|[\u4e00-\u9fff]{2,6}\s*[·・]\s*[0-9０-９]+\s*条)(?:\s*[（(][0-9０-９]+[）)])?[:：]?(?:[\s\u3000]*[|｜]?(?:[\s\u3000]*(?:最热|最新|最早|热门|按热度|按时间)){2,})?$/
/** A comment section's count in place of its label: 86回应, 326条评论, 评论 86 (a comment's time and place under it tells it). */
export const COMMENT_COUNT = /^[0-9.]+\s*万?\s*条?(?:回应|评论|回复|留言)$|^(?:回应|评论|回复|留言)\s*[（(]?[0-9]+[）)]?$/
const COMMENT_ACTIONS = `(?:回复|点赞|赞|顶|踩|支持|反对|举报)(?:\\s*[（(]?[0-9０-９]*[）)]?)?(?:\\s+(?:回复|点赞|赞|顶|踩|支持|反对|举报)(?:\\s*[（(]?[0-9０-９]*[）)]?)?)*`
const COMMENT_META = new RegExp(
  // a commenter's name and time (江城老张 2024-04-18 10:15), or address (游客 ip:113.25.*.*); the
  // comment's counters, after its time or not (2024-11-05 12:30  回复  支持(5)  反对(0), 顶48), the
  // count before its word too (12赞); its time on a line of its own
  // (or where it was written from, then how long ago, its buttons after: 湖北咸宁  3小时前  回复  赞 18; or then
  // the day and time, its buttons after too: 某省某市　09-18 09:35　回复　赞 48; or the name, the place and the day, as a
  // public account sets them: 某某 湖南 11-02)
  `^(?:[\\u4e00-\\u9fff]{2,8}\\s+${AGE}(?:\\s+${COMMENT_ACTIONS})?|[^\\s，。]{1,16}\\s+(?:${DATE}|\\d{1,2}[-月]\\d{1,2}日?)(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s+(?:${COMMENT_ACTIONS}|\\S{1,8}))?|(?:${DATE}(?:${WEB_TIME})?\\s+)?${COMMENT_ACTIONS}|${DATE}${WEB_TIME}|(?:[^\\s，。]{1,16}\\s+)?(?:ip\\s*[:：].*|IP属地\\s*[:：]?.*)|\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2})?\\s+(?:来自)?[\\u4e00-\\u9fff]{2,8}|[^\\s，。]{1,16}\\s+[\\u4e00-\\u9fff]{2,8}\\s+\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2})?|[0-9０-９]+(?:\\.[0-9])?\\s*万?\\s*(?:赞|点赞|顶|回复))$`,
  'i',
)

/**
 * A headline in a web page's list of other articles: heading-shaped, or one that asks or exclaims
 * (弥勒这所学校入选全国名单！, 速看！我市…定了), or a date under one.
 */
function isListedHeadline(text: string): boolean {
  const line = text.trim()
  if (isHeadingShapedText(text) || isDateLine(line)) return true
  return line.length <= 32 && /[！？!?]/.test(line) && !/[。]/.test(line) && (line.match(/[，,]/g) ?? []).length <= 1
}

/** The people a page names in its staff block (记者：… among 编辑：… 审核：… lines): the page's, not a byline. */
const STAFF_AMONG = /^(?:记者|摄影|摄像|通讯员|文字|图片|视频)[：:]\s*\S/

/**
 * Short lines of `shape` standing between two lines of furniture go with them: a reporter's or
 * photographer's line among the page's staff lines (来源：… / 记者：李娅 朱建 / 编辑：王欣; under a
 * headline it is the byline), a tag between a web page's dateline and its buttons (海南, 0 after 举报).
 */
function markLinesAmongFurniture(all: Block[], shape: RegExp, maxLength: number): void {
  // (its neighbours first: most lines stand between lines of content, and the shape is not read)
  for (let i = 1; i + 1 < all.length; i++) {
    if (all[i].kind === 'furniture' || all[i - 1].kind !== 'furniture' || all[i + 1].kind !== 'furniture') continue
    if (all[i].value.length <= maxLength && shape.test(all[i].value.trim())) all[i].kind = 'furniture'
  }
}

/** A line of a paper's service to its readers, by its kind: a hotline, a tip-off, a call or a letter (民生热线, 报料, 来电反映…). */
const READER_SERVICE = /热线|报料|爆料|来电|来信|线索/
/** The number of short lines a reader-service box sets around its hotline line, either side. */
const READER_BOX_LINES = 2

/**
 * A paper's box of its reader service set into a column, its hotline's line the page's furniture (本报24小时新闻热线：…)
 * between short lines of the same service (民生热线 你说我办 / … / 来电反映身边事，经核实刊发即付报料费), cutting a
 * paragraph (the line over the box ends no sentence): the box's lines go with the hotline, so the paragraph is joined.
 */
function markReaderServiceBox(all: Block[]): void {
  const fits = (b: Block | undefined) => b !== undefined && b.kind !== 'furniture' && b.kind !== 'marker' && b.value.trim().length <= 30 && !/[。！？]$/.test(b.value.trim()) && READER_SERVICE.test(b.value)
  for (let i = 0; i < all.length; i++) {
    if (all[i].kind !== 'furniture' || !READER_SERVICE.test(all[i].value)) continue
    let start = i
    while (start > 0 && i - start < READER_BOX_LINES && fits(all[start - 1])) start--
    let end = i + 1
    while (end - i - 1 < READER_BOX_LINES && fits(all[end])) end++
    if (start === i && end === i + 1) continue
    const above = all[start - 1]
    if (above === undefined || above.kind !== 'body' || endsComplete(above.value.trim()) || all[end]?.kind !== 'body') continue
    for (let k = start; k < end; k++) all[k].kind = 'furniture'
  }
}

/** A video player's quality menu, an item a line (高清 / 标清, 1080P): words a player's template sets. */
export const PLAYER_QUALITY = /^(?:蓝光|超清|高清|标清|流畅|原画|自动|[0-9]{3,4}[pP])$/

/**
 * A run of short lines of `shape`, at most `maxRun` of them, standing between two lines of furniture
 * goes with them: a video player's quality menu between its rates and its hint (1.0x / 高清 / 标清 /
 * 点击按住可拖动视频), a site's address over its telephones among its footer lines.
 */
function markRunsAmongFurniture(all: Block[], shape: RegExp, maxLength: number, maxRun: number): void {
  const fits = (b: Block) => b.kind !== 'furniture' && b.value.length <= maxLength && shape.test(b.value.trim())
  for (let i = 1; i < all.length; i++) {
    if (all[i - 1].kind !== 'furniture' || !fits(all[i])) continue
    let j = i
    while (j < all.length && j - i < maxRun && fits(all[j])) j++
    if (j < all.length && all[j].kind === 'furniture') for (let k = i; k < j; k++) all[k].kind = 'furniture'
    i = j
  }
}

/** A page's number in its folio, between dots or dashes: ·187·, - 12 -. */
const FOLIO_PAGE_NUMBER = /(?:^|\s)[·・\-—]\s*([0-9]{1,4})\s*[·・\-—](?:\s|$)/

/** A running head is this short. */
const RUNNING_HEAD_MAX = 30

/**
 * A periodical's running head: the same short line printed again at each page's head, each time next
 * to the page's folio (小说月刊 2024年第4期 ｜ 58 / 短篇小说 ｜ 修表铺 … 小说月刊 2024年第4期 ｜ 59 / 短篇小说 ｜
 * 修表铺). Printed once, a line under a folio may be the first headline of the page; twice, each by
 * the folio of another page (the same words, another number) with text between them, it is the
 * page's furniture, as the folio is. (By the same folio, the page was scanned twice and the line is
 * its headline: dedup judges the copy; by other furniture, a web page's title repeated on its next
 * page, the same.)
 */
function markRunningHeads(all: Block[]): void {
  const folioBy = (i: number) => (all[i - 1]?.kind === 'furniture' ? all[i - 1] : all[i + 1]?.kind === 'furniture' ? all[i + 1] : undefined)
  let seen: Map<string, number[]> | undefined
  for (let i = 0; i < all.length; i++) {
    // (by a folio first: most blocks, paragraphs, stand by none, and their text is not copied)
    if (all[i].kind === 'furniture' || all[i].kind === 'marker' || !folioBy(i)) continue
    // (read without spaces: a scan sets its letter spacing anew on each page, 农    业 / 农  业)
    const text = all[i].value.trim().replace(SPACES, '')
    if (text.length > RUNNING_HEAD_MAX || endsComplete(text)) continue
    seen ??= new Map()
    const at = seen.get(text)
    if (at) at.push(i)
    else seen.set(text, [i])
  }
  // (printed once by a folio, the section's name the page's head set among its fields is the head
  // again: 社区周刊　　主编：… / … 滨江晚报　2025年6月5日　A15 / 社区周刊 / （上接A14版）)
  const headFields = seen && sectionNamesOfHeads(all)
  // (printed once by a folio, a line of the page's own head, its cover's name over the first text, is the
  // running head it sets where a later page opens: 某某会议 / 某某文集 / … / — 17 — / 某某文集 / …)
  const cover = seen && coverLines(all)
  for (const [text, at] of seen ?? []) {
    // (every print after the cover's, when the cover's own line also stands by furniture, a site's frame round the
    // document it shows: 某某文库 / 某某村发展稻鱼共生 / 上传于… / 某某村发展稻鱼共生 / text… / 第 1 页 共 3 页 / 某某村发展稻鱼共生 /
    // text… / 第 2 页 共 3 页 / 某某村发展稻鱼共生 / text…)
    const again = cover && cover.lines.has(text) && at.length > 1 && at[0] < cover.end ? at.slice(1).filter((i) => i > cover.end && textGoesOnAfter(all, i)) : []
    if (again.length > 0 && again.length === at.length - 1) {
      for (const i of again) all[i].kind = 'furniture'
      continue
    }
    if (at.length === 1 && ((headFields?.has(text) && !headFields.has(at[0])) || (cover && cover.lines.has(text) && at[0] > cover.end && textGoesOnAfter(all, at[0])))) {
      all[at[0]].kind = 'furniture'
      // (the page's first line, when it is that head with its issue or year, 某某纵横  2021·6, 某某月刊 2024年第4期, is
      // the first page's running head, not the cover's name: it goes too)
      const first = all.findIndex((b) => b.kind !== 'furniture' && b.kind !== 'marker')
      if (cover && cover.lines.has(text) && first >= 0 && first < cover.end && all[first].value.trim().replace(SPACES, '') === text && /(?:19|20)[0-9]{2}/.test(text)) all[first].kind = 'furniture'
      continue
    }
    if (at.length < 2) continue
    // (the folios of successive pages differ in their numbers only: 58, 59)
    const folios = at.map((i) => folioBy(i)!.value.trim())
    // (or, a book's or a yearbook's odd and even pages set otherwise, ·186·　青川年鉴（2023） / ·187·, each folio
    // a page's number, the pages one after the other)
    const pages = folios.map((f) => FOLIO_PAGE_NUMBER.exec(f)?.[1])
    const successive = pages.every((n, k) => n !== undefined && (k === 0 || Number(n) - Number(pages[k - 1]) === 1 || Number(n) - Number(pages[k - 1]) === 2))
    const distinct = new Set(folios).size === at.length
    const alike = new Set(folios.map((f) => f.replace(/[0-9]+/g, '#'))).size === 1
    const textBetween = at.slice(1).every((i, n) => all.slice(at[n] + 1, i).some((b) => b.kind === 'body'))
    if (!distinct || !textBetween || !(alike || successive)) continue
    // (by folios set alike, every copy is the running head; by folios set otherwise, the first may be the
    // chapter's headline the later pages repeat: it stays, as text is kept when in doubt)
    for (const i of alike ? at : at.slice(1)) all[i].kind = 'furniture'
  }
}

/** The first block after block i that is not furniture is body text: the page goes on there. */
function textGoesOnAfter(all: Block[], i: number): boolean {
  let k = i + 1
  while (k < all.length && all[k].kind === 'furniture') k++
  return all[k]?.kind === 'body'
}

/**
 * The page's head: its lines over the first paragraph holding a sentence (a cover's names, a headline, its
 * fields), read without spaces, and where it ends.
 */
function coverLines(all: Block[]): { lines: Set<string>; end: number } | undefined {
  const end = all.findIndex((b) => b.kind === 'body' && hasSentencePunctuation(b.value))
  if (end <= 0) return undefined
  const lines = new Set<string>()
  for (let i = 0; i < end; i++) if (all[i].kind !== 'furniture') lines.add(all[i].value.trim().replace(SPACES, ''))
  return { lines, end }
}

/** A horizontal rule, as a document's head is set apart by one: ---, ***, ━━━━, ———— . */
const HEAD_RULE = /^(?:[-_*](?:\s?[-_*]){2,}|[━─—=＝]{3,})$/

/**
 * An internal bulletin's head over the rule that sets it apart (某某工作队 / 工作简报 / 第12期 / 某某组　2024年9月20日
 * / ---): short lines, no sentence among them, one of them the issue's number alone, are the head, not a
 * headline and its fields.
 */
function markBulletinHead(all: Block[]): void {
  const rule = all.findIndex((b, i) => i < 8 && HEAD_RULE.test(b.value.trim()))
  if (rule < 2) return
  const head = all.slice(0, rule)
  if (!head.every((b) => b.value.length <= 40 && !/[，。！？；]/.test(b.value))) return
  if (!head.some((b) => ISSUE_FIELD.test(b.value.replace(SPACES, '')))) return
  for (const b of head) b.kind = 'furniture'
}

/** The count of copies printed, a document's or a bulletin's imprint: （共印40份）. */
const PRINT_RUN = /^[（(]?共印[0-9一二三四五六七八九十百]{1,5}份[）)]?$/
/**
 * An official document's distribution at its foot (报送：某某办公室 / 抄送：某某部 / （共印40份）): the fields
 * of its imprint, two at least, the last lines of the page; or the count of copies alone, which says nothing else.
 */
const DISTRIBUTION_FIELD = new RegExp(`^(?:报送|抄送|主送|分送|发送|抄报|印送)(?:单位)?[：:]\\s*\\S.{0,120}$|${PRINT_RUN.source}|^[\\u4e00-\\u9fff]{2,30}[ \\u3000]*[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日(?:印发|印)$`)

function markDistributionFoot(all: Block[]): void {
  let end = all.length
  while (end > 0 && all[end - 1].kind === 'furniture' && !DISTRIBUTION_FIELD.test(all[end - 1].value.trim())) end--
  let start = end
  while (start > 0 && DISTRIBUTION_FIELD.test(all[start - 1].value.trim()) && !/[。！？]$/.test(all[start - 1].value.trim())) start--
  // (the count alone closes a bulletin whose fields of distribution read as sentences, 发：各乡镇党委，…。 / （共印120份）)
  const countAlone = end - start === 1 && PRINT_RUN.test(all[start].value.trim())
  if (end - start < 2 && !countAlone) return
  for (let i = start; i < end; i++) all[i].kind = 'furniture'
}

/** A foot set under the page's last rule is short: this many blocks at most. */
const RULED_FOOT_MAX = 8

/**
 * The lines under the page's last rule, each short and none a sentence but the furniture's, most of them furniture
 * already (某某编辑部 / 地址：… 电话：… / 投稿邮箱：… / 本邮件由系统自动发送，请勿直接回复。): the foot the rule sets apart, all of it.
 */
function markRuledFoot(all: Block[]): void {
  let rule = all.length - 1
  while (rule >= 0 && all.length - rule <= RULED_FOOT_MAX + 1 && !HEAD_RULE.test(all[rule].value.trim())) rule--
  if (rule < 0 || all.length - rule > RULED_FOOT_MAX + 1) return
  const foot = all.slice(rule + 1)
  const own = foot.filter((b) => b.kind !== 'furniture')
  if (foot.length < 2 || own.length * 2 > foot.length) return
  if (!own.every((b) => b.value.length <= CHROME_LINE_MAX && !/[。！？]/.test(b.value))) return
  for (const b of own) b.kind = 'furniture'
}

/**
 * An e-mail's header field: who sent it, to whom, when, on what (发件人: "某某" <a@b.cn>, 发送时间: 2016年4月15日 上午9:12,
 * Subject: …), in a mail client's words, Chinese or English.
 */
const MAIL_HEADER_FIELD = /^(?:发件人|收件人|抄送人?|密送|发送时间|发送日期|发件时间|日期|时间|主题|From|To|Cc|Bcc|Sent|Date|Subject)\s*[:：]\s*\S/
/** The field naming who sent the mail: a run of fields without one may be any list of labelled facts (时间：… / 主题：…). */
const MAIL_SENDER = /^(?:发件人|From)\s*[:：]/
/**
 * The line a mail client sets over a message it forwards or replies to, its name between rules
 * (------------------ 原始邮件 ------------------, -----Original Message-----, ---------- Forwarded message ---------).
 */
const MAIL_SEPARATOR = /^[-—–_=*\s]{0,40}(?:原始邮件|原邮件|转发邮件(?:信息)?|邮件原文|Original Message|Forwarded message)[-—–_=*\s]{0,40}$/i
/** A forwarder's note over the message is short beside it: its blocks at most, and its text at most this share of the message's. */
const FORWARD_NOTE_MAX = 12
const FORWARD_NOTE_SHARE = 0.25

/**
 * An e-mail's header fields (发件人: … / 发送时间: … / 收件人: … / 主题: …) and the separator a client sets over a message
 * forwarded are the mail's furniture, not the text it carries. A note over the separator, under the forwarder's own
 * fields if any (各位，转一下这期… / 某某 / 某某单位 / 手机：…), short beside the message under it, is the forwarder's, not
 * the piece's: it goes with them.
 */
function markMailHeaders(all: Block[]): void {
  const fieldRunEnd = (i: number) => {
    let j = i
    while (j < all.length && MAIL_HEADER_FIELD.test(all[j].value.trim())) j++
    return j - i >= 2 && all.slice(i, j).some((b) => MAIL_SENDER.test(b.value.trim())) ? j : i
  }
  let firstFields = -1
  for (let i = 0; i < all.length; i++) {
    const j = fieldRunEnd(i)
    if (j === i) continue
    if (firstFields < 0) firstFields = i
    for (let k = i; k < j; k++) all[k].kind = 'furniture'
    const separator = i > 0 && MAIL_SEPARATOR.test(all[i - 1].value.trim()) ? i - 1 : -1
    if (separator >= 0) {
      all[separator].kind = 'furniture'
      // (the note: from the page's head, or from under the forwarder's fields, to the separator)
      const from = firstFields < separator ? all.findIndex((b, k) => k >= firstFields && b.kind !== 'furniture') : 0
      const note = all.slice(from, separator)
      const length = (blocks: Block[]) => blocks.reduce((sum, b) => sum + b.value.length, 0)
      // (by its place and its length only: a warning, for a reply's own words over a long quoted message read so)
      if (from >= 0 && note.length <= FORWARD_NOTE_MAX && length(note) <= length(all.slice(j)) * FORWARD_NOTE_SHARE)
        for (const b of note) {
          b.kind = 'furniture'
          b.data.doubt = "read as a forwarder's note over the mail forwarded, by its place and length"
        }
    }
    i = j - 1
  }
}

/**
 * A browser that prints a page to PDF may head each sheet with the date alone, then far off the page's title
 * (2017/8/23　　　　某某头条-某某日报数字报): on a page whose sheets end with the browser's footer (the address, then
 * far off 2/3), such a line is that header, wherever a sheet opens, mid-paragraph too. Without the footer a date
 * and a title far apart may be a list's item, and stays.
 */
function markPrintHeadersByFooter(all: Block[]): void {
  if (!all.some((b) => b.kind === 'furniture' && PRINT_FOOTER.test(b.value.trim()))) return
  for (const block of all) {
    if (block.kind !== 'furniture' && block.value.length <= 160 && PRINT_HEADER_DATE_ONLY.test(block.value.trim())) block.kind = 'furniture'
  }
}

/**
 * A picture a document converted to Markdown leaves as a link (![…](media/image3.jpeg)) is the picture's
 * place, not text, when its text says nothing the page does not: none, a file's name, or the words of
 * the caption or the line beside it (![某村合作社](…) / 某村合作社的工作人员在喂猪。). Text of its own stays,
 * as a caption.
 */
function markImageLinks(all: Block[]): void {
  for (let i = 0; i < all.length; i++) {
    const text = all[i].value.trim()
    if (all[i].kind !== 'caption' || !patterns.markdownImage.test(text)) continue
    // (the line under the picture, one short sentence, is its caption: 某村合作社的工作人员在喂猪。)
    const under = all[i + 1]
    if (under?.kind === 'body' && !isVisiblyLonger(under.value, 80) && !hasSentencePunctuation(under.value.trim().slice(0, -1)) && under.position.start.line > all[i].position.end.line + 1) under.kind = 'caption'
    // (its text holds no bracket: it ends at the first, before the address or the label)
    const alt = text.slice(2, text.indexOf(']', 2)).trim()
    const said = (b: Block | undefined) => b !== undefined && b.kind !== 'furniture' && b.value.replace(SPACES, '').includes(alt.replace(SPACES, ''))
    if (isPictureNameOnly(alt) || said(all[i - 1]) || said(all[i + 1])) all[i].kind = 'furniture'
  }
}

/** A picture's file among a forum's attachments: its name ends with an image's extension. */
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|bmp|heic)\s*[（(]/i

/**
 * The line under a picture a forum attached into a post's text, past its buttons and the time it was uploaded, one short
 * sentence, is the picture's caption (IMG_0012.jpg (186.42 KB) / 下载附件 / 2020-9-3 08:40 上传 / 新修的步道铺上了透水砖。):
 * join steps over it when the post's paragraph goes on under it.
 */
function markAttachmentCaptions(all: Block[]): void {
  for (let i = 0; i < all.length; i++) {
    const text = all[i].value.trim()
    if (!ATTACHMENT_LINE.test(text) || !PICTURE_FILE.test(text)) continue
    let k = i + 1
    while (k < all.length && isAttachmentChrome(all[k].value.trim())) k++
    const under = all[k]
    if (under?.kind === 'body' && !isVisiblyLonger(under.value, 80) && endsComplete(under.value) && !hasSentencePunctuation(under.value.trim().slice(0, -1))) under.kind = 'caption'
  }
}

/** A picture link's text that names no more than the picture: none, its file's name, 图片3, image. */
function isPictureNameOnly(alt: string): boolean {
  return alt.length === 0 || /^[\w .-]{1,60}\.(?:jpe?g|png|gif|webp|bmp|tiff?|emf|wmf)$/i.test(alt) || /^(?:image|img|picture|photo|图片|图|照片)\s*[0-9]*$/i.test(alt)
}

/** A folio's number beside a periodical's name: its page (24, B5), its issue (第12期, 2024年第4期（总第118期）) or its month (2024.10). */
const FOLIO_NUMBER_PART = /^(?:[0-9]{1,3}|[A-H][0-9]{1,2}|(?:[0-9]{4}年)?第[0-9]{1,4}期(?:[（(]总第[0-9]{1,6}期[）)])?|[0-9]{4}(?:[.．\/-][0-9]{1,2}|年[0-9]{1,2}月))$/

/**
 * What a short line names beside its folio's numbers (24　党建之窗·2024年第4期 → 党建之窗, B5　体育·中超 → 体育·中超
 * and B5); undefined when the line is more than a name and numbers, or holds none of them.
 */
function namedFolioKeys(text: string): { keys: string[]; numbered: boolean; page?: number } | undefined {
  let line = text.trim()
  if (line.length > 60 || /[，。！？；：:、“”"（(]/.test(line.replace(/[（(]总第[0-9]{1,6}期[）)]/g, ''))) return undefined
  // (a bilingual publication's name in capitals beside its own, either side: 某某旅游指南　SOME TRAVEL GUIDE; the Han name is the key)
  const capitals = CAPITALS_RUN.exec(line)
  if (capitals && /[\u4e00-\u9fff]/.test(line.replace(capitals[0], ''))) line = line.replace(capitals[0], '\u3000\u3000').trim()
  if (line.length > 40) return undefined
  const names: string[] = []
  const keys: string[] = []
  let numbered = false
  let page: number | undefined
  for (const part of line.split(/[\s\u3000]+/)) {
    if (part.length === 0) continue
    // (a book's folio, the page's number between dots, is no part of the name: ·12·   某某之友 2023.10; the
    // issue numbers the line, not the folio, which a chapter's name sets too: 教　育　　·137·)
    if (/^[·・][0-9]{1,4}[·・]$/.test(part)) continue
    for (const piece of part.split(/[·・](?=[0-9])/)) {
      if (FOLIO_NUMBER_PART.test(piece)) {
        numbered = true
        if (/^[A-H][0-9]{1,2}$/.test(piece)) keys.push(piece)
        if (/^[0-9]{1,3}$/.test(piece)) page = Number(piece)
      } else names.push(piece)
    }
  }
  if (capitals && page === undefined) return undefined
  const name = names.join('')
  if (name.length > 0 && !/^[\u4e00-\u9fff][\u4e00-\u9fff·・]{1,15}$/.test(name)) return undefined
  if (name.length >= 2) keys.push(name)
  return keys.length > 0 ? { keys, numbered, page } : undefined
}

/** A name in capitals, two words or more, at a line's edge by a wide space: DATONG TRAVEL GUIDE. */
const CAPITALS_RUN = /(?:^|(?<=[\u3000]|\s{2}))[A-Z][A-Z'&.-]*(?: [A-Z][A-Z'&.-]*)+(?=$|[\u3000]|\s{2})/

/**
 * A periodical's running head or foot by its name printed again with its page's number, its issue or its
 * month (塞上党建　2024.10 / … / 38　塞上党建; 24　某某之窗·2024年第4期 / … / 25　某某之窗·2024年第4期; 某某工作交流
 * 2024年第6期 / … / 某某工作交流; B5　体育·中超 / … / B5): one name set by a folio's number on one line at least
 * and printed again apart, with text between, is the page's, not a headline or a heading.
 */
function markNamedFolios(all: Block[]): void {
  const byKey = new Map<string, Array<{ i: number; numbered: boolean; page?: number }>>()
  for (let i = 0; i < all.length; i++) {
    const kind = all[i].kind
    if (kind !== 'body' && kind !== 'heading' && kind !== 'title' && kind !== 'furniture') continue
    const read = namedFolioKeys(all[i].value)
    if (!read) continue
    for (const key of read.keys) {
      const at = byKey.get(key)
      if (at) at.push({ i, numbered: read.numbered, page: read.page })
      else byKey.set(key, [{ i, numbered: read.numbered, page: read.page }])
    }
  }
  for (const at of byKey.values()) {
    if (at.length < 2 || !at.some((a) => a.numbered) || !at.some((a) => all[a.i].kind !== 'furniture')) continue
    // (or, at a spread's break, a foot and a head numbered one page after the other: 04　某某指南 / … / 某某指南　05)
    const textBetween = at.slice(1).every((a, n) => all.slice(at[n].i + 1, a.i).some((b) => b.kind === 'body' && isVisiblyLonger(b.value, 30)) || (a.page !== undefined && a.page === (at[n].page ?? -2) + 1))
    if (!textBetween) continue
    for (const a of at) {
      all[a.i].kind = 'furniture'
      // (the name at the page's head over its issue alone, 某某之友 / 2023年第10期（总第236期）: the issue is the head's too)
      const next = all[a.i + 1]
      if (a.i === at[0].i && next !== undefined && next.kind !== 'furniture' && FOLIO_NUMBER_PART.test(next.value.trim().replace(SPACES, ''))) next.kind = 'furniture'
    }
  }
}

/** A head's date, in full: 2024年4月12日. */
const DATED_HEAD = /(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日/

/**
 * The names a page's heads set among their fields, far apart (社区周刊　　　主编：许岚　责编：…), and
 * the heads' places (a line is not its own head's field).
 */
function sectionNamesOfHeads(all: Block[]): Set<string | number> {
  const names = new Set<string | number>()
  for (let i = 0; i < all.length; i++) {
    const text = all[i].value
    if (all[i].kind !== 'furniture' || text.length > 160) continue
    // (or a dated head a PDF's text layer set with single spaces: 2024年4月12日 星期五 综合新闻 3)
    const fields = FAR_APART.test(text) ? text.trim().split(HEAD_FIELD_GAP) : DATED_HEAD.test(text) && isPrintFolio(text.trim()) ? text.trim().split(/[ \t\u00a0\u3000]+/) : []
    for (const field of fields) {
      if (NAME_FIELD.test(field) && SECTION_WORD.test(field)) {
        names.add(field)
        names.add(i)
      }
    }
  }
  return names
}

/** A source-first dateline's source: 弥勒融媒 2024年10月11日 18:30 云南. */
const DATELINE_SOURCE = new RegExp(`^${SOURCE_FIRST}\\s`)

/**
 * The names a dateline gives before its date: its source (弥勒融媒 2024年10月11日 18:30 云南), or on a public account's
 * dateline opened by 原创 the author's and the account's (原创 某某融媒 某某发布 2024-06-12 18:06 福建).
 */
function datelineNames(line: string): string[] {
  const source = DATELINE_SOURCE.exec(line)?.[1]
  if (source) return [source]
  if (!line.startsWith('原创') || !patterns.accountDateline.test(line)) return []
  const names: string[] = []
  for (const token of line.slice(2).trim().split(/\s+/)) {
    if (/^[0-9]/.test(token)) break
    names.push(token)
  }
  return names
}

/**
 * A public account's card under its dateline: the account's name again on a line of its own, and its
 * description under it (弥勒融媒 / 弥勒市融媒体中心官方账号，权威发布…) or the card's fields (某某发布 / 微信号 mouhao /
 * 功能介绍 某某县融媒体中心…): furniture, as the dateline is.
 */
function markAccountCard(all: Block[]): void {
  for (let i = 0; i < all.length; i++) {
    if (all[i].kind !== 'furniture' || all[i].value.length > 60) continue
    const names = datelineNames(all[i].value.trim())
    if (names.length === 0) continue
    for (let j = i + 1; j < Math.min(all.length, i + 4); j++) {
      if (!names.includes(all[j].value.trim())) continue
      all[j].kind = 'furniture'
      for (let k = j + 1; k <= j + ACCOUNT_CARD_FIELDS_MAX && k < all.length; k++) {
        const about = all[k]
        if (about.value.length <= 60 && ACCOUNT_ABOUT.test(about.value)) about.kind = 'furniture'
        else if (about.value.length <= 120 && ACCOUNT_CARD_FIELD.test(about.value.trim())) about.kind = 'furniture'
        else break
      }
      break
    }
  }
}

const ACCOUNT_ABOUT = /官方(?:账号|帐号|公众号|微信|平台)/
/** A field of a public account's card, by its label: its id (微信号 mouhao), what it does (功能介绍 …), who runs it. */
const ACCOUNT_CARD_FIELD = /^(?:微信号|功能介绍|账号主体|帐号主体)(?:\s*[:：]\s*|\s+)\S/
/** A public account's card holds this many fields under its name at most (its id, what it does, who runs it). */
const ACCOUNT_CARD_FIELDS_MAX = 3

/**
 * What a web page sets under its article: a list of other articles' headlines under its label
 * (相关推荐 / 江城市启动… / …), and the readers' comments under theirs (网友评论 / 江城老张
 * 2024-04-18 10:15 / 改得好！… / 回复 点赞(32)). A list goes to its first line of text; a
 * comment section, known as one by a comment's name and time or its counters, to the next headline
 * over text (another article) or the end of the page. Each is recorded as furniture by strip.
 */
function removeWebLists(all: Block[]): void {
  for (let i = 0; i < all.length; i++) {
    // (labels are short: a paragraph is not read through)
    if (all[i].value.length > 24) continue
    const label = all[i].value.trim().replace(DRESSING, '')
    if (RECOMMENDED.test(label)) {
      all[i].kind = 'furniture'
      // (a video's length may stand over its headline: 更多视频 / 02:11 / 东江城区主要道路积水已全部消退; or
      // before it on its line: 相关视频 / 01:58 某某：早稻机插秧全面铺开)
      const listed = (text: string) => isListedHeadline(text) || isListedHeadline(text.trim().replace(VIDEO_LENGTH_BEFORE, ''))
      for (let j = i + 1; j < all.length && all[j].kind === 'body' && (listed(all[j].value) || CLOCK_ALONE.test(all[j].value.trim())); j++) all[j].kind = 'furniture'
      continue
    }
    if (!COMMENTS.test(label) && !COMMENT_COUNT.test(label)) continue
    const meta = (b: Block | undefined) => b !== undefined && b.value.length <= 60 && (COMMENT_META.test(b.value.trim()) || patterns.postedAt.test(b.value.trim()) || TIME_PLACE.test(b.value.trim()))
    // (a commenter's name, a sort button or the comment's text may stand between: 热评 / 古城闲人 / 浙江 03-27;
    // under a count, 86回应, only a comment's time and place tells a comment: the post's own buttons, 赞 860, do not)
    const timePlace = (b: Block | undefined) => b !== undefined && b.value.length <= 32 && TIME_PLACE.test(b.value.trim())
    if (![1, 2, 3, 4].some((k) => (COMMENTS.test(label) ? meta(all[i + k]) : timePlace(all[i + k])))) continue
    all[i].kind = 'furniture'
    for (let j = i + 1; j < all.length; j++) {
      const block = all[j]
      if (block.data.depth !== undefined || block.kind === 'marker') break
      // (a headline over a byline or a paragraph of text is another article's; a long line of a site's
      // links is no text)
      const next = all[j + 1]
      // (not over a box of fields, 作者: 某某 / 出版社: 某某 / …: a book's or a product's card)
      const fieldBox = all[j + 2] !== undefined && all[j + 2].value.length <= 40 && BOX_FIELD.test(all[j + 2].value.trim())
      if (isHeadingShapedText(block.value) && !meta(block) && next && !meta(next) && ((patterns.bylineWords.test(next.value) && !fieldBox) || (next.value.length >= 80 && hasSentencePunctuation(next.value)))) break
      // (nor is a heading over text, right after a comment's buttons or counts closed the comment, with no commenter's
      // line under it: a comment's text stands under its commenter, and the page's own text goes on here, 赞 21 / 二　夜读 /
      // 洲上的孩子…。, a reading app's readers' notes set inside a chapter)
      // (a replier named alone over the reply, 作者 / 农村的助餐点…。 / 赞 5, is a comment still: its buttons close it again)
      const closedAgain = all[j + 2] !== undefined && (COMMENT_CLOSE.test(all[j + 2].value.trim()) || meta(all[j + 2]))
      if (j > i + 1 && COMMENT_CLOSE.test(all[j - 1].value.trim()) && isHeadingShapedText(block.value) && !meta(block) && next && next.kind === 'body' && !meta(next) && hasSentencePunctuation(next.value) && !closedAgain) break
      block.kind = 'furniture'
    }
  }
}

/** What closes a comment: its buttons and counts alone (赞 21　回复 3, 点赞(32)), or its count of likes alone (23). */
const COMMENT_CLOSE = new RegExp(`^(?:${COMMENT_ACTIONS}|[0-9０-９]+(?:\\.[0-9])?\\s*万?\\s*(?:赞|点赞|顶|回复)|[0-9０-９]{1,6})$`)

/** A field of a card, its label short: 出版社: 某某出版社, ISBN: 978…. */
const BOX_FIELD = /^[\u4e00-\u9fffA-Za-z]{2,6}\s*[:：]\s*\S[^。！？，,]{0,30}$/

/** The share label a web page sets over its buttons: 分享到：, 分享至. */
export const SHARE_LABEL = /^[【[]?分享(?:到|至)[】\]]?\s*[:：]?$|^[【[]?分享[】\]]?\s*[:：]$/

/** The share buttons under 分享到： (微信 / 微博 / QQ空间 / 复制链接), one a line: furniture, as the label is. */
function markShareButtons(all: Block[]): void {
  for (let i = 0; i < all.length; i++) {
    if (!SHARE_LABEL.test(all[i].value.trim())) continue
    for (let j = i + 1; j < all.length && all[j].value.length <= 40 && patterns.shareTargets.test(all[j].value.trim()); j++) all[j].kind = 'furniture'
  }
}

/** A field's label alone on its line, its value under it: 索引号：, 发布机构：, 主题词：. */
const CELL_LABEL = /^[\u4e00-\u9fff]{2,6}[:：]$/
/** The standard fields of a government site's document: 索引号, 信息分类, 有效期. */
const DOCUMENT_FIELD_NAME = '(?:索引号|主题分类|信息分类|组配分类|体裁分类|服务对象分类|发布机构|发文机关|成文日期|生成日期|发文日期|发布日期|发文字号|文号|公开方式|公开范围|公开时限|有效性|有效期|主题词)'
/** ...named without their colons, a cell a line: 索引号 / 信息分类 / 有效期. */
const BARE_DOCUMENT_FIELD = new RegExp(`^${DOCUMENT_FIELD_NAME}$`)
/** A field's value: short, no sentence (002589107/2025-00037, 县政府办公室, 松政办发〔2025〕12号). */
const CELL_VALUE_MAX = 30
/** ...or with their colons. */
const DOCUMENT_FIELD = new RegExp(`^${DOCUMENT_FIELD_NAME}[:：]`)

/**
 * A government site's document fields copied one cell a line (索引号： / 002589107/2025-00037 / 分类： /
 * … / 有效性： / 有效 / 主题词：): three labels or more in a run, each over its value or over nothing,
 * one of them a document's field. Labels and values are furniture; the run's last label goes alone
 * (主题词： over the document's title, which may be as short as a value), and the title is not joined to it.
 */
function markFieldCells(all: Block[]): void {
  const isLabel = (b: Block | undefined) => b !== undefined && (CELL_LABEL.test(b.value.trim()) || BARE_DOCUMENT_FIELD.test(b.value.trim()))
  const isValue = (b: Block | undefined) => b !== undefined && !isLabel(b) && b.value.trim().length <= CELL_VALUE_MAX && !/[。！？]/.test(b.value)
  for (let i = 0; i < all.length; ) {
    if (!isLabel(all[i])) {
      i++
      continue
    }
    const cells: number[] = []
    let labels = 0
    let documentField = false
    let j = i
    while (isLabel(all[j])) {
      labels++
      documentField ||= DOCUMENT_FIELD.test(all[j].value.trim()) || BARE_DOCUMENT_FIELD.test(all[j].value.trim())
      cells.push(j)
      j++
      // (a value only between labels: under the run's last label may stand the document's title)
      if (isValue(all[j]) && isLabel(all[j + 1])) cells.push(j++)
    }
    if (labels >= 3 && documentField) for (const k of cells) all[k].kind = 'furniture'
    i = Math.max(j, i + 1)
  }
}

/** A field's label set to a table cell's width, its characters maybe spaced out: 索 引 号, 文　　号, 有 效 性, 发布机构. */
const SPACED_LABEL = '[\\u4e00-\\u9fff](?:[ \\u3000]{0,3}[\\u4e00-\\u9fff]){1,5}'
/** A field: its label, its colon, its value up to the next cell (no colon, no sentence). */
const ROW_FIELD = `${SPACED_LABEL}\\s*[:：][ \\t\\u3000]*[^\\t:：。！？]{1,80}?`
/** A row of such fields, the cells set apart by tabs or a wide gap: 索 引 号：→115…→主题分类：→国土资源. */
const FIELD_ROW = new RegExp(`^${ROW_FIELD}(?:(?:\\t+|[ \\u3000]{2,})${ROW_FIELD})*$`)
const FIELD_ROW_LABEL = new RegExp(`(?:^|\\t|[ \\u3000]{2,})(${SPACED_LABEL})\\s*[:：]`, 'g')
/** A run of field rows holds this many rows at least. */
const FIELD_ROWS_MIN = 2
/** A field row is this long at most. */
const FIELD_ROW_MAX = 160

/**
 * A government site's document fields copied as its table's rows, a label and its value in each cell (索 引 号：→… 主题分类：→…
 * / 文　　号：→… 有 效 性：→… / 名　　称：→某某通知): rows of labelled cells, two at least in a run, a document's field among their
 * labels once their spaces are gone. All the site's: the labels spaced out to a cell's width hide them from the
 * furniture's line rule, and the document's name in its row, left, is taken for the text and its headline for a copy of it.
 */
function markFieldRows(all: Block[]): void {
  const isRow = (b: Block | undefined) => b !== undefined && b.kind !== 'title' && b.value.trim().length <= FIELD_ROW_MAX && FIELD_ROW.test(b.value.trim())
  for (let i = 0; i < all.length; ) {
    let j = i
    while (isRow(all[j])) j++
    if (j - i >= FIELD_ROWS_MIN && all.slice(i, j).some((b) => hasDocumentField(b.value.trim()))) {
      for (let k = i; k < j; k++) {
        all[k].kind = 'furniture'
        all[k].data.documentFields = true
      }
    }
    i = Math.max(j, i + 1)
  }
}

function hasDocumentField(line: string): boolean {
  return [...line.matchAll(FIELD_ROW_LABEL)].some((m) => BARE_DOCUMENT_FIELD.test(m[1].replace(/[ \u3000]/g, '')))
}

/** The lists a government page sets at its end under their labels (附件下载：, 相关解读：). */
const TAIL_LIST_LABEL = /^[【[]?(?:附件下载|相关附件|附件列表|相关解读|政策解读|解读材料|相关文件)[】\]]?[:：]?$|^相关链接[:：]$/
/** An item of such a list is a title: short, without a sentence. */
const TAIL_ITEM_MAX = 60

/**
 * A government page's lists at its end: files under 附件下载： (附件1.某某清单.docx / 附件2.某某细则.pdf) and
 * readings under 相关解读： (图解：《某某方案》 / 文字解读：…). The label and its items are furniture when
 * every item is a file, or when the list runs to the page's furniture or its end; a label over text
 * is left.
 */
function markTailLists(all: Block[]): void {
  for (let i = 0; i < all.length; i++) {
    if (all[i].value.length > 12 || !TAIL_LIST_LABEL.test(all[i].value.trim())) continue
    const isItem = (b: Block) => b.kind !== 'furniture' && b.value.trim().length <= TAIL_ITEM_MAX && !/[。！？]$/.test(b.value.trim())
    let j = i + 1
    while (j < all.length && isItem(all[j])) j++
    const items = all.slice(i + 1, j)
    if (items.length === 0) continue
    if (items.every((b) => FILE_NAME_END.test(b.value.trim())) || j === all.length || all[j].kind === 'furniture') {
      for (let k = i; k < j; k++) all[k].kind = 'furniture'
    }
  }
}

/** A download under the text: 附件：某某分项指数表.xls, 附件2：某某细则.pdf (the file's name, its extension kept). */
const ATTACHMENT_FILE = /^[【[]?附件\s*[0-9０-９一二三四五六七八九十]{0,2}[】\]]?\s*[:：]\s*\S.{0,80}$/
/**
 * A download at the page's tail: a line of 附件： and a file's name with its extension, the link a site sets
 * under its article (a document's own 附件： line names its attachment's title, without a file's extension).
 * Only after the text, with nothing but furniture under it.
 */
function markAttachmentLinks(all: Block[]): void {
  for (let i = all.length - 1; i >= 0; i--) {
    if (!isContent(all[i])) continue
    const text = all[i].value.trim()
    if (ATTACHMENT_FILE.test(text) && FILE_NAME_END.test(text)) all[i].kind = 'furniture'
    return
  }
}

/**
 * A magazine's section label over its story's headline, its name in Han and again in capitals (封面故事  COVER
 * STORY, 人物  PEOPLE): the first line of the page's content, over a headline. The same shape lower on the page is a
 * section's heading and stays.
 */
const SECTION_KICKER = /^[\u4e00-\u9fff·・]{2,8}[ \u3000]+[A-Z][A-Z&'-]*(?: [A-Z][A-Z&'-]*){0,4}$/
function markSectionKicker(all: Block[]): void {
  const first = all.findIndex(isContent)
  if (first < 0 || !SECTION_KICKER.test(all[first].value.trim())) return
  const next = all.slice(first + 1).find(isContent)
  if (next && next.kind !== 'caption' && isHeadingShapedText(next.value.trim())) all[first].kind = 'furniture'
}

/** A block of the page's content: strip removes markers and furniture. */
export function isContent(block: Block): boolean {
  return block.kind !== 'furniture' && block.kind !== 'marker'
}

/**
 * A row of an article's credits, each role before its name across a bar (记者 | 某 某  摄影 | 某某): set as a
 * footer's links are, but its first item a reporter's role; the byline, not the site's links.
 */
const BYLINE_ACROSS_BARS = /^(?:本报|本刊)?(?:记者|通讯员|撰文|作者)[ \u3000]*[|｜丨]/
/** A row of the site's links across bars (联系我们 | 关于我们 | 网站地图), not an article's credits. */
function isSiteLinks(line: string): boolean {
  return patterns.siteLinks.test(line) && !BYLINE_ACROSS_BARS.test(line)
}
/** A site's or an app's name: short, without punctuation (某某县融媒体中心, 某某大学新闻网). */
const SITE_NAME = /^[\u4e00-\u9fffA-Za-z0-9·]{2,16}$/
/**
 * A site's masthead: its name, or two names set apart by a bar (某某县广播电视台 | 某某融媒), or its name and its slogan after
 * a dash, as a browser's title bar gives them (某某巷 - 某地第一生活门户).
 */
const MASTHEAD = /^[\u4e00-\u9fffA-Za-z0-9·]{2,16}(?:(?:\s*[|｜]\s*|\s+[-－–—]\s+|[ \u3000]+)[\u4e00-\u9fffA-Za-z0-9·]{2,16})?$/
/** Lines that navigate a site or open its app: a menu, a trail, a button. */
export function isNavigation(text: string): boolean {
  const line = text.trim()
  return isMenuLine(line) || SITE_TOOLS.test(line) || SITE_TOOL.test(line) || MENU_ANCHOR.test(line) || isSiteLinks(line) || patterns.breadcrumb.test(line) || /^(?:当前位置|您的位置|您当前的位置|您现在的位置|您所在的位置)/.test(line) || /^(?:打开|立即打开|下载)/.test(line)
}

/**
 * The site's or the app's name at the head of the page, over its navigation (某某县融媒体中心 / 首页 新闻 视频
 * … / 当前位置：…; 某某日报 / 打开 / 某某日报客户端): the masthead, not a headline. A headline over its
 * dateline is not over navigation.
 */
function markSiteName(all: Block[]): void {
  const first = all.findIndex(isContent)
  if (first < 0 || first > 2 || !MASTHEAD.test(all[first].value.trim())) return
  // (its name in Latin letters may stand under it: 某某市人民医院 / Mouxian People's Hospital / 首页 …)
  const latin = all[first + 1] !== undefined && all[first + 1].kind === 'body' && LATIN_NAME.test(all[first + 1].value.trim())
  const next = all[first + (latin ? 2 : 1)]
  if (next?.kind !== 'furniture' || !isNavigation(next.value)) return
  all[first].kind = 'furniture'
  if (latin) all[first + 1].kind = 'furniture'
}

/** A name in Latin letters, each word capitalised: People's Hospital of Example City. */
const LATIN_NAME = /^[A-Z][A-Za-z'’.&-]*(?: (?:[A-Z][A-Za-z'’.&-]*|of|and|the|for)){1,8}$/

/** A headline is this long at most (counted as the shape tests count). */
export const HEADLINE_MAX = 40

/**
 * The page's first line of content over a web page's dateline (某地：一片桑叶“织”出致富路，农户均增收3万元 /
 * 2025-05-06 19:47·某地·…创作者, or over 2025-03-18 08:26:41　来源：…): the article's headline, though it holds
 * a comma; not the first half of a paragraph cut before the dateline, which is no place for a cut.
 */
function markHeadlineOverDateline(all: Block[]): void {
  const first = all.findIndex(isContent)
  const next = all[first + 1]
  if (first < 0 || all[first].kind !== 'body' || next?.kind !== 'furniture' || all[first].data.depth !== undefined) return
  const line = all[first].value.trim()
  if (isVisiblyLonger(line, HEADLINE_MAX) || /[。！？!?；;：:]$/.test(line) || /[。；;]/.test(line)) return
  // (the author's name may stand between, furniture as the dateline is)
  const isDateline = (b: Block | undefined) => b?.kind === 'furniture' && (CREATOR_DATELINE.test(b.value.trim()) || ACCOUNT_DATELINE.test(b.value.trim()) || patterns.webDateline.test(b.value.trim()) || patterns.accountDateline.test(b.value.trim()))
  if (isDateline(next) || isDateline(all[first + 2])) all[first].kind = 'title'
}

/** A web page's dateline or its fields under the headline: the date and source, a creator's, a post's time and place, 作者：/来源：. */
export function isPageDateline(text: string): boolean {
  const line = text.trim()
  if (line.length > 120) return false
  return patterns.webDateline.test(line) || patterns.accountDateline.test(line) || patterns.postedAt.test(line) || CREATOR_DATELINE.test(line) || ACCOUNT_DATELINE.test(line) || TIME_PLACE.test(line) || METADATA_START.test(line)
}
/** Marks a headline holds, and a short line under it (an author's name, a rating) does not. */
const HEADLINE_MARKS = /[，,、：:？?！!“”"《》]/
/** A source and a name set apart, as a byline is: 某某客户端某某频道 赵某某. */
export const SOURCE_AND_NAME = /^\S+[ \u3000]+[\u4e00-\u9fff]{2,3}$/
/** Lines over the headline are this long at most, a menu on one line too. */
export const CHROME_LINE_MAX = 60
/** A frame around a site's page (a cache's banner) over the site's navigation holds this many lines at most. */
const FRAME_LINES_MAX = 6
/** The page's dateline is sought among its first blocks. */
const HEAD_BLOCKS = 40

/**
 * The headline of a web or app page is the line over its dateline (the date and source, a creator's
 * dateline, 作者：/来源：, a post's time and place), or over a line or two between (an author's name, a
 * rating: 南山有鹿 / 力荐); the short lines over the headline, before any text, are the site's or the app's
 * (its name, 下载某某APP, 添加到桌面, a 主办 line, a promo banner, a menu): furniture, and so are the few lines of a frame
 * around the site's page over the site's own navigation, sentences or not (a cache's banner: 网页快照 / 您查看的是某某网页
 * 保存的副本，… / 清溪新闻网 / 首页 | 本地新闻 | …). The headline is told by
 * its length or its marks from the short lines between; without one, or with a sentence over it,
 * nothing is changed.
 */
function markChromeOverHeadline(all: Block[]): void {
  const end = Math.min(all.length, HEAD_BLOCKS)
  // (a frame around the site's page, over the site's own navigation: a cache's or a reader's banner, 这是某某网页的快照，…
  // / 以下搜索词已标明：…; a few lines, sentences or not)
  const nav = all.findIndex((b, i) => i > 0 && i <= FRAME_LINES_MAX && b.kind === 'furniture' && isNavigation(b.value))
  let d = -1
  for (let i = 1; i < end; i++) {
    if (all[i].kind === 'furniture' && isPageDateline(all[i].value)) {
      d = i
      break
    }
    // (the text has started)
    if (all[i].kind === 'body' && all[i].value.length > CHROME_LINE_MAX && i > nav) return
  }
  if (d < 0) return
  // (the lines over the dateline, set together: furniture or a byline may stand between them and it)
  let k = d - 1
  // (a byline classify's rules did not know stands between too: 某某客户端某某频道　记者 张三)
  while (k >= 0 && (all[k].kind === 'furniture' || all[k].kind === 'byline' || isRoleAndName(all[k].value.trim()))) k--
  // (one line is the headline; of more, the topmost one long or marked as a headline is, not a name or
  // a source and a name under it: 某某客户端某某频道 赵某某)
  const strong = (i: number) => {
    const line = all[i].value.trim()
    return (isVisiblyLonger(line, 12) || HEADLINE_MARKS.test(line)) && !SOURCE_AND_NAME.test(line)
  }
  // (a line that says something of its subject is no name, though no longer than a name may be: a headline of twelve
  // characters, 江滨公园新添一条滨水步道, reads as a clause; an account's name, 某某慢生活, 青禾县融媒体中心, does not,
  // and a user's name that does is short, 风里有座山_)
  const headlineNotName = (i: number) => strong(i) || (isVisiblyLonger(all[i].value.trim(), CLAUSED_NAME_MAX) && isSubjectVerbClause(all[i].value.trim()))
  const group: number[] = []
  // (a blank line over the headline's lines sets them apart from the lines over it: a slogan over a blank is the
  // site's, 全市百名记者在线, 某某客户端 · 看见不一样的城市; a name under a blank, the headline over it, is not yet the headline)
  for (; k >= 0 && group.length < 3 && isContent(all[k]) && !(group.some(headlineNotName) && !isSetTogether(all[k], all[k + 1])); k--) {
    const line = all[k].value.trim()
    if (all[k].data.depth !== undefined || isVisiblyLonger(line, HEADLINE_MAX) || /[。；;]/.test(line) || /[：:]$/.test(line)) return
    group.push(k)
  }
  let h = group.length === 1 ? group[0] : (group.filter(strong).pop() ?? -1)
  // (a subtitle, ——…, hangs from the headline over it, though it is the longer line)
  if (h > 0 && patterns.subtitleDash.test(all[h].value.trim()) && group.includes(h - 1)) h--
  if (h < 0) return
  // (a line set together with the headline in a block of its own, a blank line over the block, is the headline's: its
  // kicker over it, 老菜场换新颜 / 二百多个摊位搬进了…, or its second line under it, …关于春节假期期间 / 调整部分公交线路的
  // 通告; a poster's name or a rating stands apart from the headline)
  const own = (k: number) => group.includes(k) && isHeadlineBlockLine(all, k, h)
  const over = all.slice(0, h).filter((b, k) => isContent(b) && !own(k))
  // (the frame's lines, over the navigation, by identity: a set, not a search of the page for each line)
  const framed = new Set(all.slice(0, Math.max(nav, 0)))
  if (!over.every((b) => framed.has(b) || (b.data.depth === undefined && b.value.trim().length <= CHROME_LINE_MAX && !/[。！？!?；;，,]/.test(b.value)))) return
  for (const b of over) b.kind = 'furniture'
  // (a subtitle set under it, ——…, is one, whatever an earlier reading made it: the output marks it ## and reads it so again)
  for (const k of [h, ...group.filter(own)]) {
    const subtitle = k > h && patterns.subtitleDash.test(all[k].value.trim())
    if (subtitle && all[k].kind === 'title') all[k].kind = 'subtitle'
    else if ((all[k].kind === 'body' || all[k].kind === 'heading') && !subtitle) all[k].kind = 'title'
  }
  // (settle reads the page again without the dateline and chrome that told the headline: it stays one)
  if (all[h].kind === 'title') all[h].data.headline = true
  // (an author's or account's name alone between the headline and the dateline is the page's, as the
  // dateline is: 某某慢生活 / 编辑于 2025-04-02 江苏)
  for (const k of group) if (k > h && !own(k) && all[k].kind !== 'byline' && AUTHOR_NAME.test(all[k].value.trim())) all[k].kind = 'furniture'
}

/**
 * A printed view's head set again at the top of each page, under the page break's folio (某某网 / www.某某.cn　打印时间：…
 * / text… / -- 第 1 页 共 2 页 -- / 某某网 / www.某某.cn　打印时间：… / text…): the lines under a folio that repeat, in
 * order, the page's first lines, which are its furniture there, are its furniture again. Read without spaces.
 */
function markHeadAgainUnderFolio(all: Block[]): void {
  const key = (b: Block) => b.value.trim().replace(SPACES, '')
  const head: string[] = []
  for (const b of all) {
    if (b.kind !== 'furniture') break
    head.push(key(b))
  }
  if (head.length === 0) return
  for (let i = head.length; i < all.length; i++) {
    const line = all[i].value.trim()
    if (all[i].kind !== 'furniture' || !(isPrintFolio(line) || patterns.pageNumber.test(line))) continue
    for (let k = 0; k < head.length && i + 1 + k < all.length && key(all[i + 1 + k]) === head[k]; k++) all[i + 1 + k].kind = 'furniture'
  }
}

/** A page's number with the count of pages, in words: 第 2 页 共 3 页, 共3页 第2页, 第2页/共3页 (page, then count). */
const PAGE_OF_COUNT = new RegExp(
  `^[-—–－·\\s]*(?:第\\s*(${PAGE_FIGURE})\\s*页\\s*[，,/／]?\\s*共\\s*(${PAGE_FIGURE})\\s*页|共\\s*(${PAGE_FIGURE})\\s*页\\s*[，,/／]?\\s*第\\s*(${PAGE_FIGURE})\\s*页)[-—–－·\\s]*$`,
)

/**
 * A document shown by a site, each of its pages closed by the count of its pages (text… / 第 1 页 共 2 页 / text… / 第 2 页
 * 共 2 页 / 本文档由用户上传，本站仅提供存储空间。如有侵权请联系删除。 / 开通会员 免费下载): the feet tell where the document ends,
 * and the lines under its last page's foot are the site's, a sentence among them too (flagged). Read so only when every
 * page's foot is there, in order, under text of the page: a count of pages set at the head of each page stands over
 * its text.
 */
function markAfterLastPageFoot(all: Block[]): void {
  const feet: Array<{ at: number; page: number; count: number }> = []
  for (let i = 0; i < all.length; i++) {
    if (all[i].kind !== 'furniture') continue
    const m = PAGE_OF_COUNT.exec(all[i].value.trim().normalize('NFKC'))
    if (m) feet.push({ at: i, page: Number(m[1] ?? m[4]), count: Number(m[2] ?? m[3]) })
  }
  const count = feet[0]?.count
  if (count === undefined || count < 2 || feet.length !== count || !feet.every((f, k) => f.page === k + 1 && f.count === count)) return
  const textOver = (from: number, to: number) => all.slice(from, to).some((b) => b.kind === 'body')
  if (!feet.every((f, k) => textOver(k === 0 ? 0 : feet[k - 1].at + 1, f.at))) return
  for (let i = feet[feet.length - 1].at + 1; i < all.length; i++) {
    const block = all[i]
    if (block.kind === 'furniture' || block.kind === 'marker') continue
    block.kind = 'furniture'
    if (hasSentencePunctuation(block.value)) block.data.doubt = "read as the site's, under the foot of the document's last page"
  }
}

/** Whether two blocks stand on consecutive lines of the source, no blank line between. */
export function isSetTogether(upper: Block, lower: Block): boolean {
  return upper.position.end.line + 1 === lower.position.start.line
}
/**
 * Whether the line k, right over or under the headline h, is set together with it in a block of its own: no blank line
 * between the two, and a blank line over the block (on a page that sets no blank line, nothing tells the headline's
 * lines from the chrome's).
 */
export function isHeadlineBlockLine(all: Block[], k: number, h: number): boolean {
  if (Math.abs(k - h) !== 1) return false
  const top = Math.min(k, h)
  return isSetTogether(all[top], all[top + 1]) && (top === 0 || !isSetTogether(all[top - 1], all[top]))
}
/** An author's or account's name: a word or two of letters, without marks or spaces. */
export const AUTHOR_NAME = /^[\u4e00-\u9fffA-Za-z0-9_·]{2,12}$/
/** The longest a user's name that reads as a clause runs (风里有座山, 我在江边等风来): a clause longer is a headline. */
const CLAUSED_NAME_MAX = 8

/** A public account's video placeholder: 视频 over its length, ，时长00:48. */
const VIDEO_WORD = /^(?:视频|微信视频)$/
const VIDEO_DURATION = /^[，,]\s*时长/

function markVideoPlaceholders(all: Block[]): void {
  // a player's counter saved a field a line: 00:00 / / / 01:52
  for (let i = 0; i + 2 < all.length; i++) {
    if (all[i].value.length > 8 || !CLOCK_ALONE.test(all[i].value.trim()) || !/^[/／]$/.test(all[i + 1].value.trim()) || !CLOCK_ALONE.test(all[i + 2].value.trim())) continue
    for (let k = i; k < i + 3; k++) all[k].kind = 'furniture'
  }
  for (let i = 0; i + 1 < all.length; i++) {
    if (VIDEO_WORD.test(all[i].value.trim()) && VIDEO_DURATION.test(all[i + 1].value.trim()) && all[i + 1].kind === 'furniture') all[i].kind = 'furniture'
  }  // a picture's placeholder with its alt text ([图片: 某某走势]) right over the page's own caption of that picture (图1：…):
  // the caption says it, the placeholder is the dump's
  for (let i = 0; i + 1 < all.length; i++) {
    const text = all[i].value.trim()
    if (all[i].kind !== 'caption' || text.length > 130 || !patterns.captionPlaceholder.test(text)) continue
    const next = all[i + 1].value.trim()
    if (all[i + 1].kind === 'caption' && !patterns.captionPlaceholder.test(next) && !patterns.markdownImage.test(next)) all[i].kind = 'furniture'
  }
}

/** A creator's dateline on a self-media platform: 2025-05-06 19:47·某地·三农领域创作者. */
const CREATOR_MARK = /[·・•]/
const CREATOR_AUTHOR = new RegExp(`^(?:原创\\s*)?${DATE}(?:${WEB_TIME})?\\s*[·・•]\\s*([\\u4e00-\\u9fff]{4,8})$`)
const CREATOR_DATELINE = new RegExp(`^(?:原创\\s*)?${DATE}(?:${WEB_TIME})?\\s*[·・•]\\s*[\\u4e00-\\u9fff]{2,8}(?:\\s*[·・•]\\s*\\S{1,16})?$`)

/**
 * A self-media author's name: over the creator's dateline (巴渝某某观察 / 2025-05-06 19:47·重庆·…创作者 /
 * +关注), and again on the author's card at the page's end (巴渝某某观察 / 优质…创作者 / 粉丝… / +关注): the
 * dateline and the name are furniture.
 */
function markCreatorCard(all: Block[]): void {
  const names = new Set<string>()
  for (let i = 1; i < all.length; i++) {
    // (or such a dateline over two lines, the account's label under the time: 2021-06-18 08:47:36 发布于某省 / 某某日报官方账号)
    const overLabel = () => all[i + 1] !== undefined && all[i + 1].value.length <= 40 && ACCOUNT_LABEL.test(all[i + 1].value.trim()) && isPageDateline(all[i].value)
    if (!isAuthorDateline(all[i].value) && !overLabel()) continue
    all[i].kind = 'furniture'
    // (the author named in the dateline after its time, 原创2025-06-14 09:26·某某老周, as a place is not:
    // its card under the dateline names it again)
    const author = CREATOR_AUTHOR.exec(all[i].value.trim())?.[1]
    if (author) names.add(author)
    const name = all[i - 1].value.trim()
    // (the name stands under the headline: a line with nothing of the page's text over it is the headline)
    const underHeadline = all.slice(0, i - 1).some(isContent)
    if (SITE_NAME.test(name) && underHeadline) {
      all[i - 1].kind = 'furniture'
      names.add(name)
    }
  }
  if (names.size === 0) return
  for (let i = 0; i + 1 < all.length; i++) if (names.has(all[i].value.trim()) && all[i + 1].kind === 'furniture') all[i].kind = 'furniture'
}

/** A forum post's footer: its buttons (回复, 支持 反对, 使用道具 举报). */
const POST_FOOTER = /^(?:使用道具\s*举报|举报|回复|支持\s*反对|评分|收藏)$/
/** A poster's card in a forum, each short (积分 / 5862 / 帖子 / 1406 / 版主). */
const CARD_LINE_MAX = 12
/** A poster's signature, under a rule, stands in this many lines at most. */
const SIGNATURE_LINES = 3

/**
 * A forum thread (Discuz): the poster's name over 某某 当前离线, the card between it and the post's head
 * (积分 / 5862 / 帖子 / … / 发表于 …), the signature under a rule of dashes over the post's buttons
 * (------ / 人生如茶… / 某某 | QQ群：… / 回复 / 使用道具 举报); and after the first post's buttons the
 * replies, each under its own head, to the page's end: all furniture. The first post's text stays.
 */
function markForumThread(all: Block[]): void {
  const heads = all.map((b, i) => (patterns.postHead.test(b.value.trim()) ? i : -1)).filter((i) => i >= 0)
  if (heads.length === 0) return
  for (let i = 0; i < all.length; i++) {
    const online = /^(\S{1,16})\s+当前(?:离线|在线)$/.exec(all[i].value.trim())
    if (!online) continue
    if (all[i - 1]?.value.trim() === online[1]) all[i - 1].kind = 'furniture'
    // (the card: short lines down to the post's head)
    const head = heads.find((h) => h > i)
    if (head !== undefined && head - i <= 16 && all.slice(i + 1, head).every((b) => b.value.trim().length <= CARD_LINE_MAX)) {
      for (let k = i + 1; k < head; k++) all[k].kind = 'furniture'
    }
  }
  const footer = all.findIndex((b, i) => i > heads[0] && POST_FOOTER.test(b.value.trim()) && b.kind === 'furniture')
  if (footer < 0) return
  // (the signature: a rule, then a few short lines, then the buttons)
  for (let k = footer - 1; k >= Math.max(heads[0] + 1, footer - SIGNATURE_LINES - 1); k--) {
    if (!patterns.separator.test(all[k].value.trim())) continue
    for (let m = k; m < footer; m++) all[m].kind = 'furniture'
    break
  }
  // (the replies, when another post's head follows)
  if (heads.some((h) => h > footer)) for (let k = footer; k < all.length; k++) all[k].kind = 'furniture'
}

/** An e-paper's list of the page's headlines: 本版标题导航 over them. */
const PAGE_NAVIGATION = /^(?:本版标题导航|本版导航|标题导航|本版新闻)[:：]?$/

/**
 * An e-paper's list of the page's headlines (本版标题导航 / 瓯江某某通过省级验收 / 全市… / 图片新闻) over
 * the article, whose headline is the list's first again: the list is the label's lines down to the
 * headline set again, but for the line just over it, which may be its kicker (unless a blank line sets it
 * apart from the headline and none from the list). Without the
 * headline set again the end of the list is unknown, and only the label goes.
 */
function markPageNavigation(all: Block[]): void {
  for (let i = 0; i < all.length; i++) {
    if (all[i].value.length > 12 || !PAGE_NAVIGATION.test(all[i].value.trim())) continue
    all[i].kind = 'furniture'
    const seen = new Set<string>()
    let j = i + 1
    for (; j < all.length && all[j].kind === 'body' && isListedHeadline(all[j].value) && !seen.has(all[j].value.trim()); j++) seen.add(all[j].value.trim())
    if (j >= all.length || !seen.has(all[j].value.trim())) continue
    // (the line over the headline is the list's last item, not its kicker, when the layout sets it with the list and
    // apart from the headline: 本版标题导航 / 山里通了公交车 / 古桥修缮完工 / (blank) / 山里通了公交车)
    const listed = j - 2 > i && isSetTogether(all[j - 2], all[j - 1]) && !isSetTogether(all[j - 1], all[j])
    for (let k = i + 1; k < (listed ? j : j - 1); k++) all[k].kind = 'furniture'
  }
}

/** A site's contact fields in its footer: 地址：… 电话：…, 地址：… 邮编：…. */
// (the address may be named for the body: 医院地址：…; or the telephones alone fill the line: 总机：… 急诊电话：…)
const CONTACT_FIELDS = /^(?:[\u4e00-\u9fff]{0,4}地址|通讯地址|联系地址)\s*[:：].{2,40}(?:电话|邮编|传真|邮箱)\s*[:：]|^(?:[\u4e00-\u9fff]{0,6}(?:电话|总机|热线|传真)\s*[:：]\s*[0-9()（）\-－]{5,20}[\s\u3000]*){2,}$/

/**
 * A record's field, its label in black brackets and a short value of no sentence (【专题】：农业经济, 【分类号】：F326.13), or
 * the text's opening the record cuts with an ellipsis (【内容速览】：某某时节，走进……).
 */
const RECORD_FIELD = /^【[\u4e00-\u9fff]{2,6}】\s*[:：]\s*(?:[^。！？!?]{1,50}|\S.{0,240}?(?:…+|\.{3,}))$/

/** Who built or runs the site, a footer's last field: 技术支持：某某科技, 网站建设：…. */
const SITE_BUILDER = /^(?:技术支持|技术服务|网站建设|网站设计|设计制作)(?:单位)?\s*[:：]\s*\S.{0,30}$/

/**
 * A site's address and telephone, or who built it, closing the page under its footer (版权所有：… 某ICP备…号 /
 * 地址：… 联系电话：…, 技术支持：…): the footer's, as between footer lines.
 */
function markContactsUnderFooter(all: Block[]): void {
  const last = all.length - 1
  if (last < 1 || all[last].kind === 'furniture' || all[last].value.length > 80 || all[last - 1].kind !== 'furniture') return
  const line = all[last].value.trim()
  if ((CONTACT_FIELDS.test(line) || SITE_BUILDER.test(line)) && patterns.siteFooter.test(all[last - 1].value.trim())) all[last].kind = 'furniture'
}

/** A site's menu item: a word or two (新闻, 体育, 登录); the menu names its home or the login. */
const MENU_ITEM = /^(?:(?=[\u4e00-\u9fffA-Za-z0-9]*[\u4e00-\u9fffA-Za-z])[\u4e00-\u9fffA-Za-z0-9]{1,6}|[A-Za-z]{7,8})$/
const MENU_ANCHOR = /^(?:首页|网站首页|返回首页|[\u4e00-\u9fff]{1,4}首页|登录|注册|English|网站导航|导航)$/
/** A search box's placeholder among a menu's links: 搜索声音、专辑、主播, 请输入关键词, 搜索. */
const MENU_SEARCH_BOX = /^(?:搜索|请输入|输入关键)[^\s，。,；;！？!?]{0,14}$/
/** Menu items a column must hold: a list of four is not yet a menu. */
const MENU_MIN_ITEMS = 5

/**
 * The end of a column of menu items from line i, one item a line, each matching `item`. A menu saved line under line
 * ends over a word or two set alone between blank lines under it: the short headline, not an item.
 */
function menuColumnEnd(all: Block[], i: number, item: RegExp): number {
  let j = i
  let together = false
  // (a label over the text under it, 编者按, is no item: the column ends over it, set apart or not)
  while (j < all.length && all[j].value.length <= 10 && item.test(all[j].value.trim()) && !patterns.label.test(all[j].value.trim())) {
    if (j > i && isSetTogether(all[j - 1], all[j])) together = true
    else if (j > i && together && (j + 1 >= all.length || !isSetTogether(all[j], all[j + 1]))) break
    j++
  }
  return j
}

/**
 * A site's menu saved one item a line (网易首页 / 应用 / 新闻 / 体育 / … / 登录 / 注册): five short words
 * or more in a row, one of them the home page or the login, are furniture. A list of names or of
 * places under a label has no such item.
 */
function markMenuColumns(all: Block[]): void {
  for (let i = 0; i < all.length; ) {
    const j = menuColumnEnd(all, i, MENU_ITEM)
    // (fewer between two lines of furniture: a bar's links over the column, a trail under it)
    const amongFurniture = j - i >= 3 && i > 0 && all[i - 1].kind === 'furniture' && j < all.length && all[j].kind === 'furniture'
    if ((j - i >= MENU_MIN_ITEMS || amongFurniture) && all.slice(i, j).some((b) => MENU_ANCHOR.test(b.value.trim()))) {
      for (let k = i; k < j; k++) all[k].kind = 'furniture'
    }
    i = Math.max(j, i + 1)
  }
}

/**
 * A long column with no home nor login, ten items or more: a footer's menu when one of them is a button the page
 * already reads as the site's, 意见反馈 or 举报; its items may run to eight characters, 未通过词条申诉. Its last
 * item over text (past bare numbers) heads that text: 参考资料 over the references.
 */
function markFooterMenuColumns(all: Block[]): void {
  for (let i = 0; i < all.length; ) {
    const j = menuColumnEnd(all, i, FOOTER_MENU_ITEM)
    let next = j
    while (next < all.length && all[next].kind === 'furniture' && BARE_COUNT.test(all[next].value.trim())) next++
    const end = next < all.length && all[next].kind !== 'furniture' ? j - 1 : j
    if (end - i >= 2 * MENU_MIN_ITEMS && all.slice(i, end).some((b) => b.kind === 'furniture') && all.slice(i, end).some((b) => b.kind !== 'furniture')) {
      for (let k = i; k < end; k++) all[k].kind = 'furniture'
    }
    i = Math.max(j, i + 1)
  }
}
/**
 * The lines that open the page, printed again as a group at the head of each next screen or page: a phone's status bar
 * and an app's title bar over each screenshot of a long post (10:42 ◀ 微信 / 5G 87 / < 笔记详情), a report's header of
 * two lines at each page's top. Two lines or more, short and of no sentence, the same group twice more at least: each
 * time the frame's. (One line alone repeated is left to the running heads: a review's section heads repeat.)
 */
function markScreenHeads(all: Block[]): void {
  for (const i of screenHeadLines(all.map((b) => b.value))) all[i].kind = 'furniture'
}

/**
 * The line over a screen's head (see markScreenHeads) that holds a clause's mark and ends no sentence is cut by the
 * screen's edge, its text going on under the next screen's head: running text, no heading, for join to read across.
 * (Read once every kind is settled: the heads are read by their neighbours last.)
 */
function unheadScreenEdges(all: Block[]): void {
  const heads = new Set(screenHeadLines(all.map((b) => b.value)))
  for (const i of heads) {
    // (the text under a later screen's head, where the screenshot overlaps the one before: dedup reads it however short)
    const under = all[i + 1]
    if (i > 0 && under !== undefined && !heads.has(i + 1) && heads.has(i - 1)) under.data.screenTop = true
    const over = all[i - 1]
    if (i === 0 || heads.has(i - 1) || over.data.depth !== undefined) continue
    if ((over.kind === 'heading' || over.kind === 'title' || over.kind === 'subtitle') && !endsComplete(over.value.trim()) && CLAUSE_MARK_IN_LINE.test(over.value)) over.kind = 'body'
  }
}
/** A clause's mark inside a line: a line of running text, not a head. */
const CLAUSE_MARK_IN_LINE = /[，,、；;]/

/** The lines, by index, of the group that opens the page and is printed again at each next screen's head (see markScreenHeads). */
export function screenHeadLines(values: string[]): number[] {
  // (each line's key made once, when first asked: each size of group walks the page again)
  const keys: Array<string | undefined> = []
  const key = (i: number) => (keys[i] ??= values[i].trim().replace(SPACES, ''))
  for (let size = 4; size >= 2; size--) {
    if (values.length < size * 3) continue
    const group = values.slice(0, size).map((_, k) => key(k))
    if (group.some((text) => text.length === 0 || text.length > 30 || /[。！？!?，,]/.test(text)) || new Set(group).size < size) continue
    const at: number[] = []
    for (let i = size; i + size <= values.length; i++) {
      if (group.every((text, k) => key(i + k) === text)) {
        at.push(i)
        i += size - 1
      }
    }
    if (at.length >= 2) return [0, ...at].flatMap((i) => group.map((_, k) => i + k))
  }
  return []
}

/**
 * A paywall's label or note, in any of its phrasings: 付费阅读, 本文为某某会员专享内容，订阅后可阅读全文, 订阅后查看全文; also
 * one telling how much of the text it hides, maybe set between dashes (— 本文为付费内容，剩余约2400字 —).
 */
const PAYWALL_HEAD = /^(?:[—–―─-]+[ \u3000]*)?(?:(?:本文|本篇|此文|全文)?(?:为|是)?(?:付费|会员|订阅)(?:内容|文章|阅读|专享)[，,][ \u3000]*(?:剩余|余下|还剩|剩下|尚余)(?:约|近|超过)?[ \u3000]*[0-9][0-9,]*[ \u3000]*字(?:未读)?|付费(?:阅读|内容|文章)|(?:会员|订阅用户?)专享|本文为[^。！？]{0,16}(?:会员|订阅用户?|付费用户)专享(?:内容|文章)?[^。！？]{0,20}|[^。！？]{0,16}(?:订阅|付费|购买|开通会员)后(?:即可|可|方可)?(?:阅读|查看|解锁)(?:全文|完整内容|剩余内容)[^。！？]{0,12})(?:[ \u3000]*[—–―─-]+)?$/
/** A line of a paywall's box: a price, a subscription's or a login's button (¥ 10 单篇购买　立即订阅 ¥ 498/年, 已订阅？ 登录). */
const PAYWALL_LINE = /[¥￥][ \u3000]*[0-9]|订阅|购买|登录|开通会员/

/**
 * A paywall's box set in the text (付费阅读 / 本文为…会员专享内容，订阅后可阅读全文 / ¥ 10 单篇购买… / 已订阅？ 登录 | …):
 * its label or note and the short lines of prices and buttons under it, no sentence among them, are the site's.
 */
function markPaywallBox(all: Block[]): void {
  for (let i = 0; i < all.length; i++) {
    if (all[i].value.length > 60 || !PAYWALL_HEAD.test(all[i].value.trim())) continue
    let j = i + 1
    while (j < all.length && (PAYWALL_HEAD.test(all[j].value.trim()) || (all[j].value.length <= 60 && PAYWALL_LINE.test(all[j].value) && !/。/.test(all[j].value)))) j++
    // (a label alone is no box: a price or a button under it shows the paywall)
    if (j - i < 2 || !all.slice(i + 1, j).some((b) => PAYWALL_LINE.test(b.value))) continue
    for (let k = i; k < j; k++) all[k].kind = 'furniture'
    i = j - 1
  }
}

/** A dialog's row of buttons that closes a popup: 查看详情　我知道了 ×, 关闭, 不再提示 (two buttons at least, or one with its ×). */
const DIALOG_BUTTONS = /^(?:(?:查看详情|了解详情|立即查看|我知道了|知道了|我已知晓|关闭|确定|取消|不再提示|稍后再说|下次再说|[×✕╳]|\[[×✕xX]\])[ \u3000]*){2,}$/
/** Blocks at the page's head a popup may hold before its buttons. */
const POPUP_MAX = 10

/**
 * A popup over the page (重要公告 / the notice's title, salutation, opening items / 查看详情　我知道了 ×): the lines at the
 * page's head closed by a dialog's buttons, most of them printed again below (the notice itself, maybe worded a little
 * otherwise or cut short), are the site's, buttons and all: the page's own text stays.
 */
function markPopupCopy(all: Block[]): void {
  const end = all.slice(0, POPUP_MAX + 1).findIndex((b) => DIALOG_BUTTONS.test(b.value.trim()))
  if (end < 2) return
  const later = all.slice(end + 1).map((b) => foldForCompare(b.value))
  const copied = all.slice(0, end).filter((b) => {
    const key = foldForCompare(b.value)
    return key.length >= 4 && later.some((other) => other === key || (key.length >= 8 && other.length >= 8 && (other.startsWith(key.slice(0, 8)) || other.includes(key))))
  }).length
  if (copied * 2 < end + 1 || copied < 2) return
  for (let i = 0; i <= end; i++) all[i].kind = 'furniture'
}

/** The head of a text browser's list of the page's links, at its end (lynx -dump: References / 1. http://…). */
const LINK_LIST_HEAD = /^(?:References|Links|Visible links|Hidden links|参考链接|链接列表)[:：]?$/
/** An entry of that list: its number and an address. */
const LINK_LIST_ENTRY = /^[0-9]{1,4}\.[ \u3000]+(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|file:)\S*$/i
/** A link's number in the text where the dump set it: [12]某某. */
const LINK_MARK = /\[([0-9]{1,4})\]/g
/** A picture's placeholder a text browser writes, bare or with its alt text: [IMG], [INLINE], [IMG] 某某耳机 陶瓷白. */
const DUMP_PICTURE = /^\[(?:IMG|INLINE|IMAGE|img|image)\](?:[ \u3000]+[^。！？!?]{1,60})?$/

/**
 * A text browser's dump (lynx -dump) numbers each link in brackets where it stands ([12]某某) and lists the
 * addresses by number under References at the page's end. The page tells it by itself: the list's numbers
 * are the marks in its text. The list is the dump's; a line of links (a menu, a breadcrumb, the author's
 * card, a button row, a comment's name, a related story) holds a mark and no sentence and is the site's, so
 * is a short label set between two such lines (值友评论) and a picture's placeholder with its alt text over a
 * line of links (a product's card); a bare placeholder is the dump's.
 */
function markLinkDump(all: Block[]): void {
  const head = all.findIndex((block, i) => LINK_LIST_HEAD.test(block.value.trim()) && i + 1 < all.length && all.slice(i + 1).every((entry) => LINK_LIST_ENTRY.test(entry.value.trim())))
  if (head <= 0) return
  const listed = new Set(all.slice(head + 1).map((entry) => entry.value.trim().match(/^[0-9]+/)![0]))
  const cited = new Set([...all.slice(0, head).flatMap((block) => [...block.value.matchAll(LINK_MARK)].map((m) => m[1]))])
  // (the page's own proof: most listed numbers are marks in its text)
  if ([...listed].filter((n) => cited.has(n)).length < Math.max(2, listed.size * 0.6)) return
  for (let i = head; i < all.length; i++) all[i].kind = 'furniture'
  const linkLine = (block: Block) => {
    const text = block.value.trim()
    if (text.length > 80 || !LINK_MARK.test(text)) return false
    LINK_MARK.lastIndex = 0
    return !/[。！？!?]/.test(text.replace(LINK_MARK, ''))
  }
  const links = all.slice(0, head).map(linkLine)
  for (let i = 0; i < head; i++) {
    const text = all[i].value.trim()
    if (links[i]) all[i].kind = 'furniture'
    else if (/^\[(?:IMG|INLINE|IMAGE|img|image)\]$/.test(text)) all[i].kind = 'furniture'
    else if (i + 1 < head && links[i + 1] && (DUMP_PICTURE.test(text) || (i > 0 && links[i - 1] && text.length <= 8 && /^[\p{Script=Han}A-Za-z]+$/u.test(text)))) all[i].kind = 'furniture'
  }
}

/** A footer menu's item: a short name, no mark nor figure (帮助中心, 投诉侵权信息). */
const FOOTER_MENU_ITEM = /^[\u4e00-\u9fffA-Za-z]{2,8}$/

/** A link of a site's footer: a short name (帮助中心, 合作&服务, 知乎指南). */
const FOOTER_LINK = /^[\u4e00-\u9fffA-Za-z&]{2,8}$/

/**
 * A site's footer links on one line, set apart by spaces or dots (帮助中心 微博客服 自助服务 合作&服务 举报中心 /
 * 某某 · 某某指南 · 某某协议), four or more, right over its licence or copyright line, or under it at the page's end.
 */
function markFooterLinks(all: Block[]): void {
  const isFooter = (b: Block | undefined) => b !== undefined && b.kind === 'furniture' && b.value.length <= 120 && patterns.siteFooter.test(b.value.trim())
  for (let i = 0; i < all.length; i++) {
    if (all[i].kind === 'furniture' || all[i].value.length > 60 || !SPACE.test(all[i].value)) continue
    const items = all[i].value.trim().split(/[\s\u3000]*[·・][\s\u3000]*|[\s\u3000]+/)
    if (items.length < 4 || !items.every((item) => FOOTER_LINK.test(item))) continue
    // (under it only at the page's end: a line of words under a footer, with text after it, may be the text's)
    if (isFooter(all[i + 1]) || (isFooter(all[i - 1]) && all.slice(i + 1).every((b) => b.kind === 'furniture'))) all[i].kind = 'furniture'
  }
}

/** A platform's bare count, its label an icon the text dump lost: 1.3万, 2847. */
const BARE_COUNT = /^[0-9]{1,6}(?:\.[0-9])?\s*万?$/

/**
 * Bare counts in a run under furniture (+1 / 1.3万 / 2847 / 128), down to furniture or the page's end: a
 * platform's buttons whose icons the dump lost. Under text, or with text under them, a figure stays.
 */
function markCountsAfterFurniture(all: Block[]): void {
  for (let i = 1; i < all.length; i++) {
    if (all[i - 1].kind !== 'furniture' || all[i].kind === 'furniture' || all[i].value.length > 10 || !BARE_COUNT.test(all[i].value.trim())) continue
    let j = i
    while (j < all.length && all[j].kind !== 'furniture' && all[j].value.length <= 10 && BARE_COUNT.test(all[j].value.trim())) j++
    if (j === all.length || all[j].kind === 'furniture') for (let k = i; k < j; k++) all[k].kind = 'furniture'
    i = j
  }
}

/** A teaser's stamp: its date (2025-04-10, 05-28), its age (2天前, 昨天 21:04) or its count (326评论, 1.2万阅读). */
export const TEASER_STAMP = new RegExp(`^(?:${DATE}(?:${WEB_TIME})?|\\d{1,2}-\\d{1,2}(?:${WEB_TIME})?|${AGE}|[0-9.]+\\s*万?\\+?\\s*(?:评论|阅读|浏览|播放|点赞|回复|跟贴))$`)
/** A teaser's headline or source line is this long at most. */
const TEASER_LINE_MAX = 40

/**
 * A list of other articles' teasers, each a headline, maybe its source or account line, then its date,
 * age or count (“乡村医生”如何留得住？ / 强国号 · 健康中国 / 2025-04-10 / 贵州：… / … / 2025-04-09; 山东小伙… /
 * 三农观察员小李 / 326评论 / 2天前): two teasers or more in a row, under furniture or a short label (推荐),
 * running to furniture or the page's end, are furniture with their label. A line with a full stop is
 * text, and ends the list.
 */
function markTeaserLists(all: Block[]): void {
  const stamp = (b: Block | undefined) => b !== undefined && b.value.length <= 20 && TEASER_STAMP.test(b.value.trim())
  const line = (b: Block | undefined) => b !== undefined && b.data.depth === undefined && b.value.trim().length <= TEASER_LINE_MAX && !b.value.includes('。') && !stamp(b)
  // (one teaser from i: 1 to 3 lines, then 1 or 2 stamps; the index after it, or -1)
  const teaser = (i: number) => {
    let j = i
    while (j < i + 3 && line(all[j])) j++
    if (j === i || !stamp(all[j])) return -1
    j++
    if (stamp(all[j])) j++
    return j
  }
  for (let i = 1; i < all.length; i++) {
    if (all[i].kind === 'furniture' || (!line(all[i]) && !stamp(all[i]))) continue
    // (under furniture, or under a short label which goes with the list)
    const label = all[i - 1].kind !== 'furniture' && all[i - 1].value.trim().length <= 6 && /^[\u4e00-\u9fff]{2,6}$/.test(all[i - 1].value.trim()) && (i < 2 || all[i - 2].kind === 'furniture')
    if (all[i - 1].kind !== 'furniture' && !label) continue
    // (a list whose first teasers went with its label, 相关推荐 / headline / 326评论, leaves their stamps
    // under the furniture: 2天前 / next teaser …, or 昨天 21:04 alone)
    let end = i
    while (stamp(all[end])) end++
    const leftover = end > i
    let count = 0
    for (let next = teaser(end); next > 0; next = teaser(end)) {
      end = next
      count++
    }
    // (stamps left alone count only under the furniture the label went with, not under a short line of text)
    if ((count < 2 && !(leftover && !label)) || (end < all.length && all[end].kind !== 'furniture')) continue
    for (let k = label ? i - 1 : i; k < end; k++) all[k].kind = 'furniture'
    i = end
  }
}

/** A platform's button word, and its count on the same line or its own: 有用 1523, 86回应, 点赞 / 2.3万. */
const BUTTON_WORD = '(?:有用|没用|点赞|赞|评论|回应|回复|收藏|分享|转发|喜欢|在看|推荐|举报|踩|顶)'
export const BUTTON_COUNT = new RegExp(`^(?:${BUTTON_WORD}\\s*)?[0-9]+(?:\\.[0-9]+)?\\s*万?\\+?(?:\\s*${BUTTON_WORD})?$|^${BUTTON_WORD}(?:\\s+${BUTTON_WORD})*$`)
export const HAS_BUTTON_WORD = new RegExp(BUTTON_WORD)

/**
 * A row of a platform's buttons and counts, saved a line each (有用 1523 / 没用 12 / 收藏 / 分享 / 举报; 点赞 /
 * 2.3万 / 评论 / 1568 / …): a run of such lines and furniture, two counts or more, one button word named
 * and one line of furniture among them, is furniture. A figure alone in text, or a list of figures,
 * names no button.
 */
function markButtonCounts(all: Block[]): void {
  const fits = (b: Block) => b.kind === 'furniture' || (b.value.length <= 12 && BUTTON_COUNT.test(b.value.trim()))
  for (let i = 0; i < all.length; i++) {
    if (!fits(all[i])) continue
    let j = i
    while (j < all.length && fits(all[j])) j++
    const run = all.slice(i, j)
    const own = run.filter((b) => b.kind !== 'furniture')
    const counts = run.filter((b) => b.value.length <= 12 && /[0-9]/.test(b.value) && BUTTON_COUNT.test(b.value.trim())).length
    if (own.length > 0 && counts >= 2 && run.some((b) => b.value.length <= 12 && HAS_BUTTON_WORD.test(b.value)) && run.some((b) => b.kind === 'furniture')) for (const b of own) b.kind = 'furniture'
    i = j
  }
}

/** A date alone on its line, maybe with its time: 2025-04-11, 2025-04-11 08:30. */
export const BARE_DATE = new RegExp(`^${DATE}(?:${WEB_TIME})?$`)

/**
 * A date alone under the page's metadata fields (作者：某某 / 来源：某某日报 / 2025-04-11): the page's
 * publishing date, furniture as the fields are. A date under a name (a notice's signature) stays.
 */
function markDateUnderFields(all: Block[]): void {
  for (let i = 1; i < all.length; i++) {
    if (all[i].kind === 'furniture' || all[i].value.length > 24 || all[i - 1].kind !== 'furniture' || !BARE_DATE.test(all[i].value.trim())) continue
    if (METADATA_START.test(all[i - 1].value.trim())) all[i].kind = 'furniture'
  }
}

/** A trail of two steps: a channel and its column (某某号·政务 > 某某发布). */
const TWO_STEP_TRAIL = /^[\p{L}\p{N}][^\s>＞»›，。,；;！？!?]{0,11}\s*[>＞»›]{1,2}\s*[\p{L}\p{N}][^\s>＞»›，。,；;！？!?]{0,11}$/u

/**
 * A breadcrumb trail of two steps only (某某号·政务 > 某某发布) under the site's furniture at the page's
 * head, before any text: the page's, as a longer trail is (alone, X > Y may be a line of the text).
 */
function markShortTrails(all: Block[]): void {
  for (let i = 1; i < all.length; i++) {
    // (the text has started: a paragraph of sentences)
    if (all[i].kind === 'body' && hasSentencePunctuation(all[i].value) && all[i].value.length > 24) return
    if (all[i].kind !== 'body' || all[i].value.length > 24 || all[i - 1].kind !== 'furniture' || !TRAIL_MARK.test(all[i].value)) continue
    if (TWO_STEP_TRAIL.test(all[i].value.trim())) all[i].kind = 'furniture'
  }
}

/** A page's tag between furniture lines: a place, a channel (海南, 0 after 举报). */
const FURNITURE_TAG = /^(?:[\u4e00-\u9fff]{1,4}|[0-9]{1,6})$/
/** A section's name and the page's number, as a running head sets them between the folio's lines (环球参考 7). */
const NAME_WITH_PAGE = /^[\u4e00-\u9fff·]{2,8}[ \u3000]+[0-9]{1,3}$/

/**
 * The account to follow, named under the prompt to scan its code (长按识别二维码 / 关注江城晚报), or what the
 * follower gets, set on the prompt's next line (扫码关注“某某发布” / 获取更多县内资讯): a clause, no sentence.
 */
const FOLLOW_NAME = /^(?:关注|欢迎关注)[^，,。！？!?\s]{1,12}$|^(?:获取|了解|查看|看|获得|阅读|掌握)(?:更多|最新|第一手)[^，,。！？!?\s]{1,10}$/

/** A prompt to scan a code and follow, naming no platform (扫码关注“某某发布”). */
const SCAN_TO_FOLLOW = /^(?:长按|扫描|扫码|扫一扫)[^。！？]{0,4}关注[^。！？]{0,14}$/

function markFollowNames(all: Block[]): void {
  const isPrompt = (text: string) => patterns.followUs.test(text) || SCAN_TO_FOLLOW.test(text)
  for (let i = 1; i < all.length; i++) {
    if (all[i].kind !== 'furniture' && all[i - 1].kind === 'furniture' && isPrompt(all[i - 1].value.trim()) && FOLLOW_NAME.test(all[i].value.trim())) all[i].kind = 'furniture'
  }
}

/**
 * A sentence of a site's notice on its rights: the content is not its view, it may not be used without leave, a
 * breach is pursued (本网站所刊载信息，不代表本网观点。 / 刊用本网站稿件，务经书面授权。 / 未经授权禁止转载、摘编、复制及建立
 * 镜像，违者将依法追究法律责任。); or who holds the rights of the piece itself (某某公司拥有本稿件的全部版权。: a story's
 * 他拥有这些照片的版权 names no piece of its own); or disowns what it carries as its stance or as advice, who acts on it at
 * their own risk (…与本站立场无关。 / 文章内容仅供参考，不构成投资建议。 / 投资者据此操作，风险自担。 / 仅供参考，请咨询专业医生。: a financial or health
 * site's disclaimer, maybe under its name's label).
 */
const RIGHTS_CLAUSE = /(?:版权|著作权)归[^。！？]{1,16}所有|(?:版权|著作权|知识产权)(?:为|属于?)[^。！？]{1,24}(?:所有|持有)|方可(?:转载|刊用|摘编|使用)|(?:如需|如要|如欲|欲|若需|如有意愿)转载|与本(?:网站|网|站|平台|号|公众号|客户端|报|刊)[^。！？]{0,8}(?:观点|立场)无关|追究[^。！？]{0,16}责任|不代表[^。！？]{0,16}(?:观点|立场)|(?:仅|只)代表[^。！？]{0,12}(?:观点|立场)|未经[^。！？]{0,8}(?:授权|许可|同意)|(?:刊用|转载|摘编|复制|镜像)[^。！？]{0,12}(?:授权|许可|注明)|违者[^。！？]{0,16}(?:责任|追究)|(?:享有|拥有|保留)(?:本|该|此)(?:稿件|稿|文|文章|作品|内容)[^。！？]{0,8}(?:版权|著作权)|不构成[^。！？]{0,8}建议|仅供参考[，,][^。！？]{0,12}(?:咨询|遵|以)[^。！？]{0,8}(?:医生|医师|专业人士|专业人员|医嘱|律师)|据此[^。！？]{0,8}(?:风险|后果)自(?:担|负)/
/** The site naming itself in its notice: 本网站, 本站, 本平台, 本号. */
const SITE_SELF = /本网站?|本站|本平台|本号|本公众号|本客户端|本APP/
/** A line of the notice: three sentences at most, each on rights. */
export function isRightsNotice(line: string): boolean {
  if (line.length > 120 || !RIGHTS_CLAUSE.test(line)) return false
  const sentences = line.split(/(?<=[。！？!?])/).map((s) => s.trim()).filter((s) => s.length > 0)
  return sentences.length <= 3 && sentences.every((s) => RIGHTS_CLAUSE.test(s))
}

/**
 * A plea for the reader's clicks, in any order of the platform's buttons it names (分享、点赞、在看，三连支持一下吧~, 点赞
 * 转发 收藏 走一波!, 顺手点个在看和分享吧): two buttons at least, then a few words of plea, no sentence; read only over the
 * page's furniture (its end mark, its follow prompt) both over and under it.
 */
const ENGAGEMENT_PLEA = /^(?:(?:点个|点亮|点一下|顺手|记得|欢迎|求|别忘了)?(?:分享|点赞|在看|转发|收藏|关注|留言|评论|一键三连)[、，,和与及+＋/／ \u3000]*){2,}[^。？?]{0,12}$/

/** A line of an article's keywords or tags: 关键词：某某 某某, 标签：…, Tags: … (words, no sentence). */
export const KEYWORD_LINE = /^(?:文章|本文)?(?:关键词|关键字|标签|Tags?)\s*[:：]\s*[^\s，,。！？；;：:]{1,12}(?:[\s\u3000，,、|｜/]+[^\s，,。！？；;：:]{1,12}){0,9}$/i

/** A label over a list of other articles, by the words such labels open with: 相关报道, 延伸阅读, 推荐, 热点, 往期… */
export const TAIL_LIST_LABEL_SHAPE = /^[【[]?(?:相关|推荐|延伸|更多|热门|热点|往期|精彩|猜你)[\u4e00-\u9fff]{0,6}[】\]]?[:：]?$/

/**
 * An entry of a list of other pieces naming where each was printed, after a gap: its headline, then the periodical in
 * book marks and its issue (茶园间作的几点思考　《某某农业》2019年第4期), or a paper's or site's name and the day
 * (某镇：小茶叶成了致富叶　某某日报 2018-05-12): a database's or an archive's list of similar or recommended pieces.
 */
const CITED_ENTRY = new RegExp(`^\\S.{3,40}?[ \\u3000]+(?:《[^》]{1,24}》|[\\u4e00-\\u9fff]{2,12}(?:报|刊|网|台|社))[ \\u3000]*(?:${DATE}|\\d{4}\\s*年\\s*第\\s*\\d{1,3}\\s*期)$`)
/** A list's label of any words: short, bare (相似文献, 读者推荐). */
const BARE_LIST_LABEL = /^[\u4e00-\u9fff]{2,8}[:：]?$/

/** A line of a site's footer: its links set apart by spaces (某某首页 语音播报 相关法律 不良信息举报), or its contacts (…反馈留言板 电话：400-…). */
const FOOTER_LINK_ITEM = /^[\u4e00-\u9fffA-Za-z&]{2,12}$/
const FOOTER_CONTACT = /(?:电话|热线|客服|邮箱|信箱|传真)\s*[:：]?\s*[0-9A-Za-z]/
function isFooterLine(line: string): boolean {
  if (line.length > 80 || /[。！？]/.test(line)) return false
  const items = line.split(/[\s\u3000]+/)
  return (items.length >= 3 && items.every((item) => FOOTER_LINK_ITEM.test(item))) || FOOTER_CONTACT.test(line)
}

/**
 * The page's tail, read up from its end while only furniture stands under: a line of footer links or contacts over
 * the footer's copyright or licence lines, a notice on rights (not the site's view, no use without leave) over furniture,
 * a list of other headlines under its label, and the
 * article's keyword line (关键词：… / 标签：…) are the footer's too. A notice naming the site itself (本网站…, 本站…)
 * is one anywhere, and so is a keyword line naming the article's (文章关键词：…). A line of text ends the tail.
 */
function markPageTail(all: Block[]): void {
  let footer = false
  let below = false
  for (let i = all.length - 1; i >= 0; i--) {
    const line = all[i].value.trim()
    if (all[i].kind === 'furniture') {
      footer ||= line.length <= 120 && patterns.siteFooter.test(line)
      below = true
      continue
    }
    // (a continuation marker is read through, as the output, without it, will be read: strip removes it)
    if (all[i].kind === 'marker') continue
    if (all[i].data.depth !== undefined) break
    // (a notice on rights only over furniture: the last paragraph of a story on rights may say as much)
    if ((below && isRightsNotice(line)) || KEYWORD_LINE.test(line) || (footer && isFooterLine(line))) {
      all[i].kind = 'furniture'
      continue
    }
    // (a list of pieces each named with where it was printed, under a bare label of any words, over the tail:
    // 相似文献 / 茶园间作的几点思考　《某某农业》2019年第4期)
    let cited = i
    while (cited >= 0 && all[cited].kind !== 'marker' && CITED_ENTRY.test(all[cited].value.trim())) cited--
    if (cited < i && cited >= 0 && BARE_LIST_LABEL.test(all[cited].value.trim())) {
      for (let m = cited; m <= i; m++) all[m].kind = 'furniture'
      i = cited
      continue
    }
    // (a list of other headlines under a label of any wording of its kind, 相关报道 / 延伸阅读 / 推荐, over the tail)
    let k = i
    // (its last headline maybe one the shape tests read as a fact: 全市版权登记量为12.6万件)
    // (its first headlines may have gone with the label already: read through them)
    const isLabel = (b: Block) => b.value.length <= 12 && TAIL_LIST_LABEL_SHAPE.test(b.value.trim())
    const listed = (b: Block) => b.value.length <= 40 && ((b.kind === 'body' && isListedHeadline(b.value)) || b.kind === 'furniture')
    while (k >= 0 && i - k < LINK_LIST_MAX && !isLabel(all[k]) && (listed(all[k]) || (k === i && all[k].kind === 'body' && all[k].value.length <= 40 && !/[。；;]/.test(all[k].value)))) k--
    if (k === i || k < 0 || !isLabel(all[k])) break
    for (let m = k; m <= i; m++) all[m].kind = 'furniture'
    i = k
  }
  for (const block of all) {
    if (block.kind === 'furniture' || block.value.length > 120) continue
    const line = block.value.trim()
    if ((SITE_SELF.test(line) && isRightsNotice(line)) || (/^(?:文章|本文)/.test(line) && KEYWORD_LINE.test(line))) block.kind = 'furniture'
  }
}

/** A follow button under an account's name: 关注, +关注, 关注TA, 订阅. */
export const FOLLOW_BUTTON = /^[+＋]?\s*(?:关注|关注TA|关注他|关注她|关注作者|订阅)$/

/**
 * An account's or author's name alone over its follow button, under the page's furniture (发布于：某省 / 某某学校 /
 * 关注): the account's card, furniture as its button is.
 */
function markNamesOverFollow(all: Block[]): void {
  for (let i = 1; i + 1 < all.length; i++) {
    if (all[i].kind === 'furniture' || all[i].value.length > 20 || all[i - 1].kind !== 'furniture' || all[i + 1].kind !== 'furniture') continue
    if (FOLLOW_BUTTON.test(all[i + 1].value.trim()) && SITE_NAME.test(all[i].value.trim())) all[i].kind = 'furniture'
  }
}

/** An app's name alone (某某财经APP, 某某新闻客户端): between lines of furniture, the app's banner. */
const APP_NAME = /^[\u4e00-\u9fffA-Za-z0-9·]{2,12}\s*(?:APP|App|app|客户端)$/

const SHARE_TARGET = /微信好友|微信朋友圈|朋友圈|微信|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|豆瓣|钉钉|抖音|小红书|复制链接|生成海报|Facebook|Twitter|WhatsApp|Telegram|LINE|Line|LinkedIn|Instagram|Reddit|Threads|Messenger|Email|E-mail|电邮|电子邮件/g

/**
 * A row of share buttons without its 分享到： label, one a line or on one line (收藏 / 微博 / 微信 / 分享): next to
 * the page's furniture, two platforms or more; one alone only between furniture. Inside the text a platform's name
 * stands in a sentence.
 */
function markShareRows(all: Block[]): void {
  const fits = (b: Block | undefined) => b !== undefined && b.kind !== 'furniture' && b.value.length <= 40 && patterns.shareTargets.test(b.value.trim())
  for (let i = 0; i < all.length; i++) {
    if (!fits(all[i])) continue
    let j = i
    while (fits(all[j])) j++
    const before = i > 0 && all[i - 1].kind === 'furniture'
    const after = j < all.length && all[j].kind === 'furniture'
    const targets = all.slice(i, j).reduce((n, b) => n + (b.value.match(SHARE_TARGET)?.length ?? 0), 0)
    if ((before && after) || ((before || after) && targets >= 2)) for (let k = i; k < j; k++) all[k].kind = 'furniture'
    i = j
  }
}

/**
 * A phone's status bar as a screenshot's text gives it: the clock, then the bar's icons, its network and its battery,
 * no word (09:41 ⊙ ◫ 5G 76, 9:41 4G 87%, 下午3:05 WiFi 100%): one token at least is a network's name or a
 * battery's figure, and none is a word of text.
 */
const STATUS_BAR = new RegExp(`^(?:[上下]午)?${CLOCK}(?:[ \t\u3000]+[^\s\u4e00-\u9fff，。；：]{1,5}){1,8}$`)
const STATUS_TOKEN = /^(?:[2-5]G\+?|LTE|VoLTE|HD|Wi-?Fi|WIFI|[0-9]{1,3}%?)$/i
/** An app's bar under the status bar: a back mark, the screen's name, a menu mark (〈 公告详情 ⋯, < 详情 ···). */
const APP_BAR = /^(?:[〈<＜‹←][ \t\u3000]*[^\s，。；：！？]{1,12}(?:[ \t\u3000]*(?:⋯|…|···|\.{3}|⋮|[×✕]))?|[^\s，。；：！？]{1,12}[ \t\u3000]*(?:⋯|···|⋮))$/
/** An app bar under a status bar is this short. */
const APP_BAR_MAX = 20

function isStatusBar(text: string): boolean {
  const line = text.trim()
  if (line.length > 40 || !STATUS_BAR.test(line)) return false
  return line.split(/[ \t\u3000]+/).slice(1).some((token) => STATUS_TOKEN.test(token))
}

/**
 * A phone screenshot's head, printed by OCR at each screen's top when screens are stitched: its status bar and the
 * app's bar under it. Furniture wherever they stand, so the text a screen's edge cut is joined across them.
 */
function markScreenBars(all: Block[]): void {
  for (let i = 0; i < all.length; i++) {
    if (!isStatusBar(all[i].value)) continue
    all[i].kind = 'furniture'
    const bar = all[i + 1]
    if (bar !== undefined && bar.value.trim().length <= APP_BAR_MAX && APP_BAR.test(bar.value.trim())) bar.kind = 'furniture'
  }
}

/**
 * A gap of full-width spaces between two words (normalise keeps those of a row, and so reads it
 * again), or of several plain spaces (市第一中学    招生计划900人    咨询电话：85121001).
 */
// (a run of full-width spaces with a plain one among them too: 李晓燕　　　 5000元)
const WIDE_GAP = /\S(?:[ \t]*\u3000[\u3000 \t]*|[ \t]{2,})\S/
/** Cells counted for a line of a list in columns, whatever their number. */
const GAPPED = -1

/** A list of results is this long at least: two lines of that shape may be a title and its subtitle. */
const RESULT_LIST_MIN = 3

/**
 * A list's items, a line each with nothing between, numbered in one style and counting up by one (…现予以公示。 /
 * 1.某某书店有限公司 / 2.某某人民医院 / 3.某某农业开发有限公司): text, not section headings, however short, three
 * lines or more in a row. A section's heading has its text under it before the next one is numbered.
 */
function markNumberedLists(blocks: Block[]): void {
  const item = (b: Block) => b.data.depth === undefined && (b.kind === 'body' || b.kind === 'heading' || b.kind === 'title') && b.value.length <= 60
  for (let i = 0; i < blocks.length; ) {
    let j = i + 1
    while (j < blocks.length && item(blocks[j - 1]) && item(blocks[j]) && numbersInTurn(blocks[j - 1].value, blocks[j].value)) j++
    if (j - i >= RESULT_LIST_MIN) for (let k = i; k < j; k++) blocks[k].kind = 'body'
    i = j
  }
}

/**
 * Results listed a line each, each opened by its event and colon and ending in its figure
 * (男子高中组100米：张浩然(市一中)10秒85 / 女子高中组800米：刘思琪(实验中学)2分21秒36 / …): text, not
 * headlines, however short, three lines or more in a row.
 */
function markResultLists(blocks: Block[]): void {
  const isResult = (b: Block) =>
    b.data.depth === undefined && (b.kind === 'body' || b.kind === 'heading' || b.kind === 'title') && b.value.length <= 60 && FIELD_OPENING.test(b.value) && FIGURE_END.test(b.value) && !hasSentencePunctuation(b.value)
  for (let i = 0; i < blocks.length; ) {
    let j = i
    while (j < blocks.length && isResult(blocks[j])) j++
    if (j - i >= RESULT_LIST_MIN) for (let k = i; k < j; k++) blocks[k].kind = 'body'
    i = Math.max(j, i + 1)
  }
}

/**
 * A line of as many cells as the table row next to it is a row of that table too: its header
 * (品名　批发价（元/公斤）　零售价（元/公斤）), or a row with one figure (猪肉（后腿肉）　28.00元/公斤　较上周持平);
 * so is each of three lines or more in a row with as many cells, figures or none, or set in columns
 * with full-width spaces (王建军　临江市…科长). It is text, never a heading, and normalise keeps its
 * cells apart (block.data.row).
 */
function markRowsByNeighbours(blocks: Block[]): void {
  const cellsOf = blocks.map((block) => {
    if (block.data.depth !== undefined || (block.kind !== 'body' && block.kind !== 'heading' && block.kind !== 'title')) return 0
    // (cells are set apart by spaces, and a row is short: most blocks are read no further)
    if (block.value.length > 60 || !SPACE.test(block.value)) return 0
    if (isTableRow(block.value) || hasSentencePunctuation(block.value)) return 0
    // (a line of a list set in columns with full-width spaces, 王建军　临江市…科长: its cells may be long)
    return tableCells(block.value)?.length ?? (WIDE_GAP.test(block.value.trim()) && withoutLetterSpacing(block.value) === block.value ? GAPPED : 0)
  })
  for (let i = 0; i < blocks.length; i++) {
    const cells = cellsOf[i]
    if (cells === 0) continue
    const rowNext = (b: Block | undefined) => cells !== GAPPED && b !== undefined && isTableRow(b.value) && tableCells(b.value)?.length === cells
    // (or one of three lines or more in a row of as many cells, figures or none: 北川队　2:3　江城队)
    let from = i
    while (from > 0 && cellsOf[from - 1] === cells) from--
    let to = i
    while (to + 1 < blocks.length && cellsOf[to + 1] === cells) to++
    // (or one of three lines or more in a row set in columns, however many cells each: a timetable,
    // 09:00　田径　男子跳高决赛 / 19:30　篮球　男子U18组半决赛　临江市—滨海市)
    const gapped = (k: number) => cellsOf[k] !== undefined && cellsOf[k] !== 0 && WIDE_GAP.test(blocks[k].value.trim())
    let gapFrom = i
    while (gapFrom > 0 && gapped(gapFrom - 1)) gapFrom--
    let gapTo = i
    while (gapTo + 1 < blocks.length && gapped(gapTo + 1)) gapTo++
    if (rowNext(blocks[i - 1]) || rowNext(blocks[i + 1]) || to - from >= 2 || (gapped(i) && gapTo - gapFrom >= 2)) {
      blocks[i].kind = 'body'
      blocks[i].data.row = true
    }
  }
}

/** Where to send a text: 投稿邮箱：…, 来稿电话：… (a site's note, alone). */
const SUBMISSION_LINE = /^(?:投稿|来稿)(?:邮箱|信箱|电话|热线|地址)\s*[:：]/
/** A text calling for submissions: a contest's, a column's (征文, 征稿, 欢迎…投稿). */
const CALL_FOR_TEXTS = /征文|征稿|投稿|来稿/

/**
 * Under a text calling for submissions (…开展主题征文活动…欢迎踊跃投稿。), where to send them and the
 * facts after it (投稿邮箱：… / 截稿日期：…) are that notice's, not the site's note on submissions.
 */
function keepSubmissionFacts(all: Block[]): void {
  for (let i = 1; i < all.length; i++) {
    if (all[i].kind !== 'furniture' || !SUBMISSION_LINE.test(all[i].value.trim())) continue
    let k = i - 1
    while (k > 0 && all[k].kind === 'body' && isFactLine(all[k].value)) k--
    const call = all[k]
    if (call.kind === 'body' && hasSentencePunctuation(call.value) && CALL_FOR_TEXTS.test(call.value)) all[i].kind = 'body'
  }
}

/** A caption that opens 图为… is one sentence of a few lines under a photo. */
const CAPTION_OPENING_MAX = 120

/** A photo's caption opening with its number, without a colon: 图① 某某…。 图2 某某… (short). */
const NUMBERED_PHOTO = /^图(?:[①-⑳]\s*|[0-9０-９]{1,2}[ \u3000]+)\S/
const NUMBERED_PHOTO_MAX = 60

function ownKind(block: Block): BlockKind | undefined {
  // (by the text alone, and asked again of the same texts in each classify pass; a picture link's text is its caption)
  return ownKinds.get(block.value, readOwnKind)
}

const ownKinds = new BoundedMemo<string, BlockKind | undefined>()

function readOwnKind(value: string): BlockKind | undefined {
  // read with leaked traditional characters simplified (記者, 攝): normalise converts some of them, and
  // the output, cleaned again, must be read the same; a page in traditional Chinese is read alike
  const simplified = simplifyLeaks(value)
  if (isMarkerLine(simplified)) return 'marker'
  if (isFurnitureLine(simplified)) return 'furniture'
  // (and without letter spacing, 新 闻 速 递, which normalise takes out of headlines and labels)
  const text = withoutLetterSpacing(simplified)
  if (text.length <= 30 && (patterns.credit.test(text) || SOURCE_CREDIT.test(text))) return 'credit'
  // (a commentary's note on its author, whole in its brackets, stands as a credit does: （作者系…教师）)
  if (text.length <= 48 && AUTHOR_NOTE.test(text)) return 'credit'
  // (a byline may stand after such a mark too: ◎本报记者 张三)
  if (patterns.headingOrCaptionMark.test(text) && text.length <= 40 && patterns.bylineWords.test(text.slice(1).trimStart())) return 'byline'
  // (or a name alone, as a supplement signs its pieces: ◎ 孙晓禾; a section heading after the mark
  // between paragraphs is told apart by its place, as after ■)
  // (a hollow circle signs them as well: ○ 陈默)
  if (/^[◎○]/.test(text) && text.length <= 12 && (patterns.nameLine.test(text.slice(1).trim()) || SPACED_NAME.test(text.slice(1).trim()))) return 'byline'
  if (patterns.headingOrCaptionMark.test(text) && isHeadingShapedText(text)) return undefined
  if (text.length <= NUMBERED_PHOTO_MAX && NUMBERED_PHOTO.test(text)) return 'caption'
  if (patterns.captionMark.test(text) || patterns.captionLead.test(text) || patterns.captionInBrackets.test(text) || patterns.bookCover.test(text) || (text.length <= 130 && patterns.captionPlaceholder.test(text)) || patterns.markdownImage.test(text)) return 'caption'
  if (text.length <= 80 && patterns.captionPosition.test(text)) return 'caption'
  if (endsWithCredit(text)) return 'caption'
  // (a photo's description closed by the date it was taken, in brackets: 某某远景（2021年摄）, 某某旧貌（摄于1985年）)
  if (text.length <= 60 && DATED_PHOTO.test(text)) return 'caption'
  if (text.length <= CAPTION_OPENING_MAX && patterns.captionOpening.test(text)) return 'caption'
  if (text.length <= CAPTION_OPENING_MAX && isCaptionOverBracketedCredit(text)) return 'caption'
  if (text.length <= 8 && patterns.label.test(text)) return 'label'
  // (a sentence that opens with 记者 is text: 记者从国家能源局获悉，…。 A byline has no comma and no full stop,
  // nor does it end with a colon introducing what follows: 本报记者在采访时记下了这样一段：)
  const sentence = !patterns.bylineMark.test(text) && /[，,]|[。！？：]$/.test(text)
  if (text.length <= 40 && (patterns.bylineMark.test(text) || patterns.bylineWords.test(text)) && !sentence && !hasSentencePunctuation(text.slice(0, -1)))
    return patterns.markedHeadline.test(text) || isMarkedCouplet(text) || isMarkedPhrase(text) ? undefined : 'byline'
  // (a byline of roles, the medium's name any the page gives it: 某某记者：张三 见习记者：李四, 采写：某某记者 张三 实习生 李四)
  if (isRoleByline(text)) return 'byline'
  // (a document's author by the role of its writing, its number maybe before it: 第2088号　　建议人：某某（市人大代表）)
  if (text.length <= 60 && AUTHOR_FIELD.test(text)) return 'byline'
  // (a note of where the piece was first published with its credits in labelled fields: 本文来自某某公众号：某某（ID：…），作者：某某，编辑：某某)
  if (text.length <= 160 && PROVENANCE_NOTE.test(text)) return 'byline'
  if (text.length <= 60 && PUBLISHED_IN.test(text)) return 'byline'
  return undefined
}

/**
 * A caption saying it is one in its first words, its sentence closed by the source's credit in brackets (图为某某村
 * 调解现场。（某某县委组织部供图））: the photo's, though a credit in brackets closes a photo story's text too, for
 * the text says what it is.
 */
function isCaptionOverBracketedCredit(text: string): boolean {
  const end = lastSentenceStop(text)
  return end > 0 && patterns.captionOpening.test(text.slice(0, end + 1)) && isBracketedSourceCredit(text.slice(end + 1))
}

/**
 * Where and when the piece was printed first, no sentence: 发于2025.8.25总第1201期《某某周刊》杂志, 原载《某某》2024年第3期
 * (a periodical's own note over its web copy: the piece's, like its byline, never a headline).
 */
const PUBLISHED_IN = /^(?:本文|此文)?(?:发于|刊于|刊发于|原载于?|载于|首发于|原刊于?)[^。！？!?，,；;]{0,30}《[^》]{1,24}》[^。！？!?，,；;]{0,16}[。.]?$/

/** A photo's description closed by the date it was taken: 某某远景（2021年摄）, 某某（摄于1985年5月）. */
const DATED_PHOTO = /^[^。！？!?（）()]{2,40}[（(](?:[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?\s*摄|摄于\s*[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?)[）)]$/

/**
 * A reposted piece's note of its first publication and its credits, labelled fields set apart by commas, no sentence
 * (本文来自某某公众号：某某（ID：…），作者：某某，编辑：某某，题图来自：某某; 本文转载自…，原标题：…): the piece's byline.
 */
const PROVENANCE_NOTE = /^(?:本文|文章|此文)(?:来自|来源于|转载自|转自|原载于?|首发于|选自|摘自)[^。！？!?，,]{2,60}(?:[，,][ \u3000]*[^\s，,。！？!?：:（）()]{1,6}[：:][ \u3000]*[^，,。！？!?]{1,30}){1,6}[。.]?$/

/** A field naming who wrote a document, by the role of its writing (提案人, 建议人, 执笔人, 撰稿人, 整理人), no sentence after it. */
const AUTHOR_FIELD = /^(?:[^\s\u3000，。！？；：:]{1,12}[ \u3000]+)?(?:提案|建议|执笔|撰稿|整理)人[ \u3000]*[:：][ \u3000]*[^\s\u3000，,。！？!?；;：:][^，,。！？!?；;：:]{1,40}$/

export function classifyBlocks(all: Block[], compare: CompareOptions = defaultOptions.dedup): void {
  // a paragraph is read without the continuation marker at its end (…（下转第2版）): join decides
  // whether the marker stays, and the output, cleaned again, must be read the same either way
  for (const block of all) delete block.data.row
  const read = all.map((block) => withoutTrailingMarker(block) ?? block)
  classifyRead(read, compare)
  read.forEach((block, i) => {
    all[i].kind = block.kind
    if (block.data.row) all[i].data.row = true
    if (block.data.headline) all[i].data.headline = true
    else delete all[i].data.headline
    if (block.data.listed) all[i].data.listed = block.data.listed
    // (a headline's second line the frame found printed whole again with the first stays the headline's, whatever a
    // later rule reads in its few words: 全面完工 is no name)
    if (block.data.headlineWrap && block.kind === 'byline') all[i].kind = 'title'
    if (block.data.headlineWrap) all[i].data.headlineWrap = true
    else delete all[i].data.headlineWrap
  })
  unheadScreenEdges(all)
}

/** A section's name as a page header sets it: 要闻, 综合新闻, 农村·水利 (a headline is longer). */
function isSectionName(text: string): boolean {
  return /^[\u4e00-\u9fff]{2,4}$/.test(text) || /^[\u4e00-\u9fff]{2,4}[·・•][\u4e00-\u9fff]{2,4}$/.test(text)
}

/**
 * The paper's name, alone or with its section's, on a line of its own anywhere on the page (二  重  报 at
 * its head, 今晚报·健康 between two columns): a masthead or a running head when the page's own folio
 * names the paper so among its fields (·4·　二  重  报　1990年6月8日, 今晚报　2022年11月15日　星期二 … 健康　15).
 * The page tells what its name is; a line of that name and the folio's section names, and nothing
 * else, is no headline of an article.
 */
function markFolioNames(all: Block[]): void {
  let names: Set<string> | undefined
  for (let i = 0; i < all.length; i++) {
    if ((all[i].kind !== 'body' && all[i].kind !== 'heading') || all[i].value.length > 30) continue
    // (and the page's code alone, as its foot sets it under the staff: T5, by the head's T5)
    const code = all[i].value.trim()
    if (PAGE_CODE.test(code)) {
      names ??= folioNames(all)
      if (names.has(code)) all[i].kind = 'furniture'
      continue
    }
    if (all[i].kind !== 'body' && all[i].kind !== 'heading') continue
    // (a publication's name set by its page's number alone, - 2 - / 某某工作简报, ·4· / 某某日报: the running head
    // of the page the number closes or opens)
    const byPageNumber = (b: Block | undefined) => b?.kind === 'furniture' && /^(?:[-－—·・]\s*)?[0-9]{1,3}(?:\s*[-－—·・])?$/.test(b.value.trim())
    if (code.length <= 16 && PAPER_FIELD.test(withoutLetterSpacing(code)) && (byPageNumber(all[i - 1]) || byPageNumber(all[i + 1]))) {
      all[i].kind = 'furniture'
      continue
    }
    // (the page's masthead set again by a page's code, mid-column where the next page begins: 某某周刊 / … /
    // 某某周刊　Z7; or a paper's name so, 某某晚报　K3, whatever letter its sections take)
    const coded = NAME_AND_CODE.exec(code)
    if (coded) {
      const name = withoutLetterSpacing(coded[1])
      if ((PAPER_FIELD.test(name) && PAGE_CODE.test(coded[2])) || all.some((b, k) => k !== i && b.kind === 'furniture' && withoutLetterSpacing(b.value.trim()) === name)) {
        all[i].kind = 'furniture'
        continue
      }
    }
    if (all[i].kind !== 'body') continue
    const parts = withoutLetterSpacing(code).split(/[·・•]/)
    if (parts.length > 2 || !parts.some((p) => PAPER_FIELD.test(p) || PAPER_PART.test(p)) || !parts.every((p) => NAME_FIELD.test(p))) continue
    names ??= folioNames(all)
    if (parts.every((p) => names!.has(p))) all[i].kind = 'furniture'
  }
}

/** A web site's or database's name as its nameplate sets it: 某某文书网, 某某数据库, 某某平台. */
const SITE_NAMEPLATE = /^[\u4e00-\u9fff]{2,12}(?:网|网站|平台|数据库|信息网)$/
/** Its name in English under it: words of letters, each capitalised or a short joining word (China Judgements Online). */
const ENGLISH_NAMEPLATE = /^[A-Z][A-Za-z'&.-]*(?: (?:[A-Z][A-Za-z'&.-]*|of|and|for|the|on|in)){1,7}$/

/**
 * The nameplate of the site a document was saved from, at the page's head: the site's name and its English name under
 * it, set together (某某文书网 / China Judgements Online): the site's, not the document's headline.
 */
function markSiteNameplate(all: Block[]): void {
  const first = all.findIndex(isContent)
  const name = all[first]
  const english = all[first + 1]
  if (first < 0 || english === undefined || !isContent(english) || !isSetTogether(name, english)) return
  if (SITE_NAMEPLATE.test(name.value.trim()) && ENGLISH_NAMEPLATE.test(english.value.trim())) {
    name.kind = 'furniture'
    english.kind = 'furniture'
  }
}

/**
 * A name line of the page's head: the paper's name (中国邮政报, 工 人 日 报), the page's (第 二 版), or a
 * section's set as a head sets it, letter-spaced or with the page's number (农 村 科 技, 城市党建 13).
 */
function isHeadName(text: string): boolean {
  const line = text.trim()
  if (line.length > 24) return false
  const name = withoutLetterSpacing(line)
  // (the name in its traditional form too, as an old masthead sets it: 某 某 報)
  const simplified = name.replace(/報$/, '报')
  // (a report's kind is no paper's name: a column's label under the head, 病虫情报, 工作简报, 情况通报)
  const paper = !REPORT_KIND_END.test(simplified) && PAPER_FIELD.test(simplified)
  if (paper || /^第[一二三四五六七八九十0-9]{1,3}版$/.test(name)) return true
  // (the organ the paper is, 中共某某县委机关报; its name in the script of its other edition, a line of Hangul,
  // Mongolian, Tibetan or Uyghur letters alone)
  if (IMPRINT_FIELD.test(name) || OTHER_SCRIPT_NAME.test(line)) return true
  if (name !== line && isSectionName(name)) return true
  const paged = /^(?:([0-9]{1,3})[ \u3000]+)?([\u4e00-\u9fff·・]{2,9})(?:[ \u3000]+([0-9]{1,3}))?$/.exec(line)
  return paged !== null && (paged[1] === undefined) !== (paged[3] === undefined) && isSectionName(paged[2])
}

/**
 * The page's head over its first article: a printed folio (date and weekday, the page, the staff) and,
 * among its lines or right under them, lines naming the paper, the page or the section (2021年11月18日
 * 星期四　专版　5 / 中国邮政报 / 责任编辑：…; 城市党建 13 / 2024年4月22日 星期一 责任编辑：…; 河南科技报 … 第三版 /
 * 农 村 科 技). Those names are the head's, not a headline: the page's first headline is of another shape.
 */
function markPageHeadNames(all: Block[]): void {
  const names: number[] = []
  const contacts = new Set<number>()
  let folio = false
  for (let i = 0; i < all.length && i < 8; i++) {
    const block = all[i]
    if (block.kind === 'furniture') {
      folio ||= isPrintFolio(block.value.trim())
      continue
    }
    if ((block.kind === 'body' || block.kind === 'title' || block.kind === 'heading') && block.data.depth === undefined && isHeadName(block.value)) {
      names.push(i)
      continue
    }
    // (the page's contacts under its staff, 电话：010 1234567 传真：… / E-mail：…, and a section's name in
    // Latin letters right under its Chinese one, 专 版 / ZHUAN BAN, are the head's too)
    if ((block.kind === 'body' || block.kind === 'heading') && block.data.depth === undefined && (CONTACT_LINE.test(block.value.trim()) || (names[names.length - 1] === i - 1 && CAPITALS_NAME.test(block.value.trim())))) {
      names.push(i)
      contacts.add(i)
      continue
    }
    break
  }
  if (!folio) return
  for (const i of contacts) if (CONTACT_LINE.test(all[i].value.trim())) all[i].kind = 'furniture'
  names.reverse()
  // (a section's own heading stands over its text, 讣　告 / 中国共产党优秀党员…, 综　述 / 【概况】…: the head's
  // name stands over the head's next line or over the page's first headline, a line of more words)
  const overHead = (next: Block | undefined) =>
    next !== undefined && (next.kind === 'furniture' || (isVisiblyLonger(next.value, 6) && isHeadingShapedText(next.value) && !isHeadName(next.value)))
  for (const i of names) if (overHead(all[i + 1])) all[i].kind = 'furniture'
}

/** A name in another script than Han or Latin, alone on its line: 연변일보, ᠦᠪᠦᠷ…, བོད་ལྗོངས་…, شىنجاڭ… */
const OTHER_SCRIPT_NAME = /^[\p{Script=Hangul}\p{Script=Mongolian}\p{Script=Tibetan}\p{Script=Arabic}][\p{Script=Hangul}\p{Script=Mongolian}\p{Script=Tibetan}\p{Script=Arabic} \u200c\u0f0b]{1,30}$/u

/** A paper's publisher and the word saying it publishes, in Chinese: 某某日报社出版, 某某报业集团编辑出版. */
const PUBLISHER_IMPRINT = /^[\u4e00-\u9fff]{2,10}(?:报社|报业集团|传媒集团|杂志社)(?:编辑)?出版$/
/** The imprint in another script than Han or Latin, its words apart: 모모일보사 발행. */
const OTHER_SCRIPT_WORDS = /^[\p{Script=Hangul}\p{Script=Mongolian}\p{Script=Tibetan}\p{Script=Arabic}\u200c\u0f0b]+(?: [\p{Script=Hangul}\p{Script=Mongolian}\p{Script=Tibetan}\p{Script=Arabic}\u200c\u0f0b]+)*$/u

/** A paper's imprint alone on its line, in Chinese and maybe in another script beside it (모모일보사 발행  某某日报社出版). */
function isPublisherImprint(text: string): boolean {
  const parts = text.split(/[ \t\u00a0]{2,}|\u3000+/)
  return parts.some((part) => PUBLISHER_IMPRINT.test(part)) && parts.every((part) => PUBLISHER_IMPRINT.test(part) || OTHER_SCRIPT_WORDS.test(part))
}

/** A page's contacts in its head, each a label and its number or address: 电话：010 58880000 传真：010 58880001, E-mail：… */
const CONTACT_LINE = /^(?:(?:电话|传真|热线|新闻热线|邮箱|电子邮箱|E-?mail)[:：][ \u3000]?[0-9（）()\-－ ]{3,20}?[ \u3000]*|(?:邮箱|电子邮箱|E-?mail)[:：][ \u3000]?\S+@\S+[ \u3000]*)+$/i

/** A paper's advertisement, as it labels one: 【广告】, 〖广告〗, [广告], 广告： */
const ADVERT_LABEL = /^(?:[【〖\[［]\s*广\s*告\s*[】〗\]］]|广告[：:])/

/**
 * A paper's advertisement set among the articles under its label (【广告】某某律师事务所　移民·车祸 /
 * 首次咨询免费… / 电话：…): the label's line and the short lines set right under it, to the first blank
 * line, are the ad's, not the page's text.
 */
function markAdvertBlocks(all: Block[]): void {
  for (let i = 0; i < all.length; i++) {
    if (all[i].kind !== 'body' && all[i].kind !== 'label' && all[i].kind !== 'heading' && all[i].kind !== 'title') continue
    if (all[i].value.length > 60 || !ADVERT_LABEL.test(all[i].value.trim())) continue
    all[i].kind = 'furniture'
    for (let j = i + 1; j < all.length && all[j].position.start.line === all[j - 1].position.end.line + 1 && all[j].value.length <= 60 && !endsComplete(all[j].value); j++) all[j].kind = 'furniture'
  }
}

/** A cell of an advertiser's slogan line: a name or a slogan, no field, no sentence (某某银行, 服务城乡百姓). */
const SLOGAN_CELL = /^[\u4e00-\u9fffA-Za-z]{2,12}$/

/**
 * An advertiser's line at the page's foot, under the last article: its name and slogans set apart by gaps, closed by
 * its hotline (某某银行　助力某某　服务某某　客服热线：96518). No article ends so; a notice's facts are fields
 * (活动地址：…　咨询热线：…), not slogans.
 */
function markFootAdvertLine(all: Block[]): void {
  let last = all.length - 1
  while (last >= 0 && all[last].kind === 'furniture') last--
  if (last < 1 || !['body', 'heading', 'title'].includes(all[last].kind)) return
  const cells = all[last].value.trim().split(/[\s\u3000]+/)
  if (cells.length < 3 || !PHONE_FIELD.test(cells[cells.length - 1]) || !cells.slice(0, -1).every((cell) => SLOGAN_CELL.test(cell))) return
  all[last].kind = 'furniture'
}

/** The character before 报 in a report's kind: 情况通报, 工作简报, 统计公报, 病虫情报 (a report's heading, no paper's name). */
const REPORT_KIND = '[通简汇预申电举捷喜公情]'
/** A paper's name alone: 现代某某报, 某某日报, 某某晚报 (three characters before 报 at least; not a report's heading, 情况通报, 工作简报, 统计公报). */
const PAPER_NAME_ALONE = new RegExp(`^[\\u4e00-\\u9fff]{3,10}(?<!${REPORT_KIND})报$`)
/** A name closed by a report's kind: 病虫情报, 工作简报. */
const REPORT_KIND_END = new RegExp(`${REPORT_KIND}报$`)

/**
 * A paper's name alone on the last line of a printed page (… / 某某妇女报): the nameplate a PDF's text layer sets at
 * the page's foot, not a line of the last article, which ends in a sentence or signs with a person or an office.
 * Only on a page its folio shows printed.
 */
function markFootNameplate(all: Block[]): void {
  let last = all.length - 1
  while (last >= 0 && all[last].kind === 'furniture') last--
  if (last < 1 || all[last].data.depth !== undefined || !['body', 'heading', 'title'].includes(all[last].kind)) return
  if (!PAPER_NAME_ALONE.test(all[last].value.trim()) || !all.some((b) => b.kind === 'furniture' && isPrintFolio(b.value.trim()))) return
  all[last].kind = 'furniture'
}

/** A rule drawn with solid bars or blocks across a column, as a box is fenced: ▇▇▇▇▇▇, ██████, ■■■■■■. */
const BAR_RULE = /^[\u2580-\u259f■▬]{3,}$/

/** A line holding a telephone's label and number among its cells: 预订热线：0745-2268369　2268370. */
function holdsPhoneField(line: string): boolean {
  return line.split(/[\s\u3000]+/).some((cell) => PHONE_FIELD.test(cell))
}

/** A closing plea too short to be a sentence of a story (诚邀您的光临！, 欢迎垂询！). */
const SHORT_PLEA_MAX = 12

/**
 * A box fenced above and below by rules of solid bars (▇▇▇ / 本版广告热线：… / 诚招发行员 / ▇▇▇): when a line inside
 * is the paper's own furniture (an advertising or subscription line, read as such on its own), the box is the paper's
 * notice, its rules and its short lines with it; a box holding a sentence that ends is left as it is. A box of short
 * lines holding a telephone's number (a name, an offer, 预订热线：…, an address, 诚邀您的光临！) is an advertiser's
 * (a sidebar of the story tells in sentences), its short closing plea with it.
 */
function markRuledAdvertBoxes(all: Block[]): void {
  for (let i = 0; i < all.length; i++) {
    if (!BAR_RULE.test(all[i].value.trim())) continue
    let j = i + 1
    while (j < all.length && j <= i + 5 && !BAR_RULE.test(all[j].value.trim())) j++
    if (j >= all.length || j === i + 1 || !BAR_RULE.test(all[j].value.trim())) continue
    const inside = all.slice(i + 1, j)
    const advertiser = inside.some((b) => holdsPhoneField(b.value.trim()))
    const tells = (b: Block) => endsComplete(b.value) && (!advertiser || b.value.trim().length > SHORT_PLEA_MAX)
    if (!(advertiser || inside.some((b) => b.kind === 'furniture')) || inside.some((b) => b.value.length > 40 || tells(b))) continue
    for (let k = i; k <= j; k++) all[k].kind = 'furniture'
    i = j
  }
}

/**
 * The headline of an article printed again where its text is brought back from another page, by the
 * marker that brings it (种粮大户…的一本账 / （上接第一版） / …, or the marker opening the headline's own
 * line, （上接第一版）种粮大户…的一本账 / …): the same headline stands over the article's start earlier on
 * the page, maybe set over two lines there, or a part of it stands (the jump's short title), and the text is joined
 * back under it. The reprint names the jump for a reader turning pages; it is no second headline.
 */
function markJumpHeadlines(all: Block[]): void {
  for (let i = 1; i < all.length; i++) {
    const block = all[i]
    if (block.value.length > 40) continue
    const marker = all[i + 1]?.kind === 'marker' ? all[i + 1] : all[i - 1].kind === 'marker' ? all[i - 1] : undefined
    // (a marker stripped from the line's start brought the line itself: strip passes the jump on to the text under it)
    if (!(marker && bringsBack(marker.value.trim())) && !(block.data.jumpsIn && all[i + 1]?.kind === 'body')) continue
    const printedBefore = (k: number) => {
      const text = foldForCompare(all[k].value)
      const isHead = (b: Block | undefined) => b !== undefined && REPRINTED_HEAD_KINDS.has(b.kind) && b !== marker
      // (or a part of it, the jump's short title: 改革取得新成效 for 我县农村改革取得新成效; or its words picked in their
      // order, 水厂通水 for 城北水厂正式通水, as an editor shortens a headline for its jump)
      const partOf = (b: Block) => text.length >= JUMP_TITLE_MIN && isSubsequence(text, foldForCompare(b.value))
      return all.slice(0, i).some((b, m) => isHead(b) && (foldForCompare(b.value) === text || (k === i && partOf(b)) || (isHead(all[m + 1]) && m + 1 < i && foldForCompare(b.value) + foldForCompare(all[m + 1].value) === text)))
    }
    if ((block.kind !== 'title' && block.kind !== 'heading' && block.kind !== 'body') || !printedBefore(i)) continue
    block.kind = 'furniture'
    // (and the lines of its head printed again with it, its subtitle and byline: ——… / 本报记者 某某)
    for (let k = i + 1; k < all.length && all[k] !== marker && REPRINTED_HEAD_KINDS.has(all[k].kind) && all[k].value.length <= 40 && printedBefore(k); k++) all[k].kind = 'furniture'
  }
}
/** A jump's short title, a part of the article's headline, holds this many characters at least. */
const JUMP_TITLE_MIN = 4

/** A block closed by a full stop (as normalise writes it) where its twin is not. */
function closesWithStopAlone(block: Block, twin: Block): boolean {
  const closed = (b: Block) => /。$/.test(shapeText(b.value).trim())
  return closed(block) && !closed(twin)
}
const REPRINTED_HEAD_KINDS = new Set<BlockKind>(['title', 'heading', 'subtitle', 'byline'])

/** The names a page's folios set among their fields: the paper's, its section's (湖南日报, 要闻). */
function folioNames(all: Block[]): Set<string> {
  const names = new Set<string>()
  for (const block of all) {
    const text = block.value.trim()
    if (block.kind !== 'furniture' || text.length > 160 || !isPrintFolio(text)) continue
    const parts = text.split(HEAD_FIELD_GAP).filter((p) => p.length > 0)
    mergeSpacedLetters(parts)
    for (const part of parts) if ((NAME_FIELD.test(part) && !WEEKDAY.test(part)) || PAGE_CODE.test(part)) names.add(part)
  }
  return names
}

/** A name and a page's code or number after a gap: 某某周刊　Y12, 某 某 报　3. */
const NAME_AND_CODE = /^([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,9})[ \u3000]+([A-Z][0-9]{1,2}|[0-9]{1,3})$/
/** A page's code: its section's letter and its number, A4, T5. */
const PAGE_CODE = /^[A-Z][0-9]{1,2}$/

/** A printed page's folio line (not a web page's dateline, which may stand under a headline). */
export function isPrintFolio(text: string): boolean {
  return patterns.folio.test(shapeText(text)) || isFolioFields(text) || SECTION_PAGE.test(text) || ISSUE_PAGES.test(text)
}

function classifyRead(all: Block[], compare: CompareOptions): void {
  // (a web page's headline its frame found stays one when the page is read again without its chrome)
  for (const block of all) block.kind = ownKind(block) ?? (block.data.headline ? 'title' : 'body')
  // an issue's table of contents (本期导读 / A2 我市出台…措施 / A3 …): the label and its entries
  for (let i = 0; i < all.length; i++) {
    if (!patterns.contentsLabel.test(all[i].value.trim())) continue
    let j = i + 1
    for (; j < all.length && patterns.contentsEntry.test(all[j].value.trim()); j++) all[j].kind = 'furniture'
    if (j > i + 1) all[i].kind = 'furniture'
  }
  // a table of contents whose entries repeat the page's own later headings (目录 / 1 某某 / … / 某某 / text)
  const contents = readTableOfContents(all)
  // the paper's or the section's name over a printed page's folio (农村·水利 / 2024年5月6日 星期一 第8版,
  // 江城日报 / …): the page header, not a headline, at the head of the page or of the next page
  // (the paper's name in Latin letters, or its sponsors, may stand between: 临江日报 / LINJIANG RIBAO / …)
  // (the name maybe set with letter spacing, as a masthead is: 农　村　版)
  for (let i = 0; i + 1 < all.length; i++) {
    if (all[i].kind !== 'body' || !isSectionName(withoutLetterSpacing(all[i].value.trim()))) continue
    let k = i + 1
    while (k < all.length && k <= i + 3 && all[k].kind === 'furniture' && !isPrintFolio(all[k].value.trim())) k++
    if (k < all.length && isPrintFolio(all[k].value.trim())) all[i].kind = 'furniture'
  }
  markFolioNames(all)
  markRunningHeadsByMarkers(all)
  markPageHeadNames(all)
  markSiteNameplate(all)
  markAdvertBlocks(all)
  markRuledAdvertBoxes(all)
  markFootAdvertLine(all)
  markFootNameplate(all)
  // the hours of the paper's hotline, on the line under it (本报法律服务热线：025-… / 每周二、周四 9:00—11:30)
  for (let i = 1; i < all.length; i++) {
    if (all[i].kind === 'body' && all[i - 1].kind === 'furniture' && /热线|电话/.test(all[i - 1].value) && patterns.serviceHours.test(all[i].value.trim())) all[i].kind = 'furniture'
  }
  removeWebLists(all)
  markMenuColumns(all)
  markShortTrails(all)
  markLinesAmongFurniture(all, STAFF_AMONG, 30)
  markLinesAmongFurniture(all, FURNITURE_TAG, 6)
  markFooterMenuColumns(all)
  markLinesAmongFurniture(all, NAME_WITH_PAGE, 16)
  markCountsAfterFurniture(all)
  markButtonCounts(all)
  markDateUnderFields(all)
  markFooterLinks(all)
  // (a popup's copy of the notice first: its headline is no running head the notice's own prints again)
  markPopupCopy(all)
  markRunningHeads(all)
  markReaderServiceBox(all)
  markTitleRunningHeads(all)
  markNamedFolios(all)
  markImageLinks(all)
  markPrintHeadersByFooter(all)
  markAttachmentCaptions(all)
  markBulletinHead(all)
  markDistributionFoot(all)
  markMailHeaders(all)
  markRuledFoot(all)
  markFollowNames(all)
  markShareRows(all)
  markScreenBars(all)
  markLinesAmongFurniture(all, APP_NAME, 20)
  markAccountCard(all)
  markShareButtons(all)
  markFieldCells(all)
  markFieldRows(all)
  markVideoPlaceholders(all)
  markLinkDump(all)
  markScreenHeads(all)
  markPaywallBox(all)
  markCreatorCard(all)
  markForumThread(all)
  markPageNavigation(all)
  // (a site's address and telephone among its footer lines: 主办：… / 地址：… 电话：… / 某ICP备…号)
  markRunsAmongFurniture(all, CONTACT_FIELDS, 80, 3)
  // (a database's record fields between its head's lines and its bar of buttons: 【关键词】：… / 【专题】：… / 【分类号】：…)
  markRunsAmongFurniture(all, RECORD_FIELD, 260, 6)
  markRunsAmongFurniture(all, PLAYER_QUALITY, 6, 8)
  markContactsUnderFooter(all)
  markTailLists(all)
  markTeaserLists(all)
  markChromeOverHeadline(all)
  markNamesOverFollow(all)
  markSiteName(all)
  markHeadlineOverDateline(all)
  markHeadAgainUnderFolio(all)
  markAfterLastPageFoot(all)
  // the links listed under a related-news label go with it
  for (let i = 0; i < all.length; i++) {
    if (all[i].kind !== 'furniture' || all[i].value.length > 24) continue
    const bare = all[i].value.trim().replace(DRESSING, '')
    if (!patterns.relatedLinks.test(bare)) continue
    let j = i + 1
    for (; j < all.length && patterns.linkItem.test(all[j].value.trim()); j++) all[j].kind = 'furniture'
    if (j > i + 1) continue
    // (or two headlines or more without bullets, the article going on under them: 【相关阅读】 /
    // 大别山旅游公路全线贯通 串起沿线42个景区 / 黄冈今年新增3条高速公路… / text; one headline over
    // text is a related article's box)
    if (!/相关链接/.test(bare)) {
      // (furniture among them, a menu saved beside the list, is read through: strip removes it, and the
      // page cleaned again must be read the same; so is a continuation marker, which strip removes)
      let k = i + 1
      let listed = 0
      let setApart = false
      for (; k < all.length && k - i <= LINK_LIST_MAX + 8; k++) {
        if (all[k].kind === 'furniture' || all[k].kind === 'marker') continue
        // (a headline the shape tests read as a fact, 某某指数发布：1月第二周指数为118.36, may close the list when only
        // the page's furniture follows it)
        const last = all[k].value.length <= 40 && !/[。；;]/.test(all[k].value) && all.slice(k + 1).every((b) => b.kind === 'furniture')
        if (listed >= LINK_LIST_MAX || all[k].kind !== 'body' || all[k].value.length > 40 || (!isListedHeadline(all[k].value) && !last)) break
        // (a list set line under line ends at a blank line: the headline after it is the article's own section heading,
        // 延伸阅读： / 委员建议：… / 【提案摘登】… / (blank) / 让能干的人有奔头 / text)
        if (listed >= 2 && tightList(all, i, k) && all[k].position.start.line > all[k - 1].position.end.line + 1) {
          setApart = true
          break
        }
        listed++
      }
      if (listed >= 2 && (k === all.length || !isHeadingShapedText(all[k].value) || setApart)) {
        for (let m = i; m < k; m++) all[m].kind = 'furniture'
        continue
      }
    }
    // a box's title over text (相关链接 / 什么是“容缺受理”？ / …), not a web page's list of links: a label;
    // so is a box of related news, its headline over its text (★相关新闻 / 青瓷文化节下月开幕 / 本报讯…)
    const over = all[j]
    const content = (b: Block | undefined) => b !== undefined && isContent(b)
    const text = (b: Block | undefined) => content(b) && !isHeadingShapedText(b!.value) && hasSentencePunctuation(b!.value)
    if (content(over) && (patterns.label.test(bare) || text(over) || (isHeadingShapedText(over.value) && text(all[j + 1])))) all[i].kind = 'label'
  }
  markPageTail(all)
  markLinesAmongFurniture(all, ENGAGEMENT_PLEA, 40)
  markWebArticle(all)
  markTableOfContents(all, contents)
  keepSubmissionFacts(all)
  // Neighbours are judged without markers and furniture, which strip removes: the same page cleaned
  // again, without them, must be read the same way.
  // Copies of an earlier block are left out for the same reason: dedup removes them, or keeps the
  // later copy in the earlier one's place, so the output has one block where the page had two.
  const repeats: Array<[Block, Block]> = []
  const content = all.filter(isContent)
  const keys = content.map((b) => foldForCompare(b.value))
  const twinOf = copiesOfEarlier(content, keys, compare)
  // A short line (a heading, byline or label) repeated together with the paragraph under it goes with
  // that paragraph, as dedup removes it: its copy stands just before the paragraph's first occurrence.
  // (Other short lines may stand between it and the paragraph: a heading over a byline.)
  // (Heading-shaped by the text alone, as copiesOfEarlier: the output cleaned again has `#` on the
  // headings this page gives it, a question among them, and must be read the same.)
  const isRunLine = (b: Block) => isHeadingShapedText(b.value) || b.kind === 'byline' || b.kind === 'label'
  for (let i = content.length - 2; i >= 0; i--) {
    if (twinOf.has(i) || keys[i].length === 0 || !isRunLine(content[i])) continue
    let next = i + 1
    while (next < content.length && (isRunLine(content[next]) || content[next].kind === 'credit')) next++
    const under = twinOf.get(next)
    if (under === undefined) continue
    for (let j = under - 1; j >= 0 && j > under - 6; j--) {
      if (j < i && sameHeading(keys[j], keys[i])) {
        twinOf.set(i, j)
        break
      }
    }
  }
  const blocks = content.filter((b, i) => {
    const twin = twinOf.get(i)
    if (twin === undefined) return true
    repeats.push([b, content[twin]])
    return false
  })
  markAttachmentLinks(blocks)
  markSectionKicker(blocks)
  classifyInContext(blocks)
  markFeedItemTitles(blocks)
  // a repeat is what its first occurrence is
  for (const [repeat, twin] of repeats) {
    // (a heading-shaped piece of a paragraph stands like a heading: dedup says so when it removes it)
    // (the twin judged by its kind, not its shape: a headline that asks is a title, and the output,
    // cleaned again, marks it so)
    // (a row's copy is a row: dedup compares it with the row)
    if (repeat.kind === 'body' && twin.data.row) repeat.data.row = true
    // (a paragraph of sentences holding a headline whole is no copy of the headline: it stays text; nor is one closed
    // by a full stop its headline lacks, 某某的心声！ / 某某的心声！他说。, which no headline ends with)
    else if (repeat.kind === 'body' && !(HEADING_KINDS.has(twin.kind) && !isHeadingShaped(repeat) && hasSentencePunctuation(repeat.value) && (repeat.value.length > 1.5 * twin.value.length || closesWithStopAlone(repeat, twin))))
      repeat.kind = isHeadingShaped(repeat) && twin.kind === 'body' ? 'heading' : twin.kind
  }
  markJumpHeadlines(all)
}

/** A feed item's stamp alone on its line: its time (21:46), maybe after its day (2025-03-18 21:46, 03-18 21:46). */
const FEED_STAMP = new RegExp(`^(?:(?:${DATE}|\\d{1,2}[-/月]\\d{1,2}日?)\\s*)?${CLOCK}$`)
/** A feed item's title is this short. */
const FEED_TITLE_MAX = 60
/** Items of a feed the page holds at least for their titles to be read so. */
const FEED_ITEMS_MIN = 2

/**
 * A news feed's items, each its stamp alone on a line, its title, and its text (21:46 / 某某公司：一季度净利预增 /
 * 某某讯，…。): a flash-news list, a live blog, a timeline. The line between the stamp and the text, no sentence
 * in it, is the item's title, when the page sets two items so at least: not the text's first words. (A heading, not the
 * page's headline: the output, cleaned again, reads each so whatever the headline walk made of it.)
 */
function markFeedItemTitles(blocks: Block[]): void {
  const titles: number[] = []
  for (let i = 1; i + 1 < blocks.length; i++) {
    const stamp = blocks[i - 1].value.trim()
    const title = blocks[i].value.trim()
    const text = blocks[i + 1]
    if (!FEED_STAMP.test(stamp) || (blocks[i].kind !== 'body' && blocks[i].kind !== 'heading' && blocks[i].kind !== 'title')) continue
    if (title.length > FEED_TITLE_MAX || endsComplete(title) || /[。！？!?；;]/.test(title)) continue
    if (text.kind !== 'body' || !hasSentencePunctuation(text.value) || text.value.length <= title.length) continue
    titles.push(i)
  }
  if (titles.length < FEED_ITEMS_MIN) return
  for (const i of titles) blocks[i].kind = 'heading'
}

type CompareOptions = Pick<CleanOptions['dedup'], 'containment' | 'minLength' | 'shingle'>

/**
 * Blocks that repeat an earlier block, each mapped to that earlier block: exact repeats, and body
 * paragraphs most of whose shingles are in an earlier paragraph or the other way round (the test
 * dedup starts from).
 */
function copiesOfEarlier(content: Block[], keys: string[], compare: CompareOptions): Map<number, number> {
  const twinOf = new Map<number, number>()
  // (a text has at most as many shingles as characters)
  const index = new ShingleIndex(keys.reduce((sum, k) => sum + k.length, 0))
  const grams: Array<Shingles | undefined> = []
  const firstAt = new Map<string, number>()
  let texts: string[] | undefined
  const inList = (i: number) =>
    standsInList(
      (texts ??= content.map((b) => b.value)),
      keys,
      i,
      (k) => content[k].kind === 'body',
      (k) => repeatsEarlier(index, shingles(keys[k], compare.shingle), k),
    )
  for (let i = 0; i < content.length; i++) {
    if (keys[i].length < compare.minLength) continue
    // what dedup compares: paragraphs and captions, and heading-shaped lines long enough to be
    // pieces of a paragraph (a repeated headline stays; the run rule above deals with it)
    // (by the text alone: the output cleaned again has `#` on the headings this page gives it)
    // (not a date alone, which signs each of two notices of one day; a table row or a line of facts
    // is a copy only when exact, as in dedup)
    const headingShaped = content[i].kind === 'body' && isHeadingShapedText(content[i].value)
    const compared = (content[i].kind === 'caption' || (content[i].kind === 'body' && (!headingShaped || keys[i].length >= HEADING_COPY_MIN))) && !isDateLine(content[i].value)
    const exact = firstAt.get(keys[i])
    if (exact !== undefined) {
      // (a refrain, or a table's header over another table, is read in its place: dedup keeps it)
      const row = isTableRow(content[i].value) || isFactLine(content[i].value)
      const again = row
        ? repeatsRow(keys, i, exact)
        : content[i].kind === 'body' && repeatsRefrain(keys, content[i].value, i, exact, (k) => isHeadingShapedText(content[k].value))
      if (compared && !again) twinOf.set(i, exact)
      continue
    }
    firstAt.set(keys[i], i)
    if (content[i].kind !== 'body' || !compared || isTableRow(content[i].value) || isFactLine(content[i].value)) continue
    const mine = shingles(keys[i], compare.shingle)
    if (headingShaped) {
      // a headline is not taken for a copy of the paragraph that repeats its words; only a long
      // heading-shaped piece held by an earlier paragraph is (a cut copy: dedup removes it), not an
      // item of a list the paragraph names
      for (const [j, n] of index.sharedCounts(mine)) {
        if (n / mine.size >= compare.containment && (!twinOf.has(i) || j < twinOf.get(i)!) && !statesOtherFigures(keys[i], keys[j])) twinOf.set(i, j)
      }
      if (twinOf.has(i) && inList(i)) twinOf.delete(i)
      continue
    }
    grams[i] = mine
    let twin: number | undefined
    for (const [j, n] of index.sharedCounts(mine)) {
      if (n / mine.size < compare.containment && n / grams[j]!.size < compare.containment) continue
      // (the same sentence with another figure is other text: dedup keeps it)
      if ((twin === undefined || j < twin) && !statesOtherFigures(keys[i], keys[j])) twin = j
    }
    if (twin === undefined) index.add(i, mine)
    else twinOf.set(i, twin)
  }
  index.release()
  return twinOf
}

/** A signature's name after its place or unit, two or three characters, not itself a place. */
const SIGNED_NAME = '[\\s\\u3000]+(?![\\u4e00-\\u9fff]*(?:省|市|县|区|镇|乡|村)$)[\\u4e00-\\u9fff]{2,3}$'
/**
 * A writer's role or trade set between the place and the name as a field of its own (某某公社　社员　王德明,
 * 某某厂　工人　李明): a reader signs with what he is as well as where he is from.
 */
const SIGNED_ROLE = '(?:[\\s\\u3000]+[\\u4e00-\\u9fff]{2,4})?'
/** A writer's place and name: 峨山县小街公社　王德明, 临江市 李明, 某某公社　社员　王德明. */
const PLACE_AND_NAME = new RegExp(`^[\\u4e00-\\u9fff]{1,14}(?:省|市|县|区|旗|州|镇|乡|村|公社|大队|生产队|街道|社区)${SIGNED_ROLE}${SIGNED_NAME}`)

/** The label opening an editor's note under a letter or a piece: 编者按：, 编后, 编后语, 编者：, 编者附言：, 编辑部附言：. */
const EDITOR_NOTE = /^(?:编者按|编后|编者(?:附言|的话)?[：:]|编辑部?附言)/

/** A writer's place or unit and name, any place, with a role or not: 山东　刘长顺, 某某厂　工人　李明. */
const UNIT_AND_NAME = new RegExp(`^[\\u4e00-\\u9fff]{2,14}${SIGNED_ROLE}${SIGNED_NAME}`)
/** How far above a letter's signature its salutation may stand (编辑同志： / …paragraphs… / 山东　刘长顺). */
const LETTER_REACH = 8

function salutedAbove(blocks: Block[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - LETTER_REACH; k--) {
    if (isSalutation(blocks[k].value)) return true
    if (blocks[k].kind === 'title') return false
  }
  return false
}

/** The words of a lead-in announcing what follows it: 以下为…全文：, …如下：, 原文摘录如下：. */
const ANNOUNCES = /如下|以下|全文|原文|摘要如|摘录|摘登|附[:：]?$/
/** A field: a short label, its colon and its value (报名方式：到馆登记, 活动地点：二楼阅览室). */
const FIELD_SHAPE = /^[^，,。：:\s]{2,6}[：:]\s*\S/
/** A paragraph a label opens, its value clauses ending a sentence (提醒：不要…，应…。): prose, not a field. */
const LABELLED_PROSE = /^[^，,。：:\s]{2,6}[：:].*[，,；;].*[。！？!?.]$/

/**
 * Whether block `i` is a field among fields, a line of them over or under it (活动地点：… / 报名方式：… / 联系电话：…):
 * a notice's facts, not a headline of a label and its phrase.
 */
function amongFields(blocks: Block[], i: number): boolean {
  if (!FIELD_SHAPE.test(unspacedLabel(blocks[i].value.trim()))) return false
  // (a paragraph opened by a label, 提醒：…，…。, is prose, not a field: its clauses end a sentence)
  const isField = (b: Block | undefined) => b !== undefined && b.kind === 'body' && b.data.depth === undefined && ((FIELD_SHAPE.test(unspacedLabel(b.value.trim())) && !LABELLED_PROSE.test(b.value.trim())) || isFactLine(b.value))
  return isField(blocks[i - 1]) || isField(blocks[i + 1])
}

/** A paragraph of prose this long at least: a lead-in under it is the text's. */
const PROSE_ABOVE_MIN = 20

/** Whether a block is a paragraph of prose the source did not set as a heading, ending a sentence. */
function underProse(previous: Block | undefined): boolean {
  return previous !== undefined && previous.kind === 'body' && previous.data.depth === undefined && previous.value.length >= PROSE_ABOVE_MIN && endsComplete(previous.value)
}

/** A signature's issuers stacked over its date stand in this many lines at most (三个部门联合发出的倡议). */
const ISSUER_LINES = 4
/** An issuer's line: a unit's name, no mark at all. */
const ISSUER_LINE = /^[^\s，,。．.：:；;！!？?、“”"（）()《》\d]{4,30}$/

/**
 * Block i stands right under a box set into the column (its lines read as one box), and the block over the box is a
 * paragraph cut at a clause's mark: block i is that paragraph's rest, the box stood at the cut.
 */
function resumesAfterBox(blocks: Block[], i: number): boolean {
  const box = blocks[i - 1]?.data.boxed
  if (box === undefined || blocks[i].data.boxed !== undefined) return false
  let k = i - 1
  while (k >= 0 && blocks[k].data.boxed === box) k--
  return k >= 0 && blocks[k].kind === 'body' && blocks[k].data.boxed === undefined && endsWithContinuationMark(blocks[k].value)
}

/**
 * Whether block `i` is one of a notice's issuers set one a line over its date (某某区文明办 / 某某区城市管理局 /
 * 2026年3月5日), two at least, after text that ends a sentence: none of them is a heading.
 */
function signsOverDate(blocks: Block[], i: number): boolean {
  const isIssuer = (k: number) => blocks[k].kind === 'body' && blocks[k].data.depth === undefined && ISSUER_LINE.test(blocks[k].value.trim())
  let first = i
  while (first > 0 && i - first < ISSUER_LINES && isIssuer(first - 1)) first--
  const before = blocks[first - 1]
  if (before === undefined || before.kind !== 'body' || !endsComplete(before.value)) return false
  for (let k = first; k < blocks.length && k <= first + ISSUER_LINES; k++) {
    if (k > first && blocks[k].kind === 'body' && isDateLine(blocks[k].value)) return k > first + 1 && k > i
    if (!isIssuer(k)) return false
  }
  return false
}

/**
 * A head opening a series by its label and its number in Han numerals, set apart by a space or by 、: 案例一　…,
 * 第二部分 …, 四、….
 */
const SERIES_HEAD = /^([\u4e00-\u9fff]{0,4}?)([一二三四五六七八九十]{1,3})(、|[ \u3000]+)(?=\S)/

/**
 * A line opening a series the page heads (案例一　某甲诉某乙、某丙、某丁赡养纠纷案 / … / 案例二　某某诈骗案; 三、…同意？ /
 * … / 四、增设电梯的审批流程有哪些变化？), read as text for the marks of its list of names or for a question longer than
 * a short one: the page's own head of that label and the number next to it, before or after, is a heading, so this
 * one is too, over its text, when it ends no sentence (but its one question) and is no longer than a headline.
 */
function markSeriesHeads(blocks: Block[]): void {
  const heads = blocks.map((b) => (b.data.depth === undefined ? SERIES_HEAD.exec(b.value.trim()) : null))
  const isHead = (k: number) => blocks[k].kind === 'heading' && blocks[k].data.depth === undefined
  // (a head made one may make the next one: 七、… heading, then 八、…, then 九、…)
  for (let changed = true; changed; ) {
    changed = false
    for (let i = 0; i + 1 < blocks.length; i++) {
      const block = blocks[i]
      const head = heads[i]
      if (!head || block.kind !== 'body' || blocks[i + 1].kind === 'title' || blocks[i + 1].kind === 'heading') continue
      const text = block.value.trim()
      if (/[。！？!?；;：:]/.test(text.replace(/[？?]$/, '')) || visibleLength(text) > HEADLINE_MAX) continue
      const number = hanNumber(head[2])
      const sibling = (k: number) => {
        const other = heads[k]
        return other !== null && other[1] === head[1] && (other[3] === '、') === (head[3] === '、') && Math.abs(hanNumber(other[2]) - number) === 1
      }
      if (!blocks.some((_, k) => k !== i && isHead(k) && sibling(k))) continue
      block.kind = 'heading'
      changed = true
    }
  }
}

function classifyInContext(blocks: Block[]): void {
  markSectionsSetLikeBylines(blocks)
  markColumnsOverItems(blocks)

  // Headings, titles and subtitles: heading-shaped blocks, told apart by their neighbours.
  let seenContent = false
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (block.kind !== 'body') {
      if (isContent(block)) seenContent = true
      continue
    }
    const previous = blocks[i - 1]
    const next = blocks[i + 1]
    // a short question standing alone between paragraphs is a section heading (钱从哪里来？)
    // (photo captions may stand between it and the paragraph before: join moves them there)
    let beforeCaptions = i - 1
    while (beforeCaptions >= 0 && (blocks[beforeCaptions].kind === 'caption' || blocks[beforeCaptions].kind === 'credit')) beforeCaptions--
    if (isQuestionHeading(block, blocks[beforeCaptions], next) && !isSpeakerTurn(blocks, i)) {
      block.kind = 'heading'
      seenContent = true
      continue
    }
    // a headline that asks (垃圾分类，你做对了吗？) over a byline, or over the text at the head of the
    // page, or under the kicker that opens the page (政策解读 / …这些问题你关心吗？), or under a box's
    // label (延伸阅读 / 老旧小区加装电梯怎么申请？), is a title
    // (not a line of a box drawn round the text, left open over the box's next line: a quotation wrapped
    // at the frame, …放在自己力量的基点 / 上，叫做自力更生。; read whole, as the output will read it)
    const wrappedInBox = block.data.boxed !== undefined && next?.data.boxed === block.data.boxed && !endsComplete(block.value)
    const overText = next?.kind === 'body' && !wrappedInBox
    if ((bylineFollows(next, blocks[i + 2]) || (overText && (!seenContent || isUnderKicker(blocks, i) || previous?.kind === 'label'))) && isTitleQuestion(block)) {
      block.kind = 'title'
      seenContent = true
      continue
    }
    // ...and so is one that exclaims, at the head of the page or over a byline (这份养老清单，请收好！,
    // 补时绝杀！江城队客场3:2力克北川)
    if ((bylineFollows(next, blocks[i + 2]) || (overText && !seenContent)) && isTitleExclamation(block)) {
      block.kind = 'title'
      seenContent = true
      continue
    }
    // ...and one of two phrases parted by a comma, over a byline (“候鸟”老人来了，社区多了个“议事会”);
    // at the head of the page over text such a line may be the end of a paragraph cut by the break
    if (bylineFollows(next, blocks[i + 2]) && isTitleOfTwoPhrases(block)) {
      block.kind = 'title'
      seenContent = true
      continue
    }
    // a letter's signature: its writer's place and name after the text, before the next headline or
    // at the page's end (峨山县小街公社　王德明); a heading stands over text
    // (after a letter, its salutation over it, the place may be any: 山东　刘长顺)
    const signed = PLACE_AND_NAME.test(block.value.trim()) || (UNIT_AND_NAME.test(block.value.trim()) && salutedAbove(blocks, i))
    // (the editor's note under a letter opens with its label, any of its forms: 编者按：, 编后, 编者：, 编者附言：)
    if (signed && previous?.kind === 'body' && endsComplete(previous.value) && (next === undefined || next.kind !== 'body' || isHeadingShapedText(next.value) || EDITOR_NOTE.test(next.value))) {
      block.kind = 'byline'
      seenContent = true
      continue
    }
    // (the tests below tell a heading from what is shaped as one: a block not so shaped, most of them, is text)
    if (!isHeadingShaped(block)) {
      seenContent = true
      continue
    }
    // a lead-in ending with a colon is a heading only when a heading follows (a title cut in two)
    // (the heading after it judged by its text: the output, cleaned again, has `#` on every headline,
    // a question among them, and must be read the same)
    // (nor one in the words that announce what follows, under a paragraph of prose, a document's title among what it
    // announces: …负责人说。 / 以下为倡议书全文： / 某某倡议书; a title's first half names its subject, 车工王建军：)
    const leadIn = /[：:]$/.test(block.value) && block.data.depth === undefined && (!(next && isHeadingShapedText(next.value)) || (ANNOUNCES.test(block.value) && underProse(previous)))
    // a notice's signature: the issuer over the date (某某市人民政府办公室 / 2023年3月1日), not a heading
    // (nor a dateline a dump set on a line of its own, 本报讯　（记者　邝　伟）, nor the line under it: the
    // text the dateline opens, cut by a narrow column's wrap, 昨日，广州火车站发送旅客 / 6.2万人次，…)
    const signature =
      (block.data.depth === undefined && next !== undefined && next.kind === 'body' && isDateLine(next.value)) ||
      (block.data.depth === undefined && signsOverDate(blocks, i)) ||
      (block.data.depth === undefined && block.value.length <= 40 && (isDatelineAlone(block.value) || (previous?.kind === 'body' && previous.data.depth === undefined && isDatelineAlone(previous.value))))
    // (a letter's or a notice's addressees are text, whatever follows: 各乡镇人民政府，县政府各部门：)
    if (leadIn || signature || (block.data.depth === undefined && (isSalutation(block.value) || amongFields(blocks, i)))) {
      seenContent = true
      continue
    }
    const nextIsByline = bylineFollows(next, blocks[i + 2])
    if (previous && (previous.kind === 'title' || previous.kind === 'subtitle') && patterns.subtitleDash.test(block.value)) {
      block.kind = 'subtitle'
    } else if (previous?.kind === 'heading' && previous.data.depth !== 2 && patterns.subtitleDash.test(block.value)) {
      // a kicker over the title (聚焦全国两会 / 新质生产力成为热词 / ——代表委员热议…): the line the
      // subtitle hangs from is the title, though a headline stood over it (unless the source set it
      // as a section heading, ##)
      previous.kind = 'title'
      block.kind = 'subtitle'
    } else if (
      block.data.depth === 1 ||
      !seenContent ||
      nextIsByline ||
      previous?.kind === 'label' ||
      // (tested as the shape tests read text: normalise changes spaces and ellipses, and the output
      // must read the same)
      (patterns.placeColonTitle.test(shapeText(block.value)) && !OPENS_WITH_BULLET.test(block.value))
    ) {
      block.kind = 'title'
    } else {
      block.kind = 'heading'
    }
    seenContent = true
  }

  // a head of three lines: a kicker over a title cut over two lines (聚焦乡村振兴 / 小小食用菌 /
  // 撑起致富“大产业”); the line between two titles is read as a section heading, but an article has
  // no section before its text: it is a headline of the same head (unless the source set it, ##)
  for (let i = 1; i + 1 < blocks.length; i++) {
    const block = blocks[i]
    if (block.kind === 'heading' && block.data.depth === undefined && blocks[i - 1].kind === 'title' && blocks[i + 1].kind === 'title') {
      block.kind = 'title'
    }
  }

  markSeriesHeads(blocks)
  markRowsByNeighbours(blocks)
  markResultLists(blocks)
  markNumberedLists(blocks)

  // a marked line over a paragraph whose dateline names its reporter (■ 滇池绿道骑行季启动 / 本报讯（记者
  // 周航）…): the item's headline in a column of news in brief, not its byline
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i]
    if (block.kind !== 'byline' || !patterns.bylineMark.test(block.value)) continue
    const named = block.value.replace(/^[■◆□]\s*/, '')
    if (patterns.bylineWords.test(named) || patterns.nameLine.test(named)) continue
    // (read without spaces, as normalise leaves the text; a dateline naming a reporter: 本报讯（记者 …）)
    const under = blocks[i + 1].value.replace(SPACES, '')
    if (blocks[i + 1].kind === 'body' && opensArticle(under) && /记者/.test(under.slice(0, 24))) block.kind = 'title'
  }

  markVerse(blocks)

  // Bylines without a mark: a line of names right under a title or subtitle; not one over a marked
  // byline, which is the headline the byline signs (副刊 / 春日田园 / □ 李明)
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i]
    const previous = blocks[i - 1]
    if (block.kind !== 'body' && block.kind !== 'heading' && block.kind !== 'title') continue
    // (nor one over a subtitle that such a byline signs, 党旗在某某一线 / 高高飘扬 / ——某某纪实 / ■ 本报记者 某某: the
    // title's second line; a byline stands under the subtitle, never between it and its title)
    let signed = i + 1
    while (blocks[signed]?.kind === 'subtitle') signed++
    const overMarkedByline = blocks[signed]?.kind === 'byline' && (patterns.bylineMark.test(blocks[signed].value) || /^[◎○]/.test(blocks[signed].value))
    // (a subtitle between it and a byline of any form, 黄土高原上的旱地小麦 / 喜获丰收 / ——某某见闻 / 本报记者　某某: the
    // byline under the subtitle signs the piece, and the line over the subtitle is its title's)
    const overSignedSubtitle = signed > i + 1 && blocks[signed]?.kind === 'byline' && patterns.subtitleDash.test(blocks[i + 1].value)
    // (nor four characters no name's shape, 声音简介, on a page that heads its sections with such short words: its first section's head)
    if ((previous.kind === 'title' || previous.kind === 'subtitle') && isNameLine(block, blocks[i + 1]) && !overMarkedByline && !overSignedSubtitle && !isFirstShortHead(blocks, i)) block.kind = 'byline'
  }

  // A block standing right before a photo credit describes the photo.
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i]
    // (a heading-shaped line too: a caption without a full stop reads like one, and a section
    // heading does not stand over a photo credit; but not a heading the source marks as one (##),
    // which the output writes as it was read)
    const headingShaped = block.kind === 'heading' && block.data.depth === undefined
    if (blocks[i + 1].kind !== 'credit' || (block.kind !== 'body' && !headingShaped)) continue
    // (the credit of the page's or the article's decoration, 题图 吴山, 刊头 李明, 本版插图 李冉: it has no caption)
    if (DECORATION_CREDIT.test(blocks[i + 1].value)) continue
    // (nor the note on a piece's author: it closes the piece, and describes no photo)
    if (AUTHOR_NOTE.test(blocks[i + 1].value.trim())) continue
    // (nor the first half of a paragraph cut before the credit, whose word runs on into the text
    // after it: …为全年粮 / 资料图片 / 食丰收打下坚实基础。)
    const after = blocks[i + 2]
    if (after?.kind === 'body' && !endsComplete(block.value) && wordAcrossSeam(block.value, after.value) !== undefined) continue
    // (nor one left open by a comma or an unclosed quotation: 他说：“这些年， / 漫画/方成 / 我最大的收获…”)
    if (after?.kind === 'body' && (endsWithContinuationMark(block.value) || quoteBalance(block.value) > 0)) continue
    // (nor the rest of a paragraph cut by a box set into the column, right under the box's last line: …无法追回， /
    // ■ 某某档案 / 案号：… / 案由：… / 酌情从重处罚。… / 漫画/某某)
    if (resumesAfterBox(blocks, i)) continue
    if (patterns.captionWords.test(block.value) || (block.value.length <= 60 && !isCutProse(block.value))) block.kind = 'caption'
  }
  markGroupCaptions(blocks)
  // (a source's credit in brackets alone by a caption is the photo's, not the close of a photo story's
  // text: ▲…写作业。 / （县委宣传部供图）)
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'body' || !isBracketedSourceCredit(blocks[i].value)) continue
    // (and a numbered photo's sentence over it is the caption it credits: ②…巡堤。 / （某某指挥部供图）)
    const numbered = blocks[i - 1]?.kind === 'body' && blocks[i - 1].data.depth === undefined && GROUP_CAPTION.test(blocks[i - 1].value.trim()) && endsComplete(blocks[i - 1].value)
    if (numbered) blocks[i - 1].kind = 'caption'
    if (blocks[i - 1]?.kind === 'caption' || blocks[i + 1]?.kind === 'caption') blocks[i].kind = 'credit'
  }
}

const BRACKETED_SOURCE_CREDIT = new RegExp(`^[（(]\\s*(?:${CREDIT_SOURCE}\\s*供图|${CREDIT_SOURCE}[ \\u3000]+摄影?)\\s*[）)]$`)

/** A source's credit in brackets, alone on a line: （县委宣传部供图）. A photo's credit by a caption, else the close of a photo story's text. */
export function isBracketedSourceCredit(text: string): boolean {
  return text.length <= 32 && BRACKETED_SOURCE_CREDIT.test(text.trim())
}

const DECORATION_CREDIT = /^[（(]?\s*(?:本版插图|题图|刊头|题花|尾花)/

/** A note on a piece's author, whole in its brackets, closing the piece: （作者系…教授）. */
export const AUTHOR_NOTE = /^[（(]\s*作者(?:系|为|是)[^（）()。]{2,40}[）)]$/

/** A photo of a numbered group, described in a sentence: ②校长为毕业生拨穗。 */
// (whole: a line ending in a clause's mark, ①…； ②…，, is an item of a list)
const GROUP_CAPTION = /^[①-⑳]\s*\S[^。！？!?]{1,58}[^，,、；;：:]$/

/**
 * The captions of a photo group, numbered (组图：… / ①… / ②… / ③… / 学生记者 某某 摄): a run of two or
 * more, next to a caption, a group's label or a credit, are all captions, each one, as the first is.
 */
function markGroupCaptions(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; ) {
    let j = i
    while (j < blocks.length && (blocks[j].kind === 'body' || blocks[j].kind === 'caption') && blocks[j].data.depth === undefined && GROUP_CAPTION.test(blocks[j].value.trim())) j++
    const pictured = (b: Block | undefined) => b !== undefined && (b.kind === 'caption' || b.kind === 'credit')
    if (j - i >= 2 && (pictured(blocks[i - 1]) || pictured(blocks[j]) || blocks.slice(i, j).some((b) => b.kind === 'caption'))) {
      for (let k = i; k < j; k++) blocks[k].kind = 'caption'
    }
    i = Math.max(j, i + 1)
  }
}

/**
 * Sentences that run on past the last one's end and stop mid-way: the first half of a paragraph
 * that a column break cut before a photo credit, not a caption (a caption is a line or a sentence,
 * and it ends where it ends).
 */
function isCutProse(text: string): boolean {
  return !endsComplete(text) && hasSentencePunctuation(text)
}

const SPACE = /[\s\u3000]/
const SPACES = /[\s\u3000]+/g

// (the shape tests ask this of every block several times, and most blocks hold no space)
function withoutSpaces(text: string): string {
  return SPACE.test(text) ? text.replace(SPACES, '') : text
}

/**
 * The text as the shape tests read it, unchanged by what normalise does: without spaces, an
 * ellipsis in any form (…, ……, ..., 。。。) as one mark (normalise makes every one “……”), and a
 * dash typed as hyphens as the dash.
 */
function shapeText(text: string): string {
  // (the shape tests ask it of each block several times in each classify pass)
  return shapes.get(text, readShapeText)
}

const shapes = new BoundedMemo<string, string>()

function readShapeText(text: string): string {
  const visible = withoutSpaces(text)
  const ellipses = text.includes('…') || text.includes('...') || text.includes('。。。') ? visible.replace(ELLIPSIS_FORMS, '…') : visible
  // (a dash typed as hyphens likewise: normalise makes -- or －－ in Chinese text “——”)
  const dashes = text.includes('--') || text.includes('－－') ? ellipses.replace(TYPED_DASH, '——') : ellipses
  // (and a mark printed twice as one: normalise makes ，， and 。。 one)
  // (asked of every line's shape: one scan for two marks in a row first, which most lines do not hold)
  return TWO_MARKS.test(dashes) ? dashes.replace(DOUBLED_MARKS, (m) => m[0]) : dashes
}

const TWO_MARKS = /[，,、；：。]{2}/

// (as normalise makes them one, half-width commas too: normalise has made them full-width first)
const DOUBLED_MARKS = new RegExp(`[，,]{2,}|${DOUBLED_MARK.source}`, 'g')

export function visibleLength(text: string): number {
  return shapeText(text).length
}

/**
 * Whether visibleLength(text) > max, without the shape of a whole paragraph when its start settles it:
 * shapeText never lengthens a text, and never takes out or merges a Han character, a Latin letter
 * or a digit, so more than `max` of those make the visible text longer than `max`. (Most blocks a
 * length test is asked of are paragraphs far over it.)
 */
export function isVisiblyLonger(text: string, max: number): boolean {
  if (text.length <= max) return false
  let kept = 0
  for (let i = 0; i < text.length; i++) if (isKeptByShape(text.charCodeAt(i)) && ++kept > max) return true
  return visibleLength(text) > max
}

/** A Han character, a Latin letter or a digit (UTF-16 code unit): shapeText keeps it as it is. */
function isKeptByShape(code: number): boolean {
  const letter = code | 0x20
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (letter >= 0x61 && letter <= 0x7a)
}

const QUESTION_LABEL = /^(?:问|Q|记者|主持人)\s*[：:]/

/** Shaped like a section heading that asks a question (钱从哪里来？): short, one question mark at the end. */
export function isQuestionShaped(text: string): boolean {
  if (!(text.endsWith('？') || text.endsWith('?')) || isVisiblyLonger(text, 16)) return false
  // one question, or two or three short ones (谁来管？怎么管？)
  const questions = text.slice(0, -1).split(/[？?]/)
  if (questions.length > 3 || (questions.length > 1 && questions.some((q) => q.length === 0 || isVisiblyLonger(q, 8)))) return false
  if (hasSentencePunctuation(questions.join('，'))) return false
  if (/[“”"「」]/.test(text)) return false
  // an interview's question (问：… 记者：…？) is a line of the dialogue, not a section heading, nor is
  // an option of a multiple-choice question
  if (QUESTION_LABEL.test(text) || OPTION_ITEM.test(text)) return false
  // a heading never starts with a mark that continues a sentence (，、：；。)
  return !/^[，,、：:；;。.！!？?]/.test(text)
}

/**
 * A headline read as phrases (`phrasesOf` says which, or none when the text is not of its shape): each
 * phrase heading-shaped, at most 30 visible characters in all, not set in the source as a Markdown
 * heading, and no subtitle (a ——line is a subtitle's business, whatever it ends with).
 */
function isHeadlineOfPhrases(block: Block, phrasesOf: (text: string) => string[] | undefined): boolean {
  const text = block.value.trim()
  if (block.data.depth !== undefined || isVisiblyLonger(text, 30) || patterns.subtitleDash.test(text)) return false
  // (a paragraph opened by its dateline, 本报讯（记者 王伟）…！, is the article's text, whatever stands
  // under it: a pager the first time, the line under the pager once strip has removed it)
  if (opensArticle(text)) return false
  const phrases = phrasesOf(text)
  // (one character and its mark is the end of a sentence a break cut off, …虫子冻死 / 呢！)
  return phrases !== undefined && phrases.join('').length >= 2 && phrases.every((phrase) => phrase.length > 0 && isHeadingShapedText(phrase))
}

/**
 * A headline that asks: heading-shaped but for its question mark, at its end or after its first
 * phrase (不动产登记怎么办？这份问答请收好, 元宵节去哪儿？这份攻略请收好→), and not a line of an interview.
 */
function isTitleQuestion(block: Block): boolean {
  return isHeadlineOfPhrases(block, (text) => {
    if (QUESTION_LABEL.test(text)) return undefined
    if (/[？?]$/.test(text)) return [text.slice(0, -1)]
    const parts = text.replace(POINTING_END, '').split(/[？?]/)
    return parts.length === 2 ? parts : undefined
  })
}

/** The arrow a public account's headline points on with: …攻略请收好→ */
const POINTING_END = /[→➡▶►]+$/

/** A headline that exclaims: one or two heading-shaped phrases, each closed by ！ but the last maybe. */
function isTitleExclamation(block: Block): boolean {
  return isHeadlineOfPhrases(block, (text) => {
    const phrases = text.replace(/[！!]$/, '').split(/[！!]/)
    return /[！!]/.test(text) && phrases.length <= 2 ? phrases : undefined
  })
}

/** A headline of two heading-shaped phrases parted by a comma, ending in neither. */
function isTitleOfTwoPhrases(block: Block): boolean {
  return isHeadlineOfPhrases(block, (text) => {
    const phrases = text.split(/[，,]/)
    return phrases.length === 2 ? phrases : undefined
  })
}

/** The block before i is the page's first, a title (a kicker over the headline). */
function isUnderKicker(blocks: Block[], i: number): boolean {
  if (i === 0 || blocks[i - 1].kind !== 'title') return false
  for (let k = 0; k < i - 1; k++) if (isContent(blocks[k])) return false
  return true
}

function isQuestionHeading(block: Block, previous: Block | undefined, next: Block | undefined): boolean {
  if (!isQuestionShaped(block.value)) return false
  return (
    previous !== undefined && previous.kind === 'body' && endsComplete(previous.value) &&
    next !== undefined && next.kind === 'body'
  )
}

/** A speaker's label opening a line, a name or a role and its colon: 主持人：, 老周:. */
const SPEAKER_LABEL = /^([\u4e00-\u9fffA-Za-z·]{1,8})\s*[：:]/
/** Lines of the page, no short questions, that open on the same label and make it a speaker's. */
const SPEAKER_TURNS_MIN = 2
/**
 * Whether block `i` opens on a speaker's label that other lines of the page, not short questions, open on too (主持人：那时候
 * 难在哪里？ among 主持人：欢迎收听…。 / 主持人：谢谢您。): a turn of a dialogue, however short its question, no section's
 * heading. A heading that asks (专家：孩子发烧怎么办？) shares its label with no line of text.
 */
function isSpeakerTurn(blocks: Block[], i: number): boolean {
  const label = SPEAKER_LABEL.exec(blocks[i].value.trim())
  if (label === null) return false
  let turns = 0
  for (let k = 0; k < blocks.length && turns < SPEAKER_TURNS_MIN; k++) {
    const line = blocks[k].value.trim()
    if (k !== i && SPEAKER_LABEL.exec(line)?.[1] === label[1] && !isQuestionShaped(line)) turns++
  }
  return turns >= SPEAKER_TURNS_MIN
}

/** A byline, or a bare line of names, follows: the heading-shaped block above it is a title. */
function bylineFollows(next: Block | undefined, after: Block | undefined): boolean {
  return next !== undefined && (next.kind === 'byline' || (next.kind === 'body' && isNameLine(next, after)))
}

/** A line of names; not a table's header over a row of as many cells (产品　产量　同比 / 玉米收获机　4.4万台　+6.7%). */
function isNameLine(block: Block, after: Block | undefined): boolean {
  // (its length read without spaces: normalise shrinks the gaps between a header's cells; a line
  // longer without any space is read no further)
  if (block.data.depth !== undefined || block.value.length > 80 || (block.value.length > 20 && !SPACE.test(block.value)) || isVisiblyLonger(block.value, 20)) return false
  if (after !== undefined && isTableRow(after.value) && tableCells(after.value)?.length === tableCells(block.value)?.length) return false
  // one name may be set with spaces between its characters (王  伟), which normalise takes out of
  // body text: read without them, as the output will be
  // (no name opens on the particle 的, which ties a line to the one over it: a title's second line, 养鸭专业户某某 / 的一本账)
  if (TIED_ON_PARTICLE.test(block.value.trim())) return false
  return patterns.nameLine.test(block.value) || ONE_NAME.test(shapeText(block.value))
}

const ONE_NAME = new RegExp(`^${NAME}$`)

/** A section's head of a few characters alone: 本期嘉宾, 时间轴. */
const SHORT_HEAD = /^[\u4e00-\u9fff]{2,6}$/
/** The section heads of that shape, over text, that make a page's way of heading its sections. */
const SHORT_HEADS_MIN = 2

/**
 * Whether block `i`, under the title, is four characters of no name's shape (a person's name has two or three, four
 * with a double surname: 声音简介 is none) on a page heading two sections or more with such short words over text.
 */
function isFirstShortHead(blocks: Block[], i: number): boolean {
  const line = blocks[i].value.trim()
  if (line.length !== 4 || !SHORT_HEAD.test(line) || ONE_PERSON.test(line)) return false
  let heads = 0
  for (let k = i + 2; k < blocks.length && heads < SHORT_HEADS_MIN; k++) if (blocks[k].kind === 'heading' && SHORT_HEAD.test(blocks[k].value.trim()) && blocks[k + 1]?.kind === 'body') heads++
  return heads >= SHORT_HEADS_MIN
}
const ONE_PERSON = new RegExp(`^${PERSON}$`)

export const classify = defineStage('classify', (tree, _file, options) => classifyBlocks(tree.children, options.dedup))

/**
 * The kinds read again on the page as join and dedup left it (its neighbours changed): the output,
 * cleaned again, is classified from that page, so this is what it must say the first time. Says
 * whether any kind changed.
 */
export function reclassifyBlocks(blocks: Block[], options: CleanOptions): boolean {
  const before = blocks.map((b) => b.kind)
  classifyBlocks(blocks, options.dedup)
  // (a bare sentence join moved out as a photo caption is read as what it is: its record says it was
  // moved; were it left a caption, the output cleaned again would read it as text and could join it)
  return blocks.some((block, i) => block.kind !== before[i])
}
