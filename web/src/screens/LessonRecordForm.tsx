import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { dayTitle } from '../format';

export interface LessonRecord {
  lessonId: string;
  date: string;
  number: number;
  status: string;
  topic: string;
  homework: string;
  noHomework: boolean;
  conducted: boolean;
  onTime: boolean;
}

/** The lesson's record (001 §9.2.1): topic, homework or «без задания». */
export function LessonRecordForm({ lesson, onSaved, onClose }: { lesson: LessonRecord; onSaved: () => void; onClose: () => void }) {
  const [topic, setTopic] = useState(lesson.topic);
  const [homework, setHomework] = useState(lesson.homework);
  const [noHomework, setNoHomework] = useState(lesson.noHomework);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    setSaved(false);
    try {
      await api(`/lessons/${lesson.lessonId}/record`, { method: 'PUT', body: noHomework ? { topic, noHomework: true } : { topic, homework } });
      setSaved(true);
      onSaved();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'не сохранено');
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="record-title">
      <h2 id="record-title">
        Урок {lesson.number}, {dayTitle(lesson.date)}
      </h2>
      <label>
        Тема урока
        <input name="topic" value={topic} maxLength={500} onChange={(event) => setTopic(event.target.value)} />
      </label>
      <label>
        Домашнее задание
        <textarea name="homework" value={homework} maxLength={2000} disabled={noHomework} onChange={(event) => setHomework(event.target.value)} />
      </label>
      <label className="inline">
        <input type="checkbox" checked={noHomework} onChange={(event) => setNoHomework(event.target.checked)} /> Без задания
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{saved ? 'Тема и задание сохранены' : ''}</p>
      <div className="actions">
        <button type="submit">Сохранить</button>
        <button type="button" onClick={onClose}>
          Закрыть
        </button>
      </div>
    </form>
  );
}
