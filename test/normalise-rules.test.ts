import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BlockKind } from '../src/kernel/block.js'
import {
  findLatinEdits,
  findPunctuationEdits,
  findSpaceEdits,
  findTraditionalEdits,
  type Edit,
} from '../src/stages/normalise-rules.js'
import { traditionalLeaks } from '../src/kernel/traditional.js'
import { makeSimplifiedOnly, makeTraditionalLeaks, renderTraditionalLeaks } from '../src/data/make-traditional-leaks.js'

type Finder = (text: string, kind: BlockKind) => Edit[]

/** Applies the info edits right to left (as the normalise stage does); flags change nothing. */
function apply(text: string, edits: Edit[]): string {
  let out = text
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    if (e.level !== 'info') continue
    out = out.slice(0, e.start) + e.replacement + out.slice(e.end)
  }
  return out
}

/** Sorted, non-overlapping, in range; warnings are pure flags; messages are one line. */
function wellShaped(text: string, edits: Edit[]): void {
  let last = -1
  for (const e of edits) {
    expect(e.start).toBeGreaterThanOrEqual(0)
    expect(e.end).toBeLessThanOrEqual(text.length)
    expect(e.start).toBeLessThanOrEqual(e.end)
    expect(e.start).toBeGreaterThanOrEqual(last)
    last = e.end
    if (e.level === 'warning') expect(e.replacement).toBe(text.slice(e.start, e.end))
    expect(e.message).not.toMatch(/\n/)
    expect(e.message.length).toBeGreaterThan(0)
  }
}

/** Runs one finder, checks shape and idempotence, returns the fixed text. */
function fix(find: Finder, text: string, kind: BlockKind = 'body'): string {
  const edits = find(text, kind)
  wellShaped(text, edits)
  const once = apply(text, edits)
  const again = find(once, kind).filter((e) => e.level === 'info')
  expect(again).toEqual([])
  expect(apply(once, find(once, kind))).toBe(once)
  return once
}

function all(text: string, kind: BlockKind): string {
  let out = text
  for (const find of [findPunctuationEdits, findSpaceEdits, findTraditionalEdits, findLatinEdits]) out = fix(find, out, kind)
  return out
}

// ---------------------------------------------------------------------------------------------

