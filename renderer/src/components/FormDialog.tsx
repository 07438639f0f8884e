import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '../api/client';
import { CallErrorBanner } from './CallErrorBanner';

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

const focusable = 'button, [href], input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Tab from the last control goes to the first and Shift+Tab from the first to the last: the page behind is out of reach. */
function keepFocusInside(form: HTMLFormElement, e: KeyboardEvent) {
  const controls = [...form.querySelectorAll<HTMLElement>(focusable)].filter((el) => !el.matches(':disabled') && el.tabIndex >= 0);
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const target = e.shiftKey ? (document.activeElement === first ? last : null) : document.activeElement === last ? first : null;
  if (target) {
    e.preventDefault();
    target.focus();
  }
}

/**
 * A small modal form (a class, a year): Enter submits, Esc or Cancel closes, a refusal is shown above the fields.
 * Tab stays inside it, and on closing the focus goes back to what opened it.
 */
export function FormDialog({ title, testId, error, submitLabel, submitDisabled, onSubmit, onCancel, children }: FormDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // Taken while rendering: by the time effects run, a field's autoFocus has already moved the focus into the dialog.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => () => opener?.focus(), [opener]);
  return (
    <div className="dialog-backdrop">
      <form
        ref={formRef}
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
          } else if (e.key === 'Tab' && formRef.current) {
            keepFocusInside(formRef.current, e);
          }
        }}
      >
        <h2 id={`${id}-title`} className="dialog__title">
          {title}
        </h2>
        {error && <CallErrorBanner error={error} />}
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
