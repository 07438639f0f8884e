import { useTranslation } from 'react-i18next';
import type { ClassRef } from '../../../../core/api/classes-api';
import type { CallResult } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import type { StudentCard } from '../../../../core/schemas/student';
import { FieldIssues } from '../../editor/field-issues';
import type { CardEditorState } from '../../editor/use-card-editor';
import type { StudentExtra } from './student-source';

/** A new card chooses the class to enrol in; a saved card shows its current class (moved by orders, not here). */
export function StudentClassField({ editor, classes }: { editor: CardEditorState<StudentCard, StudentExtra>; classes: CallResult<ClassRef[]> }) {
  const { t } = useTranslation();
  const loaded = editor.loaded;
  if (!loaded) return null;
  const issues = editor.issues.filter((i) => (i.field === 'classId' || i.field === 'enrollment') && editor.shownAt(i.field));
  if (loaded.id) {
    const label = classes.data?.find((c) => c.id === loaded.draft.extra.classId)?.label;
    return (
      <div className="field">
        <span className="field__label" id="current-class-label">
          {t('editor.currentClass')}
        </span>
        <output className="field__static" data-field="enrollment" aria-labelledby="current-class-label">
          {label ?? t('editor.notEnrolled')}
        </output>
        <FieldIssues issues={issues} />
      </div>
    );
  }
  return (
    <div className="field">
      <label className="field__label" htmlFor="field-classId">
        {t('editor.enrollIn')}
      </label>
      <select
        id="field-classId"
        name="classId"
        data-field="classId"
        className="input input--select"
        value={loaded.draft.extra.classId ?? ''}
        aria-invalid={issues.some((i) => i.severity === 'error')}
        aria-describedby={issues.length > 0 ? 'field-classId-issues' : undefined}
        onChange={(e) => editor.setExtra({ classId: e.target.value === '' ? null : e.target.value })}
      >
        <option value="">{t('common.choose')}</option>
        {(classes.data ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldIssues id="field-classId-issues" issues={issues} />
      {classes.error && <CallErrorBanner error={classes.error} onRetry={classes.reload} title={t('list.classesFailed')} />}
    </div>
  );
}
