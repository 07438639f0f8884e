import { homeCitizenship } from '../../../../core/rules/names';
import { studentCardSchema, type StudentCard } from '../../../../core/schemas/student';
import { api } from '../../api/api';
import type { CardSource } from '../../editor/use-card-editor';

/** Besides the card: the class of the current year (chosen for a new card, shown for a saved one). */
export interface StudentExtra {
  classId: string | null;
}

export const studentSource: CardSource<StudentCard, StudentExtra> = {
  blank: (country) => ({
    // A new card starts with the citizenship and the document nearly every pupil has, ready to be filled in.
    card: studentCardSchema.parse({ lastName: '', firstName: '', birthDate: '', citizenship: homeCitizenship[country], documents: [{ type: 'birth_certificate', number: '' }] }),
    extra: { classId: null },
  }),
  async load(id) {
    const { card, meta, classId } = await api.call('students.get', { id });
    return { card, meta, extra: { classId } };
  },
  save(id, version, { card, extra }) {
    return id === null
      ? api.call('students.save', { card, classId: extra.classId ?? undefined })
      : api.call('students.save', { id, version, card });
  },
  routeOf: (id) => ({ screen: 'student', id }),
};
