/**
 * A teacher's request to change a mark after the correction window (004 §4.1), as filling control counts
 * the ones still open per teacher and per page (002 §3.6): opened by gradebook.change-request.opened, ended
 * by .decided. A decision is final: one that comes before the opening (events may come out of order) keeps
 * the request decided, and an opening told again changes nothing.
 */
export interface KeptChangeRequest {
  /** The request's id. */
  _id: string;
  version: number;
  schoolId: string;
  classId: string;
  groupId: string;
  subjectId: string;
  teacherId: string;
  /** The lesson's date. */
  date: string;
  state: 'open' | 'decided';
}

export type RequestFacts = Omit<KeptChangeRequest, '_id' | 'version' | 'state'>;

export const blankChangeRequest = (requestId: string, facts: RequestFacts): KeptChangeRequest => ({ _id: requestId, version: 0, ...facts, state: 'open' });

export function withOpenedRequest(kept: KeptChangeRequest, facts: RequestFacts): KeptChangeRequest | null {
  if (kept.version > 0) return null;
  return { ...kept, ...facts, state: 'open' };
}

export function withDecidedRequest(kept: KeptChangeRequest, facts: RequestFacts): KeptChangeRequest | null {
  if (kept.version > 0 && kept.state === 'decided') return null;
  return { ...kept, ...facts, state: 'decided' };
}

/** Open requests counted per teacher and per page (`classId|groupId|subjectId`). */
export function openRequestCounts(requests: KeptChangeRequest[]): { byTeacher: Map<string, number>; byPage: Map<string, number> } {
  const byTeacher = new Map<string, number>();
  const byPage = new Map<string, number>();
  for (const request of requests) {
    if (request.state !== 'open') continue;
    byTeacher.set(request.teacherId, (byTeacher.get(request.teacherId) ?? 0) + 1);
    const page = `${request.classId}|${request.groupId}|${request.subjectId}`;
    byPage.set(page, (byPage.get(page) ?? 0) + 1);
  }
  return { byTeacher, byPage };
}
