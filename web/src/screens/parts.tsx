// Pieces every screen's forms and weeks share.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSchoolClass } from '../api/school';
import { addDays, mondayOf, today, weekTitle } from '../format';

/** A form's fields kept together: `field('login')` gives an input its value and change handler. */
export function useFields<T extends Record<string, string>>(initial: T) {
  const [fields, setFields] = useState(initial);
  const field = (name: keyof T) => ({ value: fields[name], onChange: (event: { target: { value: string } }) => setFields((before) => ({ ...before, [name]: event.target.value })) });
  return { fields, setFields, field };
}

/** What the server said was wrong, read out to screen readers. */
export function FormError({ error }: { error: string }) {
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {error}
    </p>
  );
}

/** What the last change came to: its line as a status, or what was wrong as an alert (useOutcome). */
export function OutcomeLines({ message, error }: { message: string; error: string }) {
  return (
    <>
      <p role="status" className="status">
        {message}
      </p>
      <FormError error={error} />
    </>
  );
}

/** A form's submit button beside its cancel (or close) button. */
export function FormActions({ submit, cancel = 'Отмена', onCancel, disabled = false }: { submit: string; cancel?: string; onCancel: () => void; disabled?: boolean }) {
  return (
    <div className="actions">
      <button type="submit" disabled={disabled}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}

/** The week shown and the buttons to the weeks before and after it. */
export function WeekNav({ monday, onChange }: { monday: string; onChange: (monday: string) => void }) {
  return (
    <nav className="week-nav" aria-label="Неделя">
      <button type="button" onClick={() => onChange(addDays(monday, -7))}>
        ← Предыдущая неделя
      </button>
      <span aria-live="polite">Неделя: {weekTitle(monday)}</span>
      <button type="button" onClick={() => onChange(addDays(monday, 7))}>
        Следующая неделя →
      </button>
    </nav>
  );
}

/** The week a screen shows, kept in the address (?week=, any day of it) so a week can be shared or bookmarked; this week by default. */
export function useWeek(): [monday: string, setMonday: (monday: string) => void] {
  const [search, setSearch] = useSearchParams();
  const asked = search.get('week') ?? '';
  const monday = mondayOf(/^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : today());
  return [monday, (next) => setSearch({ week: next })];
}

/** A class by its name (asked once per class and kept). */
export function ClassName({ classId }: { classId: string }) {
  const found = useSchoolClass(classId);
  return <>{found.data?.name ?? 'класс'}</>;
}
