import type { Invoker } from '../../core/api/invoke-result';
import { call } from './backend-call';

/**
 * The demo's finished previous year (demo-past-year.ts: 2025/2026 when today is in 2026/2027), what an archive is made
 * of: its period, year and exam grades, its year-end orders, its graduates.
 */
export async function finishedYearId(backend: Invoker, session: string): Promise<string> {
  const { years } = await call(backend, 'academicYears.list', {}, session);
  const current = years.find((y) => y.current);
  const finished = years.filter((y) => current !== undefined && y.end < current.start).sort((a, b) => a.start.localeCompare(b.start)).at(-1);
  if (!finished) throw new Error('the demo school has no finished year');
  return finished.id;
}
