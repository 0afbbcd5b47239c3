import { personNameReadings } from '../../apps/server/src/modules/org/pinyin.ts';

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const given =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彬婷辉鹏建国志宏海波斌宇浩凯健俊帆帅旭宁欣悦晨阳琳雪梅晓东文博思远雅楠嘉怡子涵';

/** A deterministic stream of plausible Chinese names, with the server's pinyin readings. */
export function nameAt(index: number): { name: string; pinyin: string; initials: string } {
  const surname = surnames[index % surnames.length] ?? '王';
  const first = given[(index * 7) % given.length] ?? '伟';
  const second = index % 3 === 0 ? '' : (given[(index * 13 + 5) % given.length] ?? '');
  const name = `${surname}${first}${second}`;
  return { name, ...personNameReadings(name) };
}