describe('findPunctuationEdits', () => {
  const cases: Array<[string, string]> = [
    ['今天,我们开会', '今天，我们开会'],
    // a bracket before a space and a full-width comma touches Chinese once the space goes
    ['ABC) ，下同', 'ABC） ，下同'],
    ['原则:坚持', '原则：坚持'],
    ['第一;第二', '第一；第二'],
    ['怎么办?好办', '怎么办？好办'],
    ['加油!前进', '加油！前进'],
    ['明天见!', '明天见！'],
    ['什么?!', '什么？！'],
    ['!?开始', '！？开始'],
    ['开会.明天见', '开会。明天见'],
    ['工作完成.', '工作完成。'],
    ['他说.”然后', '他说。”然后'],
    ['完成. 下一步', '完成。 下一步'],
    ['去(北京)开会', '去（北京）开会'],
    ['三年行动计划(2023—2025年)》等', '三年行动计划（2023—2025年）》等'],
    ['本报讯(赵鹏 王运红)今年以来', '本报讯（赵鹏 王运红）今年以来'],
    ['第(1)条', '第（1）条'],
    ['(楼宇)', '（楼宇）'],
    ['小区(网格)”三级', '小区（网格）”三级'],
    ['聚焦“同心圆”(“同”即同抓,“心”即向党)着力', '聚焦“同心圆”（“同”即同抓，“心”即向党）着力'],
    ['街道(镇)党(工)委', '街道（镇）党（工）委'],
    ['（楼栋)党支部', '（楼栋）党支部'],
    ['(楼栋）党支部', '（楼栋）党支部'],
    ['1)中国', '1）中国'],
    ['双江县: 建设绿美城市', '双江县：建设绿美城市'],
    ['盘州市:   行业', '盘州市：行业'],
    ['来源:苍洱党建', '来源：苍洱党建'],
    ['时间:10:30', '时间：10:30'],
    ['AI, 技术', 'AI，技术'],
    ['COP15,“洱海论坛”', 'COP15，“洱海论坛”'],
    ['截至2023年3月,双江', '截至2023年3月，双江'],
    ['共3个,其中', '共3个，其中'],
    ['２０２３年', '2023年'],
    ['ＡＩ技术', 'AI技术'],
    ['ｗｉｆｉ', 'wifi'],
    ['“１＋Ｘ”制度', '“1+X”制度'],
    ['达到１．３万', '达到1.3万'],
    ['增长１２％', '增长12%'],
    ['等等...', '等等……'],
    ['他说...这条路', '他说……这条路'],
    ['他说…这条路', '他说……这条路'],
    ['已是……', '已是……'],
    // a sentence closed after a percentage or an address
    ['同比增长12.3%.', '同比增长12.3%。'],
    ['增长12%.下一步', '增长12%。下一步'],
    ['增长15.3%. 其中', '增长15.3%。 其中'],
    // a stop between a Chinese sentence and a figure
    ['改造项目.2018年', '改造项目。2018年'],
    ['发送至info@example.com.报告显示', '发送至info@example.com。报告显示'],
    // straight double quotes in pairs: Chinese inside, or touching Chinese
    ['他说"好"', '他说“好”'],
    ['通过"i城市"APP办理', '通过“i城市”APP办理'],
    ['称之为"smart city".', '称之为“smart city”。'],
    ['"数字政府"建设', '“数字政府”建设'],
    // a dash typed as hyphens
    ['越来越多了--周末', '越来越多了——周末'],
    ['越来越多了---周末', '越来越多了——周末'],
    ['--代表委员热议', '——代表委员热议'],
    ['他说：“好！”--然后', '他说：“好！”——然后'],
    ['走向世界－－记某某', '走向世界——记某某'],
  ]
  it.each(cases)('%s → %s', (input, expected) => {
    expect(fix(findPunctuationEdits, input)).toBe(expected)
  })

  const kept = [
    '增长1.3万人',
    '达到9.99万元',
    '上午10:30开始',
    '比分3:2获胜',
    '共1,000人',
    'COP15期间',
    '推行“1+X”制度',
    'PM2.5浓度',
    '访问https://example.com/a?b=1&c=2查看',
    '邮箱news@example.com',
    'see (A) and (1) here',
    'Hello, world.',
    'Version 1.2: ready!',
    '网站百度.com',
    '（已是全角）',
    '，。：；！？',
    '"We are proud," said John. ',
    'a "quoted" word',
    // an odd count: which quote opens is unknown, so none is changed
    '他说"好"和"',
    '版本1.2%.x',
    '第3.2条',
    // hyphens among Latin letters and digits, a single hyphen, a rule
    'use --help',
    'A--B',
    '北京-上海',
    '2023-11-03',
    '---',
  ]
  it.each(kept)('keeps %s', (input) => {
    expect(findPunctuationEdits(input, 'body').filter((e) => e.level === 'info')).toEqual([])
  })

  it('is the same for every kind', () => {
    for (const kind of ['title', 'heading', 'byline', 'caption', 'label'] as BlockKind[]) {
      expect(fix(findPunctuationEdits, '云南省双江县: 建设绿美城市', kind)).toBe('云南省双江县：建设绿美城市')
    }
  })

  it('describes each change in one line, info level', () => {
    const edits = findPunctuationEdits('双江县: 建设,绿美', 'heading')
    expect(edits).toHaveLength(2)
    expect(edits[0]).toMatchObject({ start: 3, end: 5, replacement: '：', rule: 'punctuation-width', kind: 'punctuation', level: 'info' })
    expect(edits[0].message).toContain('“:”')
    expect(edits[0].message).toContain('“：”')
    expect(edits[1]).toMatchObject({ start: 7, end: 8, replacement: '，' })
  })

  it('merges a run of full-width digits into one edit', () => {
    const edits = findPunctuationEdits('２０２３年', 'body')
    expect(edits).toEqual([
      expect.objectContaining({ start: 0, end: 4, replacement: '2023', rule: 'fullwidth-alnum', level: 'info' }),
    ])
  })
})

