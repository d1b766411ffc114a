import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { average } from '../format';
import { FormActions, FormError } from './parts';

/**
 * The teacher sets a pupil's period final (004 §5): the system proposes it from the weighted average by
 * the school's rounding; another value, or a final on too few marks, needs a reason; «н/а» only when
 * marks are too few.
 */
export function PeriodFinal({ path, who, proposal, onDone }: { path: string; who: string; proposal: { average: number; proposed: number; notEnoughMarks: boolean } | undefined; onDone: (message: string) => void }) {
  const [value, setValue] = useState(String(proposal?.proposed || ''));
  const [notAttested, setNotAttested] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    try {
      await api(path, { method: 'PUT', body: notAttested ? { notAttested: true, reason } : { value: Number(value), ...(reason ? { reason } : {}) } });
      onDone(`Итоговая отметка поставлена: ${who} — ${notAttested ? 'н/а' : value}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'не поставлена');
    }
  };
  return (
    <form className="record" onSubmit={submit} aria-labelledby="final-title">
      <h2 id="final-title">Итоговая отметка за период: {who}</h2>
      <p>
        {proposal && proposal.average > 0 ? `Средний балл ${average(proposal.average)}, предлагается ${proposal.proposed}.` : 'Отметок для среднего балла нет.'}
        {proposal?.notEnoughMarks ? ' Отметок меньше, чем нужно для итоговой (004 §5).' : ''}
      </p>
      <label>
        Отметка
        <input autoFocus inputMode="numeric" value={value} disabled={notAttested} onChange={(event) => setValue(event.target.value)} />
      </label>
      {proposal?.notEnoughMarks && (
        <label className="inline">
          <input type="checkbox" checked={notAttested} onChange={(event) => setNotAttested(event.target.checked)} /> «н/а» — не аттестован
        </label>
      )}
      <label>
        Причина (если отметка не та, что предложена, или отметок мало)
        <input value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
      </label>
      <FormError error={error} />
      <FormActions submit="Поставить" onCancel={() => onDone('')} />
    </form>
  );
}
