/** surnames: the common Chinese surnames, where a name may stand (a leaked character after one, a row of names). */

/**
 * Chinese surnames, simplified and as they stand in both scripts (张, 冯, 韩, 邝; 王, 高, 江): a leaked
 * form of one (馮, 韓, 鄺), or a character right after one (張偉), may be a name's, written so by its
 * owner, and a character alone there is flagged. (区 is left out: 區 is the district in all but a
 * few Cantonese names.)
 */
export const SURNAMES = new Set(
  '张王李赵刘陈杨黄吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常康易乔温欧费宁庄蓝邝麦关聂鲁鲍齐赖单荣卫简纪连项骆饶应谈缪闻储娄凤车华邬郦闵',
)
