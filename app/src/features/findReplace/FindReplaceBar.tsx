import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { FindOptions } from '../../../../electron/shared/search/findInText';
import { loadFindTools } from '../../../../electron/shared/search/loadFindTools';
import { loadedFindRegex } from '../../../../electron/shared/search/loadFindRegex';
import { loadedSearchFoldTable } from '../../../../electron/shared/search/loadSearchFoldTable';
import { t } from '../../../../electron/shared/i18n/translate';
import { describeFindError } from './describeFindError';
import { findReplaceKey } from '../../editor/findReplace';
import { useAppCommand } from '../commands/useAppCommand';

/**
 * The find bar above the page: Ctrl+F finds, Ctrl+H also replaces (or the toolbar's 查找替换, which
 * changes `request`), Esc closes and clears.
 */
export function FindReplaceBar({ editor, request }: { editor: Editor; request?: number }) {
  const [mode, setMode] = useState<'closed' | 'find' | 'replace'>('closed');
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, matchWidth: false, regex: false });
  const [done, setDone] = useState<number | null>(null);
  // The fold table (OpenCC's dictionaries) and the regular-expression engine (RE2) are fetched when
  // the bar first opens; no search runs before they are there, so the first one already finds 千萬 for 千万.
  const [foldReady, setFoldReady] = useState(() => loadedSearchFoldTable() !== null && loadedFindRegex() !== null);
  const [foldError, setFoldError] = useState<string | null>(null);
  const composing = useRef(false);
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const f = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const s = findReplaceKey.getState(e.state);
      return { count: s?.matches.length ?? 0, current: s?.current ?? -1, error: s?.error ?? null, skipped: s?.skipped ?? 0 };
    },
  });

  // Esc closes the bar wherever the focus is (the bar's input, or the editor it was opened from).
  const escape = useRef<(() => void) | null>(null);
  const openBar = useRef<(key: 'f' | 'h') => void>(() => undefined);
  useEffect(() => {
    if (request) openBar.current('h');
  }, [request]);
  useAppCommand('find', () => openBar.current('f'));
  useAppCommand('replace', () => openBar.current('h'));
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && escape.current && !e.isComposing) {
        escape.current();
        return;
      }
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key !== 'f' && key !== 'h') return;
      e.preventDefault();
      openBar.current(key);
    };
    openBar.current = (key) => {
      // The selected words (within one paragraph) become the query, as in Word.
      const { from, to, empty } = editor.state.selection;
      const selected = empty ? '' : editor.state.doc.textBetween(from, to, '\n');
      if (selected && !selected.includes('\n') && selected.length <= 100) setQuery(selected);
      setMode((m) => (key === 'h' ? 'replace' : m === 'replace' ? 'replace' : 'find'));
      // Opened from a toolbar click the bar may render a frame later: the focus waits for its input.
      const focus = (tries: number) =>
        requestAnimationFrame(() => {
          const target = key === 'h' && selected ? replaceInput.current : findInput.current;
          if (!target && tries > 0) return focus(tries - 1);
          // Clicked into one of the bar's fields meanwhile: the writer chose where to type.
          const active = window.document.activeElement;
          if (active && active !== target && (active === findInput.current || active === replaceInput.current)) return;
          target?.focus();
          target?.select();
        });
      focus(3);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor]);

  useEffect(() => {
    if (mode === 'closed' || foldReady) return;
    let live = true;
    setFoldError(null);
    loadFindTools().then(
      () => live && setFoldReady(true),
      (err: unknown) => live && setFoldError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [mode, foldReady]);

  useEffect(() => {
    if (mode === 'closed' || !foldReady) return;
    editor.commands.setFindQuery(query, options);
    setDone(null);
  }, [editor, mode, query, options, foldReady]);

  const close = () => {
    editor.commands.setFindQuery('');
    setMode('closed');
    editor.commands.focus();
  };
  escape.current = mode === 'closed' ? null : close;
  if (mode === 'closed') return null;
  const status = foldError
    ? t('find.unavailable', { message: foldError })
    : f?.error
      ? describeFindError(f.error)
      : done !== null
        ? t('find.replaced', { n: done })
        : query && f && foldReady
          ? f.count === 0
            ? t('find.none')
            : t('find.count', { i: f.current + 1, n: f.count })
          : '';
  // A short label (Aa, 全/半, .*) keeps the bar on one row; the full name is the title and the box's label.
  const option = (key: keyof FindOptions, label: string, short: string) => (
    <label className="find-option" title={label}>
      <input type="checkbox" data-testid={`find-${key}`} aria-label={label} checked={options[key]} onChange={(e) => setOptions({ ...options, [key]: e.target.checked })} /> {short}
    </label>
  );
  const replaceAll = () => {
    const n = f?.count ?? 0;
    if (editor.commands.replaceAllMatches(replacement)) setDone(n);
  };
  return (
    <div className="find-bar" role="search" aria-label={t('find.title')} data-testid="find-bar">
      <div className="find-row">
        <input
          ref={findInput}
          className="find-input"
          data-testid="find-input"
          aria-label={t('find.find')}
          placeholder={t('find.find')}
          value={query}
          maxLength={500}
          onCompositionStart={() => (composing.current = true)}
          onCompositionEnd={(e) => {
            composing.current = false;
            setQuery(e.currentTarget.value);
          }}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
            e.preventDefault();
            if (e.shiftKey) editor.commands.findPrevious();
            else editor.commands.findNext();
          }}
        />
        <button type="button" className="small" title={t('find.prev')} aria-label={t('find.prev')} disabled={!f?.count} onClick={() => editor.commands.findPrevious()}>
          ↑
        </button>
        <button type="button" className="small" title={t('find.next')} aria-label={t('find.next')} disabled={!f?.count} onClick={() => editor.commands.findNext()}>
          ↓
        </button>
        <span className={`find-status${foldError || f?.error || (query && foldReady && f?.count === 0) ? ' bad' : ''}`} data-testid="find-status" aria-live="polite">
          {status}
        </span>
        {option('matchCase', t('find.matchCase'), 'Aa')}
        {option('matchWidth', t('find.matchWidth'), t('find.matchWidthShort'))}
        {option('regex', t('find.regex'), '.*')}
        <button type="button" className="link-button" data-testid="find-toggle-replace" aria-expanded={mode === 'replace'} onClick={() => setMode(mode === 'replace' ? 'find' : 'replace')}>
          {t('find.replace')}
        </button>
        <button type="button" className="link-button" title={t('find.close')} aria-label={t('find.close')} onClick={close}>
          ×
        </button>
      </div>
      {mode === 'replace' && (
        <div className="find-row">
          <input
            ref={replaceInput}
            className="find-input"
            data-testid="replace-input"
            aria-label={t('find.replaceWith')}
            placeholder={t('find.replaceWith')}
            value={replacement}
            maxLength={500}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
              e.preventDefault();
              editor.commands.replaceMatch(replacement);
            }}
          />
          <button type="button" className="small" data-testid="replace-one" disabled={!f?.count} onClick={() => editor.commands.replaceMatch(replacement)}>
            {t('find.replace')}
          </button>
          <button type="button" className="small" data-testid="replace-all" disabled={!f?.count} onClick={replaceAll}>
            {t('find.replaceAll')}
          </button>
          {f && f.skipped > 0 && <span className="muted">{t('find.skipped', { n: f.skipped })}</span>}
        </div>
      )}
    </div>
  );
}
