/**
 * Page generators of the property checks, for the fuzz run (run.mjs) and the test suite
 * (test/properties.test.ts) alike: newspaper-shaped pages (Chinese sentences from a word pool, Latin
 * sentences, half-width punctuation, ▲ captions, “XXX 摄” credits, （上接A2版） markers, ■ bylines,
 * headings, paragraphs cut by a column break, blocks printed twice), and, so that a long run reaches
 * further:
 *  - noise blocks: random Han characters (common and rare, including characters outside the BMP),
 *    traditional forms, full- and half-width punctuation, digits, Latin, Markdown syntax characters
 *    (# * _ ` [ ] < > | - + ! \), odd spaces (U+3000, U+00A0, U+200B, tabs);
 *  - furniture lines (来源：… 编辑：…), labels, name lines, Markdown headings, rules;
 *  - layouts: runs of blank lines, whitespace-only lines, indentation, trailing spaces, no final
 *    newline;
 *  - the bytes of a page: UTF-8 with or without BOM, UTF-16LE/BE with BOM, GB18030 without BOM, and
 *    LF, CRLF, CR or mixed line ends.
 */
import fc from 'fast-check'
import iconv from 'iconv-lite'

// ---------------------------------------------------------------------------------------------
// newspaper-shaped blocks

const HAN_WORDS = [
  '社区', '居民', '服务', '街道', '工作', '发展', '建设', '城市', '乡村', '治理', '群众', '活动', '项目',
  '推进', '开展', '提升', '文化', '生态', '学校', '老人', '孩子', '志愿者', '今年', '去年', '我们', '合作社',
  '农民', '产业', '公园', '道路', '图书馆', '菜地', '茶园', '河道', '垃圾', '分类', '电梯', '食堂', '新',
  '大', '好', '多', '已经', '正在', '进一步', '积极', '不断', '持续', '一系列', '成功', '入选', '帮助',
]
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '孙', '马']
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '华']
const LATIN_WORDS = ['the', 'city', 'park', 'opened', 'new', 'library', 'people', 'river', 'school', 'market', 'local', 'shops', 'more', 'visitors', 'every', 'week']
const SWAP = ['变', '改', '换', '错']

const hanWord = fc.constantFrom(...HAN_WORDS)

export const sentence = fc
  .tuple(
    fc.array(hanWord, { minLength: 2, maxLength: 8 }),
    fc.array(fc.constantFrom('', '', '', '，', '、'), { minLength: 8, maxLength: 8 }),
    fc.boolean(),
    fc.constantFrom('。', '。', '。', '！', '？'),
  )
  .map(([words, seps, quoted, end]) => {
    let s = words[0]
    for (let i = 1; i < words.length; i++) s += seps[i] + words[i]
    if (quoted) s = `他说：“${s}`
    return quoted ? `${s}${end}”` : s + end
  })

function halfWidth(text) {
  return text.replace(/，/g, ',').replace(/。/g, '.').replace(/！/g, '!').replace(/？/g, '?').replace(/：/g, ':')
}

const paragraph = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.nat({ max: 4 }))
  .map(([sentences, mode]) => {
    const text = sentences.join('')
    return mode === 0 ? halfWidth(text) : text
  })

const name = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 }))
  .map(([s, g]) => s + g.join(''))

const heading = fc
  .tuple(fc.array(hanWord, { minLength: 2, maxLength: 3 }), fc.array(hanWord, { minLength: 0, maxLength: 3 }))
  .map(([a, b]) => (b.length > 0 ? `${a.join('')} ${b.join('')}` : a.join('')))

const latin = fc.array(fc.constantFrom(...LATIN_WORDS), { minLength: 4, maxLength: 14 }).map((w) => {
  const s = w.join(' ')
  return s[0].toUpperCase() + s.slice(1) + '.'
})

// ---------------------------------------------------------------------------------------------
// added: noise and more block shapes

