import { normaliseStaffCard, normaliseStudentCard, type Normalisation } from '../../core/normalise';
import type { StaffCard } from '../../core/schemas/staff';
import type { StudentCard } from '../../core/schemas/student';

const studentMemo = new WeakMap<StudentCard, Normalisation<StudentCard>>();
const staffMemo = new WeakMap<StaffCard, Normalisation<StaffCard>>();

/** A card normalised once however many steps of the validation read it (a push of a whole school is hot). */
export function studentNormalisation(card: StudentCard): Normalisation<StudentCard> {
  let normalised = studentMemo.get(card);
  if (!normalised) {
    normalised = normaliseStudentCard(card);
    studentMemo.set(card, normalised);
  }
  return normalised;
}

export function staffNormalisation(card: StaffCard): Normalisation<StaffCard> {
  let normalised = staffMemo.get(card);
  if (!normalised) {
    normalised = normaliseStaffCard(card);
    staffMemo.set(card, normalised);
  }
  return normalised;
}

export function normalisedStudent(card: StudentCard): StudentCard {
  return studentNormalisation(card).card;
}

export function normalisedStaff(card: StaffCard): StaffCard {
  return staffNormalisation(card).card;
}
