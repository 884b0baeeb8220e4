/**
 * classify-patterns: the pieces of expressions both classify.ts and web-frame.ts build their patterns from. Apart
 * so that neither module reads the other's constants while it loads (the two import each other).
 */

/** A time of day, or a video's length: 18:30, 21:08:44, 02:11. */
export const CLOCK = '\\d{1,2}:\\d{2}(?::\\d{2})?'
/** A time alone on its line: a video's length (02:11), a transcript's stamp (00:31). */
export const CLOCK_ALONE = new RegExp(`^${CLOCK}$`)
export const WEB_TIME = `\\s*${CLOCK}`
// fields of a web dateline are set apart by spaces or bars (时间：2024-11-05 10:20 | 来源：… | 浏览：2341次)
export const FIELD_GAP = '(?:\\s+|\\s*[|｜丨]\\s*)'
/** A medium's name, by the word it ends in: 某某日报, 某某新闻网, 某某融媒, 某某客户端, 某某发布, 某某电视台, 某某号. */
export const MEDIUM_NAME = '[\\u4e00-\\u9fffA-Za-z0-9·]{1,12}(?:报|网|新闻|客户端|融媒|融媒体|融媒体中心|发布|电视台|广播电视台|卫视|频道|APP|App|号|通讯社|新闻社|杂志|周刊|在线|头条|资讯)'
/** A platform's counter's word: 阅读, 点赞, 评论, 转发…. */
export const COUNT_WORD = '(?:阅读|浏览|点击|播放|评论|点赞|赞|收藏|分享|转发|喜欢|在看|回复|跟贴|留言)'
/** A person's name: two or three characters, four with a double surname, any with a ·. */
export const PERSON = '(?:[\\u4e00-\\u9fff]{2,3}|(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|夏侯|尉迟|公孙|长孙|宇文|司徒|端木|西门|南宫|独孤)[\\u4e00-\\u9fff]{1,2}|[\\u4e00-\\u9fff]+[·•・‧∙･][\\u4e00-\\u9fff·•・‧∙･]+)'
/** A platform's age of a post or a comment: 3天前, 2小时前, 刚刚, 昨天 21:04, 1周前. */
export const AGE = `(?:[0-9]{1,2}\\s*(?:秒|分钟|小时|天|周|个?月|年)前|刚刚|昨天|前天)(?:${WEB_TIME})?`
/** A summary's label, any of its words: 摘要, 导读, 内容提要, 核心提示. */
export const SUMMARY_WORD = '(?:摘要|导读|导语|提要|内容提要|内容摘要|核心提示|简介)'
/** A teaser's end: the site's ellipsis and its button to unfold the text (…展开, ...全文, …查看更多). */
export const UNFOLD_END = /(?:…+|\.{3,}|。{3,})\s*(?:展开全文|展开阅读全文|展开|全文|查看全文|阅读全文|查看更多|更多)\s*[>＞∨▼]?\s*$/
/** A button's label on a row of a page's buttons: one bare word of a few Han characters (手机看, 纠错, 加红). */
export const BUTTON_LABEL = /^[\u4e00-\u9fff]{1,4}$/
/** A forum's attachment under a floor's text: its file's name and size, maybe its downloads (IMG_0012.jpg (186.42 KB, 下载次数: 12)). */
export const ATTACHMENT_LINE = /^[^\s，。！？]{1,60}\.(?:jpe?g|png|gif|webp|bmp|heic|pdf|docx?|xlsx?|pptx?|zip|rar|7z|txt)\s*[（(]\s*[0-9.]+\s*[KMG]i?B\b[^（）()]{0,30}[）)]$/i
/** A line opening on the particle 的, not on a word it begins (的确, 的士, 的哥): it goes on with the line over it. */
export const TIED_ON_PARTICLE = /^的(?![确士哥姐])/
