import { call } from '../backend-call';
import { defineBenchCase } from '../bench-case';
import { benchJournal } from '../journal-setup';

/** One cell of the journal grid saved: the checks (scale, class, period closure, timeliness), the write and its audit row. */
export default defineBenchCase({
  name: 'save-mark',
  title: 'save one mark (checks + audit)',
  budgetMs: 3,
  figure: 'p95',
  warmup: 30,
  iterations: 500,
  setup: (fixtures) => benchJournal(fixtures, 'save-mark'),
  async iteration({ backend, session, studentIds, lessonIds }, index) {
    const studentId = studentIds[index % studentIds.length];
    const lessonId = lessonIds[Math.floor(index / studentIds.length) % lessonIds.length];
    if (!studentId || !lessonId) throw new Error('the journal has no students or lessons');
    await call(backend, 'journals.setMark', { lessonId, studentId, value: 1 + (index % 12) }, session);
  },
  teardown: ({ backend }) => {
    backend.close();
  },
});
