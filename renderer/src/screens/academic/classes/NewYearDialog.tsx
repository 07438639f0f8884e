import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearLabelSchema } from '../../../../../core/academic/academic-year';
import { api } from '../../../api/api';
import { CallError } from '../../../api/client';
import { FormDialog } from '../../../components/FormDialog';

type Props = { suggested: string; onCreated(yearId: string): void; onCancel(): void };

/** Creates an academic year (1 September – 31 August) with the country's periods: UA two semesters, KG four quarters. */
export function NewYearDialog({ suggested, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [label, setLabel] = useState(suggested);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  const valid = academicYearLabelSchema.safeParse(label.trim()).success;

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    inputRef.current?.focus();
    return () => previous?.focus();
  }, []);

  const create = async () => {
    if (!valid) return;
    setBusy(true);
    setError(null);
    try {
      const { year } = await api.call('academicYears.create', { label: label.trim() });
      onCreated(year.id);
    } catch (err) {
      setError(err instanceof CallError ? err : new CallError('INTERNAL'));
      setBusy(false);
    }
  };

  return (
    <FormDialog
      title={t('academic.classes.newYear.title')}
      testId="new-year-dialog"
      error={error}
      submitLabel={busy ? t('common.saving') : t('academic.classes.newYear.create')}
      submitDisabled={busy || !valid}
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
