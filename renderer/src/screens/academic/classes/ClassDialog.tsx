import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassView } from '../../../../../core/api/classes-api';
import { gradeOfLabel, labelForGrade } from '../../../../../core/academic/school-class';
import { api } from '../../../api/api';
import { useTask } from '../../../api/use-action';
import { useCall } from '../../../api/use-call';
import { CallErrorBanner } from '../../../components/CallErrorBanner';
import { FormDialog } from '../../../components/FormDialog';
import { personName } from '../../../format/person-name';

const grades = Array.from({ length: 12 }, (_, i) => i + 1);

type Props = { year: { id: string; label: string }; editing: ClassView | null; onSaved(label: string): void; onCancel(): void };

/** Creates a class of the year or changes one: grade, label (beginning with the grade) and homeroom teacher. */
export function ClassDialog({ year, editing, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const firstRef = useRef<HTMLSelectElement>(null);
  const [grade, setGrade] = useState(editing?.grade ?? 1);
  const [label, setLabel] = useState(editing?.label ?? '1-А');
  const [teacherId, setTeacherId] = useState(editing?.homeroomTeacherId ?? '');
  const staff = useCall('staff.list', {}, []);
  const saving = useTask(async (fields: { grade: number; label: string; homeroomTeacherId?: string }) => {
    if (editing) await api.call('classes.update', { id: editing.id, ...fields });
    else await api.call('classes.create', { academicYearId: year.id, ...fields });
    return true;
  });

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    firstRef.current?.focus();
    return () => previous?.focus();
  }, []);

  const mismatch = gradeOfLabel(label.trim()) !== grade;
  const changeGrade = (next: number) => {
    setGrade(next);
    if (gradeOfLabel(label) !== undefined) setLabel(labelForGrade(label, next));
  };

  const save = async () => {
    if (mismatch || !label.trim()) return;
    const fields = { grade, label: label.trim(), ...(teacherId ? { homeroomTeacherId: teacherId } : {}) };
    if (await saving.run(fields)) onSaved(fields.label);
  };

  return (
    <FormDialog
      title={editing ? t('academic.classes.dialog.editTitle', { label: editing.label }) : t('academic.classes.dialog.createTitle', { year: year.label })}
      testId="class-dialog"
      error={saving.error}
      submitLabel={saving.running ? t('common.saving') : editing ? t('common.save') : t('academic.classes.dialog.create')}
      submitDisabled={saving.running || mismatch}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <div className="stack">
        <label className="field">
          <span className="field__label">{t('academic.classes.dialog.grade')}</span>
          <select ref={firstRef} className="input input--select" value={grade} onChange={(e) => changeGrade(Number(e.target.value))} name="grade">
            {grades.map((g) => (
              <option key={g} value={g}>
                {t('academic.classes.dialog.gradeOption', { grade: g })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('academic.classes.dialog.label')}</span>
          <input
            className="input"
            value={label}
            maxLength={20}
            required
            aria-invalid={mismatch || undefined}
            aria-describedby={`${id}-label-hint`}
            onChange={(e) => setLabel(e.target.value)}
            name="label"
          />
          <span id={`${id}-label-hint`} className={mismatch ? 'field-issue field-issue--error' : 'field__hint'}>
            {mismatch ? t('academic.classes.dialog.labelMismatch', { grade }) : t('academic.classes.dialog.labelHint')}
          </span>
        </label>
        <label className="field">
          <span className="field__label">{t('academic.classes.dialog.teacher')}</span>
          <select className="input input--select" value={teacherId} onChange={(e) => setTeacherId(e.target.value)} name="homeroomTeacherId">
            <option value="">{t('common.choose')}</option>
            {(staff.data?.rows ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {personName(s)} — {s.position}
              </option>
            ))}
          </select>
        </label>
        {staff.error && <CallErrorBanner error={staff.error} onRetry={staff.reload} />}
      </div>
    </FormDialog>
  );
}
