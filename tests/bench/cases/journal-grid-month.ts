import { call } from '../backend-call';
import { defineBenchCase } from '../bench-case';
import { benchJournal } from '../journal-setup';

/** A teacher opens a class-month journal of the demo: a month of generated marks and absences, and today's marks of every student. */
export default defineBenchCase({
  name: 'journal-grid-month',
  title: 'open a class-month journal grid',
  budgetMs: 100,
  figure: 'p95',
  warmup: 5,
  iterations: 60,
  async setup(fixtures) {
    const journal = await benchJournal(fixtures, 'journal-grid-month');
    let n = 0;
    for (const lessonId of journal.lessonIds) {
      for (const studentId of journal.studentIds) {
        n += 1;
        await call(journal.backend, 'journals.setMark', { lessonId, studentId, value: 1 + (n % 12), attendance: n % 17 === 0 ? 'late' : 'present' }, journal.session);
      }
    }
    return journal;
  },
  async iteration({ backend, session, assignmentId, month, lessonIds, studentIds }) {
    const grid = await call(backend, 'journals.grid', { assignmentId, span: { month } }, session);
    if (grid.rows.length !== studentIds.length || grid.lessons.length < lessonIds.length) throw new Error('the grid lost rows or lessons');
  },
  teardown: ({ backend }) => {
    backend.close();
  },
});
