import { createHash } from 'node:crypto';
import type { FieldChange } from '../../../core/api/audit-api';

/** Longer values (a photo's data URL) are recorded by digest, so every edit does not copy the image into the log. */
const longValue = 512;

export type Leaf = string | number | boolean | null;

function flatten(value: unknown, path: string, out: Map<string, Leaf>): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => flatten(item, path ? `${path}.${i}` : String(i), out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flatten(item, path ? `${path}.${key}` : key, out);
  } else {
    out.set(path, value as Leaf);
  }
}

function recorded(value: Leaf | undefined): Leaf {
  if (value === undefined) return null;
  if (typeof value === 'string' && value.length > longValue) {
    return `sha256:${createHash('sha256').update(value).digest('hex')}`;
  }
  return value;
}

/**
 * Field-level differences between two versions of a record, with dot paths (`documents.0.number`).
 * `before` null is a creation: every field is listed with before = null. Empty strings count as absent.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, Leaf>();
  const b = new Map<string, Leaf>();
  flatten(before, '', a);
  flatten(after, '', b);
  const changes: FieldChange[] = [];
  for (const field of new Set([...a.keys(), ...b.keys()])) {
    const was = a.get(field);
    const now = b.get(field);
    if (was === now || (isBlank(was) && isBlank(now))) continue;
    changes.push({ field, before: recorded(was), after: recorded(now) });
  }
  return changes;
}

/**
 * A record's fields as its audit rows describe them: dot paths to the value recorded (digests for long values),
 * blank fields left out. Replaying a record's audit rows gives the same map for its current version.
 */
export function recordedFields(value: unknown): Map<string, Leaf> {
  const flat = new Map<string, Leaf>();
  flatten(value, '', flat);
  const fields = new Map<string, Leaf>();
  for (const [field, leaf] of flat) if (!isBlank(leaf)) fields.set(field, recorded(leaf));
  return fields;
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}