/** Common Han (U+4E00–U+9FFF), rare Han (extension A), and a few outside the BMP (extension B). */
const hanChar = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0x3400, max: 0x4dbf }).map((c) => String.fromCodePoint(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x20000, max: 0x2a6df }).map((c) => String.fromCodePoint(c)) },
  { weight: 4, arbitrary: fc.constantFrom(...'們這個發國會來時說對進經過還與關從動學體現點據開後車東長門間問題實當應區萬') },
)
const PUNCT = [...'，。、；：？！“”‘’（）《》【】—…·,.;:?!"\'()[]<>-–~/%']
const MARKDOWN = [...'#*_`[]<>|-+!\\=&{}']
const SPACES = [' ', ' ', '\u3000', '\u00a0', '\u200b', '\t']
const noiseChar = fc.oneof(
  { weight: 30, arbitrary: hanChar },
  { weight: 8, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 4, arbitrary: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') },
  { weight: 2, arbitrary: fc.constantFrom(...'０１２３４５６７８９ＡＢＣａｂｃ') },
  { weight: 2, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 2, arbitrary: fc.constantFrom(...SPACES) },
)
const noise = fc.array(noiseChar, { minLength: 1, maxLength: 120 }).map((cs) => cs.join(''))

const furniture = fc
  .tuple(fc.constantFrom('来源', '编辑', '责任编辑', '校对', '审核', '稿件来源', '本文来源', '原标题'), fc.constantFrom('：', ':', ': '), name)
  .map(([k, c, n]) => `${k}${c}${n}`)
const furnitureWhole = fc.oneof(
  fc.constantFrom('热门跟贴', '相关阅读', '阅读原文', '分享到微信', '点赞', '收藏', '版权所有 © 2024 某某网', '京ICP备12345678号-1', '联系我们 | 关于我们 | 网站地图'),
  // a related-news label and the links under it
  fc.array(heading, { minLength: 1, maxLength: 3 }).map((hs) => ['相关新闻：', ...hs.map((h) => `· ${h}`)].join('\n')),
)
const label = fc.constantFrom('编者按', '链接', '背景', '短评', '记者手记', '延伸阅读', '【民生关注】', '【聚焦两会】', '导读', '〖延伸阅读〗', '★相关新闻')
const markdownHeading = fc.tuple(fc.integer({ min: 1, max: 6 }), heading, fc.boolean()).map(([d, h, closing]) => `${'#'.repeat(d)} ${h}${closing ? ' ' + '#'.repeat(d) : ''}`)
const nameLine = fc.array(name, { minLength: 1, maxLength: 3 }).map((ns) => ns.join('\u3000'))
const credit = fc.oneof(
  fc.tuple(name, fc.constantFrom(' 摄', '摄', ' 供图', '/图')).map(([n, s]) => n + s),
  name.map((n) => `（新华社记者 ${n} 摄）`),
  name.map((n) => `图片来源：${n}`),
  fc.constantFrom('资料图片', '新华社发'),
  // a graphic's credit, a credit for text and photos
  fc.tuple(fc.constantFrom('制图：', '漫画：', '图/文 '), name).map(([k, n]) => k + n),
)
const caption = fc.oneof(
  fc.tuple(fc.constantFrom('▲', '►', '△', '◎', '图为', '上图：', '图①：', '图2：', '图注：', '图片说明：'), sentence).map(([m, s]) => m + s),
  // with its credit on the line, or in brackets
  fc.tuple(sentence, fc.constantFrom(' ', '', '. '), name, fc.constantFrom(' 摄', '摄')).map(([s, sp, n, c]) => `${sp === '. ' ? s.slice(0, -1) : s}${sp}${n}${c}`),
  hanWord.map((w) => `（图为${w}${w}）`),
  // cut over two lines, its end right under it
  fc.tuple(sentence, fc.array(hanWord, { minLength: 2, maxLength: 4 })).map(([s, ws]) => `▲${s.slice(0, -1)}，\n${ws.join('')}。`),
  // one that says so in its first words, also cut inside a word over two lines
  fc.tuple(sentence, fc.array(hanWord, { minLength: 2, maxLength: 4 }), fc.boolean()).map(([s, ws, cut]) => {
    const w = ws.join('')
    return cut ? `图为${s.slice(0, -1)}${w.slice(0, 1)}\n${w.slice(1)}。` : `上图为${s}`
  }),
)
// lines of other papers and web pages: folios, page numbers, datelines, lines of facts
const folio = fc.oneof(
  fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom(...'一二三四五六日')).map(
    ([y, m, d, w]) => `${y}年${m}月${d}日 星期${w}`,
  ),
  fc.integer({ min: 1, max: 24 }).map((n) => `人民日报 2023年11月03日 第 ${String(n).padStart(2, '0')} 版`),
  fc.integer({ min: 1, max: 99 }).map((n) => `— ${n} —`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom(' ', '，', '')).map(([n, sp]) => `第${n}页${sp}共${n + 3}页`),
  name.map((n) => `2023-11-03 08:12  来源：${n}`),
  fc.constantFrom('【纠错】', '【打印】 【关闭窗口】', '扫一扫在手机打开当前页', '【字体：大 中 小】'),
  fc.tuple(fc.constantFrom('城市日报', '《城市晚报》', '某某商报'), fc.constantFrom(' ', '   ', '\u3000')).map(([p, sp]) => `${p}${sp}2023年10月12日`),
  fc.tuple(fc.constantFrom('本版编辑', '版式设计', '责任校对', '美术编辑'), name, fc.boolean()).map(([r, n, two]) => `${r}：${n}${two ? ' 责任编辑：' + n : ''}`),
  fc.tuple(fc.constantFrom('上一篇：', '下一篇：', '当前位置：首页 > ', '首页 > '), heading).map(([k, h]) => k + h),
  name.map((n) => `2023-09-23 10:15:32\u3000来源：某某日报\u3000作者：${n}\u3000浏览次数：1234`),
  fc.constantFrom('本报地址：某某路1号 邮编：650000 广告热线：0871-12345678', '更多精彩内容，请关注本报微信公众号', '第A04版：要闻', '【责任编辑：周敏】'),
  // a public account's dateline and staff lines, and its buttons
  fc.tuple(name, fc.integer({ min: 1, max: 28 })).map(([n, d]) => `原创 ${n} 某某发布 2023-05-${String(d).padStart(2, '0')} 08:00 发表于云南`),
  fc.tuple(fc.constantFrom('来源', '编辑', '审核', '监制'), fc.constantFrom(' | ', '｜', '|'), name).map(([k, bar, n]) => `${k}${bar}${n}`),
  fc.constantFrom('往期推荐', '分享 收藏 点赞 在看', '索引号：11530000015123456X/2023-00123', '发布机构：某某市人民政府办公室', '—END—', '- END -', '👇点击阅读原文', '▼往期精彩回顾▼', '长按识别二维码关注我们', '（图片来源于网络，如有侵权请联系删除）', '本文系原创，转载请注明出处。', '投稿邮箱：news@example.com'),
  // an issue's table of contents
  fc.array(fc.tuple(fc.constantFrom('A2', 'A3', 'B1', '第5版'), heading), { minLength: 1, maxLength: 3 }).map((es) => ['本期导读', ...es.map(([p, h]) => `${p} ${h}`)].join('\n\n')),
  // a page's header of fields, and its label
  fc.tuple(fc.integer({ min: 1, max: 28 }), name, name, fc.constantFrom('\u3000', ' ', '  ')).map(([d, a, b, sp]) => `2023年5月${d}日 星期六${sp}责任编辑：${a}${sp}美编：${b}`),
  fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.integer({ min: 1, max: 16 }), fc.constantFrom('综合新闻', '要闻', '文体', '副刊')).map(([l, n, w]) => `${l}${n} ${w}`),
  // a page number by its letter, a running head, a section's name over the folio, the staff and the
  // paper's hotlines, a web page's comment counters and footer
  fc.tuple(fc.constantFrom('A', 'B'), fc.integer({ min: 1, max: 16 })).map(([l, n]) => `${l}${String(n).padStart(2, '0')}`),
  fc.tuple(hanWord, hanWord, fc.integer({ min: 1, max: 28 })).map(([a, b, d]) => `${a}·${b}\u30002024年5月${d}日`),
  fc.tuple(hanWord, hanWord, fc.integer({ min: 1, max: 12 })).map(([a, b, n]) => `${a}·${b}\n2024年5月6日　星期一　第${n}版`),
  fc.tuple(name, name).map(([a, b]) => `本版责编：${a}　校对：${b}`),
  fc.constantFrom('新闻热线：0571-87654321　邮箱：news@example.com', '0条评论', '登录后发表评论', '主办单位：某某市人民政府办公室 | 网站标识码：3301000012 | 联系我们'),
)
// a section heading set after a bullet, a subtitle under a title, a table row, a dash typed as hyphens
const bulletHeading = fc.tuple(fc.constantFrom('◆ ', '●', '■ ', '◇'), hanWord, heading, fc.boolean()).map(([b, w, h, q]) => (q ? `${b}${w}${h}？` : `${b}${w}：${h}`))
const questionHeadline = fc.tuple(heading, fc.constantFrom('？', '吗？', '？怎么办？', '?')).map(([h, q]) => h + q)
const subtitle = fc.tuple(fc.constantFrom('——', '--', '—'), heading).map(([d, h]) => d + h)
const tableRow = fc
  .tuple(fc.array(hanWord, { minLength: 1, maxLength: 2 }), fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(' ', '  ', '\u3000'))
  .map(([ws, a, b, sp]) => `${ws.join(' ')}${sp}${a}亿元${sp}${b / 10}%`)
