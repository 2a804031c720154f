export { BlocksWindow } from './blocksWindow';
