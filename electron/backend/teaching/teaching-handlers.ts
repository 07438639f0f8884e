import { teachingApi } from '../../../core/api/teaching-api';
import { assignmentReach } from '../auth/scope';
import { actingUser, defineHandlers } from '../handler';
import { listCurriculum, listSubjects, listAssignments } from './teaching-repository';
import {
  addDefaultSubjects,
  listTimetable,
  removeAssignment,
  removeSlot,
  saveAssignment,
  saveSubject,
  setCurriculumHours,
  setSlot,
  teachingLoad,
} from './teaching-service';

export const teachingHandlers = defineHandlers(teachingApi, {
  'subjects.list': (ctx) => ({ subjects: listSubjects(ctx.db) }),
  'subjects.addDefaults': (ctx) => ({ added: addDefaultSubjects(ctx.db, actingUser(ctx), ctx.now()) }),
  'subjects.save': (ctx, input) => saveSubject(ctx.db, actingUser(ctx), input, ctx.now()),
  'curriculum.list': (ctx) => ({ entries: listCurriculum(ctx.db) }),
  'curriculum.set': (ctx, input) => {
    setCurriculumHours(ctx.db, actingUser(ctx), input, ctx.now());
    return {};
  },
  'assignments.list': (ctx, input) => ({ assignments: listAssignments(ctx.db, input).filter(assignmentReach(ctx.db, actingUser(ctx), 'journals.read')) }),
  'assignments.save': (ctx, input) => saveAssignment(ctx.db, actingUser(ctx), input, ctx.now()),
  'assignments.remove': (ctx, input) => {
    removeAssignment(ctx.db, actingUser(ctx), input.id, ctx.now());
    return {};
  },
  'timetable.list': (ctx, input) => {
    const { slots } = listTimetable(ctx.db, input);
    const reaches = assignmentReach(ctx.db, actingUser(ctx), 'journals.read');
    return { slots: slots.filter((slot) => reaches(slot.assignment)) };
  },
  'timetable.setSlot': (ctx, input) => setSlot(ctx.db, actingUser(ctx), input, ctx.now()),
  'timetable.removeSlot': (ctx, input) => {
    removeSlot(ctx.db, actingUser(ctx), input.id, ctx.now());
    return {};
  },
  'teaching.load': (ctx, input) => teachingLoad(ctx.db, input),
});
