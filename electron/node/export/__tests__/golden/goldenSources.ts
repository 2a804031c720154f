import type { SourceBibliography } from '../../../../shared/library/sourceBibliography';
import type { SourceKind } from '../../../../shared/library/sourceKinds';

// Sources the golden drafts cite besides the shipped 范文: written for these tests in the shape of the
// real thing (a 人民日报 report, a 求是 article, a book, a central document, a local news item), each
// with the facts an importer would fill in, so every reference type is exercised.

export interface GoldenSource extends SourceBibliography {
  fileName: string;
  title: string;
  site: string | null;
  date: string | null;
  url: string | null;
  kind: SourceKind;
  text: string;
}

export const GOLDEN_SOURCES: GoldenSource[] = [
  {
    fileName: '人民日报-千万工程造就万千美丽乡村.txt',
    title: '“千万工程”造就万千美丽乡村',
    site: null,
    date: '2023-06-06',
    url: null,
    kind: '权威文献',
    newspaper: '人民日报',
    newspaperPage: '1',
    author: '本报记者',
    text: '“千万工程”造就万千美丽乡村\n\n二十年来，浙江坚持一张蓝图绘到底，一任接着一任干，从农村环境整治入手，由点及面、迭代升级，造就了万千美丽乡村，造福了万千农民群众。\n\n各地在实施中坚持以人民为中心，从农民群众最关心最直接最现实的利益问题入手，先易后难、循序渐进，推动农村人居环境持续改善。\n\n实践证明，“千万工程”是推进乡村全面振兴的成功经验和实践范例，必须坚持和发展好。',
  },
  {
    fileName: '求是-以千万工程经验推进乡村全面振兴.txt',
    title: '以“千万工程”经验引领乡村全面振兴',
    site: null,
    date: '2023',
    url: 'http://www.qstheory.cn/dukan/qs/2023-12/01/c_1130000000.htm',
    kind: '权威文献',
    journal: '求是',
    journalIssue: '23',
    pageRange: '45-50',
    author: '唐仁健',
    text: '以“千万工程”经验引领乡村全面振兴\n\n学习运用“千万工程”经验，要把握好其中蕴含的发展理念、工作方法和推进机制，坚持因地制宜、分类施策，坚持久久为功、善作善成。\n\n要坚持系统观念，统筹推进乡村发展、乡村建设、乡村治理，推动农业全面升级、农村全面进步、农民全面发展。',
  },
  {
    fileName: '论三农工作.txt',
    title: '乡村振兴的实践逻辑',
    site: null,
    date: '2022',
    url: null,
    kind: '权威文献',
    publisher: '人民出版社',
    place: '北京',
    pageRange: '112',
    author: '王某某',
    text: '乡村振兴的实践逻辑\n\n乡村振兴必须立足农村实际，发挥农民主体作用，把农村人居环境整治作为乡村振兴的第一场硬仗，以点带面、示范引领。\n\n推进乡村建设，要先规划后建设，坚持数量服从质量、进度服从实效，求好不求快。',
  },
  {
    fileName: '中共中央国务院意见.txt',
    title: '关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见',
    site: null,
    date: '2024-01-01',
    url: null,
    kind: '权威文献',
    issuer: '中共中央 国务院',
    docNumber: '中发〔2024〕1号',
    text: '关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见\n\n推进中国式现代化，必须坚持不懈夯实农业基础，推进乡村全面振兴。要学习运用“千万工程”蕴含的发展理念、工作方法和推进机制，把推进乡村全面振兴作为新时代新征程“三农”工作的总抓手。\n\n要坚持以人民为中心的发展思想，完善农民参与和利益联结机制，让农民群众有更多获得感、幸福感、安全感。',
  },
  {
    fileName: '本地新闻.html',
    title: '我县召开学习“千万工程”经验现场推进会',
    site: '某某新闻网',
    date: '2024-03-15',
    url: 'https://news.example.cn/2024/0315/123.html',
    kind: '新闻报道',
    text: '我县召开学习“千万工程”经验现场推进会\n\n本报讯（记者 李明）3月15日，我县召开学习“千万工程”经验现场推进会，观摩了三个村的人居环境整治成果，部署全年村庄清洁行动。\n\n会议要求，各乡镇要对标浙江经验，建立长效管护机制，确保整治成果不反弹。',
  },
];
