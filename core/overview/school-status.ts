/**
 * A school's status at a glance, worst first (see `schoolStatus`). Plain values, no schema: the dashboard's script
 * uses them without bundling zod.
 */
export const schoolStatuses = ['error', 'warning', 'pending', 'verified', 'never'] as const;
export type SchoolStatus = (typeof schoolStatuses)[number];

export function isSchoolStatus(value: string): value is SchoolStatus {
  return (schoolStatuses as readonly string[]).includes(value);
}
