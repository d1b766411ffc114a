/** The id of an approved КТП: by year, grade, subject and teacher ('-' for the school's own). */
export const thematicPlanKey = (yearId: string, grade: number, subjectId: string, teacherId: string) => `${yearId}:${grade}:${subjectId}:${teacherId || '-'}`;

/**
 * The КТП a lesson's topics come from (003 §4.2), in the order they are looked for: the teacher's own,
 * else the school's for the grade and subject. None for a lesson not placed in a year.
 */
export function thematicPlanKeys(lesson: { yearId?: string; grade: number; teacherId: string }, subjectId: string): string[] {
  if (!lesson.yearId) return [];
  return [thematicPlanKey(lesson.yearId, lesson.grade, subjectId, lesson.teacherId), thematicPlanKey(lesson.yearId, lesson.grade, subjectId, '')];
}
