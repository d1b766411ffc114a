import { derivedId } from '@ejournal/kit';

/** A journal page's id: derived from what places it, so any event or request finds the same page. */
export function derivedPageId(classId: string, groupId: string, subjectId: string, periodId: string): string {
  return derivedId(`page:${classId}:${groupId || '-'}:${subjectId}:${periodId}`);
}
