import { useMemo } from 'react';
import type { ClassRef } from '../../../core/api/classes-api';
import type { CallResult } from '../api/use-call';
import { useCall } from '../api/use-call';

/** The school's classes of the current year, in grade and letter order; `data` null while loading or after a failure. */
export function useClasses(): CallResult<ClassRef[]> {
  const call = useCall('classes.list', {}, []);
  const sorted = useMemo(
    () => call.data && [...call.data.classes].sort((a, b) => a.grade - b.grade || a.label.localeCompare(b.label, 'uk')),
    [call.data],
  );
  return { ...call, data: sorted };
}
