import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { ABSENCES } from '../format';
import { FormError } from './parts';

/**
 * Who was not at the lesson (000 §9.1): the teacher marks the whole class at once — everyone not
 * marked was present. Reasons from documents are the class teacher's to correct later.
 */
export function LessonAttendance({ lessonId, pupils, absences, onDone }: { lessonId: string; pupils: Array<{ id: string; name: string }>; absences: Array<{ studentId: string; code: string }>; onDone: () => void }) {
  const [codes, setCodes] = useState<Record<string, string>>(Object.fromEntries(absences.map((absence) => [absence.studentId, absence.code])));
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    setSaved('');
    try {
      const marked = Object.entries(codes).filter(([, code]) => code !== '').map(([studentId, code]) => ({ studentId, code }));
      await api(`/lessons/${lessonId}/attendance`, { method: 'PUT', body: { absences: marked } });
      setSaved(`Посещаемость сохранена: отсутствовали ${marked.filter((absence) => absence.code !== 'О').length}, опоздали ${marked.filter((absence) => absence.code === 'О').length}`);
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'не сохранено');
    }
  };
  return (
    <form onSubmit={submit} aria-labelledby="attendance-title">
      <h3 id="attendance-title">Посещаемость</h3>
      <table className="report">
        <tbody>
          {pupils.map((pupil) => (
            <tr key={pupil.id}>
              <th scope="row">{pupil.name}</th>
              <td>
                <select aria-label={`Посещаемость: ${pupil.name}`} value={codes[pupil.id] ?? ''} onChange={(event) => setCodes({ ...codes, [pupil.id]: event.target.value })}>
                  <option value="">был(а)</option>
                  {Object.entries(ABSENCES).map(([code, meaning]) => (
                    <option key={code} value={code}>
                      {code} — {meaning}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormError error={error} />
      <p role="status">{saved}</p>
      <button type="submit">Сохранить посещаемость</button>
    </form>
  );
}
