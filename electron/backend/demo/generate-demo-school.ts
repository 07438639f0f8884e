import type { Sex } from '../../../core/schemas/common';
import type { StaffCard } from '../../../core/schemas/staff';
import type { Guardian, SocialStatus, StudentCard } from '../../../core/schemas/student';
import { makeRnokpp } from '../../../core/rules/rnokpp';
import { applyStaffDefect, applyStudentDefect, plannedDefectCounts } from './demo-defects';
import { birthCertificateIssuers, certificateLetters, demoAddress, demoPhone, demoSchoolProfile, workplaces } from './demo-places';
import type { DemoClass, DemoDefect, DemoDefectKind, DemoSchool, DemoStaff, DemoStudent } from './demo-school-types';
import { directorPosition, otherEducation, staffRoster, teacherEducation, type RosterEntry } from './demo-staff-roster';
import { addDays } from '../../../core/rules/calendar';
import { academicYearOf, birthDateForAge, isoDate } from './demo-dates';
import { generateDemoPastYear } from './demo-past-year';
import { SeededRandom } from './seeded-random';
import { makeName, pickFather, pickSurname } from './ukrainian-names';

export interface DemoSchoolOptions {
  /** Same seed, same academic year → the same school, byte for byte. */
  seed?: number;
  /** YYYY-MM-DD; picks the academic year containing it (nothing else depends on it). Defaults to the machine's date. */
  today?: string;
  /** Spread this many students over the 70 classes instead of the natural 26–31 a class (benchmarks use 10,000). */
  studentCount?: number;
  /**
   * The seeder writes the year's journals (teaching load, timetable, lessons, marks up to today) unless this is
   * false: the card benches' fixture leaves them out, so its Sync all measures the ~4,250 card records of DESIGN §10.
   */
  journals?: boolean;
  /**
   * The seeder writes the finished previous year (its classes, orders, grades and year-end transition) unless this is
   * false: the card benches' fixture leaves it out too, so its first Sync all holds this year's cards and structure
   * only, not the history's 68k period grades and that year's classes and orders.
   */
  history?: boolean;
}

export const defaultDemoSeed = 7;

/** Classes a grade: seven parallel classes up to grade 9, fewer in the senior (profile) grades. */
const classesPerGrade: readonly number[] = [7, 7, 7, 7, 7, 7, 7, 7, 7, 4, 3];
const classLetters: readonly string[] = ['А', 'Б', 'В', 'Г', 'Д', 'Е', 'Є'];

export function generateDemoSchool(options: DemoSchoolOptions = {}): DemoSchool {
  const seed = options.seed ?? defaultDemoSeed;
  const rng = new SeededRandom(seed);
  const year = academicYearOf(options.today ?? new Date().toISOString().slice(0, 10));
  const numbers = new UniqueNumbers(rng);

  const staff = generateStaff(rng, year.start, numbers);
  const classes = generateClasses(rng, staff);
  const students = generateStudents(rng, classes, year.start, numbers, options.studentCount);
  assignPersonalFileNumbers(students);

  const defects: DemoDefect[] = [...plantStudentDefects(rng, students), ...plantStaffDefects(rng, staff)];
  // Drawn last, so today's school comes out as it did before the past year was added.
  const pastYear = generateDemoPastYear(rng, year.start, { classes, students }, (cls, start, key) => buildStudent(rng, cls, start, numbers, key));
  const director = staff.find((s) => s.card.position === directorPosition);
  if (!director) throw new Error('the demo roster has no director');
  const { lastName, firstName, middleName } = director.identity;

  return {
    seed,
    school: { ...demoSchoolProfile, address: { ...demoSchoolProfile.address }, director: `${lastName} ${firstName} ${middleName}` },
    academicYear: { name: year.name, start: year.start, end: year.end },
    classes,
    students,
    staff,
    defects,
    pastYear,
  };
}

/** Hands out document numbers and tax-number serials that never repeat within one generated school. */
class UniqueNumbers {
  private readonly used = new Set<string>();

  constructor(private readonly rng: SeededRandom) {}

  take(kind: string, digits: number): string {
    for (;;) {
      const value = this.rng.digits(digits);
      if (/^0+$/.test(value) || this.used.has(`${kind}:${value}`)) continue;
      this.used.add(`${kind}:${value}`);
      return value;
    }
  }

