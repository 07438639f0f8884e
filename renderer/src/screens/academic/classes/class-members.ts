import type { ClassMember } from '../../../../../core/api/classes-api';

/** Members shown on the class page: those in the class now by name, then (when asked) those who left, latest first. */
export function visibleMembers(members: readonly ClassMember[], withPast: boolean): ClassMember[] {
  const current = members.filter((m) => m.current).sort((a, b) => a.name.localeCompare(b.name, 'uk'));
  if (!withPast) return current;
  const past = members.filter((m) => !m.current).sort((a, b) => (b.to ?? '').localeCompare(a.to ?? '') || a.name.localeCompare(b.name, 'uk'));
  return [...current, ...past];
}
