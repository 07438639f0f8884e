import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action';
import { AuthLayout } from '../../components/AuthLayout';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { emptySetupForm, setupInput, setupProblems, type SetupFieldName, type SetupForm } from './setup-form';

/** First run: the school and its administrator. Fields are judged as the user types once they have tried to submit. */
export function SetupScreen({ onDone }: { onDone(login: string): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<SetupForm>(emptySetupForm);
  const [tried, setTried] = useState(false);
  const creating = useAction('setup.createSchool');
  const formRef = useRef<HTMLFormElement>(null);
  const problems = tried ? setupProblems(form) : {};

  const submit = async () => {
    setTried(true);
    const found = setupProblems(form);
    const first = Object.keys(emptySetupForm).find((name) => name in found);
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    if (await creating.run(setupInput(form))) onDone(form['admin.login'].trim());
  };

  const field = (name: SetupFieldName, label: string, opts: { required?: boolean; type?: string; hint?: string; autoComplete?: string; wide?: boolean } = {}) => {
    const id = `setup-${name.replaceAll('.', '-')}`;
    const problem = problems[name];
    const describedBy = [opts.hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className={opts.wide ? 'field field--wide' : 'field'}>
        <label className="field__label" htmlFor={id}>
          {label}
          {opts.required && <span className="field__required"> *</span>}
        </label>
        <input
          id={id}
          name={name}
          className="input"
          type={opts.type ?? 'text'}
          value={form[name]}
          autoComplete={opts.autoComplete ?? 'off'}
          aria-required={opts.required}
          aria-invalid={problem !== undefined}
          aria-describedby={describedBy}
          onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
        />
        {opts.hint && (
          <div className="field__hint" id={`${id}-hint`}>
            {opts.hint}
          </div>
        )}
        {problem && (
          <div className="field-issue field-issue--error" id={`${id}-error`}>
            <span className="field-issue__mark" aria-hidden="true">
              ✕
            </span>
            {t(problem.key, problem.values)}
          </div>
        )}
      </div>
    );
  };

  return (
    <AuthLayout wide>
      <h1 className="auth__title">{t('setup.title')}</h1>
      <p className="muted">{t('setup.intro')}</p>
      <form
        ref={formRef}
        noValidate
        className="setup"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className="setup__group">
          <legend className="setup__legend">{t('setup.schoolSection')}</legend>
          <div className="form-grid">
            {field('school.code', t('setup.code'), { required: true, hint: t('setup.codeHint') })}
            {field('school.name', t('setup.name'), { required: true, wide: true })}
            <div className="field">
              <label className="field__label" htmlFor="setup-school-country">
                {t('setup.country')}
              </label>
              <select
                id="setup-school-country"
                name="school.country"
                className="input input--select"
                value={form['school.country']}
                onChange={(e) => setForm((f) => ({ ...f, 'school.country': e.target.value }))}
              >
                <option value="UA">{t('enums.country.UA')}</option>
                <option value="KG">{t('enums.country.KG')}</option>
              </select>
            </div>
            {field('school.region', t('setup.region'))}
            {field('school.district', t('setup.district'))}
            {field('school.address.postalCode', t('setup.postalCode'))}
            {field('school.address.settlement', t('setup.settlement'))}
            {field('school.address.street', t('setup.street'))}
            {field('school.address.house', t('setup.house'))}
            {field('school.director', t('setup.director'))}
            <div className="field">
              <label className="field__label" htmlFor="setup-school-finalGrade">
                {t('setup.finalGrade')}
              </label>
              <select
                id="setup-school-finalGrade"
                name="school.finalGrade"
                className="input input--select"
                value={form['school.finalGrade']}
                onChange={(e) => setForm((f) => ({ ...f, 'school.finalGrade': e.target.value }))}
              >
                <option value="11">{t('setup.finalGradeOption', { grade: 11 })}</option>
                <option value="12">{t('setup.finalGradeOption', { grade: 12 })}</option>
              </select>
            </div>
          </div>
        </fieldset>

        <fieldset className="setup__group">
          <legend className="setup__legend">{t('setup.adminSection')}</legend>
          <div className="form-grid">
            {field('admin.fullName', t('setup.adminFullName'), { required: true, autoComplete: 'name', wide: true })}
            {field('admin.login', t('setup.login'), { required: true, autoComplete: 'username' })}
            {field('admin.password', t('setup.password'), { required: true, type: 'password', hint: t('setup.passwordHint'), autoComplete: 'new-password' })}
            {field('admin.passwordRepeat', t('setup.password2'), { required: true, type: 'password', autoComplete: 'new-password' })}
          </div>
        </fieldset>

        {tried && Object.keys(problems).length > 0 && (
          <p className="banner banner--error" role="alert">
            {t('setup.fixErrors')}
          </p>
        )}
        {creating.error && <CallErrorBanner error={creating.error} />}
        <button type="submit" className="button button--primary" disabled={creating.running}>
          {t('setup.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
