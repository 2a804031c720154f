import { describe, expect, it } from 'vitest';
import type { PassageInfo } from '../../../../../electron/shared/api/apiTypes';
import type { QianwanApi } from '../../../../../electron/shared/api/QianwanApi';
import { mapContract } from '../../../../../electron/shared/api/mapContract';
import { ApiClientError } from '../../../api/ApiClientError';
import { PassageCache, RETRY_FIRST_MS } from '../PassageCache';

const passage = (id: string): PassageInfo => ({ id, text: `段落 ${id}`, workTitle: '篇', heading: null, sources: [] });

/** A contract whose getPassages fails `failures` times (the service busy), then answers. */
function flakyApi(failures: number): { api: QianwanApi; calls: () => number } {
  let calls = 0;
  const api: QianwanApi = {
    ...mapContract<'call'>(() => () => Promise.reject(new Error('not used'))),
    getPassages: (input) => {
      calls += 1;
      return calls <= failures ? Promise.reject(new ApiClientError({ code: 'busy' })) : Promise.resolve(input.ids.map(passage));
    },
  };
  return { api, calls: () => calls };
}

describe('PassageCache', () => {
  it('tries a failed fetch again, waiting longer each time, until the passages arrive', async () => {
    const { api, calls } = flakyApi(2);
    const waits: number[] = [];
    const retries: Array<() => void> = [];
    const cache = new PassageCache(api, (retry, ms) => (waits.push(ms), retries.push(retry)));
    let heard = 0;
    cache.subscribe(() => (heard += 1));
    cache.ensure(['p1']);
    await Promise.resolve();
    await Promise.resolve();
    expect(cache.get('p1')).toBeUndefined();
    retries.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    retries.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    expect(calls()).toBe(3);
    expect(waits).toEqual([RETRY_FIRST_MS, RETRY_FIRST_MS * 2]);
    expect(cache.get('p1')?.text).toBe('段落 p1');
    expect(heard).toBe(1);
  });
});
