import { useTranslation } from 'react-i18next';
import type { AcademicYearView } from '../../../../core/api/academic-api';

/** Picks the academic year a screen shows; the current one is marked. */
export function YearSwitcher({ years, value, onChange, allLabel }: { years: AcademicYearView[]; value: string; onChange(value: string): void; allLabel?: string }) {
  const { t } = useTranslation();
  return (
    <label className="field ac-year">
      <span className="field__label">{t('academic.years.label')}</span>
      <select className="input input--select" value={value} onChange={(e) => onChange(e.target.value)} name="academicYear">
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {years.map((y) => (
          <option key={y.id} value={y.id}>
            {y.current ? t('academic.years.current', { label: y.label }) : y.label}
          </option>
        ))}
      </select>
    </label>
  );
}
