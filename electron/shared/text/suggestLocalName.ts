import type { Profile } from '../api/apiTypes';
import type { LocalName } from './detectLocalNames';
import { ownDivisionWords as OWN } from './ownDivisionWords';
import { regionLevels } from './regionLevels';

const UNIT = /[局委办司位]$/;

function own(name: string, fallback: string): string {
  const key = Object.keys(OWN).find((k) => name.endsWith(k));
  return key ? OWN[key]! : fallback;
}

/**
 * The replacement offered for a name: the one the writer chose before, else the writer's own division
 * of the same level from the profile (a village for a village, a town for a town, a county for a
 * district or county), else "我村"/"我镇"/"我县"; a masked unit gets the writer's unit.
 */
export function suggestLocalName(name: LocalName, profile: Profile): { replacement: string; remembered: boolean } {
  const remembered = profile.replacements[name.text];
  if (remembered !== undefined) return { replacement: remembered, remembered: true };
  if (UNIT.test(name.text)) return { replacement: profile.unit, remembered: false };
  const mine = regionLevels(profile.region);
  switch (name.level) {
    case 'village':
      return { replacement: mine.village ?? own(name.text, '我村'), remembered: false };
    case 'town':
      return { replacement: mine.town ?? own(name.text, '我镇'), remembered: false };
    case 'county':
      return { replacement: mine.county ?? own(name.text, '我县'), remembered: false };
    case 'city':
      return { replacement: mine.city ?? own(name.text, '我市'), remembered: false };
    case 'province':
      return { replacement: mine.province ?? own(name.text, '我省'), remembered: false };
    case 'region':
      return { replacement: mine.county ?? mine.city ?? mine.town ?? profile.region, remembered: false };
    default:
      return { replacement: profile.region, remembered: false };
  }
}
