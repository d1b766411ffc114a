
/** Roles of the platform (DOMAIN.md, "Who uses it"); `service` is another service of the platform. */
export type Role =
  | 'region_operator'
  | 'school_admin'
  | 'director'
  | 'deputy_director'
  | 'subject_teacher'
  | 'class_teacher'
  | 'parent'
  | 'interested_person'
  | 'student'
  | 'service';

/** A role in a scope: the ids say where the role applies (a school, a class, a child…). */
export interface Grant {
  role: Role;
  schoolId?: string;
  classId?: string;
  groupId?: string;
  subjectId?: string;
  /** The student a parent or interested person is linked to. */
  childId?: string;
  /** The student's own person, on a student's grant. */
  personId?: string;
  /**
   * Where a grant comes from when the school's structure implies it (curriculum's facts: the class
   * teacher's appointment, the load, the timetable, a substitution); absent on a grant made by hand.
   */
  source?: string;
  /** The last day the grant is good for (a substitute's access to the lesson); absent: no end. */
  until?: string;
}

/** Who is calling: an account (by id, never by name), its person, and its grants. */
export interface Principal {
  subject: string;
  personId?: string;
  grants: Grant[];
}

/** The schools the caller holds a role in (a lookup by id is made in these only: another school's is not there). */
export function schoolsOf(principal: Principal): string[] {
  return [...new Set(principal.grants.map((grant) => grant.schoolId).filter((schoolId): schoolId is string => Boolean(schoolId)))];
}

/** The access tokens identity issues and the gateway verifies (ES256 JWT). */
export const ACCESS_TOKEN = { issuer: 'ejournal-identity', audience: 'ejournal', lifetimeSeconds: 10 * 60 } as const;

export function hasRole(principal: Principal, role: Role, scope: Partial<Omit<Grant, 'role'>> = {}): boolean {
  return principal.grants.some(
    (grant) =>
      grant.role === role &&
      Object.entries(scope).every(([key, id]) => grant[key as keyof Omit<Grant, 'role'>] === id),
  );
}

/** How the caller stands towards the pupil whose diary they open: parent, interested person or student (003 §4.2's monitoring). */
export function viewerRole(principal: Principal): string {
  return principal.grants.find((grant) => grant.childId !== undefined || grant.role === 'student')?.role ?? 'unknown';
}
