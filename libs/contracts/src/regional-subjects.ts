/**
 * The regional catalogue of subjects (ФГОС): the same for every school of the region, so every service
 * may know it. Ids are stable: events, grants and imports refer to them. A school's own subjects have
 * UUIDs and travel in curriculum.subject.added.
 */
export const REGIONAL_SUBJECT_CATALOGUE: ReadonlyArray<{ id: string; name: string; shortName: string }> = [
  { id: 'rus', name: 'Русский язык', shortName: 'Рус. яз.' },
  { id: 'lit', name: 'Литература', shortName: 'Лит.' },
  { id: 'read', name: 'Литературное чтение', shortName: 'Лит. чт.' },
  { id: 'eng', name: 'Иностранный язык (английский)', shortName: 'Англ. яз.' },
  { id: 'ger', name: 'Иностранный язык (немецкий)', shortName: 'Нем. яз.' },
  { id: 'math', name: 'Математика', shortName: 'Матем.' },
  { id: 'alg', name: 'Алгебра', shortName: 'Алг.' },
  { id: 'geom', name: 'Геометрия', shortName: 'Геом.' },
  { id: 'prob', name: 'Вероятность и статистика', shortName: 'Вер. и стат.' },
  { id: 'inf', name: 'Информатика', shortName: 'Информ.' },
  { id: 'world', name: 'Окружающий мир', shortName: 'Окр. мир' },
  { id: 'hist', name: 'История', shortName: 'Ист.' },
  { id: 'soc', name: 'Обществознание', shortName: 'Общ.' },
  { id: 'geo', name: 'География', shortName: 'Геогр.' },
  { id: 'bio', name: 'Биология', shortName: 'Биол.' },
  { id: 'phys', name: 'Физика', shortName: 'Физ.' },
  { id: 'chem', name: 'Химия', shortName: 'Хим.' },
  { id: 'music', name: 'Музыка', shortName: 'Муз.' },
  { id: 'art', name: 'Изобразительное искусство', shortName: 'ИЗО' },
  { id: 'tech', name: 'Труд (технология)', shortName: 'Труд' },
  { id: 'pe', name: 'Физическая культура', shortName: 'Физ-ра' },
  { id: 'obzr', name: 'Основы безопасности и защиты Родины', shortName: 'ОБЗР' },
  { id: 'orkse', name: 'Основы религиозных культур и светской этики', shortName: 'ОРКСЭ' },
  { id: 'odnknr', name: 'Основы духовно-нравственной культуры народов России', shortName: 'ОДНКНР' },
];

export const isRegionalSubject = (id: string) => REGIONAL_SUBJECT_CATALOGUE.some((subject) => subject.id === id);
