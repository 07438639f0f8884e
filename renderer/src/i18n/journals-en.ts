import type { Messages } from './uk';

/** English texts of the class journals: the same keys as `journalsUk`. */
export const journalsEn: Messages['journals'] = {
  title: 'Journals',
  intro: 'Pick a class, a subject and a month: the journal opens as a grid of students × lessons. Marks are saved as you type.',
  journal: 'Journal',
  month: 'Month',
  noAssignments: 'No teaching assignments yet: the administration adds the subjects and teachers of each class.',
  loading: 'Loading…',
  gridLabel: 'Journal of {{classLabel}}, {{subject}}',
  student: 'Student',
  average: 'Avg.',
  suggested: 'Grade',
  suggestedHint: 'Suggested grade of the period (average {{average}})',
  empty: 'No lessons this month. Lessons come from the timetable.',
  locked: 'Period closed',
  cancelled: 'Lesson cancelled',
  keys: 'Digits type a mark, Enter or Tab move on, arrows move, “н” (or n) marks absent, Delete clears.',
  saving: 'Saving {{count}}…',
  allSaved: 'All saved',
  notSaved: 'A cell was not saved: {{reason}}',
  attendance: { absent: 'abs', excused: 'exc', late: 'late' },
  lesson: {
    title: 'Lesson of {{date}}, period {{number}}',
    topic: 'Topic',
    homework: 'Homework',
    kind: 'Kind of lesson',
    kinds: { regular: 'Regular', control: 'Control' },
    save: 'Save lesson',
    saved: 'Lesson saved',
    late: 'The topic was entered late',
  },
};
