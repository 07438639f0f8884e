import { normaliseStaffCard, normaliseStudentCard } from '../../core/normalise';
import type { StaffCard } from '../../core/schemas/staff';
import type { StudentCard } from '../../core/schemas/student';

const studentMemo = new WeakMap<StudentCard, StudentCard>();
const staffMemo = new WeakMap<StaffCard, StaffCard>();

/** A card normalised once however many steps of the validation read it (a push of a whole school is hot). */
export function normalisedStudent(card: StudentCard): StudentCard {
  let normalised = studentMemo.get(card);
  if (!normalised) {
    normalised = normaliseStudentCard(card).card;
    studentMemo.set(card, normalised);
  }
  return normalised;
}

export function normalisedStaff(card: StaffCard): StaffCard {
  let normalised = staffMemo.get(card);
  if (!normalised) {
    normalised = normaliseStaffCard(card).card;
    staffMemo.set(card, normalised);
  }
  return normalised;
}
