import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../api/use-action';
import { CallErrorBanner } from '../../../components/CallErrorBanner';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { showDate, storeTypedDate, todayIso } from '../../../format/dates';
import { useNavigation } from '../../../state/navigation-store';
import { BasisFields } from './BasisFields';
import { newOrderInput, type NewOrderDraft } from './new-order';
import { emptyBasis } from './order-basis';
import { OrderMoveFields } from './OrderMoveFields';
import { StudentPicker } from './StudentPicker';
import '../../../styles/academic.css';

/** One student's movement by order: an enrollment of a student in no class, a transfer to another class, or a withdrawal with its reason. */
export function NewOrderScreen() {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const [draft, setDraft] = useState<NewOrderDraft>({
    kind: 'transfer',
    date: showDate(todayIso()),
    student: null,
    toClassId: '',
    reason: 'enrolled_elsewhere',
    destinationSchool: '',
    basis: emptyBasis('parents_application'),
  });
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const creating = useAction('orders.create');
  const update = (patch: Partial<NewOrderDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const storedDate = storeTypedDate(draft.date);
  const built = newOrderInput(draft, storeTypedDate);
  // An order is a signed document that cannot be taken back, only revoked by another: it is issued after a confirmation.
  const submit = () => {
    setTried(true);
    if (built.ok) setConfirming(true);
  };
  const issue = async () => {
    setConfirming(false);
    if (!built.ok) return;
    const created = await creating.run(built.input);
    if (created) navigate({ screen: 'order', id: created.order.id });
  };
  const missing = (field: string) => tried && !built.ok && built.missing.includes(field);

  return (
    <div className="page-pad ac-page" data-testid="new-order-form">
      <button type="button" className="button button--quiet button--small ac-back" onClick={() => navigate({ screen: 'orders' })}>
        ← {t('academic.order.back')}
      </button>
      <h1 className="page-title">{t('academic.newOrder.title')}</h1>
      <p className="muted ac-intro">{t('academic.newOrder.intro')}</p>
      {creating.error && <CallErrorBanner error={creating.error} />}
      <form
        className="panel ac-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="form-grid ac-form__grid">
          <label className="field">
            <span className="field__label">{t('academic.newOrder.kind')}</span>
            <select className="input input--select" value={draft.kind} onChange={(e) => update({ kind: e.target.value as NewOrderDraft['kind'], student: null, toClassId: '' })} name="kind">
              <option value="enroll">{t('academic.newOrder.kinds.enroll')}</option>
              <option value="transfer">{t('academic.newOrder.kinds.transfer')}</option>
              <option value="withdraw">{t('academic.newOrder.kinds.withdraw')}</option>
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('academic.newOrder.date')}</span>
            <input
              className="input input--date"
              value={draft.date}
              placeholder={t('fields.datePlaceholder')}
              aria-invalid={missing('date') || undefined}
              onChange={(e) => update({ date: e.target.value })}
              name="date"
            />
          </label>
        </div>
        <StudentPicker
          student={draft.student}
          withoutClass={draft.kind === 'enroll'}
          invalid={missing('student')}
          onChoose={(student) => update(student ? { student, toClassId: '' } : { student: null })}
        />
        <OrderMoveFields draft={draft} date={/^\d{4}-\d{2}-\d{2}$/.test(storedDate) ? storedDate : undefined} missing={missing} update={update} />
        <BasisFields draft={draft.basis} invalid={missing('basis')} onChange={(basis) => update({ basis })} />
        <div className="ac-toolbar">
          <button type="submit" className="button button--primary" disabled={creating.running} data-testid="submit-order">
            {creating.running ? t('academic.newOrder.submitting') : t('academic.newOrder.submit')}
          </button>
        </div>
      </form>
      {confirming && built.ok && draft.student && (
        <ConfirmDialog
          title={t('academic.newOrder.confirmTitle')}
          body={t('academic.newOrder.confirmBody', { kind: t(`academic.orders.kinds.${built.input.kind}`), name: `${draft.student.lastName} ${draft.student.firstName}`, date: draft.date })}
          confirmLabel={t('academic.newOrder.confirm')}
          cancelLabel={t('academic.newOrder.keepEditing')}
          testId="order-confirm"
          onConfirm={() => void issue()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
