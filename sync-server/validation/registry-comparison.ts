import { normaliseName } from '../../core/normalise';
import { makeIssue } from '../../core/rules/codes';
import type { Issue } from '../../core/schemas/issue';
import type { StaffCard } from '../../core/schemas/staff';
import type { StudentCard } from '../../core/schemas/student';
import { registryDocument, registryKey, type RegistryDocument, type RegistryPerson } from '../registry/registry-adapter';
import { normalisedStaff, normalisedStudent } from './normalised-cards';

/** A document of a card the registry can be asked about, with the card field an issue about it points at. */
export interface LookupCandidate {
  doc: RegistryDocument;
  field: string;
}

/**
 * What to ask the registry about a card, best first (DESIGN §5): a student by birth certificate, else passport /
 * ID card, else PIN; a member of staff by tax number (PIN in Kyrgyzstan).
 */
export function lookupCandidates(card: { type: 'student'; data: StudentCard } | { type: 'staff'; data: StaffCard }): LookupCandidate[] {
  // A card's candidates are asked for twice (the registry prefetch, then the verdict): worked out once per card.
  let candidates = candidatesMemo.get(card.data);
  if (!candidates) {
    candidates = candidatesOf(card);
    candidatesMemo.set(card.data, candidates);
  }
  return candidates;
}

const candidatesMemo = new WeakMap<StudentCard | StaffCard, LookupCandidate[]>();

function candidatesOf(card: { type: 'student'; data: StudentCard } | { type: 'staff'; data: StaffCard }): LookupCandidate[] {
  if (card.type === 'staff') {
    const staff = normalisedStaff(card.data);
    const out: LookupCandidate[] = [];
    if (staff.taxId) out.push({ doc: registryDocument('tax_id', undefined, staff.taxId), field: 'taxId' });
    if (staff.pin) out.push({ doc: registryDocument('pin', undefined, staff.pin), field: 'pin' });
    return out;
  }
  const student = normalisedStudent(card.data);
  const docs = student.documents.map((d, i) => ({ d, field: `documents.${i}.number` })).filter(({ d }) => d.number !== '');
  const out: LookupCandidate[] = [];
  for (const { d, field } of docs) if (d.type === 'birth_certificate') out.push({ doc: registryDocument(d.type, d.series, d.number), field });
  for (const { d, field } of docs) if (d.type === 'passport' || d.type === 'id_card') out.push({ doc: registryDocument(d.type, d.series, d.number), field });
  if (student.pin) out.push({ doc: registryDocument('pin', undefined, student.pin), field: 'pin' });
  return out;
}

/** `card` is already normalised; the registry's spelling is normalised the same way. */
function sameName(card: string | undefined, registry: string): boolean {
  // Plain toLowerCase: Cyrillic and Latin case mapping needs no locale, and the locale-aware one is slow in bulk.
  return (card ?? '').toLowerCase() === normaliseName(registry).toLowerCase();
}

function withRegistryValue(issue: Issue, value: string): Issue {
  return { ...issue, registryValue: value };
}

/**
 * The registry's findings on one (normalised) card: the first candidate the registry knows decides; none known → not
 * found. The registry's own values come only with a card that already agrees with it on the document and on the
 * surname or the birth date: they help correct a typo, and tell nothing to someone who knows only a number.
 */
export function registryIssues(person: { lastName: string; firstName: string; middleName?: string | undefined; birthDate: string; sex?: 'M' | 'F' | undefined }, candidates: readonly LookupCandidate[], found: ReadonlyMap<string, RegistryPerson>): Issue[] {
  const hit = candidates.map((c) => ({ c, p: found.get(registryKey(c.doc)) })).find((x) => x.p !== undefined);
  if (!hit?.p) return [makeIssue('REGISTRY_NOT_FOUND', candidates[0]?.field ?? 'documents')];
  const registry = hit.p;
  const sameBirthDate = person.birthDate.trim() === registry.birthDate;
  const reveal = sameBirthDate || sameName(person.lastName, registry.lastName);
  const mismatch = (code: Parameters<typeof makeIssue>[0], field: string, value: string) => (reveal ? withRegistryValue(makeIssue(code, field), value) : makeIssue(code, field));
  const issues: Issue[] = [];
  for (const field of ['lastName', 'firstName', 'middleName'] as const) {
    if (!sameName(person[field], registry[field])) issues.push(mismatch('REGISTRY_NAME_MISMATCH', field, registry[field]));
  }
  if (!sameBirthDate) issues.push(mismatch('REGISTRY_BIRTHDATE_MISMATCH', 'birthDate', registry.birthDate));
  if (person.sex !== undefined && person.sex !== registry.sex) issues.push(mismatch('REGISTRY_SEX_MISMATCH', 'sex', registry.sex));
  if (registry.deceased) issues.push(makeIssue('REGISTRY_DECEASED', hit.c.field));
  return issues;
}
