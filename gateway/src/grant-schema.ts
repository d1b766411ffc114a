import { ROLES } from '@ejournal/kit';
import { z } from 'zod';
import { field } from './validation';

/** A role in a scope, as tokens carry it and requests send it. */
export const grantSchema = z.object({
  role: z.enum(ROLES.filter((role) => role !== 'service') as [string, ...string[]], { error: `роль: одна из ${ROLES.filter((r) => r !== 'service').join(', ')}` }),
  schoolId: field.id('школа').optional(),
  classId: field.id('класс').optional(),
  groupId: field.id('группа').optional(),
  subjectId: field.id('предмет').optional(),
  childId: field.id('ученик').optional(),
  personId: field.id('ученик (сам)').optional(),
  source: field.text('источник (производная роль)', 200).optional(),
  until: field.text('последний день', 10).optional(),
});
