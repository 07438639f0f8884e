import type { DemoClass, DemoStaff } from './demo-school-types';

interface CurriculumLine {
  subject: string;
  hours: number;
  /** `homeroom`: the class's own primary teacher; else the position whose holders teach it. */
  teacher: string;
  grades: readonly [number, number];
}

const ukrainian = 'Вчитель української мови та літератури';
const maths = 'Вчитель математики';

/**
 * The demo's weekly curriculum, after the Standard Educational Programmes (subject names as in
 * core/teaching/default-subjects.ts): in grades 1–4 the primary teacher teaches all but English and PE.
 */
const curriculum: readonly CurriculumLine[] = [
  { subject: 'Українська мова', hours: 7, teacher: 'homeroom', grades: [1, 4] },
  { subject: 'Математика', hours: 4, teacher: 'homeroom', grades: [1, 4] },
  { subject: 'Я досліджую світ', hours: 3, teacher: 'homeroom', grades: [1, 4] },
  { subject: 'Мистецтво', hours: 2, teacher: 'homeroom', grades: [1, 4] },
  { subject: 'Технології', hours: 1, teacher: 'homeroom', grades: [1, 4] },
  { subject: 'Англійська мова', hours: 2, teacher: 'Вчитель англійської мови', grades: [1, 4] },
  { subject: 'Фізична культура', hours: 3, teacher: 'Вчитель фізичної культури', grades: [1, 11] },
  { subject: 'Українська мова', hours: 3, teacher: ukrainian, grades: [5, 11] },
  { subject: 'Українська література', hours: 2, teacher: ukrainian, grades: [5, 11] },
  { subject: 'Зарубіжна література', hours: 2, teacher: 'Вчитель зарубіжної літератури', grades: [5, 11] },
  { subject: 'Англійська мова', hours: 3, teacher: 'Вчитель англійської мови', grades: [5, 11] },
  { subject: 'Математика', hours: 5, teacher: maths, grades: [5, 6] },
  { subject: 'Алгебра', hours: 3, teacher: maths, grades: [7, 11] },
  { subject: 'Геометрія', hours: 2, teacher: maths, grades: [7, 11] },
  { subject: 'Пізнаємо природу', hours: 2, teacher: 'Вчитель біології', grades: [5, 6] },
  { subject: 'Історія України', hours: 2, teacher: 'Вчитель історії', grades: [5, 11] },
  { subject: 'Всесвітня історія', hours: 1, teacher: 'Вчитель історії', grades: [7, 11] },
  { subject: 'Громадянська освіта', hours: 1, teacher: 'Вчитель історії', grades: [10, 10] },
  { subject: 'Географія', hours: 2, teacher: 'Вчитель географії', grades: [7, 11] },
  { subject: 'Біологія', hours: 2, teacher: 'Вчитель біології', grades: [7, 11] },
  { subject: 'Фізика', hours: 2, teacher: 'Вчитель фізики', grades: [7, 11] },
  { subject: 'Хімія', hours: 2, teacher: 'Вчитель хімії', grades: [7, 11] },
  { subject: 'Інформатика', hours: 1, teacher: 'Вчитель інформатики', grades: [5, 11] },
  { subject: 'Мистецтво', hours: 1, teacher: 'Вчитель мистецтва', grades: [5, 9] },
  { subject: 'Технології', hours: 1, teacher: 'Вчитель трудового навчання', grades: [5, 9] },
  { subject: 'Здоровʼя, безпека та добробут', hours: 1, teacher: 'Вчитель основ здоровʼя', grades: [5, 9] },
  { subject: 'Захист України', hours: 2, teacher: 'Вчитель предмета «Захист України»', grades: [10, 11] },
];

export interface DemoAssignment {
  classKey: string;
  subject: string;
  hours: number;
  teacherKey: string;
}

/**
 * The teaching load of a year of the demo: every class gets its grade's subjects; a subject teacher keeps a class for
 * all its subjects of that position (one teacher of Ukrainian teaches both language and literature), and the holders
 * of a position take its classes in turn, so the load is spread evenly.
 */
export function demoTeachingLoad(classes: readonly DemoClass[], staff: readonly DemoStaff[]): DemoAssignment[] {
  const holders = new Map<string, string[]>();
  for (const member of staff) holders.set(member.card.position, [...(holders.get(member.card.position) ?? []), member.key]);
  const turn = new Map<string, number>();
  const assignments: DemoAssignment[] = [];
  for (const cls of classes) {
    const chosen = new Map<string, string>();
    for (const line of curriculum.filter((l) => cls.grade >= l.grades[0] && cls.grade <= l.grades[1])) {
      let teacherKey = line.teacher === 'homeroom' ? cls.homeroomStaffKey : chosen.get(line.teacher);
      if (!teacherKey) {
        const pool = holders.get(line.teacher) ?? [];
        const next = turn.get(line.teacher) ?? 0;
        teacherKey = pool[next % pool.length];
        turn.set(line.teacher, next + 1);
        if (!teacherKey) throw new Error(`the demo roster has no ${line.teacher}`);
        chosen.set(line.teacher, teacherKey);
      }
      assignments.push({ classKey: cls.key, subject: line.subject, hours: line.hours, teacherKey });
    }
  }
  return assignments;
}
