import { create } from 'zustand';
import type { z } from 'zod';
import type { listFilterSchema } from '../../../core/api/cards-api';

type Filter = z.infer<typeof listFilterSchema>;
export type StatusFilter = Filter['status'];
export type RegistryFilter = Filter['registry'];
export type SortKey = Filter['sort'];
export type SortDirection = Filter['direction'];

/** What a list shows; kept while the user opens a card and comes back. */
export interface ListView {
  search: string;
  status: StatusFilter;
  registry: RegistryFilter;
  /** Students only: list those who left the school too. */
  withLeft: boolean;
  classId: string | null;
  sort: SortKey;
  direction: SortDirection;
  selectedId: string | null;
}

interface ListStore extends ListView {
  update(patch: Partial<ListView>): void;
  /** Sorting by the current column flips the direction; another column starts ascending. */
  sortBy(key: SortKey): void;
}

function createListStore() {
  return create<ListStore>()((set) => ({
    search: '',
    status: 'all',
    registry: 'all',
    withLeft: false,
    classId: null,
    sort: 'name',
    direction: 'asc',
    selectedId: null,
    update: (patch) => set(patch),
    sortBy: (key) => set((s) => ({ sort: key, direction: s.sort === key && s.direction === 'asc' ? 'desc' : 'asc' })),
  }));
}

export const useStudentList = createListStore();
export const useStaffList = createListStore();
