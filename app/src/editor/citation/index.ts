export { Citation } from './citation';
