import { z } from 'zod';
import { schoolSchema } from '../schemas/school';
import { method } from './method';

export const schoolApi = {
  'school.get': method(z.object({}), z.object({ school: schoolSchema })),
  'school.update': method(z.object({ school: schoolSchema }), z.object({ school: schoolSchema })),
  'home.summary': method(
    z.object({}),
    z.object({
      students: z.object({ total: z.number(), error: z.number(), warning: z.number() }),
      staff: z.object({ total: z.number(), error: z.number(), warning: z.number() }),
    }),
  ),
};
