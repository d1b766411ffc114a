// The school's data several screens show, each asked once and cached under one key.
import { useQuery } from '@tanstack/react-query';
import { today } from '../format';
import { api } from './client';

export interface PupilName {
  personId: string;
  lastName: string;
  firstName: string;
}

export const useSchoolClass = (classId: string) =>
  useQuery({ queryKey: ['class', classId], queryFn: () => api<{ name: string; schoolId: string; yearId: string; grade: number; groups: Array<{ id: string; subjectId: string; name: string }> }>(`/classes/${classId}`), enabled: Boolean(classId), staleTime: 600_000 });

export const useCatalogue = (schoolId: string) =>
  useQuery({ queryKey: ['catalogue', schoolId], queryFn: () => api<{ subjects: Array<{ id: string; name: string }> }>(`/schools/${schoolId}/catalogue`), enabled: Boolean(schoolId), staleTime: 600_000 });

/** A class's pupils by name (for those who teach or keep it), and a pupil's name by id. */
export function usePupilNames(classId: string) {
  const names = useQuery({ queryKey: ['pupil-names', classId], queryFn: () => api<{ pupils: PupilName[] }>(`/classes/${classId}/pupil-names`), enabled: Boolean(classId), staleTime: 300_000 });
  const byId = new Map((names.data?.pupils ?? []).map((pupil) => [pupil.personId, `${pupil.lastName} ${pupil.firstName}`]));
  // A pupil who has left the class since is no longer on its list of names.
  return { names, nameOf: (studentId: string) => byId.get(studentId) ?? 'Выбывший ученик' };
}

export interface SchoolClass {
  id: string;
  name: string;
  grade: number;
}

export interface SchoolYearBrief {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  status: string;
}

/** The school's current year: the open year that holds today, else its latest open year. */
export function useCurrentYear(schoolId: string, enabled = true) {
  const years = useQuery({
    queryKey: ['years', schoolId],
    queryFn: () => api<{ years: SchoolYearBrief[] }>(`/schools/${schoolId}/years`),
    enabled: enabled && Boolean(schoolId),
  });
  const day = today();
  const open = (years.data?.years ?? []).filter((year) => year.status !== 'transitioned');
  const year = open.find((candidate) => candidate.startsOn <= day && day <= candidate.endsOn) ?? open.at(-1);
  return { year, pending: enabled && Boolean(schoolId) && years.isPending, error: years.error };
}

/** The classes of the school's current year (the administration addresses any of them). */
export function useSchoolClasses(schoolId: string, enabled: boolean) {
  const current = useCurrentYear(schoolId, enabled);
  const year = current.year;
  const classes = useQuery({
    queryKey: ['year-classes', year?.id],
    queryFn: () => api<{ classes: SchoolClass[] }>(`/years/${year!.id}/classes`),
    enabled: enabled && Boolean(year),
    staleTime: 300_000,
  });
  const sorted = [...(classes.data?.classes ?? [])].sort((a, b) => a.grade - b.grade || a.name.localeCompare(b.name, 'ru'));
  return { classes: sorted, pending: current.pending || (Boolean(year) && enabled && classes.isPending), error: current.error ?? classes.error };
}
