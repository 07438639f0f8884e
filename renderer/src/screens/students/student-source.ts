import { homeCitizenship } from '../../../../core/rules/names';
import { studentCardSchema, type StudentCard } from '../../../../core/schemas/student';
import { studentContactsSchema } from '../../../../core/schemas/student-contacts';
import { api } from '../../api/api';
import { mayCall } from '../../state/may-call';
import { useSession } from '../../state/session-store';
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
    if (id === null) return api.call('students.save', { card, classId: extra.classId ?? undefined });
    // A class teacher saves only the contacts, guardians, social and medical fields of their own class's cards.
    if (!mayCall(useSession.getState().grants, 'students.save') && version !== undefined) {
      return api.call('students.saveContacts', { id, version, contacts: studentContactsSchema.parse(card) });
    }
    return api.call('students.save', { id, version, card });
  },
  routeOf: (id) => ({ screen: 'student', id }),
};
