import { addDays } from '../../../../../core/rules/calendar';
import { gradeOfLabel } from '../../../../../core/academic/school-class';
import type { FirstGrader, StudentChoice } from '../../../../../core/yearend/year-end-input';
import { firstGraderSchema } from '../../../../../core/yearend/year-end-input';
import type { MovementKind, StudentMovement, YearEndPlan } from '../../../../../core/yearend/year-end-plan';

export interface PreviewNames {
  students: Record<string, string>;
  classes: Record<string, string>;
}

/** What the wizard keeps per student while the secretary decides; a transfer waits for its destination school. */
export type Choice = { action: 'repeat' } | { action: 'leave' } | { action: 'transfer'; destinationSchool: string };
export type ChoiceAction = Choice['action'];

export interface PreviewRow {
  studentId: string;
  name: string;
  movement: StudentMovement;
  toLabel: string | null;
}

export interface ClassGroup {
  classId: string;
  label: string;
  grade: number | undefined;
  /** The class of the new year the class becomes; null when it graduates. */
  toLabel: string | null;
  rows: PreviewRow[];
  /** Students who do not simply move on with the class (repeat, leave, transfer, not carried). */
  exceptions: number;
}

const byName = (a: PreviewRow, b: PreviewRow) => a.name.localeCompare(b.name, 'uk');

/** The plan class by class, in the planner's order (grade, then label), each class's students by name. */
export function classGroups(plan: YearEndPlan, names: PreviewNames): ClassGroup[] {
  const rowsByClass = new Map<string, PreviewRow[]>();
  for (const movement of plan.movements) {
    const row: PreviewRow = {
      studentId: movement.studentId,
      name: names.students[movement.studentId] ?? movement.studentId,
      movement,
      toLabel: movement.toClassId ? (names.classes[movement.toClassId] ?? null) : null,
    };
    rowsByClass.set(movement.fromClassId, [...(rowsByClass.get(movement.fromClassId) ?? []), row]);
  }
  return plan.classMoves.map(({ classId, toClassId }) => {
    const label = names.classes[classId] ?? classId;
    const rows = (rowsByClass.get(classId) ?? []).sort(byName);
    const usual = toClassId === undefined ? 'graduate' : 'promote';
    return {
      classId,
      label,
      grade: gradeOfLabel(label),
      toLabel: toClassId ? (names.classes[toClassId] ?? null) : null,
      rows,
      exceptions: rows.filter((r) => r.movement.movement !== usual).length,
    };
  });
}

export type SummaryKey = MovementKind | 'firstGraders' | 'newClasses' | 'orders';

/** How many students each kind of movement concerns, plus what the transition creates. */
export function planSummary(plan: YearEndPlan): Record<SummaryKey, number> {
  const counts: Record<SummaryKey, number> = {
    promote: 0,
    repeat: 0,
    graduate: 0,
    leave: 0,
    transfer: 0,
    not_carried: 0,
    firstGraders: plan.firstGraders.length,
    newClasses: plan.newClasses.length,
    orders: plan.orders.length,
  };
  for (const m of plan.movements) counts[m.movement] += 1;
  return counts;
}

/** The choices the backend is asked about: a transfer counts only once its destination school is named. */
export function choicesForPreview(choices: ReadonlyMap<string, Choice>): StudentChoice[] {
  return [...choices].flatMap(([studentId, choice]): StudentChoice[] => {
    if (choice.action !== 'transfer') return [{ studentId, action: choice.action }];
    const destinationSchool = choice.destinationSchool.trim();
    return destinationSchool ? [{ studentId, action: 'transfer', destinationSchool, reason: 'enrolled_elsewhere' }] : [];
  });
}

/** The choices with one student's decision changed; `null` puts the student back with the class. */
export function withChoice(choices: ReadonlyMap<string, Choice>, studentId: string, choice: Choice | null): Map<string, Choice> {
  const next = new Map(choices);
  if (choice) next.set(studentId, choice);
  else next.delete(studentId);
  return next;
}

/** Which decisions a student of a class of `grade` may get: leaving after grade 9 only in grade 9. */
export function choiceActions(grade: number | undefined): ChoiceAction[] {
  return grade === 9 ? ['repeat', 'leave', 'transfer'] : ['repeat', 'transfer'];
}

/** A first grader as typed: every field text, the date as DD.MM.YYYY or YYYY-MM-DD. */
export interface FirstGraderDraft {
  key: number;
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  sex: '' | 'M' | 'F';
  classLabel: string;
}

/** The typed row as the planner takes it, or undefined while a required part is missing. */
export function firstGraderOf(draft: FirstGraderDraft, storeDate: (typed: string) => string): FirstGrader | undefined {
  const candidate = {
    lastName: draft.lastName.trim(),
    firstName: draft.firstName.trim(),
    middleName: draft.middleName.trim() || undefined,
    birthDate: storeDate(draft.birthDate),
    sex: draft.sex || undefined,
    classLabel: draft.classLabel.trim(),
  };
  if (!candidate.lastName || !candidate.firstName || !/^\d{4}-\d{2}-\d{2}$/.test(candidate.birthDate)) return undefined;
  const parsed = firstGraderSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The default date of the transition's orders: today, kept inside the closing year, and never before the day after
 * its last period ends (`periodEnd`), the first day the year-end may be dated.
 */
export function defaultTransitionDate(today: string, closing: { start: string; end: string }, periodEnd?: string): string {
  const earliest = periodEnd === undefined ? closing.start : addDays(periodEnd, 1);
  if (today < earliest) return earliest;
  if (today > closing.end) return closing.end;
  return today;
}