// a notice: its title with a note in brackets, a salutation, the issuer over the date
const noticeLine = fc.oneof(
  fc.tuple(heading, fc.constantFrom('（第3号）', '(试行)', '（上）')).map(([h, n]) => h + n),
  fc.constantFrom('各有关单位：', '各有关单位:', '同志们：', '尊敬的市民朋友：'),
  fc.tuple(hanWord, hanWord, fc.constantFrom('，', ',')).map(([a, b, c]) => `各${a}${b}政府${c}${a}有关单位：`),
  fc.tuple(hanWord, fc.integer({ min: 1, max: 12 })).map(([w, m]) => `某某市${w}办公室\n2023年${m}月1日`),
)
// what a page saved from the web leaves in its text: tags and character references
const htmlParagraph = fc
  .tuple(sentence, fc.constantFrom('<strong>', '<span style="x">', '&ldquo;', '&nbsp;', '&#8220;', '<br/>', '</p><p>', '&amp;', '\u3000\u3000', ' \u3000 ', '**'), sentence, fc.boolean())
  .map(([a, m, b, wrap]) => (wrap ? `<p>${a}${m}${b}</p>` : `${a}${m}${b}`))
// a paragraph of a page in traditional Chinese (a paper of Taiwan or Hong Kong)
const TRADITIONAL_WORDS = ['這是', '發展', '經濟', '會議', '學習', '關懷', '據點', '區域', '長者', '社會', '報導', '記者', '時間', '問題', '當地']
const traditionalParagraph = fc
  .tuple(fc.array(fc.constantFrom(...TRADITIONAL_WORDS, ...HAN_WORDS), { minLength: 4, maxLength: 16 }), fc.constantFrom('。', '，今年'))
  .map(([words, end]) => words.join('') + end)