// ---------------------------------------------------------------------------------------------

describe('letter spacing', () => {
  const spaced: Array<[string, BlockKind, string]> = [
    ['新 闻 速 递', 'title', '新闻速递'],
    ['要\u3000闻', 'heading', '要闻'],
    ['编 辑\u3000王 芳', 'label', '编辑王芳'],
    ['春\t天', 'heading', '春天'],
    // words set apart keep their space (collapsed), and so do names in a byline
    ['抓党建 强堡垒', 'title', '抓党建 强堡垒'],
    ['新 闻速递', 'heading', '新 闻速递'],
    ['王 伟', 'byline', '王 伟'],
  ]
  it.each(spaced)('%s (%s) reads %s', (text, kind, expected) => {
    expect(fix(findSpaceEdits, text, kind)).toBe(expected)
  })
  it('is read the same once removed', () => {
    for (const [text, kind] of spaced) {
      const once = fix(findSpaceEdits, text, kind)
      expect(fix(findSpaceEdits, once, kind)).toBe(once)
    }
  })
})

describe('findSpaceEdits', () => {
  const body: Array<[string, string]> = [
    ['建设 绿美城市', '建设绿美城市'],
    ['建设\u3000绿美城市', '建设绿美城市'],
    ['建设\t绿美', '建设绿美'],
    ['建设   绿美', '建设绿美'],
    ['技术， 发展', '技术，发展'],
    ['技术 ，发展', '技术，发展'],
    ['完成。 下一步', '完成。下一步'],
    ['党员、 群众', '党员、群众'],
    ['问题 “一张网”', '问题“一张网”'],
    ['“医疗服务圈” 解锁', '“医疗服务圈”解锁'],
    ['街（路）巷长 信息化', '街（路）巷长信息化'],
    ['值周：杨丹妮 张辉', '值周：杨丹妮张辉'],
    ['AI， 5G', 'AI，5G'],
    ['AI  技术', 'AI 技术'],
    ['AI\u3000技术', 'AI 技术'],
    // an unmatched quote protects nothing after it
    ['“开始 中间 结束', '“开始中间结束'],
    ['他说 “开始 中间 结束', '他说“开始中间结束'],
  ]
  it.each(body)('body: %s → %s', (input, expected) => {
    expect(fix(findSpaceEdits, input, 'body')).toBe(expected)
  })

  const bodyKept = [
    '推广“红色引领 绿色宜居”小区',
    '深化“党员人格 一网兜底”机制',
    '《城市 治理》一书',
    '本报讯（赵鹏 王运红）今年以来',
    '本报讯(赵鹏 王运红)今年以来',
    '‘一芽 一叶’标准',
    '新华社北京3月1日电 记者从有关部门获悉',
    '本报北京3月1日讯 记者获悉',
    '本报讯 今年以来',
    '本报讯（记者 张三） 今年以来',
    '新华社北京3月1日电（记者 张三 李四） 近日',
    'AI 技术',
    '2023年 3月',
    '使用 5G 网络',
    ' 开头的空格',
    '结尾的空格 ',
    '第一行 \n 第二行',
    // two fields of a line of facts
    '活动地址：村文化广场 咨询热线：12345678',
    // a table row: its spaces set the cells apart
    '城镇居民 人均收入 3500元 5.6%',
  ]
  it.each(bodyKept)('body keeps %s', (input) => {
    expect(findSpaceEdits(input, 'body')).toEqual([])
  })

  it('removes a dateline-like space that is not at the start of the block', () => {
    expect(fix(findSpaceEdits, '据悉，新华社北京3月1日电 记者', 'body')).toBe('据悉，新华社北京3月1日电记者')
  })

  it('keeps spaces after text that only looks like a dateline word', () => {
    expect(fix(findSpaceEdits, '停电 以后', 'body')).toBe('停电以后')
  })

  it('caption: same as body, but a closing photo credit keeps its space', () => {
    expect(fix(findSpaceEdits, '工人在 检查安全着装。 孙凯芳 摄', 'caption')).toBe('工人在检查安全着装。孙凯芳 摄')
    expect(findSpaceEdits('孙凯芳 摄', 'caption')).toEqual([])
    expect(findSpaceEdits('新华社记者 张三 摄影', 'caption')).toEqual([])
    expect(findSpaceEdits('大理市开展活动（孙凯芳 摄）', 'caption')).toEqual([])
    expect(fix(findSpaceEdits, '大理市 开展活动', 'caption')).toBe('大理市开展活动')
  })

  const headline: Array<[BlockKind, string, string]> = [
    ['title', '贵州省盘州市： 行业“服务圈”解锁幸福社区新密码', '贵州省盘州市：行业“服务圈”解锁幸福社区新密码'],
    ['title', '云南省大理白族自治州：  抓实党建谋发展 发挥优势创一流', '云南省大理白族自治州：抓实党建谋发展 发挥优势创一流'],
    ['heading', '高位谋划， 协“同”构建', '高位谋划，协“同”构建'],
    ['heading', '抓机制畅通   构建协同联动新格局', '抓机制畅通 构建协同联动新格局'],
    ['heading', '抓机制畅通\u3000构建协同联动新格局', '抓机制畅通 构建协同联动新格局'],
    ['subtitle', '盘州市 ：行业', '盘州市：行业'],
  ]
  it.each(headline)('%s: %s → %s', (kind, input, expected) => {
    expect(fix(findSpaceEdits, input, kind)).toBe(expected)
  })

  const headlineKept = [
    '抓机制畅通 构建协同联动新格局',
    '“医疗服务圈” 解锁快速就医新路径',
    '古城区：书记领航抓项目 “四轮驱动”开新局',
    '堡垒在一线筑牢 构建组织引领“党建圈”',
  ]
  it.each(headlineKept)('headline keeps %s', (input) => {
    for (const kind of ['title', 'subtitle', 'heading'] as BlockKind[]) expect(findSpaceEdits(input, kind)).toEqual([])
  })

  it('bylines, credits, labels: only runs shrink to one space', () => {
    expect(findSpaceEdits('中国城市报记者 杜英姿 郭文治', 'byline')).toEqual([])
    expect(findSpaceEdits('孙凯芳 摄', 'credit')).toEqual([])
    expect(findSpaceEdits('编辑 说明', 'label')).toEqual([])
    expect(fix(findSpaceEdits, '潘江平   杨振强', 'byline')).toBe('潘江平 杨振强')
    expect(fix(findSpaceEdits, '孙凯芳\u3000\u3000摄', 'credit')).toBe('孙凯芳 摄')
    expect(findSpaceEdits('作者： 张三', 'byline')).toEqual([])
  })

  it('reports removals as info space edits', () => {
    const edits = findSpaceEdits('建设 绿美', 'body')
    expect(edits).toEqual([
      expect.objectContaining({ start: 2, end: 3, replacement: '', rule: 'space-between-cjk', kind: 'space', level: 'info' }),
    ])
    expect(edits[0].message).toContain('“设”')
  })
})

