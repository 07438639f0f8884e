import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { School } from '../../../../core/schemas/school';
import { useAction } from '../../api/use-action';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { useSession } from '../../state/session-store';
import { fieldValue, schoolDetailFields, schoolDetailProblems, withField, type SchoolDetailField } from './school-details-form';

const required: readonly SchoolDetailField[] = ['code', 'name', 'director'];

/** The school's own details after setup: EDRPOU, name, address, director, time zone, a KG school's language of instruction. Checked as typed once saved once; audited. */
export function SchoolDetailsScreen() {
  const { t } = useTranslation();
  const { data, error, reload } = useCall('school.get', {}, []);
  const [draft, setDraft] = useState<School | null>(null);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const saving = useAction('school.update');

  useEffect(() => {
    if (data) setDraft(data.school);
  }, [data]);

  if (error) return <CallErrorBanner error={error} onRetry={reload} />;
  if (!draft) return <p className="muted page-pad">{t('app.loading')}</p>;
  const problems = tried ? schoolDetailProblems(draft) : {};

  const save = async () => {
    setTried(true);
    setSaved(false);
    if (Object.keys(schoolDetailProblems(draft)).length > 0) {
      const first = schoolDetailFields.find((f) => f in schoolDetailProblems(draft));
      document.querySelector<HTMLElement>(`[name="school-${first ?? ''}"]`)?.focus();
      return;
    }
    const result = await saving.run({ school: draft });
    if (!result) return;
    setDraft(result.school);
    useSession.getState().setSchool(result.school);
    setSaved(true);
  };

  return (
    <div className="page-pad" data-testid="school-details">
      <h1 className="page-title">{t('schoolDetails.title')}</h1>
      <p className="muted">{t('schoolDetails.intro')}</p>
      {saving.error && <CallErrorBanner error={saving.error} />}
      {saved && (
        <p className="banner banner--success" role="status" data-testid="school-saved">
          {t('schoolDetails.saved')}
        </p>
      )}
      <form
        noValidate
        className="panel setup"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p>
          {t('schoolDetails.country', { country: t(`enums.country.${draft.country}`) })} <span className="muted">{t('schoolDetails.countryFixed')}</span>
        </p>
        <div className="form-grid">
          {schoolDetailFields.map((field) => {
            const id = `school-${field.replace('.', '-')}`;
            const problem = problems[field];
            return (
              <div key={field} className={field === 'name' ? 'field field--wide' : 'field'}>
                <label className="field__label" htmlFor={id}>
                  {t(`schoolDetails.fields.${field}`)}
                  {required.includes(field) && <span className="field__required"> *</span>}
                </label>
                <input
                  id={id}
                  name={`school-${field}`}
                  className="input"
                  value={fieldValue(draft, field)}
                  aria-required={required.includes(field) || undefined}
                  aria-invalid={problem !== undefined}
                  aria-describedby={problem ? `${id}-error` : undefined}
                  onChange={(e) => {
                    setSaved(false);
                    setDraft(withField(draft, field, e.target.value));
                  }}
                />
                {field === 'timeZone' && <div className="field__hint">{t('schoolDetails.timeZoneHint')}</div>}
                {problem && (
                  <div className="field-issue field-issue--error" id={`${id}-error`}>
                    <span className="field-issue__mark" aria-hidden="true">
                      ✕
                    </span>
                    {t(`schoolDetails.problems.${problem}`)}
                  </div>
                )}
              </div>
            );
          })}
          <div className="field">
            <label className="field__label" htmlFor="school-finalGrade">
              {t('setup.finalGrade')}
            </label>
            <select
              id="school-finalGrade"
              name="school-finalGrade"
              className="input input--select"
              value={draft.finalGrade}
              onChange={(e) => setDraft({ ...draft, finalGrade: e.target.value === '12' ? 12 : 11 })}
            >
              <option value="11">{t('setup.finalGradeOption', { grade: 11 })}</option>
              <option value="12">{t('setup.finalGradeOption', { grade: 12 })}</option>
            </select>
          </div>
          {draft.country === 'KG' && (
            <div className="field">
              <label className="field__label" htmlFor="school-instructionLanguage">
                {t('schoolDetails.instructionLanguage')}
              </label>
              <select
                id="school-instructionLanguage"
                name="school-instructionLanguage"
                className="input input--select"
                value={draft.instructionLanguage ?? 'ru'}
                onChange={(e) => setDraft({ ...draft, instructionLanguage: e.target.value === 'ky' ? 'ky' : 'ru' })}
              >
                <option value="ru">{t('schoolDetails.instructionLanguages.ru')}</option>
                <option value="ky">{t('schoolDetails.instructionLanguages.ky')}</option>
              </select>
              <div className="field__hint">{t('schoolDetails.instructionLanguageHint')}</div>
            </div>
          )}
        </div>
        <button type="submit" className="button button--primary" disabled={saving.running} data-testid="school-save">
          {saving.running ? t('common.saving') : t('common.save')}
        </button>
      </form>
    </div>
  );
}
