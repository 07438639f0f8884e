import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '../api/client';

interface FormDialogProps {
  title: string;
  testId: string;
  error: CallError | null;
  submitLabel: string;
  submitDisabled: boolean;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}

/** A small modal form (a class, a year): Enter submits, Esc or Cancel closes, a refusal is shown above the fields. */
export function FormDialog({ title, testId, error, submitLabel, submitDisabled, onSubmit, onCancel, children }: FormDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="dialog-backdrop">
      <form
        className="dialog ac-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        data-testid={testId}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      >
        <h2 id={`${id}-title`} className="dialog__title">
          {title}
        </h2>
        {error && (
          <div className="banner banner--error" role="alert">
            {t(`errors.${error.code}`, error.params ?? {})}
          </div>
        )}
        {children}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={submitDisabled}>
            {submitLabel}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
