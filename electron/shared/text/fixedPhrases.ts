/**
 * 提法 that contain a word the gazetteer knows as a place: 金山 in 绿水青山就是金山银山 is no 金山区,
 * 千村 in 千村示范、万村整治 no village, 浦江 in 浦江经验 belongs to the phrase, not to the writer's
 * county. Official writing quotes them as they stand, so 本地化 never offers a name inside one. They
 * are matched without their punctuation (千村示范，万村整治; “绿水青山”向“金山银山”), so 金山银山 alone
 * covers every slogan built on it.
 */
export const fixedPhrases: readonly string[] = [
  '金山银山',
  '千村示范、万村整治',
  '千村精品、万村美丽',
  '千村未来、万村共富',
  '千村向未来、万村奔共富',
  '强农、美村、富民',
  '浦江经验',
  '江山就是人民、人民就是江山',
];