const dashedParagraph = fc.tuple(sentence, fc.constantFrom('--', '---', '－－', ' -- '), sentence).map(([a, d, b]) => a.slice(0, -1) + d + b)
const numberedHeading = fc.tuple(fc.constantFrom('一、', '二、', '（三）', '4.', '第五，'), heading).map(([n, h]) => n + h)
const factLine = fc.oneof(
  fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}年${m}月${d}日`),
  fc.integer({ min: 10000000, max: 99999999 }).map((n) => `咨询电话：0871-${n}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `讲座时间：2023年${m}月${d}日 9:30`),
  fc.tuple(fc.constantFrom('地址', '活动地点', '联系人'), hanWord, hanWord).map(([l, a, b]) => `${l}：${a}${b}`),
)
// a paragraph with what a page break leaves in it, or straight quotes
const markedParagraph = fc.tuple(fc.constantFrom('（紧接第一版）', '（上接第2版）', ''), sentence, fc.constantFrom('（下转第3版）', ''), hanWord).map(
  ([lead, s, tail, w]) => `${lead}${s.slice(0, -1)}，他说"${w}"。${tail}`,
)
// a paragraph sent on to another page mid-sentence, and one brought from another page
// (the marker in the paragraph, or on a line of its own)
const jumpParagraph = fc.tuple(sentence, fc.boolean(), fc.integer({ min: 1, max: 12 }), fc.constantFrom('', '\n', '\n\n')).map(([s, out, n, sep]) =>
  out ? `${s.slice(0, -2)}${sep}（下转第${n}版）` : `（上接第${n}版）${sep}${s}`,
)
// a poem: short lines, most ending with a comma, a line a paragraph (or a line each in one block)
const verse = fc
  .tuple(
    fc.array(fc.tuple(fc.array(hanWord, { minLength: 1, maxLength: 3 }), fc.constantFrom('，', '，', '，', '。', ',', '.', '、', '')), { minLength: 3, maxLength: 6 }),
    fc.constantFrom('\n\n', '\n'),
  )
  .map(([lines, sep]) => lines.map(([words, end]) => words.join('') + end).join(sep))
// a sentence stating figures (a date, an amount): its copy with another figure is other text
const figured = fc
  .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.array(hanWord, { minLength: 2, maxLength: 6 }), fc.integer({ min: 1, max: 999 }), fc.boolean())
  .map(([y, m, d, words, n, short]) => (short ? `${y}年${m}月${d}日` : `${y}年${m}月${d}日，${words.join('')}${n}个${words[0]}。`))
const marker = fc.constantFrom('（上接A2版）', '（下转B3版）', '（上接第一版）', '(转第4版)', '【接第2版】', '下转第十二版', '（上接A1）', '接上版', '转下页')

// ---------------------------------------------------------------------------------------------
// shapes of the eleventh session: boxes, flat tables, pictograph items, portal furniture, running
// heads of periodicals, pull quotes

// a box drawn with line characters (┌── 数据链接 ──┐ / │ … │ / └────┘): a title in the top rule, lines
// of text or of cells, with or without side bars (set between the halves of a cut paragraph by buildPage)
const FRAMES = [['┌', '─', '┐', '│', '└', '┘'], ['╔', '═', '╗', '║', '╚', '╝'], ['╭', '─', '╮', '│', '╰', '╯']]
export const framedBox = fc
  .tuple(
    fc.constantFrom(...FRAMES),
    fc.constantFrom('数据链接', '相关链接', '小贴士', '延伸阅读', ''),
    fc.array(fc.oneof(heading, sentence, fc.tuple(fc.integer({ min: 2015, max: 2024 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 100, max: 9999 })).map(([y, a, b]) => `${y}年      ${a / 10}万亩       ${b}吨`)), { minLength: 1, maxLength: 4 }),
    fc.integer({ min: 2, max: 10 }),
    fc.boolean(),
  )
  .map(([[tl, h, tr, v, bl, br], title, rows, n, bars]) => {
    const rule = h.repeat(n)
    const top = title ? `${tl}${rule} ${title} ${rule}${tr}` : `${tl}${rule}${rule}${tr}`
    return [top, ...rows.map((r) => (bars ? `${v} ${r} ${v}` : ` ${r}`)), `${bl}${rule}${rule}${h.repeat(title.length * 2 + 2)}${br}`].join('\n')
  })
// a table set one cell a line, its rows keyed by a weekday or a date (星期一 / 1和6 / 星期二 / 2和7 …;
// 日期 / 天气 / 气温 / 6月12日（周三） / 多云 / 17～26℃ …), under a lead-in or not
const keyedTable = fc
  .tuple(fc.integer({ min: 3, max: 5 }), fc.constantFrom('weekday', 'week', 'date'), fc.boolean(), fc.constantFrom('\n', '\n\n'), fc.option(sentence, { nil: undefined }))
  .map(([n, key, weather, sep, lead]) => {
    const rows = []
    for (let i = 0; i < n; i++) {
      const day = key === 'weekday' ? `星期${'一二三四五六日'[i]}` : key === 'week' ? `周${'一二三四五'[i]}` : `6月${12 + i}日（周${'三四五六日'[i]}）`
      rows.push(weather ? [day, ['多云', '中雨', '阵雨', '晴'][i % 4], `${16 + i}～${22 + i}℃`].join('\n') : `${day}\n${i + 1}和${(i + 6) % 10}`)
    }
    const head = weather && key === 'date' ? ['日期\n天气\n气温'] : []
    return [...(lead ? [`${lead.slice(0, -1)}，安排如下：`] : []), ...head, ...rows].join(sep)
  })
