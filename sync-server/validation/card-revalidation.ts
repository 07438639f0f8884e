import type { Kysely, Transaction } from 'kysely';
import { staffCardSchema } from '../../core/schemas/staff';
import { studentCardSchema } from '../../core/schemas/student';
import type { CardReport } from '../../core/sync/card-report';
import type { RegistryAdapter } from '../registry/registry-adapter';
import { takeClaimSequence, takeSequence } from '../storage/change-sequence';
import { inChunks, listChunkSize } from '../storage/chunks';
import { insertRows } from '../storage/row-inserts';
import type { CardReportsTable, SchoolsTable, Tables } from '../storage/tables';
import { storeRegistryKeys } from './card-registry-keys';
import { judgeCards, statusOf, type TypedCard } from './card-verdict';
import { refreshRivalReports, updateClaims } from './enrollment-claims';
import { academicYearOf, activeEnrollments, schoolToday } from './school-enrollments';

/** A stored card's data typed by its schema; null when it does not parse. */
export function typedCard(id: string, type: string, data: string | null): TypedCard | null {
  const json: unknown = data === null ? null : JSON.parse(data);
  if (type === 'student') {
    const card = studentCardSchema.safeParse(json);
    return card.success ? { id, type, data: card.data } : null;
  }
  const card = staffCardSchema.safeParse(json);
  return card.success ? { id, type: 'staff', data: card.data } : null;
}

export function reportOfRow(row: Pick<CardReportsTable, 'card_id' | 'type' | 'rev' | 'status' | 'checked_at' | 'issues'>): CardReport {
  return {
    cardId: row.card_id,
    type: row.type as CardReport['type'],
    rev: row.rev,
    status: row.status as CardReport['status'],
    checkedAt: row.checked_at,
    issues: JSON.parse(row.issues) as CardReport['issues'],
  };
}

export interface LoadedCards {
  live: { card: TypedCard; rev: number }[];
  /** Deleted (or unreadable) cards: they have no report. */
  gone: string[];
}

/** The school's student and staff cards among `cardIds`, as stored now. */
export async function loadCards(db: Kysely<Tables>, schoolId: string, cardIds: readonly string[]): Promise<LoadedCards> {
  const loaded: LoadedCards = { live: [], gone: [] };
  for (const part of inChunks([...new Set(cardIds)])) {
    const rows = await db
      .selectFrom('records')
      .select(['id', 'type', 'rev', 'deleted', 'data'])
      .where('school_id', '=', schoolId)
      .where('type', 'in', ['student', 'staff'])
      .where('id', 'in', part)
      .execute();
    for (const row of rows) {
      const card = row.deleted === 1 ? null : typedCard(row.id, row.type, row.data);
      if (card) loaded.live.push({ card, rev: row.rev });
      else loaded.gone.push(row.id);
    }
  }
  return loaded;
}

/** A report as the checks decide it, before it takes a position in the school's change sequence. */
type DecidedReport = Omit<CardReportsTable, 'change_seq'>;

/**
 * The core checks, the registry's findings and the enrollment claims of live cards of one school, as reports (the
 * claims and the cards' registry keys are stored, those of `gone` cards dropped; the reports are the caller's to
 * store). `changedKeys`: documents whose claims changed.
 */
async function decideReports(
  trx: Transaction<Tables>,
  registry: RegistryAdapter,
  school: SchoolsTable,
  live: readonly LoadedCards['live'][number][],
  gone: readonly string[],
  now: Date,
  deviceId: string | null,
): Promise<{ reports: DecidedReport[]; changedKeys: Set<string> }> {
  const today = schoolToday(school, now);
  const enrolled = await activeEnrollments(trx, school.id, today);
  const verdicts = await judgeCards(
    live.map((l) => l.card),
    { country: school.country, today, enrolled },
    registry,
  );
  const year = academicYearOf(today);
  const students = live.flatMap(({ card }, i) => {
    if (card.type !== 'student') return [];
    const verdict = verdicts[i];
    const confirmed = verdict !== undefined && !verdict.pending && !verdict.issues.some((issue) => issue.code.startsWith('REGISTRY_'));
    return [{ id: card.id, card: card.data, enrolledYear: enrolled.has(card.id) ? year : null, confirmed }];
  });
  const { duplicates, changedKeys } = await updateClaims(trx, school.id, students, gone, () => takeClaimSequence(trx, 1));
  await storeRegistryKeys(
    trx,
    school.id,
    live.map((l) => l.card),
    gone,
  );

  const checkedAt = now.toISOString();
  const reports = live.map(({ card, rev }, i) => {
    const verdict = verdicts[i] ?? { issues: [], pending: true };
    const issues = [...verdict.issues, ...(duplicates.get(card.id) ?? [])];
    return { school_id: school.id, card_id: card.id, type: card.type, rev, status: statusOf({ issues, pending: verdict.pending }), checked_at: checkedAt, issues: JSON.stringify(issues), device_id: deviceId };
  });
  return { reports, changedKeys };
}