  taxId(birthDate: string, sex: Sex): string {
    for (;;) {
      const value = makeRnokpp(birthDate, sex, this.rng.int(0, 999));
      if (this.used.has(`tax:${value}`)) continue;
      this.used.add(`tax:${value}`);
      return value;
    }
  }
}

function generateStaff(rng: SeededRandom, yearStart: string, numbers: UniqueNumbers): DemoStaff[] {
  const staff: DemoStaff[] = [];
  for (const entry of staffRoster) {
    for (let i = 0; i < entry.count; i++) staff.push(buildStaff(rng, entry, yearStart, numbers, `t${String(staff.length + 1).padStart(3, '0')}`));
  }
  return staff;
}

/** Ages and employment are as of the start of the academic year, so the school is the same all year long. */
function buildStaff(rng: SeededRandom, entry: RosterEntry, yearStart: string, numbers: UniqueNumbers, key: string): DemoStaff {
  const sex: Sex = rng.chance(entry.male) ? 'M' : 'F';
  const name = makeName(rng, sex, 'adult', { surname: pickSurname(rng), father: pickFather(rng, 'adult') });
  const age = rng.int(entry.age[0], entry.age[1]);
  const birthDate = birthDateForAge(rng, yearStart, age);
  const taxId = numbers.taxId(birthDate, sex);
  const birthYear = Number(birthDate.slice(0, 4));
  const firstYear = Number(yearStart.slice(0, 4));
  const hiredYear = rng.int(Math.min(birthYear + 22, firstYear), firstYear);
  const hiredOn = addDays(isoDate(hiredYear, 8, 15), rng.int(0, 16));
  const card: StaffCard = {
    ...name,
    birthDate,
    sex,
    taxId,
    citizenship: 'Україна',
    phone: demoPhone(rng),
    address: demoAddress(rng),
    position: entry.position,
    hiredOn,
    rate: entry.pedagogical ? rng.weighted([[1, 60], [1.5, 15], [1.25, 10], [0.5, 15]]) : rng.weighted([[1, 85], [0.5, 15]]),
    education: rng.pick(entry.pedagogical ? teacherEducation : otherEducation),
    acknowledgements: [],
  };
  if (rng.chance(0.3)) card.email = `${key}@lyceum7.zt.ua`;
  if (entry.pedagogical) {
    const yearsOfWork = firstYear - birthYear - 22;
    card.qualificationCategory =
      yearsOfWork < 3 ? 'specialist' : rng.weighted([['second', 25], ['first', 35], ['highest', 40]] as const);
  }
  return { key, identity: { ...name, birthDate, sex, taxId }, card };
}

function generateClasses(rng: SeededRandom, staff: readonly DemoStaff[]): DemoClass[] {
  const primary = rng.sample(staff.filter((s) => homeroomKind(s) === 'primary'), staff.length);
  const secondary = rng.sample(staff.filter((s) => homeroomKind(s) === 'secondary'), staff.length);
  const classes: DemoClass[] = [];
  classesPerGrade.forEach((count, index) => {
    const grade = index + 1;
    for (let i = 0; i < count; i++) {
      const label = `${grade}-${classLetters[i] ?? String(i + 1)}`;
      const teacher = (grade <= 4 ? primary : secondary).shift();
      if (!teacher) throw new Error(`no homeroom teacher left for ${label}`);
      classes.push({ key: label, grade, label, homeroomStaffKey: teacher.key });
    }
  });
  return classes;
}

function homeroomKind(member: DemoStaff): RosterEntry['homeroom'] {
  return staffRoster.find((r) => r.position === member.card.position)?.homeroom;
}

function classSizes(rng: SeededRandom, classCount: number, studentCount: number | undefined): number[] {
  if (studentCount === undefined) return Array.from({ length: classCount }, () => rng.int(26, 31));
  const base = Math.floor(studentCount / classCount);
  return Array.from({ length: classCount }, (_, i) => base + (i < studentCount % classCount ? 1 : 0));
}

