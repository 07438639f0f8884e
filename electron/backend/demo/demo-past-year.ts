import { addDays } from '../../../core/rules/calendar';
import { academicYearOf, isoDate } from './demo-dates';
import type { DemoClass, DemoPastYear, DemoStudent, DemoWithdrawal } from './demo-school-types';
import type { SeededRandom } from './seeded-random';

/** Makes one new student's card for a class of the past year, ages as of that year's start (the generator's own builder). */
export type PastStudentBuilder = (cls: DemoClass, yearStart: string, key: string) => DemoStudent;

const schoolsElsewhere = ['Житомирський ліцей № 25', 'Житомирська гімназія № 3', 'Бердичівський ліцей № 1', 'Коростишівський ліцей № 2'];

function gradeOf(label: string): number {
  return Number(label.split('-')[0]);
}

function letterOf(label: string): string {
  return label.slice(label.indexOf('-') + 1);
}

function labelOf(grade: number, letter: string): string {
  return `${grade}-${letter}`;
}

/**
 * The classes of the past year: every class of today above grade 1 one grade lower, with the homeroom teacher it keeps
 * (the year-end transition keeps them), except that a primary teacher who led a 4th grade took today's 1st grade of the
 * same letter; and the classes no longer at school: the final grade, and the 9th grades whose students all left after
 * grade 9, led by the teachers who took today's 5th grades.
 */
function pastClasses(today: readonly DemoClass[]): DemoClass[] {
  const byLabel = new Map(today.map((c) => [c.label, c]));
  const finalGrade = Math.max(...today.map((c) => c.grade));
  const classes: DemoClass[] = [];
  for (const cls of today.filter((c) => c.grade >= 2)) {
    const label = labelOf(cls.grade - 1, letterOf(cls.label));
    const firstGrade = byLabel.get(labelOf(1, letterOf(cls.label)));
    const homeroomStaffKey = cls.grade === 5 && firstGrade ? firstGrade.homeroomStaffKey : cls.homeroomStaffKey;
    classes.push({ key: label, grade: cls.grade - 1, label, homeroomStaffKey });
  }
  const ninth = today.filter((c) => c.grade === 9 && !byLabel.has(labelOf(10, letterOf(c.label))));
  const gone = [
    ...today.filter((c) => c.grade === finalGrade).map((c) => labelOf(finalGrade, letterOf(c.label))),
    ...ninth.map((c) => c.label),
  ];
  const fifthTeachers = today.filter((c) => c.grade === 5).map((c) => c.homeroomStaffKey);
  gone.forEach((label, index) => {
    const homeroomStaffKey = fifthTeachers[index];
    if (!homeroomStaffKey) throw new Error(`no homeroom teacher left for the past year's ${label}`);
    classes.push({ key: label, grade: gradeOf(label), label, homeroomStaffKey });
  });
  return classes.sort((a, b) => a.grade - b.grade || a.label.localeCompare(b.label, 'uk'));
}

/** A school day (Monday to Friday) between the two dates. */
function weekdayBetween(rng: SeededRandom, from: string, to: string): string {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  for (;;) {
    const day = addDays(from, rng.int(0, span));
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return day;
  }
}

/** Continues the alphabet book's numbers ("В/13") past those today's students hold. */
function numberPersonalFiles(today: readonly DemoStudent[], leavers: readonly DemoStudent[]): void {
  const perLetter = new Map<string, number>();
  for (const student of today) {
    const [letter, number] = (student.card.personalFileNumber ?? '').split('/');
    if (letter && number) perLetter.set(letter, Math.max(perLetter.get(letter) ?? 0, Number(number)));
  }
  for (const student of leavers) {
    const letter = student.card.lastName.charAt(0).toUpperCase();
    const next = (perLetter.get(letter) ?? 0) + 1;
    perLetter.set(letter, next);
    student.card.personalFileNumber = `${letter}/${next}`;
  }
}

/**
 * The demo's finished previous year, generated from today's school: today's students of grade g sat in the class of
 * grade g − 1 with the same letter (today's 1st graders were not at school), two repeaters in the class they are in
 * today; the graduates, the 9th graders who left and a few students withdrawn during the year are new cards, correct
 * ones (the deliberate mistakes stay on today's cards, so the checks count what they counted before).
 */
export function generateDemoPastYear(
  rng: SeededRandom,
  currentYearStart: string,
  today: { classes: readonly DemoClass[]; students: readonly DemoStudent[] },
  buildStudent: PastStudentBuilder,
): DemoPastYear {
  const academicYear = academicYearOf(isoDate(Number(currentYearStart.slice(0, 4)) - 1, 9, 1));
  const classes = pastClasses(today.classes);
  const pastLabels = new Set(classes.map((c) => c.label));
  const placement: Record<string, string> = {};
  for (const student of today.students) {
    const grade = gradeOf(student.classKey);
    if (grade >= 2) placement[student.key] = labelOf(grade - 1, letterOf(student.classKey));
  }

  const candidates = today.students.filter((s) => gradeOf(s.classKey) >= 3 && gradeOf(s.classKey) <= 8 && pastLabels.has(s.classKey));
  const repeaters = rng.sample(candidates, 2).map((s) => s.key);
  for (const key of repeaters) {
    const student = today.students.find((s) => s.key === key);
    if (student) placement[key] = student.classKey;
  }

  const students: DemoStudent[] = [];
  const newStudent = (cls: DemoClass) => {
    const student = buildStudent(cls, academicYear.start, `p${String(students.length + 1).padStart(5, '0')}`);
    students.push(student);
    placement[student.key] = cls.key;
    return student;
  };
  const todayLabels = new Set(today.classes.map((c) => c.label));
  const gradeNineLeavers: string[] = [];
  for (const cls of classes.filter((c) => !todayLabels.has(labelOf(c.grade + 1, letterOf(c.label))))) {
    const size = rng.int(24, 30);
    for (let i = 0; i < size; i++) {
      const student = newStudent(cls);
      if (cls.grade === 9) gradeNineLeavers.push(student.key);
    }
  }

  const withdrawals: DemoWithdrawal[] = [];
  const middle = classes.filter((c) => c.grade >= 2 && c.grade <= 10 && todayLabels.has(labelOf(c.grade + 1, letterOf(c.label))));
  for (const cls of rng.sample(middle, 5)) {
    const student = newStudent(cls);
    const date = weekdayBetween(rng, addDays(academicYear.start, 40), addDays(academicYear.start, 225));
    withdrawals.push(
      rng.chance(0.7)
        ? { studentKey: student.key, date, reason: 'enrolled_elsewhere', destinationSchool: rng.pick(schoolsElsewhere) }
        : { studentKey: student.key, date, reason: 'moved_abroad' },
    );
  }
  numberPersonalFiles(today.students, students);
  return { academicYear, classes, placement, students, repeaters, gradeNineLeavers, withdrawals };
}