// a table set one cell a line under a header of words, each row's last cell a figure (村委会 / 村民小组 /
// 地类 / 面积（公顷） / 东营 / 东营一组 / 耕地 / 3.2145 / …)
const figureTable = fc
  .tuple(fc.integer({ min: 2, max: 3 }), fc.array(fc.tuple(hanWord, hanWord, fc.integer({ min: 1, max: 99999 })), { minLength: 2, maxLength: 4 }), fc.constantFrom('面积（公顷）', '金额（万元）', '人数'), fc.boolean())
  .map(([words, rows, unit, decimals]) => {
    const header = ['村委会', '村民小组', '地类'].slice(0, words)
    const cells = rows.map(([a, b, f]) => [a, `${a}${b}`, b].slice(0, words).concat(decimals ? (f / 10000).toFixed(4) : String(f)))
    return [...header, unit, ...cells.flat()].join('\n')
  })
// items a public account opens with a pictograph (📍 地址：… / ⏰ 营业时间：… / 🚇 交通：…), or a list's
// bullets (● ◆ ◎ △ ※) before fields, headings or sentences; an item a line or a paragraph
const PICTOGRAPHS = ['📍', '⏰', '🚇', '☎️', '🎫', '🅿️', '🔥', '👉']
const itemText = fc.oneof(
  fc.tuple(fc.constantFrom('地址', '营业时间', '交通', '电话', '门票', '停车', '报名'), hanWord, hanWord, fc.constantFrom('：', ':')).map(([l, a, b, c]) => `${l}${c}${a}${b}路${a.length}号`),
  heading,
  sentence,
)
const markedItems = fc
  .tuple(fc.constantFrom(...PICTOGRAPHS, ...'●◆◎△※○★'), fc.boolean(), fc.array(itemText, { minLength: 2, maxLength: 4 }), fc.constantFrom(' ', ''), fc.constantFrom('\n', '\n\n'))
  .map(([mark, same, items, sp, sep]) => items.map((t, i) => `${same ? mark : PICTOGRAPHS[i % PICTOGRAPHS.length]}${sp}${t}`).join(sep))
// a portal's furniture: its menu one item a line (网易首页 / 新闻 / 体育 / … / 登录), a pager (the
// headline printed again under it: buildPage adds the page's title), a public account's counts
const MENU = ['应用', '新闻', '体育', '娱乐', '财经', '汽车', '科技', '时尚', '手机', '房产', '教育', '旅游']
const portalMenu = fc
  .tuple(fc.constantFrom('网易首页', '首页', '网站首页'), fc.subarray(MENU, { minLength: 3, maxLength: 9 }), fc.constantFrom(['登录'], ['登录', '注册'], []))
  .map(([home, items, tail]) => [home, ...items, ...tail].join('\n'))
const pager = fc.constantFrom('点击进入下一页\n\n[1] [2] 下一页', '[1] [2] [3] 下一页', '上一页 [1] [2]', '点击进入下一页')
const counts = fc
  .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom('\n', '\n\n'), fc.boolean())
  .map(([a, b, sep, more]) => [`阅读 ${(a / 100).toFixed(1)}万`, `在看${a}`, `赞${b}`, ...(more ? [`分享 ${b % 50}`, '已无更多数据'] : [])].join(sep))
// a periodical's running head printed again at each page beside its numbered folio (小说月刊  2024年第4期
// ｜  58 / 短篇小说  ｜  修表铺): buildPage sets it after the first block and every few blocks after, the
// folio one more each time
const runningHead = fc.record({
  name: fc.constantFrom('小说月刊', '今日文摘', '故事会', '散文选刊'),
  issue: fc.integer({ min: 1, max: 12 }),
  section: fc.constantFrom('短篇小说', '人生故事', '散文', '特别报道'),
  title: heading.map((h) => h.replace(/ /g, '')),
  page: fc.integer({ min: 1, max: 180 }),
  every: fc.integer({ min: 2, max: 5 }),
  sp: fc.constantFrom('  ', '\u3000', '    '),
  sep: fc.constantFrom('\n\n', '\n'),
})
function runningHeadAt(h, k) {
  const folio = `${h.name}${h.sp}2024年第${h.issue}期${h.sp}｜${h.sp}${h.page + k}`
  return `${folio}${h.sep}${h.section}${h.sp}｜${h.sp}${h.title}`
}

const BLOCK_KINDS = ['body', 'heading', 'caption', 'credit', 'marker', 'latin', 'byline', 'noise', 'furniture', 'label', 'md-heading', 'names', 'facts', 'box', 'pager']

