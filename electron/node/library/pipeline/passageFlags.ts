import type { PassageFlag } from '../../../shared/api/apiTypes';

const TITLES = '总书记|主席|副主席|总理|副总理|委员长|同志|书记|省长|市长|县长|部长';
/** A mask standing for a name: ***, ×××, XX, 某某, □□, or one capital letter (A总书记). */
const MASK = String.raw`(?:\*+|＊+|×+|✕+|X{2,}|Ｘ{2,}|x{2,}|某某|○{2,}|〇{2,}|□+|■+|(?<![A-Za-z])[A-Z])`;
const MASKED = new RegExp(`${MASK}(?:${TITLES})`);
/** A name cut out of a fixed formulation: the theory is always named with its author. */
const CUT = /(?<!习近平)新时代中国特色社会主义思想|时任[^，。；]{2,16}书记的同志/;

/**
 * The flags of a passage's final text (after restoration from other copies): a name still masked or
 * cut out, and whether garbled text was taken out from inside it.
 */
export function passageFlags(text: string, mojibakeInside: boolean): PassageFlag[] {
  const flags: PassageFlag[] = [];
  if (MASKED.test(text) || CUT.test(text)) flags.push('masked-name');
  if (mojibakeInside) flags.push('mojibake-removed');
  return flags;
}
