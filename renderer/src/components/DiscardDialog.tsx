import { useTranslation } from 'react-i18next';
import { useNavigation } from '../state/navigation-store';
import { ConfirmDialog } from './ConfirmDialog';

/** Asked whenever leaving would drop unsaved changes (closing, navigating, logging out, reloading a card). */
export function DiscardDialog() {
  const { t } = useTranslation();
  const pending = useNavigation((s) => s.pending);
  const confirmLeave = useNavigation((s) => s.confirmLeave);
  const cancelLeave = useNavigation((s) => s.cancelLeave);
  if (pending === null) return null;
  return (
    <ConfirmDialog
      title={t('discard.title')}
      body={t('discard.body')}
      confirmLabel={t('discard.discard')}
      cancelLabel={t('discard.stay')}
      testId="discard-dialog"
      onConfirm={confirmLeave}
      onCancel={cancelLeave}
    />
  );
}