/** Stores reports of one school, each at a new position of its change sequence (so pull hands them to its devices). */
async function storeReports(trx: Transaction<Tables>, schoolId: string, reports: readonly DecidedReport[]): Promise<CardReportsTable[]> {
  if (reports.length === 0) return [];
  const seq = await takeSequence(trx, schoolId, reports.length);
  const rows = reports.map((r, i) => ({ ...r, change_seq: seq + i }));
  await insertRows(trx, 'card_reports', rows, { key: ['school_id', 'card_id'] });
  return rows;
}

/**
 * Checks the given cards of one school again, as they are stored now, and stores their reports (each at a new
 * position of the change sequence, so pull hands them to the school's devices). Deleted cards lose their report.
 * `registry` must answer without the database (see prefetchRegistry): the transaction holds it. `known` are
 * live cards the caller has just stored (no need to read and parse them again). `deviceId`: the pushing device, which
 * gets these reports in the push's answer (null when no device asked).
 */
export async function revalidateCards(
  trx: Transaction<Tables>,
  registry: RegistryAdapter,
  school: SchoolsTable,
  cardIds: readonly string[],
  now: Date,
  deviceId: string | null,
  known: ReadonlyMap<string, LoadedCards['live'][number]> = new Map(),
): Promise<CardReport[]> {
  const { live, gone } = await loadCards(
    trx,
    school.id,
    cardIds.filter((id) => !known.has(id)),
  );
  live.push(...known.values());
  for (const part of inChunks(gone)) await trx.deleteFrom('card_reports').where('school_id', '=', school.id).where('card_id', 'in', part).execute();
  if (live.length === 0) {
    const { changedKeys } = await updateClaims(trx, school.id, [], gone, () => takeClaimSequence(trx, 1));
    await storeRegistryKeys(trx, school.id, [], gone);
    await refreshRivalReports(trx, school.id, changedKeys, now);
    return [];
  }
  const { reports, changedKeys } = await decideReports(trx, registry, school, live, gone, now, deviceId);
  const rows = await storeReports(trx, school.id, reports);
  await refreshRivalReports(trx, school.id, changedKeys, now);
  return rows.map(reportOfRow);
}

/**
 * Checks live cards of one school again (a registry re-import) and stores only the reports whose content changed:
 * an unchanged verdict keeps its report, its `checkedAt` and its position, so the school's devices pull only what
 * the new registry changed. Answers how many reports changed.
 */
export async function recheckCards(
  trx: Transaction<Tables>,
  registry: RegistryAdapter,
  school: SchoolsTable,
  live: readonly LoadedCards['live'][number][],
  now: Date,
): Promise<number> {
  if (live.length === 0) return 0;
  const stored = new Map<string, Pick<CardReportsTable, 'type' | 'rev' | 'status' | 'issues'>>();
  for (const part of inChunks(
    live.map((l) => l.card.id),
    listChunkSize,
  )) {
    const rows = await trx.selectFrom('card_reports').select(['card_id', 'type', 'rev', 'status', 'issues']).where('school_id', '=', school.id).where('card_id', 'in', part).execute();
    for (const row of rows) stored.set(row.card_id, row);
  }
  const { reports, changedKeys } = await decideReports(trx, registry, school, live, [], now, null);
  const changed = reports.filter((r) => {
    const before = stored.get(r.card_id);
    return before?.type !== r.type || before.rev !== r.rev || before.status !== r.status || before.issues !== r.issues;
  });
  await storeReports(trx, school.id, changed);
  await refreshRivalReports(trx, school.id, changedKeys, now);
  return changed.length;
}
