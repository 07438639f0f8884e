import { useEffect, useState } from 'react';
import type { AcademicYearView } from '../../../../core/api/academic-api';
import { api } from '../../api/api';

/** The school's academic years, oldest first; null while loading. A new `refresh` value reads them again. */
export function useAcademicYears(refresh = 0): AcademicYearView[] | null {
  const [years, setYears] = useState<AcademicYearView[] | null>(null);
  useEffect(() => {
    let live = true;
    api.call('academicYears.list', {}).then(
      (r) => live && setYears([...r.years].sort((a, b) => a.start.localeCompare(b.start))),
      () => live && setYears([]),
    );
    return () => {
      live = false;
    };
  }, [refresh]);
  return years;
}
