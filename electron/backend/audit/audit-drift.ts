import type Database from 'better-sqlite3';
import { maxDriftFields, maxDriftListed, type AuditDrift } from '../../../core/api/audit-api';
import { isBlank, recordedFields, type Leaf } from './field-changes';

type DriftEntity = AuditDrift['entity'];

/** A record as its audit rows describe it: the latest value of each field, every field ever named, and whether its last row deleted it. */
interface Described {
  fields: Map<string, Leaf>;
  named: Set<string>;
  deleted: boolean;
}

interface StoredRow {
  id: string;
  deleted: number;
}

/**
 * How one audited table is read back. `current` gives the row's fields as its audit rows name them (null: the row
 * cannot be read). `wholeRecord`: a creation records every field, so a field the history never named is drift too;
 * otherwise only the fields the history names are compared (a pulled enrollment's creation names only its class and dates).
 */
interface AuditedTable<R extends StoredRow> {
  entity: DriftEntity;
  select: string;
  wholeRecord: boolean;
  current(row: R): Map<string, Leaf> | null;
  /** Columns a list or printout shows beside the record's data, which must say what the data says. */
  columnFields?(row: R, current: Map<string, Leaf>): string[];
}

interface CardRow extends StoredRow {
  data: string;
  last_name: string;
  first_name: string;
  middle_name: string;
  birth_date: string;
}

interface EnrollmentRow extends StoredRow {
  student_id: string;
  class_id: string;
  from_date: string;
  to_date: string | null;
  reason: string | null;
  order_id: string | null;
}

function cardFields(row: CardRow): Map<string, Leaf> | null {
  try {
    return recordedFields(JSON.parse(row.data));
  } catch {
    return null;
  }
}

function cardColumnFields(row: CardRow, current: Map<string, Leaf>): string[] {
  const columns: [string, string][] = [
    ['lastName', row.last_name],
    ['firstName', row.first_name],
    ['middleName', row.middle_name],
    ['birthDate', row.birth_date],
  ];
  return columns.filter(([field, column]) => (current.get(field) ?? '') !== column).map(([field]) => field);
}

const cardColumns = 'id, deleted, data, last_name, first_name, middle_name, birth_date';

const audited: readonly AuditedTable<CardRow>[] = [
  { entity: 'student', select: `SELECT ${cardColumns} FROM students ORDER BY id`, wholeRecord: true, current: cardFields, columnFields: cardColumnFields },
  { entity: 'staff', select: `SELECT ${cardColumns} FROM staff ORDER BY id`, wholeRecord: true, current: cardFields, columnFields: cardColumnFields },
];

const enrollments: AuditedTable<EnrollmentRow> = {
  entity: 'enrollment',
  select: 'SELECT id, deleted, student_id, class_id, from_date, to_date, reason, order_id FROM enrollments ORDER BY id',
  wholeRecord: false,
  current: (row) => recordedFields({ studentId: row.student_id, classId: row.class_id, from: row.from_date, to: row.to_date, reason: row.reason, orderId: row.order_id }),
};

/** A year-end undo records enrollments by column name; the app by field name. */
const enrollmentAliases: Readonly<Record<string, string>> = { student_id: 'studentId', class_id: 'classId', from_date: 'from', to_date: 'to', order_id: 'orderId' };

function fieldName(entity: string, field: string): string | null {
  if (entity !== 'enrollment') return field;
  if (field === 'id') return null;
  return enrollmentAliases[field] ?? field;
}

/** Replays the audit rows of the drift-checked entities, oldest first: a create starts from nothing, an update sets each field's `after`. */
function describedRecords(db: Database.Database): Map<string, Described> {
  const described = new Map<string, Described>();
  const rows = db.prepare(`SELECT entity, entity_id, action, changes FROM audit_log WHERE entity IN ('student', 'staff', 'enrollment') ORDER BY seq`);
  for (const row of rows.iterate() as IterableIterator<{ entity: string; entity_id: string; action: string; changes: string }>) {
    const key = `${row.entity}:${row.entity_id}`;
    let record = described.get(key);
    if (!record || row.action === 'create') {
      record = { fields: new Map(), named: new Set(), deleted: false };
      described.set(key, record);
    }
    if (row.action === 'delete') {
      record.deleted = true;
      continue;
    }
    record.deleted = false;
    let changes: unknown;
    try {
      changes = JSON.parse(row.changes);
    } catch {
      // A row that is not JSON breaks the chain, which verify reports on its own.
      continue;
    }
    if (!Array.isArray(changes)) continue;
    for (const change of changes as { field?: unknown; after?: unknown }[]) {
      const field = typeof change.field === 'string' ? fieldName(row.entity, change.field) : null;
      if (field === null) continue;
      record.named.add(field);
      if (isBlank(change.after)) record.fields.delete(field);
      else record.fields.set(field, change.after as Leaf);
    }
  }
  return described;
}

function differingFields<R extends StoredRow>(table: AuditedTable<R>, row: R, record: Described): string[] {
  const current = table.current(row);
  if (current === null) return ['data'];
  const compared = table.wholeRecord ? new Set([...current.keys(), ...record.fields.keys()]) : record.named;
  const differing = new Set([...compared].filter((field) => current.get(field) !== record.fields.get(field)));
  for (const field of table.columnFields?.(row, current) ?? []) differing.add(field);
  return [...differing].sort();
}

/**
 * Student and staff cards and enrollments whose current row differs from the state their audit rows describe:
 * changed with SQL or another tool outside the app. The first `maxDriftListed` are listed, all are counted.
 */
export function findDrift(db: Database.Database): { drift: AuditDrift[]; total: number } {
  const described = describedRecords(db);
  const drift: AuditDrift[] = [];
  let total = 0;
  const note = (entry: AuditDrift) => {
    total += 1;
    if (drift.length < maxDriftListed) drift.push({ ...entry, fields: entry.fields.slice(0, maxDriftFields) });
  };
  const compare = <R extends StoredRow>(table: AuditedTable<R>) => {
    const { entity } = table;
    for (const row of db.prepare(table.select).iterate() as IterableIterator<R>) {
      const key = `${entity}:${row.id}`;
      const record = described.get(key);
      described.delete(key);
      if (!record) {
        note({ entity, id: row.id, kind: 'unrecorded', fields: [] });
      } else if (record.deleted !== (row.deleted === 1)) {
        note(record.deleted ? { entity, id: row.id, kind: 'changed', fields: ['deleted'] } : { entity, id: row.id, kind: 'missing', fields: [] });
      } else if (!record.deleted) {
        const fields = differingFields(table, row, record);
        if (fields.length > 0) note({ entity, id: row.id, kind: 'changed', fields });
      }
    }
  };
  for (const table of audited) compare(table);
  compare(enrollments);
  for (const [key, record] of described) {
    if (record.deleted) continue;
    const [entity, id] = key.split(':') as [DriftEntity, string];
    note({ entity, id, kind: 'missing', fields: [] });
  }
  return { drift, total };
}
