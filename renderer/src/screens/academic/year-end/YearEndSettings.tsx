import { useTranslation } from 'react-i18next';
import type { AcademicYearView } from '../../../../../core/api/academic-api';

interface YearEndSettingsProps {
  years: AcademicYearView[] | null;
  closingYear: string;
  onClosingYear(label: string): void;
  dateText: string;
  dateValid: boolean;
  onDateText(text: string): void;
  disabled: boolean;
  refreshing: boolean;
}

/** The year to close and the date of the transition; says when the preview is being worked out again. */
export function YearEndSettings({ years, closingYear, onClosingYear, dateText, dateValid, onDateText, disabled, refreshing }: YearEndSettingsProps) {
  const { t } = useTranslation();
  return (
    <section className="panel ye-settings" aria-labelledby="ye-settings-title">
      <h2 id="ye-settings-title" className="panel__title">
        {t('academic.yearEnd.settings')}
      </h2>
      <div className="ac-toolbar">
        <label className="field">
          <span className="field__label">{t('academic.yearEnd.closingYear')}</span>
          <select className="input input--select" value={closingYear} disabled={!years || disabled} onChange={(e) => onClosingYear(e.target.value)} name="closingYear">
            {(years ?? []).map((y) => (
              <option key={y.id} value={y.label}>
                {y.current ? t('academic.years.current', { label: y.label }) : y.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('academic.yearEnd.date')}</span>
          <input
            className="input input--date"
            value={dateText}
            placeholder={t('fields.datePlaceholder')}
            aria-invalid={!dateValid || undefined}
            disabled={disabled}
            onChange={(e) => onDateText(e.target.value)}
            name="transitionDate"
          />
          <span className="field__hint">{t('academic.yearEnd.dateHint')}</span>
        </label>
      </div>
      <p className="muted ye-refreshing" role="status">
        {refreshing ? t('academic.yearEnd.refreshing') : ''}
      </p>
    </section>
  );
}
