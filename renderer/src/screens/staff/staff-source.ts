import { homeCitizenship } from '../../../../core/rules/names';
import { staffCardSchema, type StaffCard } from '../../../../core/schemas/staff';
import { api } from '../../api/api';
import type { CardSource } from '../../editor/use-card-editor';

/** A staff card carries nothing beside itself. */
export type StaffExtra = Record<string, never>;

export const staffSource: CardSource<StaffCard, StaffExtra> = {
  blank: (country) => ({ card: staffCardSchema.parse({ lastName: '', firstName: '', birthDate: '', citizenship: homeCitizenship[country] }), extra: {} }),
  async load(id) {
    const { card, meta } = await api.call('staff.get', { id });
    return { card, meta, extra: {} };
  },
  save: (id, version, { card }) => (id === null ? api.call('staff.save', { card }) : api.call('staff.save', { id, version, card })),
  routeOf: (id) => ({ screen: 'staff', id }),
};
