import { useMemo } from 'react';
import type { AcademicYearView } from '../../../../core/api/academic-api';
import type { CallResult } from '../../api/use-call';
import { useCall } from '../../api/use-call';

/** The school's academic years, oldest first; `data` null while loading or after a failure. */
export function useAcademicYears(): CallResult<AcademicYearView[]> {
  const call = useCall('academicYears.list', {}, []);
  const sorted = useMemo(() => call.data && [...call.data.years].sort((a, b) => a.start.localeCompare(b.start)), [call.data]);
  return { ...call, data: sorted };
}
