import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { checkStudent } from '../../../../core/checks/student-checks';
import { academicYearStartOf } from '../../../../core/rules/calendar';
import { sexSchema } from '../../../../core/schemas/common';
import { educationFormSchema, socialStatusSchema, type StudentCard } from '../../../../core/schemas/student';
import { AddressFields } from '../../editor/AddressFields';
import { CardEditorShell } from '../../editor/CardEditorShell';
import { CheckboxGroupField, DateField, SelectField, TextAreaField, TextField } from '../../editor/card-fields';
import { enumOptions } from '../../editor/enum-options';
import { FormSection } from '../../editor/FormSection';
import { useCardEditor, type Draft } from '../../editor/use-card-editor';
import { todayIso } from '../../format/dates';
import { useClasses } from '../../state/use-classes';
import { useSession } from '../../state/session-store';
import type { CardBack } from '../../state/navigation-store';
import { useCan } from '../../state/use-can';
import { personName } from '../../format/person-name';
import { studentSource, type StudentExtra } from './student-source';
import { StudentClassField } from './StudentClassField';
import { StudentClassHistory } from './StudentClassHistory';
import { StudentDocuments } from './StudentDocuments';
import { StudentGuardians } from './StudentGuardians';
import { EditorLoadState } from '../../editor/EditorLoadState';

const sectionIds = ['personal', 'documents', 'contacts', 'guardians', 'education', 'social', 'notes'] as const;

export function StudentEditor({ id, back }: { id: string | null; back?: CardBack | undefined }) {
  const { t } = useTranslation();
  const country = useSession((s) => s.school?.country ?? 'UA');
  const classes = useClasses();
  const check = useCallback(
    ({ card, extra }: Draft<StudentCard, StudentExtra>) => {
      const today = todayIso();
      const grade = classes.data?.find((c) => c.id === extra.classId)?.grade;
      return checkStudent(card, { country, today, grade, academicYearStart: academicYearStartOf(today), enrolled: extra.classId !== null });
    },
    [classes.data, country],
  );
  const editor = useCardEditor(studentSource, id, check, country);
  const { loaded } = editor;
  // A class teacher edits only the contacts, guardians, social and medical fields (DESIGN §9): the rest is disabled.
  const contactsOnly = !useCan('students.save');
  if (!loaded) return <EditorLoadState error={editor.loadError} onRetry={editor.retryLoad} listRoute={back ?? { screen: 'students' }} />;

  const title = loaded.id ? personName(loaded.saved.card) || t('editor.newStudent') : t('editor.newStudent');
  return (
    <CardEditorShell
      editor={editor}
      entity="student"
      title={title}
      sections={sectionIds.map((s) => ({ id: s, label: t(`sections.${s}`) }))}
      listRoute={back ?? { screen: 'students' }}
    >
      <fieldset className="editor__fieldset" disabled={contactsOnly}>
        <FormSection id="personal" title={t('sections.personal')}>
          <div className="form-grid">
            <TextField path="lastName" label={t('fields.lastName')} required autoFocus />
            <TextField path="firstName" label={t('fields.firstName')} required />
            <TextField path="middleName" label={t('fields.middleName')} />
            <DateField path="birthDate" label={t('fields.birthDate')} required />
            <SelectField path="sex" label={t('fields.sex')} options={enumOptions('sex', sexSchema.options)} emptyLabel={t('common.choose')} required />
            <TextField path="citizenship" label={t('fields.citizenship')} />
            {country === 'UA' ? (
              <>
                <TextField path="taxId" label={t('fields.taxId')} hint={t('fields.taxIdHint')} inputMode="numeric" />
                <TextField path="unzr" label={t('fields.unzr')} hint={t('fields.unzrHint')} />
              </>
            ) : (
              <TextField path="pin" label={t('fields.pin')} hint={t('fields.pinHint')} inputMode="numeric" />
            )}
          </div>
        </FormSection>

        <StudentDocuments />
      </fieldset>

      <FormSection id="contacts" title={t('sections.contacts')}>
        <div className="form-grid">
          <TextField path="phone" label={t('fields.phone')} inputMode="tel" />
          <TextField path="email" label={t('fields.email')} inputMode="email" />
        </div>
        <h3 className="subheading">{t('fields.groups.registeredAddress')}</h3>
        <AddressFields path="registeredAddress" />
        <div className="subheading-row">
          <h3 className="subheading">{t('fields.groups.actualAddress')}</h3>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => editor.setField('actualAddress', { ...loaded.draft.card.registeredAddress })}
          >
            {t('editor.copyAddress')}
          </button>
        </div>
        <AddressFields path="actualAddress" />
      </FormSection>

      <StudentGuardians />

      <fieldset className="editor__fieldset" disabled={contactsOnly}>
        <FormSection id="education" title={t('sections.education')}>
          <div className="form-grid">
            <StudentClassField editor={editor} classes={classes} />
            <SelectField path="educationForm" label={t('fields.educationForm')} options={enumOptions('educationForm', educationFormSchema.options)} required />
            <TextField path="personalFileNumber" label={t('fields.personalFileNumber')} hint="В/13" />
            <TextAreaField path="previousEducation" label={t('fields.previousEducation')} />
          </div>
          {loaded.id && <StudentClassHistory id={loaded.id} />}
        </FormSection>
      </fieldset>

      <FormSection id="social" title={t('sections.social')}>
        <div className="form-grid">
          <CheckboxGroupField path="socialStatus" label={t('fields.socialStatus')} options={enumOptions('socialStatus', socialStatusSchema.options)} />
          <TextAreaField path="specialNeeds" label={t('fields.specialNeeds')} />
          <TextAreaField path="medicalNotes" label={t('fields.medicalNotes')} />
        </div>
      </FormSection>

      <fieldset className="editor__fieldset" disabled={contactsOnly}>
        <FormSection id="notes" title={t('sections.notes')}>
          <div className="form-grid">
            <TextAreaField path="notes" label={t('fields.notes')} />
          </div>
        </FormSection>
      </fieldset>
    </CardEditorShell>
  );
}
