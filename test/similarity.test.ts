import { describe, expect, it } from 'vitest'
import { containment, ShingleIndex, shingles } from '../src/kernel/similarity.js'

// the index and the shingle sets are what every copy decision of a page rests on
describe('shingles and the shingle index', () => {
  const whole = '永胜县加快推进乡村振兴，全县农民人均可支配收入稳步增长'
  const cut = whole.slice(0, 16)

  it('counts distinct n-grams, and a short text as one', () => {
    expect(shingles('一二三四五', 4).size).toBe(2)
    expect(shingles('哈哈哈哈哈哈', 4).size).toBe(1)
    expect(shingles('短句', 4).size).toBe(1)
    expect(shingles('', 4).size).toBe(0)
  })

  it('finds a copy cut short wholly inside its complete copy, not the other way round', () => {
    expect(containment(shingles(cut, 4), shingles(whole, 4))).toBe(1)
    expect(containment(shingles(whole, 4), shingles(cut, 4))).toBeCloseTo(13 / 24, 5)
    expect(containment(shingles('全然不同的另一段文字内容', 4), shingles(whole, 4))).toBe(0)
  })

  it('gives every indexed block the number of shingles it shares, past any number of blocks', () => {
    const index = new ShingleIndex()
    const texts = Array.from({ length: 300 }, (_, i) => `第${i}段：${whole}`)
    texts.forEach((t, i) => index.add(i, shingles(t, 4)))
    index.add(300, shingles('毫不相干的一句话在这里', 4))
    const counts = index.sharedCounts(shingles(cut, 4))
    // a shingle held by more than 256 blocks stops being indexed: blocks past that share none
    expect(counts.get(0)).toBe(13)
    expect(counts.get(255)).toBe(13)
    expect(counts.has(256)).toBe(false)
    expect(counts.has(300)).toBe(false)
    expect(index.sharedCounts(shingles('毫不相干的一句话', 4)).get(300)).toBe(5)
    expect([...index.sharedCounts(shingles(cut, 4), (id) => id % 2 === 1).keys()].every((id) => id % 2 === 0)).toBe(true)
  })
})
