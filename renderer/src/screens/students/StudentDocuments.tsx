import { useTranslation } from 'react-i18next';
import { documentTypeSchema, type IdentityDocument } from '../../../../core/schemas/student';
import { DateField, SelectField, TextField } from '../../editor/card-fields';
import { useEditorFields } from '../../editor/editor-fields';
import { enumOptions } from '../../editor/enum-options';
import { FieldIssues } from '../../editor/field-issues';
import { FormSection } from '../../editor/FormSection';

export function StudentDocuments() {
  const { t } = useTranslation();
  const fields = useEditorFields();
  const value = fields.value('documents');
  const documents = Array.isArray(value) ? (value as IdentityDocument[]) : [];
  const add = () => {
    const type = documents.some((d) => d.type === 'birth_certificate') ? 'passport' : 'birth_certificate';
    fields.set('documents', [...documents, { type, number: '' }]);
  };
  const remove = (index: number) => fields.set('documents', documents.filter((_, i) => i !== index));
  return (
    <FormSection
      id="documents"
      title={t('sections.documents')}
      actions={
        <button type="button" className="button button--small" onClick={add} data-action="add-document">
          + {t('editor.addDocument')}
        </button>
      }
    >
      <div data-field="documents" tabIndex={-1} className="group-anchor">
        <FieldIssues issues={fields.issuesAt('documents')} />
      </div>
      {documents.length === 0 && <p className="muted">{t('editor.noDocuments')}</p>}
      {documents.map((_, i) => (
        <fieldset key={i} className="repeat-item" data-testid={`document-${i}`}>
          <legend className="repeat-item__title">{t('fields.document.item', { n: i + 1 })}</legend>
          <div className="form-grid">
            <SelectField path={`documents.${i}.type`} label={t('fields.document.type')} options={enumOptions('documentType', documentTypeSchema.options)} required />
            <TextField path={`documents.${i}.series`} label={t('fields.document.series')} />
            <TextField path={`documents.${i}.number`} label={t('fields.document.number')} required />
            <DateField path={`documents.${i}.issuedOn`} label={t('fields.document.issuedOn')} />
            <TextField path={`documents.${i}.issuer`} label={t('fields.document.issuer')} wide />
          </div>
          <button type="button" className="button button--small button--quiet repeat-item__remove" onClick={() => remove(i)}>
            {t('editor.removeDocument', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
    </FormSection>
  );
}
