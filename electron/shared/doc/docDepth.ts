/**
 * How deeply a document's nodes nest (the doc itself is 1), found without recursion so that a
 * hostile document of 20,000 nested quotations cannot overflow the stack the way JSON.stringify and
 * a recursive schema do ("Maximum call stack size exceeded"). Stops as soon as `limit` is passed and
 * then returns limit + 1.
 */
export function docDepth(value: unknown, limit: number): number {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  let deepest = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > limit) return limit + 1;
    deepest = Math.max(deepest, depth);
    const content = typeof node === 'object' && node !== null ? (node as { content?: unknown }).content : undefined;
    if (Array.isArray(content)) for (const child of content) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}
