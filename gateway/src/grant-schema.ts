import { ROLES } from '@ejournal/kit';
import { z } from 'zod';

/** A role in a scope, as tokens carry it and requests send it. */
export const grantSchema = z.object({
  role: z.enum(ROLES.filter((role) => role !== 'service') as [string, ...string[]], { error: `роль: одна из ${ROLES.filter((r) => r !== 'service').join(', ')}` }),
  schoolId: z.string().optional(),
  classId: z.string().optional(),
  groupId: z.string().optional(),
  subjectId: z.string().optional(),
  childId: z.string().optional(),
  personId: z.string().optional(),
});
