import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { average, markText } from '../format';

interface CurrentMarks {
  subjects: Array<{ subjectId: string; subjectName: string; average: number; marks: Array<{ markId: string; values: number[]; passFail: string; workKind: string; weight: number }> }>;
}

/** A child's marks of the period by subject, with the weighted average the teacher's journal shows too (000 §9.1). */
export function PeriodMarks({ studentId, periodId }: { studentId: string; periodId: string }) {
  const marks = useQuery({ queryKey: ['period-marks', studentId, periodId], queryFn: () => api<CurrentMarks>(`/students/${studentId}/diary/marks?periodId=${periodId}`), refetchInterval: 30_000 });
  if (marks.isPending) return <p>Загрузка отметок…</p>;
  if (marks.isError) return <p role="alert" className="error">{marks.error.message}</p>;
  return (
    <section aria-labelledby="period-marks-title">
      <h2 id="period-marks-title">Отметки за период</h2>
      {marks.data.subjects.length === 0 ? (
        <p>Отметок за период пока нет.</p>
      ) : (
        <table className="report">
          <thead>
            <tr>
              <th scope="col">Предмет</th>
              <th scope="col">Отметки</th>
              <th scope="col">Средний балл</th>
            </tr>
          </thead>
          <tbody>
            {marks.data.subjects.map((subject) => (
              <tr key={subject.subjectId}>
                <th scope="row">{subject.subjectName || subject.subjectId}</th>
                <td>
                  {subject.marks.map((mark) => (
                    <span key={mark.markId} className="mark" title={`вес ${mark.weight}`}>
                      {markText(mark)}
                    </span>
                  ))}
                </td>
                <td>{subject.average > 0 ? average(subject.average) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
