export function keepNativeBuilds<T>(buildDirs: readonly string[], fn: () => T | Promise<T>): Promise<T>;
