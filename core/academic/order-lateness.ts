import { daysBetween } from '../rules/calendar';

/** Orders are entered within 3 working days of their date (seed 003); later ones earn a warning. */
export const orderEntryWorkingDays = 3;

/** 0 = Monday … 6 = Sunday. */
function weekdayOf(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** Working days (Monday–Friday; public holidays are not known to the program) after `from`, up to and including `to`. */
export function workingDaysAfter(from: string, to: string): number {
  const days = daysBetween(from, to);
  if (days <= 0) return 0;
  const fullWeeks = Math.floor(days / 7);
  let count = fullWeeks * 5;
  const start = weekdayOf(from);
  for (let d = 1; d <= days % 7; d += 1) if ((start + d) % 7 < 5) count += 1;
  return count;
}

/** Whether an order dated `date` and entered on `enteredOn` was entered more than 3 working days late. */
export function isOrderEnteredLate(date: string, enteredOn: string): boolean {
  return workingDaysAfter(date, enteredOn) > orderEntryWorkingDays;
}
