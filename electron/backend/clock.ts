/** The calendar date of `at` where the office is (the machine's time zone), YYYY-MM-DD. */
export function localDate(at: Date): string {
  const y = String(at.getFullYear()).padStart(4, '0');
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
