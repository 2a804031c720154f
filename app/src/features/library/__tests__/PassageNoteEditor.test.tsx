// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod } from '../../../../../electron/shared/api/apiContract';
import { mapContract } from '../../../../../electron/shared/api/mapContract';
import { ApiClientError } from '../../../api/ApiClientError';
import { ApiContext } from '../../../api/apiContext';
import { PassageNoteEditor } from '../PassageNoteEditor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A stand-in API (no host in a unit test): reading notes fails as a damaged database would; every call is recorded. */
function failingNotesApi(calls: Array<{ method: ApiMethod; input: unknown }>) {
  return mapContract<'call'>(<M extends ApiMethod>(method: M) => async (input: ApiInput<M>) => {
    calls.push({ method, input });
    throw new ApiClientError({ code: 'busy' });
  });
}

describe('PassageNoteEditor', () => {
  it('when the stored note cannot be read, says why and cannot be typed in, so a blur never overwrites the note', async () => {
    const calls: Array<{ method: ApiMethod; input: unknown }> = [];
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => {
      root.render(
        <ApiContext.Provider value={failingNotesApi(calls)}>
          <PassageNoteEditor passageId="p1" />
        </ApiContext.Provider>,
      );
    });
    const field = host.querySelector('textarea')!;
    expect(field.readOnly).toBe(true);
    expect(host.querySelector('[role="alert"]')?.textContent).toBeTruthy();
    await act(async () => {
      field.focus();
      field.blur();
    });
    expect(calls.map((c) => c.method)).toEqual(['listPassageNotes']);
    act(() => root.unmount());
  });
});
