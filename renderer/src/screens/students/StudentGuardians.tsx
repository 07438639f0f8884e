import { useTranslation } from 'react-i18next';
import { guardianRelationSchema, type Guardian } from '../../../../core/schemas/student';
import { SelectField, TextField } from '../../editor/card-fields';
import { useEditorFields } from '../../editor/editor-fields';
import { enumOptions } from '../../editor/enum-options';
import { FieldIssues } from '../../editor/field-issues';
import { FormSection } from '../../editor/FormSection';

export function StudentGuardians() {
  const { t } = useTranslation();
  const fields = useEditorFields();
  const value = fields.value('guardians');
  const guardians = Array.isArray(value) ? (value as Guardian[]) : [];
  const add = () => {
    const relation = guardians.some((g) => g.relation === 'mother') ? 'father' : 'mother';
    fields.set('guardians', [...guardians, { relation, lastName: '', firstName: '' }]);
  };
  const remove = (index: number) => fields.set('guardians', guardians.filter((_, i) => i !== index));
  return (
    <FormSection
      id="guardians"
      title={t('sections.guardians')}
      actions={
        <button type="button" className="button button--small" onClick={add} data-action="add-guardian">
          + {t('editor.addGuardian')}
        </button>
      }
    >
      <div data-field="guardians" tabIndex={-1} className="group-anchor">
        <FieldIssues issues={fields.issuesAt('guardians')} />
      </div>
      {guardians.length === 0 && <p className="muted">{t('editor.noGuardians')}</p>}
      {guardians.map((_, i) => (
        <fieldset key={i} className="repeat-item" data-testid={`guardian-${i}`}>
          <legend className="repeat-item__title">{t('fields.guardian.item', { n: i + 1 })}</legend>
          <div className="form-grid">
            <SelectField path={`guardians.${i}.relation`} label={t('fields.guardian.relation')} options={enumOptions('relation', guardianRelationSchema.options)} required />
            <TextField path={`guardians.${i}.lastName`} label={t('fields.guardian.lastName')} required />
            <TextField path={`guardians.${i}.firstName`} label={t('fields.guardian.firstName')} required />
            <TextField path={`guardians.${i}.middleName`} label={t('fields.guardian.middleName')} />
            <TextField path={`guardians.${i}.phone`} label={t('fields.guardian.phone')} inputMode="tel" />
            <TextField path={`guardians.${i}.email`} label={t('fields.guardian.email')} inputMode="email" />
            <TextField path={`guardians.${i}.work`} label={t('fields.guardian.work')} wide />
            <TextField path={`guardians.${i}.address`} label={t('fields.guardian.address')} wide />
          </div>
          <button type="button" className="button button--small button--quiet repeat-item__remove" onClick={() => remove(i)}>
            {t('editor.removeGuardian', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
    </FormSection>
  );
}
