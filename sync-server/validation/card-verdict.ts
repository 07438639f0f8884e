import { checkStaff } from '../../core/checks/staff-checks';
import { checkStudent } from '../../core/checks/student-checks';
import type { CheckContext } from '../../core/checks/check-context';
import type { Country } from '../../core/schemas/common';
import type { Issue } from '../../core/schemas/issue';
import type { StaffCard } from '../../core/schemas/staff';
import type { StudentCard } from '../../core/schemas/student';
import type { CardStatus } from '../../core/sync/card-report';
import type { RegistryAdapter, RegistryPerson } from '../registry/registry-adapter';
import { registryKey } from '../registry/registry-adapter';
import { lookupCandidates, registryIssues, type LookupCandidate } from './registry-comparison';
import { normalisedStaff, normalisedStudent, staffNormalisation, studentNormalisation } from './normalised-cards';
import { academicYearStart, type ActiveClass } from './school-enrollments';

export type TypedCard = { id: string; type: 'student'; data: StudentCard } | { id: string; type: 'staff'; data: StaffCard };

export interface Verdict {
  issues: Issue[];
  /** The registry did not answer: the card is checked again on the school's next push. */
  pending: boolean;
}

export interface CheckSetting {
  country: Country;
  today: string;
  /** Active enrollments of the school's students; absent when unknown (a card checked on its own). */
  enrolled?: ReadonlyMap<string, ActiveClass>;
}

function contextOf(card: TypedCard, setting: CheckSetting): CheckContext {
  const base: CheckContext = { country: setting.country, today: setting.today };
  if (card.type !== 'student' || !setting.enrolled) return base;
  const cls = setting.enrolled.get(card.id);
  return cls ? { ...base, enrolled: true, grade: cls.grade, academicYearStart: academicYearStart(cls.academicYear) } : { ...base, enrolled: false };
}

function coreIssues(card: TypedCard, ctx: CheckContext): Issue[] {
  return card.type === 'student' ? checkStudent(card.data, ctx, studentNormalisation(card.data)) : checkStaff(card.data, ctx, staffNormalisation(card.data));
}

function normalisedPerson(card: TypedCard): StudentCard | StaffCard {
  return card.type === 'student' ? normalisedStudent(card.data) : normalisedStaff(card.data);
}

/**
 * The core checks (the same code as the desktop) and the registry's findings for many cards, with one registry
 * round trip for all of them. A registry that throws leaves every card `pending` with its core issues.
 */
export async function judgeCards(cards: readonly TypedCard[], setting: CheckSetting, registry: RegistryAdapter): Promise<Verdict[]> {
  const candidates: LookupCandidate[][] = cards.map((card) => lookupCandidates(card));
  let found: Map<string, RegistryPerson> | null;
  try {
    const unique = new Map(candidates.flat().map((c) => [registryKey(c.doc), c.doc]));
    found = await registry.find([...unique.values()]);
  } catch {
    found = null;
  }
  return cards.map((card, i) => {
    const issues = coreIssues(card, contextOf(card, setting));
    if (found === null) return { issues, pending: true };
    // A member of staff is looked up by the tax number alone, which REQUIRED already asks for on its own field.
    if (card.type === 'staff' && candidates[i]?.length === 0) return { issues, pending: false };
    return { issues: [...issues, ...registryIssues(normalisedPerson(card), candidates[i] ?? [], found)], pending: false };
  });
}

export function statusOf(verdict: Verdict): CardStatus {
  if (verdict.pending) return 'pending';
  if (verdict.issues.some((i) => i.severity === 'error')) return 'error';
  return verdict.issues.length > 0 ? 'warning' : 'verified';
}
