import { describe, expect, it } from 'vitest';
import type { QianwanApi } from '../../../../../electron/shared/api/QianwanApi';
import type { PassageInfo } from '../../../../../electron/shared/api/apiTypes';
import { lookUpPassage } from '../passageLookups';

/** A stand-in for the API that records getPassages calls (the batching is what is tested, not the host). */
function fakeApi(fail = false) {
  const calls: string[][] = [];
  const api: Pick<QianwanApi, 'getPassages'> = {
    getPassages: ({ ids }) => {
      calls.push(ids);
      const found = ids.filter((id) => id !== 'gone').map((id): PassageInfo => ({ id, text: `段落${id}`, workTitle: '篇目', heading: null, sources: [] }));
      return fail ? Promise.reject(new Error('down')) : Promise.resolve(found);
    },
  };
  return { api, calls };
}

describe('lookUpPassage', () => {
  it('fetches the passages asked for in the same moment in one request, each caller getting its own', async () => {
    const { api, calls } = fakeApi();
    const [a, b, again, gone] = await Promise.all([lookUpPassage(api, 'a'), lookUpPassage(api, 'b'), lookUpPassage(api, 'a'), lookUpPassage(api, 'gone')]);
    expect(calls).toEqual([['a', 'b', 'gone']]);
    expect([a?.text, b?.text, again?.text, gone]).toEqual(['段落a', '段落b', '段落a', undefined]);
    await lookUpPassage(api, 'c');
    expect(calls).toHaveLength(2);
  });

  it('tells every caller of a failed request', async () => {
    const { api } = fakeApi(true);
    await expect(Promise.all([lookUpPassage(api, 'a'), lookUpPassage(api, 'b')])).rejects.toThrow('down');
  });
});
