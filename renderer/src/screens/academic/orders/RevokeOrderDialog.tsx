import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../../../../core/api/orders-api';
import { useAction } from '../../../api/use-action';
import { FormDialog } from '../../../components/FormDialog';
import { showDate, storeTypedDate, todayIso } from '../../../format/dates';
import { BasisFields } from './BasisFields';
import { basisOf, emptyBasis } from './order-basis';

/** Revokes an order by a new one (numbered, dated, with its basis); the dialog says what the revocation undoes. */
export function RevokeOrderDialog({ order, onRevoked, onCancel }: { order: OrderView; onRevoked(revocation: OrderView): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(showDate(todayIso()));
  const [basis, setBasis] = useState(emptyBasis('council_decision'));
  const [tried, setTried] = useState(false);
  const revoking = useAction('orders.revoke');
  const stated = basisOf(basis, storeTypedDate);
  const storedDate = storeTypedDate(date);
  const dateValid = /^\d{4}-\d{2}-\d{2}$/.test(storedDate);

  const submit = async () => {
    setTried(true);
    if (!stated || !dateValid) return;
    const result = await revoking.run({ orderId: order.id, date: storedDate, basis: stated });
    if (result) onRevoked(result.order);
  };

  return (
    <FormDialog
      title={t('academic.order.revokeTitle', { number: order.number, date: showDate(order.date) })}
      testId="revoke-dialog"
      error={revoking.error}
      submitLabel={t('academic.order.revokeSubmit', { number: order.number })}
      submitDisabled={revoking.running}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <p className="muted">{t('academic.order.revokeExplain', { count: order.items.length })}</p>
      <label className="field">
        <span className="field__label">{t('academic.order.revokeDate')}</span>
        <input
          className="input input--date"
          value={date}
          placeholder={t('fields.datePlaceholder')}
          aria-invalid={(tried && !dateValid) || undefined}
          onChange={(e) => setDate(e.target.value)}
          name="revokeDate"
          // The dialog opens on its first field.
          autoFocus
        />
      </label>
      <BasisFields draft={basis} invalid={tried && !stated} onChange={setBasis} />
    </FormDialog>
  );
}
