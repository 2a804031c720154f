/**
 * What official writing calls the writer's own division when the profile does not name it, by the
 * division's suffix: 我村, 我镇 … (a 地区 is the town-level 办事处 here, so 我镇).
 */
export const ownDivisionWords: Readonly<Record<string, string>> = { 村: '我村', 社区: '我社区', 嘎查: '我嘎查', 镇: '我镇', 乡: '我乡', 街道: '我街道', 地区: '我镇', 苏木: '我苏木', 县: '我县', 区: '我区', 旗: '我旗', 市: '我市', 州: '我州', 盟: '我盟', 省: '我省' };
