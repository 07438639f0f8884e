import type { Sex } from '../../../core/schemas/common';
import type { School } from '../../../core/schemas/school';
import type { StaffCard } from '../../../core/schemas/staff';
import type { StudentCard } from '../../../core/schemas/student';

/**
 * The demo school as plain data: what the seeder writes into a school's database, and what the demo registry of
 * the central server is made from (`identity` is the person as the state registry knows them, before the
 * deliberate mistakes that `card` may carry).
 */
export interface DemoSchool {
  seed: number;
  school: School;
  academicYear: { name: string; start: string; end: string };
  classes: DemoClass[];
  students: DemoStudent[];
  staff: DemoStaff[];
  defects: DemoDefect[];
  /** The academic year before `academicYear`, finished: see demo-past-year.ts. */
  pastYear: DemoPastYear;
}

/**
 * The finished previous year: its classes (one grade lower than today's), who sat in which of them, and those who are
 * no longer at school today — graduates, leavers after grade 9 and during the year — whose cards only this year holds.
 */
export interface DemoPastYear {
  academicYear: { name: string; start: string; end: string };
  classes: DemoClass[];
  /** Student key (today's students and `students`) → key of the class they were enrolled in on 1 September. */
  placement: Record<string, string>;
  /** The cards of those who left: their `classKey` is their class of that year. */
  students: DemoStudent[];
  /** Today's students kept in their grade by the year-end transition. */
  repeaters: string[];
  /** Keys of students who leave after grade 9 (basic secondary education completed). */
  gradeNineLeavers: string[];
  /** Students withdrawn during the year, each by an order of that day. */
  withdrawals: DemoWithdrawal[];
}

export interface DemoWithdrawal {
  studentKey: string;
  date: string;
  reason: 'enrolled_elsewhere' | 'moved_abroad';
  destinationSchool?: string;
}

export interface DemoClass {
  /** The label, unique within the year: "5-А". */
  key: string;
  grade: number;
  label: string;
  homeroomStaffKey: string;
}

export interface DemoIdentity {
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  sex: Sex;
  birthCertificate?: { series: string; number: string };
  idCard?: { number: string };
  taxId?: string;
}

export interface DemoStudent {
  key: string;
  classKey: string;
  identity: DemoIdentity;
  card: StudentCard;
}

export interface DemoStaff {
  key: string;
  identity: DemoIdentity;
  card: StaffCard;
}

/** Mistakes planted on purpose, so the checks and the sync report have something to show. */
export const demoDefectKinds = [
  'taxid_checksum',
  'taxid_birthdate',
  'certificate_series_latin',
  'certificate_series_no_hyphen',
  'certificate_missing',
  'name_latin_lookalike',
  'certificate_duplicate',
  'age_implausible',
  'staff_taxid_missing',
  'staff_taxid_checksum',
] as const;
export type DemoDefectKind = (typeof demoDefectKinds)[number];

export interface DemoDefect {
  kind: DemoDefectKind;
  entity: 'student' | 'staff';
  key: string;
}
