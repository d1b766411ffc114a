import { InvalidArgument } from '@ejournal/kit';

/** What the region operator gives to register a school. */
export interface SchoolRegistration {
  name: string;
  shortName: string;
  municipality: string;
}

const LIMITS: Record<keyof SchoolRegistration, { label: string; min: number; max: number }> = {
  name: { label: 'полное наименование', min: 5, max: 500 },
  shortName: { label: 'краткое наименование', min: 2, max: 120 },
  municipality: { label: 'муниципалитет', min: 2, max: 120 },
};

function tidy(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Checks and tidies a registration; throws InvalidArgument naming every field that is wrong. */
export function validateSchoolRegistration(input: SchoolRegistration): SchoolRegistration {
  const tidied = { name: tidy(input.name ?? ''), shortName: tidy(input.shortName ?? ''), municipality: tidy(input.municipality ?? '') };
  const violations: Record<string, string> = {};
  for (const [field, { label, min, max }] of Object.entries(LIMITS) as Array<[keyof SchoolRegistration, (typeof LIMITS)[keyof SchoolRegistration]]>) {
    const length = [...tidied[field]].length;
    if (length === 0) violations[field] = `не указано ${label}`;
    else if (length < min || length > max) violations[field] = `${label}: от ${min} до ${max} символов, а дано ${length}`;
  }
  if (Object.keys(violations).length > 0) {
    throw new InvalidArgument(`школа не зарегистрирована: ${Object.values(violations).join('; ')}`, violations);
  }
  return tidied;
}

/**
 * Two registrations name the same school when their municipality and short name match, ignoring
 * case, spacing, quotes and ё/е: a school is registered once.
 */
export function schoolIdentityKey(school: SchoolRegistration): string {
  const fold = (value: string) => value.toLowerCase().replace(/ё/g, 'е').replace(/[«»"'“”„]/g, '').replace(/\s+/g, ' ').trim();
  return `${fold(school.municipality)}|${fold(school.shortName)}`;
}