function generateStudents(
  rng: SeededRandom,
  classes: readonly DemoClass[],
  yearStart: string,
  numbers: UniqueNumbers,
  studentCount: number | undefined,
): DemoStudent[] {
  const sizes = classSizes(rng, classes.length, studentCount);
  const students: DemoStudent[] = [];
  classes.forEach((cls, index) => {
    for (let i = 0; i < (sizes[index] ?? 0); i++) {
      const key = `s${String(students.length + 1).padStart(5, '0')}`;
      students.push(buildStudent(rng, cls, yearStart, numbers, key));
    }
  });
  return students;
}

const socialStatusShares: readonly (readonly [SocialStatus, number])[] = [
  ['large_family', 0.07],
  ['child_of_combatant', 0.05],
  ['internally_displaced', 0.04],
  ['low_income', 0.03],
  ['disability', 0.015],
  ['chornobyl_affected', 0.01],
  ['without_parental_care', 0.004],
  ['orphan', 0.003],
];

const displacedFrom = [
  { region: 'Донецька область', settlement: 'м. Маріуполь' },
  { region: 'Харківська область', settlement: 'м. Харків' },
  { region: 'Луганська область', settlement: 'м. Сєвєродонецьк' },
  { region: 'Запорізька область', settlement: 'м. Мелітополь' },
  { region: 'Херсонська область', settlement: 'м. Херсон' },
];

function buildStudent(rng: SeededRandom, cls: DemoClass, yearStart: string, numbers: UniqueNumbers, key: string): DemoStudent {
  const sex: Sex = rng.chance(0.51) ? 'M' : 'F';
  const family = { surname: pickSurname(rng), father: pickFather(rng, 'adult') };
  const name = makeName(rng, sex, 'child', family);
  const age = rng.weighted([[cls.grade + 5, 70], [cls.grade + 6, 28], [cls.grade + 7, 2]]);
  const birthDate = birthDateForAge(rng, yearStart, age);
  const birthCertificate = {
    series: `${rng.chance(0.9) ? 'I' : 'II'}-${rng.chance(0.6) ? 'ТП' : rng.pick(certificateLetters)}`,
    number: numbers.take('certificate', 6),
  };
  const documents: StudentCard['documents'] = [
    { type: 'birth_certificate', ...birthCertificate, issuedOn: addDays(birthDate, rng.int(3, 40)), issuer: rng.pick(birthCertificateIssuers) },
  ];
  const idCard = age >= 14 && rng.chance(0.6) ? { number: numbers.take('id_card', 9) } : undefined;
  if (idCard) {
    const fourteenth = `${Number(birthDate.slice(0, 4)) + 14}${birthDate.slice(4)}`;
    const issuedOn = addDays(fourteenth, rng.int(10, 200));
    // A fourteenth birthday shortly before the year began must not give an ID card issued after it.
    documents.push({ type: 'id_card', ...idCard, issuedOn: issuedOn < yearStart ? issuedOn : yearStart, issuer: String(rng.pick([1810, 1811, 1812, 1840])) });
  }
  const taxId = rng.chance(0.35) ? numbers.taxId(birthDate, sex) : undefined;

  const socialStatus = socialStatusShares.filter(([, share]) => rng.chance(share)).map(([status]) => status);
  const withoutParents = socialStatus.includes('orphan') || socialStatus.includes('without_parental_care');
  const actualAddress = demoAddress(rng);
  const from = rng.pick(displacedFrom);
  const registeredAddress = socialStatus.includes('internally_displaced')
    ? { region: from.region, settlement: from.settlement, street: 'вул. Центральна', house: String(rng.int(1, 90)) }
    : { ...actualAddress };

  const card: StudentCard = {
    ...name,
    birthDate,
    sex,
    citizenship: 'Україна',
    documents,
    registeredAddress,
    actualAddress,
    guardians: withoutParents ? [makeGuardian(rng, rng.pick(['guardian', 'grandparent'] as const), pickSurname(rng))] : makeParents(rng, family),
    educationForm: rng.weighted([['full_time', 955], ['distance', 20], ['individual', 10], ['home', 8], ['family', 7]] as const),
    socialStatus,
    acknowledgements: [],
  };
  if (taxId) card.taxId = taxId;
  if (cls.grade >= 5 && rng.chance(0.7)) card.phone = demoPhone(rng);
  if (socialStatus.includes('disability')) card.specialNeeds = 'Інклюзивне навчання за індивідуальною програмою розвитку';
  if (rng.chance(0.08)) card.medicalNotes = rng.pick(['Підготовча група з фізичної культури', 'Спеціальна група з фізичної культури', 'Алергія на пилок']);
  if (cls.grade === 1) card.previousEducation = `Заклад дошкільної освіти № ${rng.int(1, 70)} м. Житомира`;

  return {
    key,
    classKey: cls.key,
    identity: { ...name, birthDate, sex, birthCertificate, ...(idCard ? { idCard } : {}), ...(taxId ? { taxId } : {}) },
    card,
  };
}

