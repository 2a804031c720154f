import type { LocalSuggestion, Profile } from '../../shared/api/apiTypes';
import { detectLocalNames, type PlaceLookup } from '../../shared/text/detectLocalNames';
import { suggestLocalName } from '../../shared/text/suggestLocalName';
import { jiebaEngine } from '../text/jiebaEngine';

/**
 * 本地化 in the service process: the gazetteer (loaded on first use) finds the places of a passage,
 * jieba's cut keeps short names whole, and the profile gives each a replacement of its level.
 * `phrases` are 提法 beyond the detector's own (the standard-phrases list) inside which no name is
 * offered.
 */
export class LocaliseService {
  constructor(
    private readonly places: PlaceLookup,
    private readonly phrases: () => readonly string[] = () => [],
  ) {}

  detect(text: string, profile: Profile): LocalSuggestion[] {
    // Without HMM an unknown name falls apart into single characters, each a cut: only dictionary
    // words (平安, 吉祥, 其余) keep a name from starting inside them.
    const cuts = [0];
    for (const word of jiebaEngine().jieba.cut(text, false)) cuts.push(cuts[cuts.length - 1]! + word.length);
    return detectLocalNames(text, this.places, cuts, this.phrases()).map((name) => ({ ...name, ...suggestLocalName(name, profile) }));
  }
}
