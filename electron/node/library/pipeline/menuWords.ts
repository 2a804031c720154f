import { REGION_STEMS } from './regionStems';

/**
 * The words page furniture is made of, as data a reviewer can read and extend. A line made of nothing
 * but such words (see coverWords) is a menu or a tool bar, however it is spaced or run together:
 * "首页新闻中心政务公开办事服务", "分享到：微信 微博 QQ空间", "【字体：大 中 小】", "字号 T|T".
 */

/** Channel names of news and government sites (navigation bars, column lists). */
export const NAV_WORDS = new Set(
  `首页 网站首页 主页 返回首页 新闻 新闻中心 新闻动态 新闻发布 新闻发布会 要闻 要闻动态 今日要闻 时政 时政要闻 国内 国际 社会 财经 经济
  科技 教育 文化 体育 娱乐 健康 旅游 汽车 房产 军事 法治 评论 观点 理论 党建 图片 图片新闻 视频 视频新闻 专题 专栏 专题专栏 直播 访谈
  在线访谈 政务 政务公开 政务服务 政府信息公开 信息公开 信息公开目录 公开目录 依申请公开 政策 政策文件 政策解读 解读 法规 规划计划 规范性文件
  办事 办事服务 网上办事 办事指南 便民服务 互动 互动交流 政民互动 公众参与 咨询 投诉 留言 在线留言 领导信箱 书记信箱 市长信箱 征集调查
  民意征集 数据 数据开放 数据发布 统计数据 统计信息 通知公告 公示公告 公告 公示 通知 工作动态 部门动态 基层动态 地方动态 区县动态 市县动态
  媒体关注 媒体聚焦 领导信息 领导之窗 机构设置 机构职能 走进 概况 关于我们 联系我们 网站地图 网站导航 站点地图 无障碍 无障碍浏览 长者模式
  关怀版 english 繁体 繁體 简体 繁体版 简体版 手机版 移动版 登录 注册 退出 搜索 高级搜索 热点 热点专题 本地 地方 本网原创 原创 独家 深度
  人事 人事信息 人事任免 招聘 招考 专题活动 网上展厅 学习园地 党史学习 宣传 宣传教育 文明 文明创建 三农 农业 农村 农民 乡村 乡村振兴
  客户端 app 微博 微信 公众号 读报 数字报 电子报 报纸 期刊 更多
  产品中心 产品展示 新闻资讯 资讯 案例 成功案例 解决方案 服务中心 售后服务 技术支持 企业文化 公司简介 荣誉资质 人才招聘 在线咨询`.split(/\s+/),
);

/** Share buttons, font-size widgets, print and close links, and what a tool bar says around them. */
export const TOOL_WORDS = new Set(
  `下载 相关 举报 反馈 收藏 加入收藏 设为首页 分享 分享到 分享至 转发 打印 打印本页 打印此页 打印文章 关闭 关闭窗口 关闭本页 评论 发表评论 点赞
  在看 反馈 纠错 我要纠错 字号 字体 大 中 小 默认 特大 放大 缩小 本页 窗口 返回顶部 顶部 返回 返回列表 微信 微博 朋友圈 微信好友 好友
  qq qq空间 qzone weixin weibo wechat 新浪微博 腾讯微博 豆瓣 复制链接 链接 t a a+ a- 扫一扫 手机看 手机版 听新闻 语音播报 播报 朗读
  全文朗读 复制 更多 完 end 小程序 视频号 抖音 今日头条 头条号 facebook twitter x line telegram whatsapp 推特 脸书`.split(/\s+/),
);

let regions: Set<string> | null = null;

/** Province, prefecture and county names, with and without their 省/市/县/区. */
export function regionWords(): Set<string> {
  if (regions) return regions;
  regions = new Set<string>();
  for (const stem of REGION_STEMS.split(' ')) {
    regions.add(stem);
    for (const suffix of ['省', '市', '县', '区']) regions.add(stem + suffix);
  }
  return regions;
}
