import type { JournalPeriodOverview } from '../../core/overview/journal-overview';
import type { ServerDb } from '../storage/database';

type Data = Record<string, unknown>;

/** The journal types (and what they hang on) the aggregates read; cards are never read. */
const readTypes = ['period', 'class', 'enrollment', 'assignment', 'lesson', 'mark', 'periodGrade', 'periodClosure'];

interface PeriodTally {
  row: JournalPeriodOverview;
  academicYear: string;
  grades: Map<number, { count: number; sum: number }>;
}

const late = (timeliness: unknown) => timeliness === 'late' || timeliness === 'needs_permission';

/** A share or mean as two decimals, the way the overview shows it; null when there is nothing to divide. */
function ratio(part: number, whole: number): string | null {
  return whole === 0 ? null : (Math.round((part / whole) * 100) / 100).toFixed(2);
}

/**
 * A school's journals per period, in counts (DESIGN §11): lessons held and with a topic, attendance over the places of
 * the lessons held, late entries, mean final grades per grade level. Read from the school's live journal records in one
 * query and tallied in memory: no mark, name or id leaves this function. `today` bounds the lessons held (UTC date).
 */
export async function schoolJournalAggregates(db: ServerDb, schoolId: string, today: string): Promise<JournalPeriodOverview[]> {
  const rows = await db.selectFrom('records').select(['id', 'type', 'data']).where('school_id', '=', schoolId).where('type', 'in', readTypes).where('deleted', '=', 0).execute();
  const byType = new Map<string, { id: string; data: Data }[]>(readTypes.map((t) => [t, []]));
  for (const row of rows) if (row.data !== null) byType.get(row.type)?.push({ id: row.id, data: JSON.parse(row.data) as Data });
  const of = (type: string) => byType.get(type) ?? [];

  const closed = new Set(of('periodClosure').map((c) => String(c.data.periodId)));
  const periods = new Map<string, PeriodTally>();
  for (const { id, data } of of('period')) {
    periods.set(id, {
      academicYear: String(data.academicYear),
      grades: new Map(),
      row: {
        academicYear: String(data.academicYear),
        number: Number(data.number),
        name: String(data.name),
        start: String(data.start),
        end: String(data.end),
        closed: closed.has(id),
        lessonsHeld: 0,
        lessonsWithTopic: 0,
        topicShare: null,
        attendance: { places: 0, absent: 0, excused: 0, late: 0, rate: null },
        lateEntries: { topics: 0, marks: 0 },
        grades: [],
      },
    });
  }
  const classes = new Map(of('class').map(({ id, data }) => [id, { academicYear: String(data.academicYear), grade: Number(data.grade) }]));
  const assignments = new Map(of('assignment').map(({ id, data }) => [id, String(data.classId)]));
  const enrollments = new Map<string, { from: string; to: string | null }[]>();
  for (const { data } of of('enrollment')) {
    const list = enrollments.get(String(data.classId)) ?? [];
    list.push({ from: String(data.from), to: typeof data.to === 'string' ? data.to : null });
    enrollments.set(String(data.classId), list);
  }
  const periodOf = (academicYear: string, date: string) => [...periods.values()].find((p) => p.academicYear === academicYear && p.row.start <= date && date <= p.row.end);
  const classOf = (assignmentId: unknown) => classes.get(assignments.get(String(assignmentId)) ?? '');

  const heldLessons = new Map<string, PeriodTally>();
  for (const { id, data } of of('lesson')) {
    const date = String(data.date);
    const schoolClass = classOf(data.assignmentId);
    const tally = schoolClass && data.cancelled !== true && date <= today ? periodOf(schoolClass.academicYear, date) : undefined;
    if (!tally) continue;
    heldLessons.set(id, tally);
    tally.row.lessonsHeld += 1;
    if (String(data.topic).trim() !== '') tally.row.lessonsWithTopic += 1;
    if (late(data.topicTimeliness)) tally.row.lateEntries.topics += 1;
    const enrolled = enrollments.get(assignments.get(String(data.assignmentId)) ?? '') ?? [];
    tally.row.attendance.places += enrolled.filter((e) => e.from <= date && (e.to === null || e.to > date)).length;
  }
  for (const { data } of of('mark')) {
    const tally = heldLessons.get(String(data.lessonId));
    if (!tally) continue;
    if (data.attendance === 'absent') tally.row.attendance.absent += 1;
    if (data.attendance === 'excused') tally.row.attendance.excused += 1;
    if (data.attendance === 'late') tally.row.attendance.late += 1;
    if (late(data.timeliness)) tally.row.lateEntries.marks += 1;
  }
  for (const { data } of of('periodGrade')) {
    const tally = data.scope === 'period' ? periods.get(String(data.periodId)) : undefined;
    const schoolClass = classOf(data.assignmentId);
    if (!tally || !schoolClass || typeof data.final !== 'number') continue;
    const grade = tally.grades.get(schoolClass.grade) ?? { count: 0, sum: 0 };
    grade.count += 1;
    grade.sum += data.final;
    tally.grades.set(schoolClass.grade, grade);
  }
  return [...periods.values()]
    .map(({ row, grades }) => {
      const { places, absent, excused } = row.attendance;
      return {
        ...row,
        topicShare: ratio(row.lessonsWithTopic, row.lessonsHeld),
        attendance: { ...row.attendance, rate: ratio(places - absent - excused, places) },
        grades: [...grades.entries()].sort(([a], [b]) => a - b).map(([grade, { count, sum }]) => ({ grade, count, mean: ratio(sum, count) ?? '0.00' })),
      };
    })
    .sort((a, b) => b.start.localeCompare(a.start) || b.number - a.number);
}
