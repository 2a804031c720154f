export { fillProfileBlanks } from './fillProfileBlanks';
export { profileBlanks, type ProfileBlank } from './profileBlanks';
