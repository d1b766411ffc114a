import { hasRole, isInSchoolScope, type Principal } from '@ejournal/kit';

// Who may do what with schools (DOMAIN.md, "Who uses it"): the regional operator runs the platform
// for all schools (001 §8); staff of a school see their own school.

export function mayRegisterSchool(principal: Principal): boolean {
  return hasRole(principal, 'region_operator');
}

export const mayReadSchool = isInSchoolScope;