// ---------------------------------------------------------------------------------------------

describe('findTraditionalEdits', () => {
  it('uses a leak table that matches what opencc-js gives now (regenerate: node scripts/make-traditional-leaks.mjs)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../src/data/traditional-leaks.ts'), 'utf8')
    const pairs = makeTraditionalLeaks()
    expect(committed).toBe(renderTraditionalLeaks(pairs, makeSimplifiedOnly(pairs)))
    // the table holds leaks only: everyday simplified characters and dual-use ones are not in it
    const leaks = traditionalLeaks().simplifiedOf
    expect(leaks.get('們')).toBe('们')
    expect(leaks.get('幗')).toBe('帼')
    for (const c of '们的国乾於藉') expect(leaks.has(c)).toBe(false)
  })

  it('replaces a leaked traditional character inside a word', () => {
    const text = '深入开展“苍洱巾幗聚力工程”等系列活动'
    const edits = findTraditionalEdits(text, 'body')
    expect(edits).toHaveLength(1)
    expect(edits[0]).toMatchObject({ start: 8, end: 9, replacement: '帼', rule: 'traditional-char', kind: 'character', level: 'info' })
    expect(edits[0].message).toContain('“幗”')
    expect(edits[0].message).toContain('“帼”')
    expect(fix(findTraditionalEdits, text)).toBe('深入开展“苍洱巾帼聚力工程”等系列活动')
  })

  it('works in short blocks of any kind', () => {
    expect(fix(findTraditionalEdits, '创建“古城巾幗队”', 'heading')).toBe('创建“古城巾帼队”')
    expect(fix(findTraditionalEdits, '以後的工作要做好', 'caption')).toBe('以后的工作要做好')
  })

  it('flags a character standing alone (a name?) without changing it', () => {
    for (const [text, c, s] of [
      ['大理十畝家和物业公司党支部', '畝', '亩'],
      ['元代书法家赵孟頫的作品', '頫', '𫖯'],
      ['实施“南勐河、忙祿河河道治理”等项目', '祿', '禄'],
    ]) {
      const edits = findTraditionalEdits(text, 'body')
      expect(edits).toHaveLength(1)
      const [e] = edits
      expect(text.slice(e.start, e.end)).toBe(c)
      expect(e).toMatchObject({ replacement: c, level: 'warning', rule: 'traditional-char' })
      expect(e.message).toContain(`“${s}”`)
      expect(apply(text, edits)).toBe(text)
    }
  })

  const untouched = [
    '各小区环境面貌显著提升',
    '他的著作很多，著名学者',
    '看着你，接着走',
    '乾隆年间的乾坤',
    '干部干事创业',
    '这里有面条和里面',
    '发展经济，头发',
    '后来他走了',
    '',
    'AI 5G',
  ]
  it.each(untouched)('leaves simplified text alone: %s', (text) => {
    expect(findTraditionalEdits(text, 'body')).toEqual([])
  })

  it('flags a traditional-Chinese block once and changes nothing', () => {
    const text = '這是一個繁體中文的句子，我們會議討論發展經濟。'
    const edits = findTraditionalEdits(text, 'body')
    expect(edits).toHaveLength(1)
    expect(edits[0]).toMatchObject({ start: 0, end: text.length, replacement: text, level: 'warning', rule: 'traditional-text' })
    expect(apply(text, edits)).toBe(text)
  })

  it('flags a short traditional block (three or more candidates) once', () => {
    const text = '學習會議發展'
    expect(findTraditionalEdits(text, 'heading')).toEqual([
      expect.objectContaining({ start: 0, end: 6, rule: 'traditional-text', level: 'warning', replacement: text }),
    ])
  })

  it('treats two leaks in a long simplified paragraph as leaks', () => {
    const text =
      '近年来，城市基层党建工作扎实推进，各级党组织充分发挥战斗堡垒作用，广大党员发挥先锋模范作用，' +
      '组建巾幗志愿服务队，以後将继续深化党建引领基层治理，推动城市治理体系和治理能力现代化建设，提升城市品质。'
    expect(fix(findTraditionalEdits, text)).toBe(text.replace('幗', '帼').replace('後', '后'))
  })
})

