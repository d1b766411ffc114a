/**
 * The kinds of a pupil's movement in the school's movement book (004 §4.2.4), in its words: curriculum
 * records them, reports list them.
 */
export const MOVEMENT_KIND_NAMES = {
  ENROL: 'зачисление',
  TRANSFER: 'перевод в другой класс',
  TRANSFER_IN: 'прибытие из другой школы',
  TRANSFER_OUT: 'выбытие в другую школу',
  EXPEL: 'отчисление',
  PROMOTE: 'перевод в следующий класс',
  GRADUATE: 'выпуск',
} as const;

export type MovementKind = keyof typeof MOVEMENT_KIND_NAMES;
