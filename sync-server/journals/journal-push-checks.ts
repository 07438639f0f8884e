import { sql, type Kysely } from 'kysely';
import { markScale } from '../../core/grading/period-grade';
import type { Issue } from '../../core/schemas/issue';
import type { Country } from '../../core/schemas/common';
import type { RejectionCode } from '../../core/sync/push';
import type { SyncedType } from '../../core/sync/wire-data';
import type { Tables } from '../storage/tables';
import { oneOf } from '../storage/value-lists';
import type { CheckedChange } from '../sync/change-check';
import type { Decision } from '../sync/decide-change';
import type { StoredRecord } from '../sync/record-rows';

/** DESIGN §7: an unlock lasts at most 14 days from when it was granted. */
const maxUnlockMs = 14 * 86_400_000;

type Accepted = Extract<CheckedChange, { ok: true }>;
type Data = Record<string, unknown>;

/** The records a journal change refers to, by field and type (what the server checks belongs to the same school). */
const referencesOf: Partial<Record<SyncedType, readonly (readonly [field: string, type: SyncedType])[]>> = {
  curriculum: [['subjectId', 'subject']],
  assignment: [['teacherId', 'staff'], ['classId', 'class'], ['subjectId', 'subject']],
  scheduleSlot: [['assignmentId', 'assignment']],
  periodUnlock: [['periodId', 'period'], ['classId', 'class'], ['subjectId', 'subject'], ['studentId', 'student']],
  lesson: [['assignmentId', 'assignment']],
  mark: [['lessonId', 'lesson'], ['studentId', 'student']],
  periodGrade: [['studentId', 'student'], ['assignmentId', 'assignment'], ['periodId', 'period']],
  periodClosure: [['periodId', 'period']],
};

/** Types the journal checks read the data of; others (cards above all) are only looked up by id. */
const readTypes = ['lesson', 'assignment'];
const readsData = (type: string) => readTypes.includes(type) || lockTypes.includes(type) || referencesOf[type as SyncedType] !== undefined;
/** The school's types loaded whole for the closure checks: few records per school. */
const lockTypes = ['period', 'class', 'periodClosure', 'periodUnlock'];

interface Known {
  type: string;
  live: boolean;
  data: Data | null;
}

interface LockScope {
  periodId: string;
  classId: string;
  subjectId: string;
  studentId: string | null;
}

function issue(code: RejectionCode, field?: string, params?: Record<string, string | number>): Issue {
  return { code, severity: 'error', ...(field === undefined ? {} : { field }), ...(params === undefined ? {} : { params }) };
}

