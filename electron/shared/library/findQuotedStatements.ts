import type { z } from 'zod';
import type { quotedStatementSchema } from './quotedStatementSchema';
/** A statement or title quoted in a passage (quotedStatementSchema). */
export type QuotedStatement = z.infer<typeof quotedStatementSchema>;

/** Statements shorter than this are terms in quotation marks (“千万工程”, “河长制”), not statements. */
const MIN_STATEMENT = 6;

const VERBS = '指出|强调|说道|说过|讲道|写道|讲|说|提出|要求|指示|批示|告诫|寄语|号召|表示|阐明|阐述|论述|明确|重申|嘱托|勉励|回信';
// The cue right before the opening mark: 指出： / 所说的那样， / 强调的 …
const VERB_CUE = new RegExp(`(?:所)?(${VERBS})(?:过|了|的那样|的|道)?[：:，,]?\\s*$`);
const ROLE_CUE = /(总书记|同志|主席)(?:的)?\s*$/;
const TITLE_CUE = /《([^《》\n]{2,60})》(?:中|里|一文中|一书中)?(?:所)?(?:指出|强调|提出|要求|明确|写道|规定)?(?:的那样|的)?[：:，,]?\s*$/;
// 习近平总书记, 习近平同志, A总书记 (masked), 总书记 alone.
const LEADER = /([\u4e00-\u9fa5A-Za-z×X]{0,3}?)(总书记|同志|主席)/g;
const MASK = /^(A|XX|X|××|某)$/;
const SENTENCE_END = /[。！？；\n]/;
const OPEN: Record<string, string> = { '“': '”', '「': '」' };
const NAME_BEFORE_VERB = /([\u4e00-\u9fa5]{2,4})$/;
const NOT_A_NAME = /^(我们|大家|他们|人们|群众|有人|专家|记者|文章|报告|文件|会议|通知|意见|讲话|曾经|多次|首次|明确|深刻|进一步|特别|同时|并且|其中|正如|因此|所以|并|还|也|都)$/;

function clean(s: string): string {
  return s.replace(/[\s\p{P}]/gu, '');
}

/** The statements and titles in a passage, in reading order. Pure and cheap: it runs on every passage shown. */
export function findQuotedStatements(text: string): QuotedStatement[] {
  const out: QuotedStatement[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '《') {
      const close = text.indexOf('》', i + 1);
      if (close < 0) continue;
      const inner = text.slice(i + 1, close);
      if (inner.length >= 2 && inner.length <= 60 && !inner.includes('\n')) {
        out.push({ type: 'title', text: inner, start: i + 1, end: close, speaker: null, role: null, cue: '', title: null });
      }
      continue;
    }
    const closing = OPEN[ch];
    if (!closing) continue;
    const close = text.indexOf(closing, i + 1);
    if (close < 0) break;
    const inner = text.slice(i + 1, close);
    const statement = recognise(text, i, inner);
    if (statement) out.push({ ...statement, start: i + 1, end: close });
    i = close;
  }
  return out;
}

function recognise(text: string, open: number, inner: string): Omit<QuotedStatement, 'start' | 'end'> | null {
  if (Array.from(clean(inner)).length < MIN_STATEMENT) return null;
  // The clause that introduces the quotation: back to the sentence's start, at most 80 characters.
  let from = open;
  while (from > 0 && open - from < 80 && !SENTENCE_END.test(text[from - 1]!)) from--;
  const before = text.slice(from, open);
  const titleCue = TITLE_CUE.exec(before);
  const verbCue = VERB_CUE.exec(before);
  const roleCue = ROLE_CUE.exec(before);
  if (!titleCue && !verbCue && !roleCue) return null;
  const leaders = [...before.matchAll(LEADER)];
  const leader = leaders[leaders.length - 1];
  let speaker: string | null = null;
  let role: string | null = null;
  if (leader) {
    role = leader[2]!;
    const name = leader[1]!;
    speaker = name && !MASK.test(name) && /^[\u4e00-\u9fa5]{2,3}$/.test(name) ? name : null;
  } else if (verbCue) {
    // 陈文胜说“……”: the name is what stands right before the verb.
    const stem = before.slice(0, verbCue.index).replace(/(?:在[^，。]{0,30}?(?:时|中|上))?$/u, '');
    const name = NAME_BEFORE_VERB.exec(stem)?.[1] ?? null;
    speaker = name && stem.length - name.length <= 0 && !NOT_A_NAME.test(name) ? name : null;
  }
  return {
    type: 'statement',
    text: inner,
    speaker,
    role,
    cue: verbCue?.[1] ?? '',
    title: titleCue?.[1] ?? null,
  };
}
