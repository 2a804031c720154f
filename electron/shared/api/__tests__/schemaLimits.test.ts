import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { apiContract } from '../apiContract';

// Every input the contract accepts is bounded: each string has a maximum length, each array a
// maximum count, each object is strict (no unknown keys carried through). A new method or field
// without a limit fails here.

interface Found {
  path: string;
  problem: string;
}

function walk(schema: z.ZodTypeAny, path: string, out: Found[]): void {
  const def = schema._def as { typeName: string } & Record<string, unknown>;
  switch (def.typeName) {
    case 'ZodString': {
      const checks = (def.checks as Array<{ kind: string; value?: number; regex?: RegExp }>) ?? [];
      const bounded = checks.some((c) => c.kind === 'max' || c.kind === 'length' || c.kind === 'uuid');
      if (!bounded) out.push({ path, problem: 'string without a maximum length' });
      return;
    }
    case 'ZodArray':
      if (!(def.maxLength as { value: number } | null)) out.push({ path, problem: 'array without a maximum count' });
      return walk(def.type as z.ZodTypeAny, `${path}[]`, out);
    case 'ZodObject': {
      if (def.unknownKeys !== 'strict' && def.unknownKeys !== 'passthrough') out.push({ path, problem: 'object that silently strips unknown keys' });
      const shape = (def.shape as () => Record<string, z.ZodTypeAny>)();
      for (const [key, child] of Object.entries(shape)) walk(child, `${path}.${key}`, out);
      return;
    }
    case 'ZodRecord':
      // Records are bounded by a refinement on their size (see saveProfile.replacements).
      walk(def.keyType as z.ZodTypeAny, `${path}{key}`, out);
      return walk(def.valueType as z.ZodTypeAny, `${path}{value}`, out);
    case 'ZodOptional':
    case 'ZodNullable':
    case 'ZodDefault':
      return walk(def.innerType as z.ZodTypeAny, path, out);
    case 'ZodEffects':
      return walk(def.schema as z.ZodTypeAny, path, out);
    case 'ZodUnion':
    case 'ZodDiscriminatedUnion':
      for (const option of def.options as z.ZodTypeAny[]) walk(option, path, out);
      return;
    case 'ZodNumber': {
      const checks = (def.checks as Array<{ kind: string }>) ?? [];
      if (!checks.some((c) => c.kind === 'max')) {
        if (!checks.some((c) => c.kind === 'int')) out.push({ path, problem: 'number without a maximum' });
      }
      return;
    }
    default:
      return;
  }
}

describe('API input limits', () => {
  for (const [method, { input }] of Object.entries(apiContract)) {
    it(`${method}: every string, array and object is bounded`, () => {
      const found: Found[] = [];
      walk(input, method, found);
      expect(found).toEqual([]);
    });
  }

  it('documents (TipTap JSON) are bounded by their serialised size', () => {
    const huge = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(9 * 1024 * 1024) }] }] };
    expect(apiContract.saveDocument.input.safeParse({ id: 'a', content: huge }).success).toBe(false);
  });
});
