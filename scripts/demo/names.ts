// Deterministic, realistic-looking Chinese names and places for the demo (no randomness: the
// same demo every time, so screenshots and docs match).
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '文',
  '华',
  '红',
  '建国',
  '志强',
  '海燕',
  '晓东',
  '春梅',
  '国庆',
  '丽萍',
  '立新',
  '永红',
  '卫东',
  '玉兰',
  '德明',
  '淑珍',
];

export function personName(i: number): string {
  const s = SURNAMES[(i * 7) % SURNAMES.length]!;
  const g = GIVEN[(i * 13 + Math.floor(i / SURNAMES.length)) % GIVEN.length]!;
  return s + g;
}

/** A county congress's delegations (代表团) and how many deputies each sends; sums to 231. */
export const DELEGATIONS: Array<[string, number]> = [
  ['城关镇代表团', 28],
  ['东城街道代表团', 22],
  ['西城街道代表团', 21],
  ['南湖镇代表团', 19],
  ['北山镇代表团', 18],
  ['青石镇代表团', 17],
  ['白沙乡代表团', 15],
  ['龙潭镇代表团', 17],
  ['桃源乡代表团', 14],
  ['柳河镇代表团', 16],
  ['县直机关代表团', 24],
  ['解放军代表团', 8],
  ['企业界代表团', 12],
];

export const DEPARTMENTS: Array<[string, string]> = [
  ['县教育局', 'jiaoyu'],
  ['县卫生健康局', 'weijian'],
  ['县民政局', 'minzheng'],
  ['县交通运输局', 'jiaotong'],
  ['县水利局', 'shuili'],
  ['县生态环境分局', 'shengtai'],
  ['县住房和城乡建设局', 'zhujian'],
  ['县人力资源和社会保障局', 'renshe'],
  ['县文化广电旅游体育局', 'wenlv'],
  ['县财政局', 'caizheng'],
  ['城关镇人民政府', 'chengguan'],
];
