import type Database from 'better-sqlite3';
import { maxDriftFields, maxDriftListed, type AuditDrift } from '../../../core/api/audit-api';
import { cardTable, type CardType } from '../cards/card-store';
import { isBlank, recordedFields, type Leaf } from './field-changes';

/** A record as its audit rows describe it: the latest value of each field, and whether its last row deleted it. */
interface Described {
  fields: Map<string, Leaf>;
  deleted: boolean;
}

interface CardRowState {
  id: string;
  deleted: number;
  data: string;
  last_name: string;
  first_name: string;
  middle_name: string;
  birth_date: string;
}

const cardTypes: readonly CardType[] = ['student', 'staff'];

/** Replays the audit rows of cards, oldest first: a create starts from nothing, an update sets each field's `after`. */
function describedCards(db: Database.Database): Map<string, Described> {
  const described = new Map<string, Described>();
  const rows = db.prepare(`SELECT entity, entity_id, action, changes FROM audit_log WHERE entity IN ('student', 'staff') ORDER BY seq`);
  for (const row of rows.iterate() as IterableIterator<{ entity: string; entity_id: string; action: string; changes: string }>) {
    const key = `${row.entity}:${row.entity_id}`;
    let record = described.get(key);
    if (!record || row.action === 'create') {
      record = { fields: new Map(), deleted: false };
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
      if (typeof change.field !== 'string') continue;
      if (isBlank(change.after)) record.fields.delete(change.field);
      else record.fields.set(change.field, change.after as Leaf);
    }
  }
  return described;
}

/** Fields whose current value is not the described one; the list's name columns must also say what the card says. */
function differingFields(row: CardRowState, described: Map<string, Leaf>): string[] {
  let card: unknown;
  try {
    card = JSON.parse(row.data);
  } catch {
    return ['data'];
  }
  const current = recordedFields(card);
  const differing = new Set<string>();
  for (const field of new Set([...current.keys(), ...described.keys()])) if (current.get(field) !== described.get(field)) differing.add(field);
  const listed: [string, string][] = [
    ['lastName', row.last_name],
    ['firstName', row.first_name],
    ['middleName', row.middle_name],
    ['birthDate', row.birth_date],
  ];
  for (const [field, column] of listed) if ((current.get(field) ?? '') !== column) differing.add(field);
  return [...differing].sort();
}

/**
 * Student and staff cards whose current row differs from the state their last audit row describes: changed with
 * SQL or another tool outside the app. The first `maxDriftListed` are listed, all are counted.
 */
export function findDrift(db: Database.Database): { drift: AuditDrift[]; total: number } {
  const described = describedCards(db);
  const drift: AuditDrift[] = [];
  let total = 0;
  const note = (entry: AuditDrift) => {
    total += 1;
    if (drift.length < maxDriftListed) drift.push({ ...entry, fields: entry.fields.slice(0, maxDriftFields) });
  };
  for (const entity of cardTypes) {
    const rows = db.prepare(`SELECT id, deleted, data, last_name, first_name, middle_name, birth_date FROM ${cardTable[entity]} ORDER BY id`);
    for (const row of rows.iterate() as IterableIterator<CardRowState>) {
      const key = `${entity}:${row.id}`;
      const record = described.get(key);
      described.delete(key);
      if (!record) {
        note({ entity, id: row.id, kind: 'unrecorded', fields: [] });
      } else if (record.deleted !== (row.deleted === 1)) {
        note(record.deleted ? { entity, id: row.id, kind: 'changed', fields: ['deleted'] } : { entity, id: row.id, kind: 'missing', fields: [] });
      } else if (!record.deleted) {
        const fields = differingFields(row, record.fields);
        if (fields.length > 0) note({ entity, id: row.id, kind: 'changed', fields });
      }
    }
  }
  for (const [key, record] of described) {
    if (record.deleted) continue;
    const [entity, id] = key.split(':') as [CardType, string];
    note({ entity, id, kind: 'missing', fields: [] });
  }
  return { drift, total };
}
