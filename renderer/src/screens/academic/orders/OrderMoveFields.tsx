import { useTranslation } from 'react-i18next';
import type { WithdrawalReason } from '../../../../../core/academic/order';
import { withdrawalReasonSchema } from '../../../../../core/academic/order';
import { useCall } from '../../../api/use-call';
import { CallErrorBanner } from '../../../components/CallErrorBanner';
import type { NewOrderDraft } from './new-order';

interface OrderMoveFieldsProps {
  draft: NewOrderDraft;
  /** The order's date as stored, once typed in full: the classes offered are of the year it falls in. */
  date: string | undefined;
  missing(field: string): boolean;
  update(patch: Partial<NewOrderDraft>): void;
}

/** Where the order moves the student: the class to enrol in or move to, or the reason and school of a withdrawal. */
export function OrderMoveFields({ draft, date, missing, update }: OrderMoveFieldsProps) {
  const { t } = useTranslation();
  const { data, error, reload } = useCall('classes.ofYear', date ? { date } : {}, [date]);

  if (draft.kind === 'withdraw') {
    return (
      <div className="form-grid ac-form__grid">
        <label className="field">
          <span className="field__label">{t('academic.newOrder.reason')}</span>
          <select className="input input--select" value={draft.reason} onChange={(e) => update({ reason: e.target.value as WithdrawalReason })} name="reason">
            {withdrawalReasonSchema.options.map((r) => (
              <option key={r} value={r}>
                {t(`academic.orders.reasons.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('academic.newOrder.destination')}</span>
          <input
            className="input"
            value={draft.destinationSchool}
            maxLength={200}
            aria-invalid={missing('destinationSchool') || undefined}
            onChange={(e) => update({ destinationSchool: e.target.value })}
            name="destinationSchool"
          />
          {missing('destinationSchool') && <span className="field-issue field-issue--error">{t('academic.newOrder.destinationRequired')}</span>}
        </label>
      </div>
    );
  }
  return (
    <label className="field ac-form__wide">
      <span className="field__label">{t(draft.kind === 'enroll' ? 'academic.newOrder.enrollToClass' : 'academic.newOrder.toClass')}</span>
      <select className="input input--select" value={draft.toClassId} aria-invalid={missing('toClassId') || undefined} onChange={(e) => update({ toClassId: e.target.value })} name="toClassId">
        <option value="">{t('common.choose')}</option>
        {(data?.classes ?? [])
          .filter((c) => c.label !== draft.student?.className)
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
      </select>
      {missing('toClassId') && <span className="field-issue field-issue--error">{t('academic.newOrder.chooseClass')}</span>}
      {error && <CallErrorBanner error={error} onRetry={reload} />}
    </label>
  );
}
