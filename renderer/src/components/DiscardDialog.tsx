import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../state/navigation-store';

/** Asked whenever leaving would drop unsaved changes (closing, navigating, logging out, reloading a card). */
export function DiscardDialog() {
  const { t } = useTranslation();
  const pending = useNavigation((s) => s.pending);
  const confirmLeave = useNavigation((s) => s.confirmLeave);
  const cancelLeave = useNavigation((s) => s.cancelLeave);
  const stayRef = useRef<HTMLButtonElement>(null);
  const discardRef = useRef<HTMLButtonElement>(null);
  const open = pending !== null;

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    stayRef.current?.focus();
    return () => previous?.focus();
  }, [open]);

  if (!open) return null;
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="discard-title"
        aria-describedby="discard-body"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            cancelLeave();
          } else if (e.key === 'Tab') {
            // Two buttons: keep the focus inside the dialog.
            e.preventDefault();
            (document.activeElement === stayRef.current ? discardRef : stayRef).current?.focus();
          }
        }}
      >
        <h2 id="discard-title" className="dialog__title">
          {t('discard.title')}
        </h2>
        <p id="discard-body">{t('discard.body')}</p>
        <div className="dialog__actions">
          <button ref={discardRef} type="button" className="button button--danger" onClick={confirmLeave}>
            {t('discard.discard')}
          </button>
          <button ref={stayRef} type="button" className="button button--primary" onClick={cancelLeave}>
            {t('discard.stay')}
          </button>
        </div>
      </div>
    </div>
  );
}
