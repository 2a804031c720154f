// Markdown built to make a reader slow: every family repeats one construct whose naive reading
// rescans the rest of the text (nested or unclosed brackets, emphasis openers without closers,
// backtick runs of growing length, long runs of spaces before a regex anchor), plus random
// mixtures of all of them. Used by the fuzz test and by `npm run bench`.

export const ADVERSARIAL_SIZE = 1024 * 1024;

function rand(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x80000000);
}

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const TOKENS = ['[', ']', '[@', '^[', '![', '](', ')', '{', '}', '{.underline}', '*', '**', '***', '_', '__', '`', '``', '```', '\\', ' ', '  ', '\t', 'a', '千万', '"', "'", '@', '&#', '<', '<http:', '#', ':::', '- ', '> '];

function mixture(seed: number, size: number, lines: boolean): string {
  const r = rand(seed);
  // Every line starts with a letter, so no line opens a code fence that would swallow the rest as text.
  const parts: string[] = ['a'];
  let length = 1;
  while (length < size) {
    const t = lines && r() < 0.02 ? '\na' : TOKENS[Math.floor(r() * TOKENS.length)]!;
    parts.push(t);
    length += t.length;
  }
  return parts.join('').slice(0, size);
}

/** Named inputs of about `size` characters each. */
export function adversarialMarkdown(size = ADVERSARIAL_SIZE): Array<{ name: string; text: string }> {
  const half = Math.floor(size / 2);
  let growing = '';
  for (let n = 1; growing.length < size; n++) growing += `${'`'.repeat(n)}a`;
  return [
    { name: 'unclosed brackets', text: '['.repeat(size) },
    { name: 'nested brackets', text: '['.repeat(half) + ']'.repeat(half) },
    { name: 'nested citation brackets', text: fill('[@', half) + ']'.repeat(half) },
    { name: 'nested notes', text: fill('^[', size) },
    { name: 'nested images', text: fill('![', size) },
    { name: 'nested links', text: '['.repeat(Math.floor(size / 5)) + fill('](x)', size - Math.floor(size / 5)) },
    { name: 'emphasis openers', text: fill('*a ', size) },
    { name: 'strong and emphasis openers', text: fill('*a **b ', size) },
    { name: 'underscore openers', text: fill('_a ', size) },
    { name: 'backtick runs', text: fill('`a``', size) },
    { name: 'backtick runs of growing length', text: growing.slice(0, size) },
    { name: 'spaces inside a paragraph', text: `a${' '.repeat(size)}x\nb` },
    { name: 'spaces inside a heading', text: `# a${' '.repeat(size)}x` },
    { name: 'spaces inside a link', text: `[a](${' '.repeat(size)}x` },
    { name: 'one long attribute word', text: `[a]{${'a'.repeat(size)}}` },
    { name: 'fences', text: fill('```\n~~~\n', size) },
    { name: 'random tokens, one paragraph', text: mixture(1, size, false) },
    { name: 'random tokens with line breaks', text: mixture(2, size, true) },
  ];
}
