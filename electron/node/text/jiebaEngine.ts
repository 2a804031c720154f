import type * as JiebaModule from '@node-rs/jieba';
import type * as JiebaDict from '@node-rs/jieba/dict';
import { lazyRequire } from '../lazyRequire';

const jiebaModule = lazyRequire<typeof JiebaModule>('@node-rs/jieba');
const jiebaDict = lazyRequire<typeof JiebaDict>('@node-rs/jieba/dict');

let engine: { jieba: JiebaModule.Jieba; tfidf: JiebaModule.TfIdf } | null = null;

/** jieba with the dictionary shipped in its npm package, loaded on first use (not at start-up) and shared. */
export function jiebaEngine(): { jieba: JiebaModule.Jieba; tfidf: JiebaModule.TfIdf } {
  if (!engine) {
    const { Jieba, TfIdf } = jiebaModule();
    const { dict, idf } = jiebaDict();
    engine = { jieba: Jieba.withDict(dict), tfidf: TfIdf.withDict(idf) };
  }
  return engine;
}

/** The words of a text in order (jieba with HMM for unknown words); they join back to the text. */
export function cutWords(text: string): string[] {
  return jiebaEngine().jieba.cut(text, true);
}
