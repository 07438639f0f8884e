import { z } from 'zod';
import { schoolSchema } from '../schemas/school';
import { method } from './method';

export const schoolApi = {
  'school.get': method('authenticated', z.object({}), z.object({ school: schoolSchema })),
  'school.update': method('school.admin', z.object({ school: schoolSchema }), z.object({ school: schoolSchema })),
  'home.summary': method(
    'authenticated',
    z.object({}),
    z.object({
      students: z.object({ total: z.number(), error: z.number(), warning: z.number() }),
      staff: z.object({ total: z.number(), error: z.number(), warning: z.number() }),
    }),
  ),
};
