import { hasRole, type Principal } from './principal';

// The beginnings of the platform's one policy (issue: identity and access builds the full table).
// Regional operator: runs the platform for all schools (001 §8). Anyone with a grant in a school
// works in that school's scope.

/** The caller may see data of this school: the regional operator, or any grant scoped to it. */
export function isInSchoolScope(principal: Principal, schoolId: string): boolean {
  return hasRole(principal, 'region_operator') || principal.grants.some((grant) => grant.schoolId === schoolId);
}