function makeParents(rng: SeededRandom, family: { surname: string; father: ReturnType<typeof pickFather> }): Guardian[] {
  const parents: Guardian[] = [];
  if (rng.chance(0.96)) parents.push(makeGuardian(rng, 'mother', rng.chance(0.92) ? family.surname : pickSurname(rng)));
  if (rng.chance(0.75)) {
    parents.push({
      relation: 'father',
      lastName: family.surname,
      firstName: family.father.name,
      middleName: pickFather(rng, 'adult').son,
      phone: demoPhone(rng),
      ...(rng.chance(0.7) ? { work: rng.pick(workplaces) } : {}),
    });
  }
  return parents.length > 0 ? parents : [makeGuardian(rng, 'grandparent', family.surname)];
}

function makeGuardian(rng: SeededRandom, relation: Guardian['relation'], surname: string): Guardian {
  const sex: Sex = relation === 'mother' ? 'F' : relation === 'father' ? 'M' : rng.chance(0.75) ? 'F' : 'M';
  const name = makeName(rng, sex, 'adult', { surname, father: pickFather(rng, 'adult') });
  return { relation, ...name, phone: demoPhone(rng), ...(rng.chance(0.7) ? { work: rng.pick(workplaces) } : {}) };
}

/** "В/13": the alphabet book's letter (first letter of the surname) and the number within that letter. */
function assignPersonalFileNumbers(students: readonly DemoStudent[]): void {
  const perLetter = new Map<string, number>();
  for (const student of students) {
    const letter = student.card.lastName.charAt(0).toUpperCase();
    const next = (perLetter.get(letter) ?? 0) + 1;
    perLetter.set(letter, next);
    student.card.personalFileNumber = `${letter}/${next}`;
  }
}

/** Spreads the planned mistakes over distinct students (a duplicate certificate needs two cards). */
function plantStudentDefects(rng: SeededRandom, students: DemoStudent[]): DemoDefect[] {
  const counts = plannedDefectCounts(students.length);
  const cards = [...counts].reduce((sum, [kind, n]) => sum + (kind === 'certificate_duplicate' ? 2 * n : n), 0);
  const chosen = rng.sample(students, cards);
  const defects: DemoDefect[] = [];
  let cursor = 0;
  for (const [kind, count] of counts) {
    for (let i = 0; i < count; i++) {
      const student = chosen[cursor++];
      if (!student) break;
      if (kind === 'certificate_duplicate') {
        const original = chosen[cursor++];
        if (!original) break;
        applyStudentDefect(rng, kind, student, original);
        defects.push({ kind, entity: 'student', key: original.key });
      } else {
        applyStudentDefect(rng, kind, student);
      }
      defects.push({ kind, entity: 'student', key: student.key });
    }
  }
  return defects;
}

function plantStaffDefects(rng: SeededRandom, staff: DemoStaff[]): DemoDefect[] {
  const plan: [DemoDefectKind, number][] = [
    ['staff_taxid_missing', 3],
    ['staff_taxid_checksum', 2],
  ];
  const chosen = rng.sample(
    staff.filter((s) => s.card.position !== directorPosition),
    plan.reduce((sum, [, n]) => sum + n, 0),
  );
  const defects: DemoDefect[] = [];
  for (const [kind, count] of plan) {
    for (let i = 0; i < count; i++) {
      const member = chosen.shift();
      if (!member) break;
      applyStaffDefect(kind, member);
      defects.push({ kind, entity: 'staff', key: member.key });
    }
  }
  return defects;
}
