import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api';
import { useTask } from '../api/use-action';
import { CallErrorBanner } from '../components/CallErrorBanner';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useNavigation, type Route } from '../state/navigation-store';
import { useCan } from '../state/use-can';

interface Props {
  entity: 'student' | 'staff';
  id: string;
  version: number;
  name: string;
  listRoute: Route;
}

/** Deletes a card entered by mistake, after a confirmation; the backend refuses one an order names. */
export function DeleteCardButton({ entity, id, version, name, listRoute }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const allowed = useCan(entity === 'student' ? 'students.delete' : 'staff.delete');
  const [asking, setAsking] = useState(false);
  const deleting = useTask(() => (entity === 'student' ? api.call('students.delete', { id, version }) : api.call('staff.delete', { id, version })));
  if (!allowed) return null;
  const confirm = async () => {
    setAsking(false);
    if (await deleting.run()) navigate(listRoute);
  };
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => setAsking(true)} disabled={deleting.running} data-testid="card-delete">
        {t('duplicates.delete')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('duplicates.deleteTitle', { name })}
          body={t('duplicates.deleteBody')}
          confirmLabel={t('duplicates.deleteConfirm')}
          cancelLabel={t('duplicates.deleteCancel')}
          testId="card-delete-confirm"
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        />
      )}
      {deleting.error && <CallErrorBanner error={deleting.error} />}
    </>
  );
}
