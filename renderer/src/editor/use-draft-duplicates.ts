import { useEffect, useMemo, useRef, useState } from 'react';
import type { DuplicateCard } from '../../../core/api/cards-api';
import { normaliseStaffCard, normaliseStudentCard } from '../../../core/normalise';
import { documentKeys } from '../../../core/rules/duplicates';
import type { StaffCard } from '../../../core/schemas/staff';
import type { StudentCard } from '../../../core/schemas/student';
import { api } from '../api/api';

/** Long enough not to ask at every keystroke of a number. */
const pause = 400;

/**
 * The other cards holding a number of the card being typed, asked again whenever its numbers change (not its other
 * fields): the secretary sees a person entered twice before saving, so before a card and its order exist.
 */
export function useDraftDuplicates(entity: 'student' | 'staff', id: string | null, card: unknown): DuplicateCard[] {
  const [duplicates, setDuplicates] = useState<DuplicateCard[]>([]);
  const keys = useMemo(() => {
    if (card === undefined) return '';
    const normalised = entity === 'student' ? normaliseStudentCard(card as StudentCard).card : normaliseStaffCard(card as StaffCard).card;
    return JSON.stringify(documentKeys(normalised).map((k) => k.key));
  }, [entity, card]);
  const latestCard = useRef(card);
  latestCard.current = card;

  useEffect(() => {
    if (keys === '' || keys === '[]') {
      setDuplicates([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      const input = id === null ? {} : { id };
      const call =
        entity === 'student'
          ? api.call('students.duplicates', { ...input, card: latestCard.current as StudentCard })
          : api.call('staff.duplicates', { ...input, card: latestCard.current as StaffCard });
      // A failed check shows nothing: the save still marks a duplicate.
      call.then((r) => current && setDuplicates(r.duplicates)).catch(() => current && setDuplicates([]));
    }, pause);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [keys, entity, id]);
  return duplicates;
}
