/**
 * What spam mirrors inject into the pages they copy, as data a reviewer can read and extend. A strong
 * word is never the text of a study essay or a news story, so it marks an injection wherever it
 * stands; a weak word (彩票, 澳门, 官网, 注册 …) is ordinary language on its own (体育彩票公益金, 澳门回归)
 * and is taken only as part of a run that holds a strong one ("彩票注册送88元"). Words that also name what
 * an article about village life may fight (赌博, 赌场) are not here: 移风易俗 essays use them.
 */
export const STRONG_SPAM = [
  // gambling sites and games
  '澳门新葡京', '新葡京', '葡京娱乐', '葡京赌场', '威尼斯人娱乐', '金沙娱乐', '金沙赌场', '永利娱乐', '银河娱乐', '美高梅娱乐', '太阳城娱乐', '太阳城集团',
  '皇冠体育', '皇冠娱乐', '皇冠网址', '亚博体育', '开云体育', '乐鱼体育', '博彩公司', '博彩网站', '网投平台', '百家乐', '时时彩', '北京赛车', '幸运飞艇',
  '真人娱乐', '真人视讯', '娱乐城', '电子游艺', '棋牌游戏', '捕鱼游戏', '彩票注册', '彩票平台', '注册送', '注册就送', '开户送', '充值送', '送彩金', '首存送',
  '首存', '返水', '体育投注', '在线投注', 'bet365', '188bet', '威廉希尔', '线上赌场', '在线赌场',
  // other advertising that mirrors and spam comments inject
  '代开发票', '办证刻章', '办假证', '私家侦探', '成人用品', '黑客接单', '信用卡套现', '网贷秒批', '裸聊', '约炮',
];

export const WEAK_SPAM = [
  '澳门', '彩票', '娱乐', '官网', '官方网站', '官方', '网站', '网址', '平台', '注册', '开户', '登录', '登陆', '下载', '体育', '真人', '棋牌', '在线', '手机版',
  '首页', '欢迎您', '欢迎', '最新', '集团', '国际', '游戏', '线上', '入口', '备用', '地址', '热线', '客服', '官方客服',
];