// ---------------------------------------------------------------------------------------------

describe('findLatinEdits', () => {
  it('replaces an English conjunction between Chinese phrases, and says so', () => {
    const text = '实施“棚户区 and 老旧小区改造”等项目'
    const edits = findLatinEdits(text, 'body')
    expect(edits).toHaveLength(1)
    expect(edits[0]).toMatchObject({ start: 6, end: 11, replacement: '和', rule: 'latin-conjunction', kind: 'latin', level: 'info' })
    expect(edits[0].message).toMatch(/check/)
    expect(fix(findLatinEdits, text)).toBe('实施“棚户区和老旧小区改造”等项目')
  })

  const replaced: Array<[string, string]> = [
    ['棚户区 or 老旧小区', '棚户区或老旧小区'],
    ['棚户区and老旧小区', '棚户区和老旧小区'],
    ['“城市”  and  “乡村”', '“城市”和“乡村”'],
  ]
  it.each(replaced)('%s → %s', (input, expected) => {
    expect(fix(findLatinEdits, input, 'caption')).toBe(expected)
  })

  const kept = [
    '运用AI人工智能技术',
    '在COP15“洱海论坛”期间',
    '5G无人扫路车',
    '下载APP办理',
    'GDP增长',
    'PM2.5浓度下降',
    '免费WiFi覆盖',
    '推行“1+X”制度',
    '使用 iPhone 拍摄',
    '全长3 km的绿道',
    '全长3km的绿道',
    '城市 New York 城',
    'Tom and Jerry',
    'and 开头',
    '访问www.example.com了解',
  ]
  it.each(kept)('keeps %s', (text) => {
    expect(findLatinEdits(text, 'body')).toEqual([])
  })

  it('flags a lowercase word inside Chinese text (warning, no change)', () => {
    const text = '这是 hello world 的例子'
    const edits = findLatinEdits(text, 'body')
    expect(edits).toEqual([
      expect.objectContaining({ start: 3, end: 14, replacement: 'hello world', rule: 'latin-word', level: 'warning' }),
    ])
    expect(apply(text, edits)).toBe(text)
    expect(findLatinEdits('群众的wellbeing提升', 'body')).toEqual([
      expect.objectContaining({ start: 3, end: 12, level: 'warning' }),
    ])
    expect(findLatinEdits('中 constructor 中', 'body')).toHaveLength(1)
  })

  it('only looks at body and caption text', () => {
    for (const kind of ['title', 'heading', 'byline', 'label', 'credit'] as BlockKind[]) {
      expect(findLatinEdits('棚户区 and 老旧小区', kind)).toEqual([])
    }
  })
})

