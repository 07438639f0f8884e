import { calendarApi } from '../../../core/api/calendar-api';
import { requirePeriod } from '../journals/journal-periods';
import { actingUser, defineHandlers } from '../handler';
import { addDayOff, addPublicHolidays, daysOffBetween, removeDayOff, teachingDays } from './days-off';

export const calendarHandlers = defineHandlers(calendarApi, {
  'calendar.daysOff': (ctx, input) => ({ daysOff: daysOffBetween(ctx.db, input.from, input.to) }),
  'calendar.addDayOff': (ctx, input) => addDayOff(ctx.db, actingUser(ctx), input, ctx.now()),
  'calendar.removeDayOff': (ctx, input) => {
    removeDayOff(ctx.db, actingUser(ctx), input.id, ctx.now());
    return {};
  },
  'calendar.addPublicHolidays': (ctx, input) => ({ added: addPublicHolidays(ctx.db, actingUser(ctx), input.academicYearId, ctx.now()) }),
  'calendar.teachingDays': (ctx, input) => {
    const period = requirePeriod(ctx.db, input.periodId);
    return { days: teachingDays(ctx.db, period.start, period.end) };
  },
});
