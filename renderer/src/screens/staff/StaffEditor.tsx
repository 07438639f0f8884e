import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { checkStaff } from '../../../../core/checks/staff-checks';
import { sexSchema } from '../../../../core/schemas/common';
import { qualificationCategorySchema, type StaffCard } from '../../../../core/schemas/staff';
import { AddressFields } from '../../editor/AddressFields';
import { CardEditorShell } from '../../editor/CardEditorShell';
import { DateField, SelectField, TextAreaField, TextField } from '../../editor/card-fields';
import { EditorLoadState } from '../../editor/EditorLoadState';
import { enumOptions } from '../../editor/enum-options';
import { FormSection } from '../../editor/FormSection';
import { useCardEditor, type Draft } from '../../editor/use-card-editor';
import { todayIso } from '../../format/dates';
import { personName } from '../../format/person-name';
import { useSession } from '../../state/session-store';
import type { CardBack } from '../../state/navigation-store';
import { RateField } from './RateField';
import { staffSource, type StaffExtra } from './staff-source';

const sectionIds = ['personal', 'contacts', 'employment', 'notes'] as const;

export function StaffEditor({ id, back }: { id: string | null; back?: CardBack | undefined }) {
  const { t } = useTranslation();
  const country = useSession((s) => s.school?.country ?? 'UA');
  const check = useCallback(({ card }: Draft<StaffCard, StaffExtra>) => checkStaff(card, { country, today: todayIso() }), [country]);
  const editor = useCardEditor(staffSource, id, check, country);
  const { loaded } = editor;
  if (!loaded) return <EditorLoadState error={editor.loadError} onRetry={editor.retryLoad} listRoute={back ?? { screen: 'staffList' }} />;

  const title = loaded.id ? personName(loaded.saved.card) || t('editor.newStaff') : t('editor.newStaff');
  return (
    <CardEditorShell
      editor={editor}
      entity="staff"
      title={title}
      sections={sectionIds.map((s) => ({ id: s, label: t(`sections.${s}`) }))}
      listRoute={back ?? { screen: 'staffList' }}
    >
      <FormSection id="personal" title={t('sections.personal')}>
        <div className="form-grid">
          <TextField path="lastName" label={t('fields.lastName')} required autoFocus />
          <TextField path="firstName" label={t('fields.firstName')} required />
          <TextField path="middleName" label={t('fields.middleName')} />
          <DateField path="birthDate" label={t('fields.birthDate')} required />
          <SelectField path="sex" label={t('fields.sex')} options={enumOptions('sex', sexSchema.options)} emptyLabel={t('common.choose')} />
          <TextField path="citizenship" label={t('fields.citizenship')} />
          {country === 'UA' ? (
            <TextField path="taxId" label={t('fields.taxId')} hint={t('fields.taxIdHint')} inputMode="numeric" required />
          ) : (
            <TextField path="pin" label={t('fields.pin')} hint={t('fields.pinHint')} inputMode="numeric" />
          )}
        </div>
      </FormSection>

      <FormSection id="contacts" title={t('sections.contacts')}>
        <div className="form-grid">
          <TextField path="phone" label={t('fields.phone')} inputMode="tel" />
          <TextField path="email" label={t('fields.email')} inputMode="email" />
        </div>
        <h3 className="subheading">{t('fields.groups.address')}</h3>
        <AddressFields path="address" />
      </FormSection>

      <FormSection id="employment" title={t('sections.employment')}>
        <div className="form-grid">
          <TextField path="position" label={t('fields.position')} required />
          <RateField />
          <DateField path="hiredOn" label={t('fields.hiredOn')} />
          <DateField path="dismissedOn" label={t('fields.dismissedOn')} />
          <SelectField
            path="qualificationCategory"
            label={t('fields.qualificationCategory')}
            options={enumOptions('qualification', qualificationCategorySchema.options)}
            emptyLabel={t('common.choose')}
          />
          <TextAreaField path="education" label={t('fields.education')} />
        </div>
      </FormSection>

      <FormSection id="notes" title={t('sections.notes')}>
        <div className="form-grid">
          <TextAreaField path="notes" label={t('fields.notes')} />
        </div>
      </FormSection>
    </CardEditorShell>
  );
}
