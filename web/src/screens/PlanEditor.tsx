// A calendar-thematic plan (КТП) written as teachers write one: a topic a line, its hours after a semicolon.
import { useState, type FormEvent } from 'react';
import { SETUP_KEYS, type ThematicPlan } from '../api/setup';
import { FormError } from './parts';
import { useChange } from './setup/steps';

/** Hours as Russian writes them: «1,5». */
export const hoursText = (hours: number) => String(hours).replace('.', ',');

/** Hours, or a dash while they are not known. */
export const hoursOrDash = (hours: number | undefined) => (hours === undefined ? '—' : hoursText(hours));

/** «Натуральные числа; 4» → a topic of 4 hours; the lines are numbered in order. */
export function topicsOf(text: string): { topics: Array<{ number: number; title: string; hours: number }>; wrong: number } {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const topics = lines.map((line, index) => {
    const match = /^(.*?)[;\t]\s*(\d+(?:[.,]\d+)?)\s*(?:ч\.?)?$/.exec(line);
    return match ? { number: index + 1, title: match[1].trim(), hours: Number(match[2].replace(',', '.')) } : { number: index + 1, title: line, hours: Number.NaN };
  });
  return { topics, wrong: topics.findIndex((topic) => !topic.title || !(topic.hours > 0)) };
}

/**
 * The КТП of a grade's subject — the school's, or with `teacherId` a teacher's own — saved as a draft
 * (a saved change of an approved plan is a draft again); the administration approves it when its hours
 * equal the curriculum's (003 §4.2, 004 §4.2.5). `onSaved` is told what was done.
 */
export function PlanEditor({ yearId, grade, subjectId, subjectName, teacherId, plan, onSaved }: { yearId: string; grade: number; subjectId: string; subjectName: string; teacherId?: string; plan: ThematicPlan | undefined; onSaved: (said: string) => void }) {
  const change = useChange(yearId);
  const [text, setText] = useState(plan?.topics.map((topic) => `${topic.title}; ${hoursText(topic.hours)}`).join('\n') ?? '');
  const parsed = topicsOf(text);
  const total = parsed.topics.reduce((sum, topic) => sum + (topic.hours || 0), 0);
  const said = `${teacherId ? 'Ваше КТП' : 'КТП'} сохранено (черновик): ${grade} классы, ${subjectName}`;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (parsed.topics.length === 0) return change.refuse('Нет ни одной темы');
    if (parsed.wrong >= 0) return change.refuse(`Строка ${parsed.wrong + 1}: нужны тема и через точку с запятой число часов, например «Натуральные числа; 4»`);
    const saved = await change.send(`/years/${yearId}/thematic-plans`, 'PUT', { grade, subjectId, ...(teacherId ? { teacherId } : {}), topics: parsed.topics }, said, [SETUP_KEYS.plans(yearId)]);
    if (saved) onSaved(said);
  };

  return (
    <form onSubmit={(event) => void save(event)} className="plan-editor">
      <label>
        {teacherId ? 'Темы вашего КТП' : 'Темы КТП школы'}: {grade} классы, {subjectName} — тема и часы через точку с запятой, по теме в строке
        <textarea rows={8} value={text} onChange={(event) => setText(event.target.value)} placeholder={'Натуральные числа; 4\nДроби; 6'} />
      </label>
      <p className="hint">
        Тем: {parsed.topics.length}, часов: {hoursText(total)}
      </p>
      <FormError error={change.error} />
      <button type="submit">Сохранить КТП</button>
    </form>
  );
}
