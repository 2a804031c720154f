/**
 * The fixed theme taxonomy of the library, as data: each theme with the keywords whose presence in a
 * passage assigns it. The themes follow the vocabulary of 千万工程 study material (the 2023 中央农办
 * guidance and the essays people write about it), so a writer can browse the library the way their
 * outline is organised. A passage gets a theme when it contains at least `min` distinct keywords
 * (default 1 for specific terms, 2 where a single word is too common); the build records which
 * keywords matched, e.g. "主题 人居环境：命中 垃圾、改厕".
 */
export interface Theme {
  name: string;
  keywords: string[];
  min?: number;
}

export const THEME_TAXONOMY: Theme[] = [
  { name: '人居环境', keywords: ['人居环境', '垃圾', '污水', '厕所', '改厕', '脏乱差', '村容村貌', '环境整治', '卫生', '清洁', '旱厕'] },
  { name: '生态文明', keywords: ['生态', '绿水青山', '金山银山', '绿色发展', '环保', '森林覆盖', '生态省', '地球卫士', '污染'] },
  { name: '产业发展', keywords: ['产业', '美丽经济', '乡村旅游', '农家乐', '民宿', '电商', '新业态', '招商', '集体经济', '增收'], min: 1 },
  { name: '人才', keywords: ['人才', '农创客', '乡贤', '工匠', '培训', '育才', '引才', '专家'] },
  { name: '基层治理', keywords: ['治理', '村规民约', '自治', '网格', '议事', '积分制', '调解', '共治'] },
  { name: '规划', keywords: ['规划', '蓝图', '因地制宜', '分类指导', '村庄布局', '风貌'] },
  { name: '党建引领', keywords: ['党组织', '党员', '书记', '一把手', '党建', '党委', '先锋模范', '战斗堡垒'] },
  { name: '投入机制', keywords: ['投入', '资金', '财政', '以奖代补', '社会资本', '融资', '真金白银', '多元化投入'] },
  { name: '数字乡村', keywords: ['数字', '智慧', '信息化', '智能化', '平台', 'APP'], min: 2 },
  { name: '乡村文化', keywords: ['文化', '乡风文明', '文化礼堂', '传统村落', '古村落', '民俗', '非物质文化遗产', '精神文明'] },
  { name: '公共服务', keywords: ['公共服务', '医疗', '养老', '教育', '卫生室', '社保', '基础设施', '供水', '交通'] },
  { name: '城乡融合', keywords: ['城乡融合', '城乡一体化', '城乡差距', '城乡', '城市化'] },
  { name: '共同富裕', keywords: ['共同富裕', '共富', '收入', '致富', '富民', '可支配收入'] },
  { name: '以人民为中心', keywords: ['以人民为中心', '人民群众', '民生', '为民', '群众满意', '获得感', '幸福感', '人民至上', '急难愁盼'] },
  { name: '久久为功', keywords: ['久久为功', '一张蓝图绘到底', '一任接着一任', '持之以恒', '二十年', '20年'] },
  { name: '示范引领', keywords: ['示范', '样板', '经验', '推广', '借鉴'], min: 2 },
];