/** One block: { kind, text }. */
export const block = fc.oneof(
  { weight: 16, arbitrary: paragraph.map((text) => ({ kind: 'body', text })) },
  { weight: 4, arbitrary: heading.map((text) => ({ kind: 'heading', text })) },
  { weight: 2, arbitrary: caption.map((text) => ({ kind: 'caption', text })) },
  { weight: 2, arbitrary: credit.map((text) => ({ kind: 'credit', text })) },
  { weight: 2, arbitrary: marker.map((text) => ({ kind: 'marker', text })) },
  { weight: 2, arbitrary: latin.map((text) => ({ kind: 'latin', text })) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('■', '◎', '□'), name).map(([m, text]) => ({ kind: 'byline', text: `${m}本报记者 ${text}` })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('读者', '市民', '网友'), name).map(([r, n]) => ({ kind: 'byline', text: `${r} ${n}` })) },
  { weight: 5, arbitrary: noise.map((text) => ({ kind: 'noise', text })) },
  { weight: 1, arbitrary: fc.oneof(furniture, furnitureWhole).map((text) => ({ kind: 'furniture', text })) },
  { weight: 1, arbitrary: label.map((text) => ({ kind: 'label', text })) },
  { weight: 1, arbitrary: markdownHeading.map((text) => ({ kind: 'md-heading', text })) },
  { weight: 1, arbitrary: nameLine.map((text) => ({ kind: 'names', text })) },
  { weight: 1, arbitrary: folio.map((text) => ({ kind: 'furniture', text })) },
  { weight: 1, arbitrary: factLine.map((text) => ({ kind: 'facts', text })) },
  { weight: 1, arbitrary: numberedHeading.map((text) => ({ kind: 'heading', text })) },
  { weight: 1, arbitrary: sentence.map((s) => ({ kind: 'body', text: `${s.slice(0, -1)}，现将有关事项公告如下：` })) },
  { weight: 2, arbitrary: markedParagraph.map((text) => ({ kind: 'body', text })) },
  { weight: 1, arbitrary: bulletHeading.map((text) => ({ kind: 'heading', text })) },
  { weight: 1, arbitrary: subtitle.map((text) => ({ kind: 'heading', text })) },
  { weight: 1, arbitrary: questionHeadline.map((text) => ({ kind: 'heading', text })) },
  { weight: 1, arbitrary: tableRow.map((text) => ({ kind: 'facts', text })) },
  // a list: items after one bullet, or circled numbers, an item a line or a paragraph
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('● ', '●', '· ', '◆', '①'), fc.array(fc.tuple(heading, fc.constantFrom('', '；', '，', '。')), { minLength: 2, maxLength: 4 }), fc.constantFrom('\n', '\n\n'))
      .map(([mark, items, sep]) => ({ kind: 'body', text: items.map(([h, end], i) => `${mark === '①' ? String.fromCharCode(0x2460 + i) : mark}${h}${end}`).join(sep) })),
  },
  // rows of a league table or of market quotes, a row a line
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(fc.tuple(hanWord, fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 99 })), { minLength: 2, maxLength: 4 }), fc.boolean())
      .map(([rows, quotes]) => ({ kind: 'facts', text: rows.map(([w, a, b], i) => (quotes ? `${w}指数 ${a}.${b} +0.${b}%` : `${i + 1} ${w}队 ${a}`)).join('\n') })),
  },
  { weight: 1, arbitrary: dashedParagraph.map((text) => ({ kind: 'body', text })) },
  { weight: 1, arbitrary: noticeLine.map((text) => ({ kind: 'heading', text })) },
  { weight: 1, arbitrary: htmlParagraph.map((text) => ({ kind: 'body', text })) },
  { weight: 1, arbitrary: traditionalParagraph.map((text) => ({ kind: 'body', text })) },
  { weight: 1, arbitrary: jumpParagraph.map((text) => ({ kind: 'body', text })) },
  { weight: 1, arbitrary: verse.map((text) => ({ kind: 'body', text })) },
  // a dateline on a line of its own over its paragraph, and a sentence opening with 记者
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('本报讯', '新华社北京11月15日电', '本报昆明3月5日电'), fc.oneof(fc.constant(''), name.map((n) => `（记者 ${n}）`)), sentence, fc.constantFrom('\n', '\n\n'))
      .map(([d, c, s2, sep]) => ({ kind: 'body', text: `${d}${c}${sep}记者${s2}` })),
  },
  // a headline or a staff line set with letter spacing (新 闻 速 递, 编 辑　王 芳)
  { weight: 1, arbitrary: heading.map((h) => ({ kind: 'heading', text: [...h.replace(/ /g, '')].join(' ') })) },
  { weight: 1, arbitrary: name.map((n) => ({ kind: 'furniture', text: `编 辑\u3000${[...n].join(' ')}` })) },
  { weight: 1, arbitrary: figured.map((text) => ({ kind: 'body', text })) },
  // a head over a byline, its lines of one width or not, a line apart each; a lead-in over dated
  // items; text with full-width addresses and straight single quotes
  {
    weight: 1,
    arbitrary: fc
      .tuple(heading, heading, name, fc.constantFrom('\n', '\n\n'))
      .map(([h, s, n, sep]) => ({ kind: 'heading', text: [h.replace(/ /g, ''), `——${s.replace(/ /g, '')}`, `本报记者 ${n}`].join(sep) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(sentence, fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.constantFrom(':', '：'))
      .map(([s, items, colon]) => ({ kind: 'body', text: [`${s.slice(0, -1)}，具体安排如下${colon}`, ...items.map((it, i) => `3月${i + 12}日8:00至18:00，${it}`)].join('\n\n') })),
  },
  // a price table with its header row and a row of one figure; a reader's letter signed with the
  // place; an item of news in brief under its marked headline; a notice signed with a date; a line of
  // dialogue standing alone, then opening a paragraph; two notices on one template
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(fc.tuple(hanWord, fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 99 })), { minLength: 1, maxLength: 3 }), hanWord, fc.constantFrom('\u3000', '  '))
      .map(([rows, w, sp]) => ({
        kind: 'facts',
        text: [`品名${sp}批发价（元/公斤）${sp}零售价（元/公斤）`, ...rows.map(([r, a, b]) => `${r}${sp}${a}.${b}${sp}${a + 1}.${b}`), `${w}（后腿肉）${sp}28.00元/公斤${sp}较上周持平`].join('\n\n'),
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(sentence, name, heading, sentence, fc.boolean())
      .map(([s, n, h, t, dated]) => ({ kind: 'body', text: dated ? `${s}\n\n某某市人民政府办公室\n\n2024年5月13日` : `　　${s}\n盘龙区 读者 ${n}\n${h.replace(/ /g, '')}\n　　${t}` })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(heading, name, sentence, fc.boolean())
      .map(([h, n, s, figure]) => ({ kind: 'heading', text: `■ ${h.replace(/ /g, '')}${figure ? '3条' : ''}\n\n本报讯（记者 ${n}）${s}` })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(sentence, hanWord, fc.boolean())
      .map(([s, w, spoken]) => ({ kind: 'body', text: spoken ? `“${s}”\n\n${s}\n\n“${s}”这句话，${w}。` : `某某公司遗失公章一枚，声明作废。\n\n某某公司遗失${w}专用章一枚，声明作废。` })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(sentence, hanWord, fc.boolean())
      .map(([s, w, q]) => ({ kind: 'body', text: q ? `这是'${w}'们的心声，${s}` : `${s.slice(0, -1)}，可登录ｗｗｗ．ｅｘａｍｐｌｅ．ｃｎ或拨打０８７１－６５１２３４５。` })),
  },
  // this session's shapes (see above)
  { weight: 1, arbitrary: framedBox.map((text) => ({ kind: 'box', text })) },
  { weight: 1, arbitrary: fc.oneof(keyedTable, figureTable).map((text) => ({ kind: 'facts', text })) },
  { weight: 1, arbitrary: markedItems.map((text) => ({ kind: 'facts', text })) },
  { weight: 1, arbitrary: fc.oneof(portalMenu, counts).map((text) => ({ kind: 'furniture', text })) },
  { weight: 1, arbitrary: pager.map((text) => ({ kind: 'pager', text })) },
)
export { BLOCK_KINDS }

function copyOf(text, mode, at) {
  if (mode === 'exact') return text
  const chars = [...text]
  if (mode === 'figure') {
    // another figure: one digit changed (none: a figure added)
    const digits = chars.map((c, i) => (/[0-9]/.test(c) ? i : -1)).filter((i) => i >= 0)
    if (digits.length === 0) return text.replace(/。$/, '') + `${at % 10}。`
    const i = digits[at % digits.length]
    chars[i] = String((Number(chars[i]) + 1 + (at % 9)) % 10)
    return chars.join('')
  }
  if (mode === 'cut') return chars.slice(0, Math.max(6, Math.floor((chars.length * (50 + (at % 40))) / 100))).join('')
  const han = chars.map((c, i) => (/[\u4e00-\u9fff]/.test(c) ? i : -1)).filter((i) => i >= 0)
  if (han.length === 0) return text
  const i = han[at % han.length]
  chars[i] = SWAP.find((s) => s !== chars[i])
  return chars.join('')
}

/** Builds the text of a page (line ends '\n'; the bytes variant picks the real ones). */
export function buildPage(p) {
  const list = p.blocks.map((b) => ({ ...b }))
  for (const cut of p.cuts) {
    const bodies = list.map((b, i) => (b.kind === 'body' ? i : -1)).filter((i) => i >= 0)
    if (bodies.length === 0) break
    const i = bodies[cut.of % bodies.length]
    const chars = [...list[i].text]
    if (chars.length < 8) continue
    const k = 2 + (cut.at % (chars.length - 4))
    const parts = [{ kind: 'body', text: chars.slice(0, k).join('') }]
    if (cut.caption) parts.push({ kind: 'caption', text: '▲志愿者在社区活动中帮助老人。' })
    // (a box drawn with line characters set between the halves)
    if (cut.box) parts.push({ kind: 'box', text: cut.box })
    // (the last line before the break printed again after it)
    const again = cut.repeat ? Math.min(k, 8 + (cut.at % 5)) : 0
    const rest = { kind: 'body', text: chars.slice(k - again).join('') }
    // (a pull quote: a whole sentence of the rest, or of the next paragraph, printed again between the
    // halves, in quotes or not; the rest given the sentence when neither has one after its first stop)
    if (cut.pull) {
      const next = list.slice(i + 1).find((b) => b.kind === 'body')
      const whole = (t) => t.match(/(?<=[。！？]”?)[\u4e00-\u9fff“][^。！？]*[。！？]”?/g) ?? []
      const held = [...whole(rest.text), ...(next ? whole(next.text) : [])]
      let quote = held[cut.pull.at % Math.max(1, held.length)]
      if (!quote) rest.text += (quote = cut.pull.sentence)
      parts.push({ kind: 'caption', text: cut.pull.quoted && !quote.includes('“') ? `“${quote}”` : quote })
    }
    parts.push(rest)
    list.splice(i, 1, ...parts)
  }
  for (const copy of p.copies) {
    const bodies = list.map((b, i) => (b.kind === 'body' || b.kind === 'heading' || b.kind === 'noise' ? i : -1)).filter((i) => i >= 0)
    if (bodies.length === 0) break
    const i = bodies[copy.of % bodies.length]
    // the end of a paragraph printed again at the start of the next (a column's last line repeated)
    if (copy.mode === 'lead') {
      const next = list[i + 1]
      if (list[i].kind === 'body' && next?.kind === 'body') next.text = [...list[i].text].slice(-(10 + (copy.at % 12))).join('') + next.text
      continue
    }
    const where = i + 1 + (copy.where % (list.length - i))
    list.splice(where, 0, { kind: list[i].kind, text: copyOf(list[i].text, copy.mode, copy.at) })
  }
  // a pager over the headline printed again (the next web page's head)
  for (const b of list) if (b.kind === 'pager') b.text += `\n\n${p.title}`
  // a periodical's running head after every few blocks, its folio one more each time
  if (p.head) {
    for (let i = 1, k = 0; i < list.length; i += p.head.every + 1, k++) list.splice(i, 0, { kind: 'furniture', text: runningHeadAt(p.head, k) })
  }
  // a dump hard-wrapped at a number of characters, with or without a blank line after every line
  if (p.wrap) {
    for (const b of list) {
      if (b.kind !== 'body') continue
      const chars = [...b.text]
      const rows = []
      for (let i = 0; i < chars.length; i += p.wrap.width) rows.push(chars.slice(i, i + p.wrap.width).join(''))
      b.text = rows.join(p.wrap.blank ? '\n\n' : '\n')
    }
  }
  const lines = [p.title, ...list.map((b) => b.text)]
  let out = ''
  lines.forEach((t, i) => {
    const indent = p.indent[i % p.indent.length] ?? ''
    const trail = p.trailing[i % p.trailing.length] ?? ''
    out += indent + t + trail
    if (i < lines.length - 1) out += p.seps[i % p.seps.length]
  })
  out += p.end
  // A page never starts with U+FEFF: that would read as a byte order mark in some encodings only.
  return out.replace(/^\ufeff+/, '')
}

export const pageSpec = fc.record({
  title: fc.oneof(heading, markdownHeading, noise),
  blocks: fc.array(block, { minLength: 1, maxLength: 14 }),
  cuts: fc.array(
    fc.record({
      of: fc.nat(),
      at: fc.nat(),
      caption: fc.boolean(),
      repeat: fc.boolean(),
      box: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: framedBox }),
      pull: fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.record({ at: fc.nat(), sentence, quoted: fc.boolean() }) }),
    }),
    { maxLength: 2 },
  ),
  head: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: runningHead }),
  copies: fc.array(
    fc.record({ of: fc.nat(), mode: fc.constantFrom('exact', 'change', 'cut', 'lead', 'figure'), at: fc.nat(), where: fc.nat() }),
    { maxLength: 3 },
  ),
  seps: fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n', '\n \n', '\n\u3000\n'), { minLength: 1, maxLength: 3 }),
  indent: fc.array(fc.constantFrom('', '', '\u3000\u3000', '  ', '\t'), { minLength: 1, maxLength: 3 }),
  trailing: fc.array(fc.constantFrom('', '', '  ', '\u3000'), { minLength: 1, maxLength: 2 }),
  end: fc.constantFrom('\n', '', '\n\n'),
  wrap: fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.record({ width: fc.integer({ min: 8, max: 30 }), blank: fc.boolean() }) },
  ),
})

