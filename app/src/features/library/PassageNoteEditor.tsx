import { useEffect, useState } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The writer's own note on a passage, saved when the field loses focus. It can be typed in only once the
 * stored note is read: a field that looked empty because the read failed would overwrite the note on blur.
 */
export function PassageNoteEditor({ passageId }: { passageId: string }) {
  const api = useApi();
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    setSaved(null);
    api.listPassageNotes({}).then(
      (notes) => {
        const mine = notes.find((n) => n.passageId === passageId)?.note ?? '';
        if (live) {
          setNote(mine);
          setSaved(mine);
          setError('');
        }
      },
      (err: unknown) => live && setError(messageOf(err)),
    );
    return () => {
      live = false;
    };
  }, [api, passageId]);
  return (
    <>
      <textarea
        className="passage-note"
        data-testid="passage-note"
        placeholder={t('library.notePlaceholder')}
        aria-label={t('library.note')}
        value={note}
        maxLength={2000}
        rows={2}
        readOnly={saved === null}
        onChange={(e) => setNote(e.target.value)}
        onBlur={() => {
          if (saved === null || note === saved) return;
          // Not saved: the text stays in the field and is sent again on the next blur.
          api.setPassageNote({ id: passageId, note }).then(
            () => {
              setSaved(note);
              setError('');
            },
            (err: unknown) => setError(messageOf(err)),
          );
        }}
      />
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
