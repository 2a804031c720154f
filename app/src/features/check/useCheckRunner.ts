import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { CheckProgress, CheckResult } from '../../../../electron/shared/check/checkTypes';
import { MIN_RUN_DEFAULT } from '../../../../electron/shared/check/checkParams';
import { useApi } from '../../api/apiContext';
import { finishCheck, startCheck } from '../../editor/checkMarks';
import { editorDocJson } from '../../editor/editorDocJson';

/** After the last edit, an automatic re-check waits this long: never on the typing path. */
export const AUTO_CHECK_DELAY_MS = 1500;
const PROGRESS_POLL_MS = 250;

export interface CheckRunner {
  result: CheckResult | null;
  running: boolean;
  progress: CheckProgress | null;
  error: string | null;
  /** The document changed after the result's snapshot (and no re-check is on its way). */
  stale: boolean;
  minRun: number;
  setMinRun: (n: number) => void;
  auto: boolean;
  setAuto: (on: boolean) => void;
  /** Compare with the writer's other documents too. */
  others: boolean;
  setOthers: (on: boolean) => void;
  run: () => void;
}

/**
 * Runs the check on the node side with a snapshot of the editor's document (saved or not), polls its
 * progress while it runs, and hands the spans to the editor's checkMarks. With `auto`, a change
 * re-runs it a moment after the writer stops typing; a newer run supersedes an older one.
 */
export function useCheckRunner(editor: Editor, documentId?: string): CheckRunner {
  const api = useApi();
  const [result, setResult] = useState<CheckResult | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [minRun, setMinRun] = useState(MIN_RUN_DEFAULT);
  const [auto, setAuto] = useState(false);
  const [others, setOthers] = useState(false);
  const latest = useRef(0);
  const options = useRef({ minRun, others });
  options.current = { minRun, others };

  const run = useCallback(() => {
    if (editor.isDestroyed) return;
    const snapshot = editor.state.doc;
    const token = startCheck(editor.view);
    latest.current = token;
    setRunning(true);
    setError(null);
    const poll = setInterval(() => {
      void api.getCheckProgress({}).then((p) => latest.current === token && setProgress(p), () => undefined);
    }, PROGRESS_POLL_MS);
    api
      .runCheck({ doc: editorDocJson(snapshot), minRun: options.current.minRun, includeDocuments: options.current.others, ...(documentId ? { documentId } : {}) })
      .then(
        (r) => {
          if (latest.current !== token || editor.isDestroyed) return;
          finishCheck(editor.view, token, snapshot, r.spans);
          setResult(r);
          setStale(!editor.state.doc.eq(snapshot));
        },
        (err: unknown) => latest.current === token && setError(err instanceof Error ? err.message : String(err)),
      )
      .finally(() => {
        clearInterval(poll);
        if (latest.current === token) {
          setRunning(false);
          setProgress(null);
        }
      });
  }, [api, editor, documentId]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged) return;
      setStale(true);
      if (!auto) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => (editor.view.composing ? undefined : run()), AUTO_CHECK_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [auto, editor, run]);

  // A changed threshold, or comparing with other documents or not, is a different check.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    run();
  }, [minRun, others, run]);

  return { result, running, progress, error, stale, minRun, setMinRun, auto, setAuto, others, setOthers, run };
}
