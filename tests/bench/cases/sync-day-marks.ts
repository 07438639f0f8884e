import { insertMark, type MarkWrite } from '../../../electron/backend/journals/mark-repository';
import { defineBenchCase } from '../bench-case';
import { closePc, expectMarksOnServer, journalPc, syncAll, type JournalPc } from '../journal-sync-setup';

const warmup = 1;
const iterations = 3;

interface DayMarks {
  date: string;
  marks: (MarkWrite & { updatedBy: string })[];
}

/** The marks of the demo's last school day with marks: what the school's teachers enter in one day (~3,000). */
function lastDayMarks(pc: JournalPc): DayMarks {
  const db = pc.backend.db;
  const date = db.prepare('SELECT max(l.date) FROM lessons l JOIN marks m ON m.lesson_id = l.id AND m.deleted = 0').pluck().get() as string | null;
  if (!date) throw new Error('the demo has no marks');
  const marks = db
    .prepare(
      `SELECT m.id, m.lesson_id AS lessonId, m.student_id AS studentId, m.value, m.kind, m.attendance, m.note, m.entered_on AS enteredOn,
         m.timeliness, m.unlock_id AS unlockId, m.updated_by AS updatedBy
       FROM marks m JOIN lessons l ON l.id = m.lesson_id WHERE l.date = ? AND m.deleted = 0`,
    )
    .all(date) as DayMarks['marks'];
  return { date, marks };
}

/**
 * Sync all after a school day: the server holds everything else already (the demo's journals from 1 September), the
 * PC has that day's marks of every class (~3,000) to push. Each run has its own PC and server: the day's marks are
 * taken out of a copy of the demo before its first Sync all and written again after it with the journal's repository,
 * as the teachers enter them that day. Fails unless the server then holds every mark.
 */
export default defineBenchCase<JournalPc[]>({
  name: 'sync-day-marks',
  title: "Sync all of a day's marks of the school (~3,000)",
  budgetMs: 1000,
  figure: 'max',
  warmup,
  iterations,
  async setup(fixtures) {
    const seeded = await fixtures.demoJournals();
    const pcs: JournalPc[] = [];
    for (let i = 0; i < warmup + iterations; i++) {
      const pc = await journalPc(fixtures, seeded);
      const day = lastDayMarks(pc);
      const remove = pc.backend.db.prepare('DELETE FROM marks WHERE id = ?');
      pc.backend.db.transaction(() => day.marks.forEach((m) => remove.run(m.id)))();
      await syncAll(pc);
      const enteredAt = new Date();
      pc.backend.db.transaction(() => day.marks.forEach(({ updatedBy, ...mark }) => insertMark(pc.backend.db, mark, enteredAt, updatedBy)))();
      if (i === 0) console.log(`  (${day.marks.length} marks of ${day.date} to push)`);
      pcs.push(pc);
    }
    return pcs;
  },
  async iteration(pcs, index) {
    const pc = pcs[index];
    if (!pc) throw new Error('no prepared office PC');
    await syncAll(pc);
    expectMarksOnServer(pc);
  },
  async teardown(pcs) {
    for (const pc of pcs) await closePc(pc);
  },
});
