import { describe, expect, it } from 'vitest'
import { hanNumberValue, novelRuns } from '../src/kernel/novel-runs.js'

describe('novelRuns: another figure', () => {
  it('a digit for a digit is another figure', () => {
    expect(novelRuns('会议于10月10日召开。', '会议于10月15日召开。').figureChanged).toBe(true)
  })

  it('an amount in characters for one in digits is another figure only when it says another amount', () => {
    expect(novelRuns('全县共建成服务站两个。', '全县共建成服务站12个。').figureChanged).toBe(true)
    expect(novelRuns('种植小麦3千亩。', '种植小麦三千亩。').figureChanged).toBe(false)
    expect(novelRuns('共有十二个村。', '共有12个村。').figureChanged).toBe(false)
  })

  it('a numeral in characters for another is another figure, the same amount written otherwise is not', () => {
    expect(novelRuns('累计服务一百八十余次。', '累计服务一百六十余次。').figureChanged).toBe(true)
    expect(novelRuns('建成两个服务站。', '建成二个服务站。').figureChanged).toBe(false)
    expect(novelRuns('包千到人。', '包干到人。').figureChanged).toBe(false)
  })

  it('a word for a word is no figure', () => {
    expect(novelRuns('签订7订单。', '签订了订单。').figureChanged).toBe(false)
  })
})

describe('novelRuns: another place', () => {
  it('one level of government for another is another place, a misread character is not', () => {
    expect(novelRuns('乡村两级书记亲自抓。', '镇村两级书记亲自抓。').levelChanged).toBe(true)
    expect(novelRuns('全市共建成服务站。', '全县共建成服务站。').levelChanged).toBe(true)
    expect(novelRuns('己累计收购稻谷。', '已累计收购稻谷。').levelChanged).toBe(false)
  })
})

describe('hanNumberValue', () => {
  it.each([
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['三千五百', 3500],
    ['一万二千', 12000],
  ])('%s is %d', (text, value) => {
    expect(hanNumberValue(text)).toBe(value)
  })
})
