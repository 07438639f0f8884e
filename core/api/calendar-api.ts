import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { method } from './method';

export const dayOffKindSchema = z.enum(['holiday', 'break']);

export const dayOffSchema = z
  .object({
    id: idSchema,
    kind: dayOffKindSchema,
    name: z.string().trim().min(1).max(100),
    start: z.iso.date(),
    /** Last day off, inclusive. */
    end: z.iso.date(),
  })
  .refine((day) => day.start <= day.end, { path: ['end'], message: 'end must not precede start' });
export type DayOff = z.infer<typeof dayOffSchema>;

export const calendarApi = {
  'calendar.daysOff': method(
    'journals.read',
    z.object({ from: z.iso.date(), to: z.iso.date() }),
    z.object({ daysOff: z.array(dayOffSchema).max(2_000) }),
  ),
  'calendar.addDayOff': method(
    'academic.manage',
    z.object({ kind: dayOffKindSchema, name: z.string().trim().min(1).max(100), start: z.iso.date(), end: z.iso.date() }).refine((d) => d.start <= d.end, {
      path: ['end'],
      message: 'end must not precede start',
    }),
    z.object({ id: idSchema }),
  ),
  'calendar.removeDayOff': method('academic.manage', z.object({ id: idSchema }), z.object({})),
  /** Adds the country's public holidays falling within the academic year that the calendar does not hold yet. */
  'calendar.addPublicHolidays': method('academic.manage', z.object({ academicYearId: idSchema }), z.object({ added: z.number().int() })),
  /** The teaching days of a period: Monday to Friday, without the holidays and breaks of the calendar. */
  'calendar.teachingDays': method('journals.read', z.object({ periodId: idSchema }), z.object({ days: z.array(z.iso.date()).max(400) })),
};
