import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearLabelSchema } from '../../../../../core/academic/academic-year';
import { useAction } from '../../../api/use-action';
import { FormDialog } from '../../../components/FormDialog';

type Props = { suggested: string; onCreated(yearId: string): void; onCancel(): void };

/** Creates an academic year (1 September – 31 August) with the country's periods: UA two semesters, KG four quarters. */
export function NewYearDialog({ suggested, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [label, setLabel] = useState(suggested);
  const creating = useAction('academicYears.create');
  const valid = academicYearLabelSchema.safeParse(label.trim()).success;

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    inputRef.current?.focus();
    return () => previous?.focus();
  }, []);

  const create = async () => {
    if (!valid) return;
    const created = await creating.run({ label: label.trim() });
    if (created) onCreated(created.year.id);
  };

  return (
    <FormDialog
      title={t('academic.classes.newYear.title')}
      testId="new-year-dialog"
      error={creating.error}
      submitLabel={creating.running ? t('common.saving') : t('academic.classes.newYear.create')}
      submitDisabled={creating.running || !valid}
      onSubmit={() => void create()}
      onCancel={onCancel}
    >
      <label className="field">
        <span className="field__label">{t('academic.classes.newYear.label')}</span>
        <input
          ref={inputRef}
          className="input"
          name="yearLabel"
          value={label}
          maxLength={9}
          aria-invalid={!valid || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setLabel(e.target.value)}
        />
        <span id={`${id}-hint`} className={valid ? 'field__hint' : 'field-issue field-issue--error'}>
          {valid ? t('academic.classes.newYear.hint') : t('academic.classes.newYear.invalid')}
        </span>
      </label>
    </FormDialog>
  );
}
