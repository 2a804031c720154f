import { useEffect, useState } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';

/** The writer's own note on a passage, saved when the field loses focus. */
export function PassageNoteEditor({ passageId }: { passageId: string }) {
  const api = useApi();
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState('');
  useEffect(() => {
    let live = true;
    api.listPassageNotes({}).then((notes) => {
      const mine = notes.find((n) => n.passageId === passageId)?.note ?? '';
      if (live) {
        setNote(mine);
        setSaved(mine);
      }
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [api, passageId]);
  return (
    <textarea
      className="passage-note"
      data-testid="passage-note"
      placeholder={t('library.notePlaceholder')}
      aria-label={t('library.note')}
      value={note}
      maxLength={2000}
      rows={2}
      onChange={(e) => setNote(e.target.value)}
      onBlur={() => {
        if (note !== saved) void api.setPassageNote({ id: passageId, note }).then(() => setSaved(note));
      }}
    />
  );
}
