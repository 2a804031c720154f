export { Adapted, Quoted } from './passageMarks';
export { INLINE_QUOTE_MAX, PassageCommands } from './passageCommands';
