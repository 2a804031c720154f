export { collectOutline, currentOutlineIndex, type OutlineItem } from './collectOutline';
export { moveSection, sectionBlocks } from './moveSection';
