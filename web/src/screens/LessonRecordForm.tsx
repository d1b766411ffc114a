import { useState, type FormEvent } from 'react';
import { api, openFromApi } from '../api/client';
import { dayTitle } from '../format';
import { FormActions, FormError } from './parts';

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
  topicNumber: number;
  files?: Array<{ id: string; name: string; size: number }>;
}

/** The lesson's record (001 §9.2.1): topic, homework or «без задания». */
export function LessonRecordForm({ lesson, topics, onSaved, onClose }: { lesson: LessonRecord; topics: Array<{ number: number; title: string }>; onSaved: () => void; onClose: () => void }) {
  const [topicNumber, setTopicNumber] = useState(lesson.topicNumber ?? 0);
  const [topic, setTopic] = useState(lesson.topic);
  const [homework, setHomework] = useState(lesson.homework);
  const [noHomework, setNoHomework] = useState(lesson.noHomework);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);

  const attach = async (file: File | undefined, input: HTMLInputElement) => {
    if (!file) return;
    setError('');
    try {
      await api(`/lessons/${lesson.lessonId}/homework/files?name=${encodeURIComponent(file.name)}`, { method: 'POST', file });
      input.value = '';
      onSaved();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'файл не прикреплён');
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    setSaved(false);
    try {
      // A topic picked from the КТП is recorded by its number (the plan's title); otherwise as typed.
      const subject = topicNumber > 0 ? { topicNumber } : { topic };
      await api(`/lessons/${lesson.lessonId}/record`, { method: 'PUT', body: noHomework ? { ...subject, noHomework: true } : { ...subject, homework } });
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
      {topics.length > 0 && (
        <label>
          Тема по КТП
          <select value={topicNumber} onChange={(event) => setTopicNumber(Number(event.target.value))}>
            <option value={0}>— своя тема —</option>
            {topics.map((candidate) => (
              <option key={candidate.number} value={candidate.number}>
                {candidate.number}. {candidate.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Тема урока
        <input name="topic" value={topicNumber > 0 ? (topics.find((candidate) => candidate.number === topicNumber)?.title ?? topic) : topic} disabled={topicNumber > 0} maxLength={500} onChange={(event) => setTopic(event.target.value)} />
      </label>
      <label>
        Домашнее задание
        <textarea name="homework" value={homework} maxLength={2000} disabled={noHomework} onChange={(event) => setHomework(event.target.value)} />
      </label>
      <div>
        {(lesson.files ?? []).map((file) => (
          <p key={file.id}>
            <button type="button" className="link" onClick={() => openFromApi(`/lessons/${lesson.lessonId}/homework/files/${file.id}`, { saveAs: file.name }).catch((failure: Error) => setError(failure.message))}>
              {file.name}
            </button>{' '}
            <span className="muted">({Math.ceil(file.size / 1024)} КБ)</span>
          </p>
        ))}
        <label>
          Прикрепить файл к заданию (до 5 МБ)
          <input type="file" disabled={noHomework} onChange={(event) => void attach(event.target.files?.[0], event.target)} />
        </label>
      </div>
      <label className="inline">
        <input type="checkbox" checked={noHomework} onChange={(event) => setNoHomework(event.target.checked)} /> Без задания
      </label>
      <FormError error={error} />
      <p role="status">{saved ? 'Тема и задание сохранены' : ''}</p>
      <FormActions submit="Сохранить" cancel="Закрыть" onCancel={onClose} />
    </form>
  );
}