/** A generated page: its text, with '\n' line ends. */
export const page = pageSpec.map(buildPage)

// ---------------------------------------------------------------------------------------------
// bytes

export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'gb18030']
export const EOLS = ['lf', 'crlf', 'cr', 'mixed']

/** The text with its '\n' line ends replaced: all by one ending, or (mixed) each by choice[i]. */
export function withEol(text, eol, choice = []) {
  if (eol === 'lf') return text
  if (eol === 'crlf') return text.replace(/\n/g, '\r\n')
  if (eol === 'cr') return text.replace(/\n/g, '\r')
  // a '\r' right before a '\n' would be read as one '\r\n' break: such a break is '\r\n' instead
  let i = 0
  return text.replace(/\n/g, (_, at) => {
    const ending = ['\n', '\r\n', '\r'][(choice[i++ % Math.max(1, choice.length)] ?? 0) % 3]
    return ending === '\r' && text[at + 1] === '\n' ? '\r\n' : ending
  })
}

export function encode(text, encoding) {
  switch (encoding) {
    case 'utf-8':
      return new Uint8Array(Buffer.from(text, 'utf8'))
    case 'utf-8-bom':
      return new Uint8Array(Buffer.from('\ufeff' + text, 'utf8'))
    case 'utf-16le-bom':
      return new Uint8Array(Buffer.from('\ufeff' + text, 'utf16le'))
    case 'utf-16be-bom':
      return new Uint8Array(Buffer.from('\ufeff' + text, 'utf16le').swap16())
    case 'gb18030':
      return new Uint8Array(iconv.encode(text, 'gb18030'))
    default:
      throw new Error(`unknown encoding ${encoding}`)
  }
}

/** A page as bytes: { text, encoding, eol, bytes }. */
export const pageBytes = fc
  .record({
    text: page,
    encoding: fc.constantFrom(...ENCODINGS),
    eol: fc.constantFrom(...EOLS),
    choice: fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 8 }),
  })
  .map(({ text, encoding, eol, choice }) => ({ text, encoding, eol, bytes: encode(withEol(text, eol, choice), encoding) }))
