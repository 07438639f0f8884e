import { useEffect, useState } from 'react';
import type { ClassRef } from '../../../core/api/classes-api';
import { api } from '../api/api';

/** The school's classes of the current year, in grade and letter order; null while loading. */
export function useClasses(): ClassRef[] | null {
  const [classes, setClasses] = useState<ClassRef[] | null>(null);
  useEffect(() => {
    let live = true;
    api.call('classes.list', {}).then(
      (r) => live && setClasses([...r.classes].sort((a, b) => a.grade - b.grade || a.label.localeCompare(b.label, 'uk'))),
      () => live && setClasses([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return classes;
}
