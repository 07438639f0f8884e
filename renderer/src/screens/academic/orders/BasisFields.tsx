import { useTranslation } from 'react-i18next';
import type { OrderBasisKind } from '../../../../../core/academic/order';
import { orderBasisSchema } from '../../../../../core/academic/order';
import { basisFields, type BasisDraft } from './order-basis';

const kinds = orderBasisSchema.options.map((o) => o.shape.kind.value);

interface BasisFieldsProps {
  draft: BasisDraft;
  /** Show that the basis is still incomplete (after a first try to submit). */
  invalid: boolean;
  disabled?: boolean;
  onChange(draft: BasisDraft): void;
}

/** «Підстава» of an order: a decision of the pedagogical council with its protocol, an application with its date, or words. */
export function BasisFields({ draft, invalid, disabled = false, onChange }: BasisFieldsProps) {
  const { t } = useTranslation();
  const needs = basisFields[draft.kind];
  const update = (patch: Partial<BasisDraft>) => onChange({ ...draft, ...patch });
  return (
    <fieldset className="ac-fieldset" data-testid="order-basis">
      <legend className="field__label">{t('academic.basis.legend')}</legend>
      <div className="form-grid ac-form__grid">
        <label className="field">
          <span className="field__label">{t('academic.basis.documentKind')}</span>
          <select className="input input--select" value={draft.kind} disabled={disabled} onChange={(e) => update({ kind: e.target.value as OrderBasisKind })} name="basisKind">
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`academic.basis.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        {needs.includes('protocolNumber') && (
          <label className="field">
            <span className="field__label">{t('academic.basis.protocolNumber')} *</span>
            <input
              className="input"
              value={draft.protocolNumber}
              maxLength={20}
              disabled={disabled}
              aria-invalid={(invalid && !draft.protocolNumber.trim()) || undefined}
              onChange={(e) => update({ protocolNumber: e.target.value })}
              name="basisProtocolNumber"
            />
          </label>
        )}
        {needs.includes('date') && (
          <label className="field">
            <span className="field__label">{t(draft.kind === 'council_decision' ? 'academic.basis.protocolDate' : 'academic.basis.applicationDate')} *</span>
            <input
              className="input input--date"
              value={draft.date}
              placeholder={t('fields.datePlaceholder')}
              disabled={disabled}
              aria-invalid={invalid || undefined}
              onChange={(e) => update({ date: e.target.value })}
              name="basisDate"
            />
          </label>
        )}
        {needs.includes('text') && (
          <label className="field ac-form__wide">
            <span className="field__label">{t('academic.basis.text')} *</span>
            <input
              className="input"
              value={draft.text}
              maxLength={300}
              disabled={disabled}
              aria-invalid={(invalid && !draft.text.trim()) || undefined}
              onChange={(e) => update({ text: e.target.value })}
              name="basisText"
            />
          </label>
        )}
      </div>
      {invalid && <span className="field-issue field-issue--error">{t('academic.basis.required')}</span>}
    </fieldset>
  );
}