// ---------------------------------------------------------------------------------------------

describe('all four in order', () => {
  it('cleans a made-up body paragraph', () => {
    const text = '本报讯(记者 张三)近日,某县“城市 更新”项目 启动. 完成２０２３年目标1.3万人, 棚户区 and 老旧小区 改造，巾幗 风采'
    expect(all(text, 'body')).toBe(
      '本报讯（记者 张三）近日，某县“城市 更新”项目启动。完成2023年目标1.3万人，棚户区和老旧小区改造，巾帼风采',
    )
  })

  it('cleans a made-up heading', () => {
    expect(all('某某县: 建设绿美城市   共享美好生活', 'heading')).toBe('某某县：建设绿美城市 共享美好生活')
  })
})

// ---------------------------------------------------------------------------------------------

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff'
const halfTouchingHan = new RegExp(`[${HAN}][,:;?!()]|[,:;?!()][${HAN}]`)
const hanSpaceHan = new RegExp(`[${HAN}][ \\t\\u3000]+[${HAN}]`)

/** Text with the matched “…” 《…》 （…） spans blanked out. */
function outsideSpans(text: string): string {
  let out = text
  for (let i = 0; i < 3; i++) out = out.replace(/“[^“”]*”|《[^《》]*》|（[^（）]*）/g, '□')
  return out
}

describe('sample pages', () => {
  const dir = join(import.meta.dirname, '..', 'input')
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'))

  it('has sample pages', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  it.each(files)('%s: no half-width punctuation against Chinese, no stray Chinese spaces', (file) => {
    const paragraphs = readFileSync(join(dir, file), 'utf8')
      .split(/\n[ \t\u3000]*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
    let bodies = 0
    for (const paragraph of paragraphs) {
      const kind: BlockKind = paragraph.length > 40 ? 'body' : 'heading'
      const out = all(paragraph, kind)
      expect(out, out).not.toMatch(halfTouchingHan)
      if (kind === 'body') {
        bodies++
        expect(outsideSpans(out), out).not.toMatch(hanSpaceHan)
        // nothing but the rules' changes: same Han text apart from leaked characters and conjunctions
        expect(out.replace(/[^\u4e00-\u9fff]/g, '').length).toBeGreaterThan(0)
      }
    }
    expect(bodies).toBeGreaterThan(0)
  })
})