function parsed(text: string | null): Data | null {
  return text === null ? null : (JSON.parse(text) as Data);
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The push's checks of the journal types (DESIGN §7 "Sync", docs/sync-protocol.md "Journals"): marks and grades in the
 * school's scale, what a record refers to held by the same school (stored or in the batch), and closures and unlocks
 * enforced as the desktop does. Everything it reads is fetched once per batch (load); each change is then judged from
 * memory, so 5,000 marks cost a few queries, not one each.
 */
export class JournalPushChecks {
  private constructor(
    private readonly country: Country,
    private readonly now: Date,
    /** This school's records the checks know, as the batch has left them so far. */
    private readonly known: Map<string, Known>,
    /** Ids of other schools' records (a reference to one is refused, revealing nothing of it). */
    private readonly foreign: Set<string>,
    /** `type:id` of every well-formed, non-deleted change of the batch: a reference may name one sent with it. */
    private readonly inBatch: Set<string>,
  ) {}

  /** The school's live periods, closures and unlocks by id: what the closure check scans (a few per school). */
  private readonly periods = new Map<string, Data>();
  private readonly closures = new Map<string, Data>();
  private readonly unlocks = new Map<string, Data>();
  /** periodsOf's answers, by academic year, until a period changes: every mark of a batch asks. */
  private readonly yearPeriods = new Map<string, { id: string; start: string; end: string }[]>();

  private remember(id: string, record: Known): void {
    this.known.set(id, record);
    const index = { period: this.periods, periodClosure: this.closures, periodUnlock: this.unlocks }[record.type];
    if (!index) return;
    if (index === this.periods) this.yearPeriods.clear();
    if (record.live && record.data) index.set(id, record.data);
    else index.delete(id);
  }

  static async load(db: Kysely<Tables>, school: { id: string; country: Country }, checks: readonly CheckedChange[], stored: ReadonlyMap<string, StoredRecord>, now: Date): Promise<JournalPushChecks> {
    const journal = checks.filter((c): c is Accepted => c.ok && referencesOf[c.type] !== undefined);
    const checker = new JournalPushChecks(school.country, now, new Map(), new Set(), new Set(checks.filter((c): c is Accepted => c.ok && !c.deleted).map((c) => `${c.type}:${c.id}`)));
    if (journal.length === 0) return checker;
    const wanted = new Set<string>();
    for (const change of journal) {
      for (const data of [change.data as Data | null, parsed(stored.get(change.id)?.data ?? null)]) {
        for (const [field] of referencesOf[change.type] ?? []) {
          const id = text(data?.[field]);
          if (id !== null) wanted.add(id);
        }
      }
    }
    await checker.fetch(db, school.id, wanted);
    // A mark's lesson was fetched above; the closure check needs that lesson's assignment too.
    const second = new Set<string>();
    for (const record of checker.known.values()) {
      const assignmentId = record.type === 'lesson' ? text(record.data?.assignmentId) : null;
      if (assignmentId !== null && !checker.known.has(assignmentId)) second.add(assignmentId);
    }
    await checker.fetch(db, school.id, second);
    const rows = await db.selectFrom('records').select(['id', 'type', 'data']).where('school_id', '=', school.id).where('type', 'in', lockTypes).where('deleted', '=', 0).execute();
    for (const row of rows) checker.remember(row.id, { type: row.type, live: true, data: parsed(row.data) });
    for (const [id, row] of stored) {
      if (row.school_id === school.id) checker.remember(id, { type: row.type, live: row.deleted === 0, data: readsData(row.type) ? parsed(row.data) : null });
    }
    return checker;
  }

  /** Reads the records with these ids, in any school, by one statement (oneOf). */
  private async fetch(db: Kysely<Tables>, schoolId: string, ids: ReadonlySet<string>): Promise<void> {
    const unknown = [...ids].filter((id) => !this.known.has(id));
    if (unknown.length === 0) return;
    const { rows } = await sql<Pick<StoredRecord, 'id' | 'school_id' | 'type' | 'deleted' | 'data'>>`SELECT id, school_id, type, deleted,
        CASE WHEN type IN (${sql.join(readTypes)}) THEN data END AS data
      FROM records WHERE ${oneOf(db, 'id', unknown)}`.execute(db);
    for (const row of rows) {
      if (row.school_id !== schoolId) this.foreign.add(row.id);
      else this.remember(row.id, { type: row.type, live: row.deleted === 0, data: parsed(row.data) });
    }
  }

  /**
   * The decision for one change, once decideChange applied it: rejected when a journal rule refuses it. An applied
   * change is remembered, so later changes of the batch see it (a lesson before its marks, an unlock before the
   * changes made under it).
   */
  check(change: CheckedChange, decision: Decision): Decision {
    if (decision.outcome !== 'applied' || !change.ok || referencesOf[change.type] === undefined) return decision;
    const before = this.known.get(change.id)?.data ?? null;
    const data = change.deleted ? null : (change.data as Data);
    const issues = data ? [...this.referenceIssues(change.type, data), ...this.contentIssues(change.type, data)] : [];
    if (issues.length === 0) issues.push(...this.closureIssues(change.type, [data, before]));
    if (issues.length > 0) return { outcome: 'rejected', issues };
    this.remember(change.id, { type: change.type, live: !change.deleted, data: data ?? before });
    return decision;
  }

  private referenceIssues(type: SyncedType, data: Data): Issue[] {
    const issues: Issue[] = [];
    for (const [field, refType] of referencesOf[type] ?? []) {
      const id = text(data[field]);
      if (id === null) continue;
      const held = this.known.get(id);
      const ours = (held !== undefined && held.live && held.type === refType) || this.inBatch.has(`${refType}:${id}`);
      if (!ours || this.foreign.has(id)) issues.push(issue('UNKNOWN_REFERENCE', field, { type: refType }));
    }
    return issues;
  }

  private contentIssues(type: SyncedType, data: Data): Issue[] {
    const { min, max } = markScale[this.country];
    const outOfScale = (field: string) => {
      const value = data[field];
      return typeof value === 'number' && (value < min || value > max) ? [issue('MARK_OUT_OF_SCALE', field, { mark: value, min, max })] : [];
    };
    if (type === 'mark') return outOfScale('value');
    if (type === 'periodGrade') return [...outOfScale('final'), ...outOfScale('computedGrade')];
    if (type === 'periodUnlock') {
      const granted = Date.parse(String(data.grantedAt));
      const until = Date.parse(String(data.until));
      if (!(until > granted && until - granted <= maxUnlockMs)) return [issue('UNLOCK_TOO_LONG', 'until', { days: 14 })];
    }
    return [];
  }

  /** PERIOD_CLOSED when the change, as sent or as it was, falls in a closed period that no active unlock of its scope opens. */
  private closureIssues(type: SyncedType, versions: readonly (Data | null)[]): Issue[] {
    for (const data of versions) {
      const scope = data ? this.lockScope(type, data) : null;
      if (scope && this.closed(scope.periodId) && !this.unlocked(scope)) return [issue('PERIOD_CLOSED', undefined, { periodId: scope.periodId })];
    }
    return [];
  }

  private lockScope(type: SyncedType, data: Data): LockScope | null {
    if (type === 'lesson') return this.lessonScope(text(data.assignmentId), text(data.date), null);
    if (type === 'mark') {
      const lesson = this.known.get(text(data.lessonId) ?? '')?.data;
      return lesson ? this.lessonScope(text(lesson.assignmentId), text(lesson.date), text(data.studentId)) : null;
    }
    if (type !== 'periodGrade' || data.scope === 'exam') return null;
    const journal = this.journalOf(text(data.assignmentId));
    const periodId = journal && (text(data.periodId) ?? this.periodsOf(journal.academicYear).at(-1)?.id ?? null);
    return journal && periodId ? { periodId, classId: journal.classId, subjectId: journal.subjectId, studentId: text(data.studentId) } : null;
  }

  private lessonScope(assignmentId: string | null, date: string | null, studentId: string | null): LockScope | null {
    const journal = this.journalOf(assignmentId);
    const period = journal && date ? this.periodsOf(journal.academicYear).find((p) => p.start <= date && date <= p.end) : undefined;
    return journal && period ? { periodId: period.id, classId: journal.classId, subjectId: journal.subjectId, studentId } : null;
  }

  private journalOf(assignmentId: string | null): { classId: string; subjectId: string; academicYear: string } | null {
    const assignment = this.known.get(assignmentId ?? '')?.data;
    const classId = text(assignment?.classId);
    const subjectId = text(assignment?.subjectId);
    const academicYear = text(this.known.get(classId ?? '')?.data?.academicYear);
    return classId && subjectId && academicYear ? { classId, subjectId, academicYear } : null;
  }

  /** The year's live periods, by their end. */
  private periodsOf(academicYear: string): { id: string; start: string; end: string }[] {
    const cached = this.yearPeriods.get(academicYear);
    if (cached) return cached;
    const periods: { id: string; start: string; end: string }[] = [];
    for (const [id, period] of this.periods) if (period.academicYear === academicYear) periods.push({ id, start: String(period.start), end: String(period.end) });
    periods.sort((a, b) => a.end.localeCompare(b.end));
    this.yearPeriods.set(academicYear, periods);
    return periods;
  }

  private closed(periodId: string): boolean {
    for (const closure of this.closures.values()) if (closure.periodId === periodId) return true;
    return false;
  }

  private unlocked(scope: LockScope): boolean {
    const now = this.now.getTime();
    for (const u of this.unlocks.values()) {
      if (u.periodId !== scope.periodId || u.classId !== scope.classId || u.subjectId !== scope.subjectId) continue;
      if (u.studentId !== undefined && u.studentId !== scope.studentId) continue;
      if (u.revokedAt === undefined && Date.parse(String(u.until)) > now) return true;
    }
    return false;
  }
}
