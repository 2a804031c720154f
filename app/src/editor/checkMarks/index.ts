export { CheckMarks, checkMarksKey, finishCheck, placeSpans, spanAt, startCheck } from './checkMarks';
export type { CheckMarksStorage, PlacedSpan } from './checkMarks';
