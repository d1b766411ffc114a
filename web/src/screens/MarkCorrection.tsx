import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { markText } from '../format';
import { parseMark } from './mark-input';
import { FormActions, FormError } from './parts';

/**
 * A teacher corrects their own mark within the school's window; after it (or in a closed period) the
 * change is a request the administrator decides (004 §4.1). Either way the reason is required and the
 * previous value is kept.
 */
export function MarkCorrection({ mark, who, onDone }: { mark: { id: string; lessonId: string; values: number[]; passFail: string }; who: string; onDone: (message: string) => void }) {
  const [value, setValue] = useState(markText(mark));
  const [remove, setRemove] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    const parsed = remove ? {} : parseMark(value);
    if (!parsed) return setError(`«${value}» — не отметка: 2–5, «4/5», «зач» или «незач»`);
    try {
      const outcome = await api<{ mark: unknown; changeRequest: unknown }>(`/lessons/${mark.lessonId}/marks/${mark.id}/corrections`, { method: 'POST', body: { ...parsed, remove, reason } });
      onDone(outcome.changeRequest ? 'Окно исправления прошло: запрос отправлен администратору' : remove ? 'Отметка удалена' : 'Отметка исправлена');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'не исправлено');
    }
  };
  return (
    <form className="record" onSubmit={submit} aria-labelledby="mark-correction-title">
      <h2 id="mark-correction-title">
        Исправить отметку {markText(mark)}: {who}
      </h2>
      <label>
        Новая отметка
        <input autoFocus value={value} disabled={remove} onChange={(event) => setValue(event.target.value)} />
      </label>
      <label className="inline">
        <input type="checkbox" checked={remove} onChange={(event) => setRemove(event.target.checked)} /> Удалить отметку
      </label>
      <label>
        Причина исправления
        <input value={reason} required maxLength={500} onChange={(event) => setReason(event.target.value)} />
      </label>
      <FormError error={error} />
      <FormActions submit="Исправить" onCancel={() => onDone('')} />
    </form>
  );
}
