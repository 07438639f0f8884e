import { useTranslation } from 'react-i18next';
import { useEditorFields } from '../../editor/editor-fields';
import { FieldIssues } from '../../editor/field-issues';

const commonRates = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

/** The share of a full-time rate, a number chosen from the usual steps (an unusual stored value stays selectable). */
export function RateField() {
  const { t, i18n } = useTranslation();
  const fields = useEditorFields();
  const stored = fields.value('rate');
  const rates = typeof stored === 'number' && !commonRates.includes(stored) ? [...commonRates, stored].sort((a, b) => a - b) : commonRates;
  const issues = fields.issuesAt('rate');
  return (
    <div className="field">
      <label className="field__label" htmlFor="field-rate">
        {t('fields.rate')}
      </label>
      <select
        id="field-rate"
        name="rate"
        data-field="rate"
        className="input input--select"
        value={typeof stored === 'number' ? String(stored) : ''}
        aria-invalid={issues.some((i) => i.severity === 'error')}
        onChange={(e) => fields.set('rate', e.target.value === '' ? undefined : Number(e.target.value))}
      >
        <option value="">{t('common.choose')}</option>
        {rates.map((r) => (
          <option key={r} value={String(r)}>
            {r.toLocaleString(i18n.language === 'uk' ? 'uk-UA' : 'en-GB')}
          </option>
        ))}
      </select>
      <FieldIssues issues={issues} />
    </div>
  );
}
