import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WithdrawalReason } from '../../../../../core/academic/order';
import { withdrawalReasonSchema } from '../../../../../core/academic/order';
import type { ClassView } from '../../../../../core/api/classes-api';
import type { StudentRow } from '../../../../../core/api/cards-api';
import { api } from '../../../api/api';
import { CallError } from '../../../api/client';
import { showDate, storeTypedDate, todayIso } from '../../../format/dates';
import { personName } from '../../../format/person-name';
import { useDebounced } from '../../../list/use-debounced';
import { useNavigation } from '../../../state/navigation-store';
import { newOrderInput, type NewOrderDraft } from './new-order';
import '../../../styles/academic.css';

const matchesShown = 8;

/** One student's movement by order: an enrollment of a student in no class, a transfer to another class, or a withdrawal with its reason. */
export function NewOrderScreen() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigation((s) => s.navigate);
  const [draft, setDraft] = useState<NewOrderDraft>({ kind: 'transfer', date: showDate(todayIso()), student: null, toClassId: '', reason: 'enrolled_elsewhere', destinationSchool: '' });
  const [query, setQuery] = useState('');
  const settled = useDebounced(query, 200);
  const [matches, setMatches] = useState<StudentRow[] | null>(null);
  const [classes, setClasses] = useState<ClassView[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  const [tried, setTried] = useState(false);
  const update = (patch: Partial<NewOrderDraft>) => setDraft((d) => ({ ...d, ...patch }));

  // The classes of the year the order's date falls in (the current year while the date is not typed in full).
  const storedDate = storeTypedDate(draft.date);
  const classYearDate = /^\d{4}-\d{2}-\d{2}$/.test(storedDate) ? storedDate : undefined;
  useEffect(() => {
    let live = true;
    api.call('classes.ofYear', classYearDate ? { date: classYearDate } : {}).then(
      (r) => live && setClasses(r.classes),
      () => live && setClasses([]),
    );
    return () => {
      live = false;
    };
  }, [classYearDate]);

  // Only a student in no class can be enrolled; the others are found for a transfer or a withdrawal.
  const withoutClass = draft.kind === 'enroll';
  useEffect(() => {
    if (!settled.trim()) return setMatches(null);
    let live = true;
    api.call('students.list', { search: settled, withoutClass }).then(
      (r) => live && setMatches(r.rows.slice(0, matchesShown)),
      () => live && setMatches([]),
    );
    return () => {
      live = false;
    };
  }, [settled, withoutClass]);

  const built = newOrderInput(draft, storeTypedDate);
  const submit = async () => {
    setTried(true);
    if (!built.ok) return;
    setBusy(true);
    setError(null);
    try {
      const { order } = await api.call('orders.create', built.input);
      navigate({ screen: 'order', id: order.id });
    } catch (err) {
      setError(err instanceof CallError ? err : new CallError('INTERNAL'));
      setBusy(false);
    }
  };
  const missing = (field: string) => tried && !built.ok && built.missing.includes(field);

  return (
    <div className="page-pad ac-page" data-testid="new-order-form">
      <button type="button" className="button button--quiet button--small ac-back" onClick={() => navigate({ screen: 'orders' })}>
        ← {t('academic.order.back')}
      </button>
      <h1 className="page-title">{t('academic.newOrder.title')}</h1>
      <p className="muted ac-intro">{t('academic.newOrder.intro')}</p>
      {error && (
        <div className="banner banner--error" role="alert">
          {t(`errors.${error.code}`, error.params ?? {})}
        </div>
      )}
      <form
        className="panel ac-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
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
        <fieldset className="ac-fieldset">
          <legend className="field__label">{t('academic.newOrder.student')}</legend>
          {draft.student ? (
            <p className="ac-chosen" data-testid="chosen-student">
              {t('academic.newOrder.chosen', { name: personName(draft.student) })} (
              {draft.student.className ? t('academic.newOrder.currentClass', { label: draft.student.className }) : t('academic.newOrder.noClass')})
              <button type="button" className="button button--small" onClick={() => update({ student: null })}>
                {t('academic.newOrder.change')}
              </button>
            </p>
          ) : (
            <>
              <label className="field">
                <span className="field__label">{t('academic.newOrder.studentSearch')}</span>
                <input
                  type="search"
                  className="input input--search"
                  value={query}
                  placeholder={t('academic.newOrder.studentSearchPlaceholder')}
                  aria-invalid={missing('student') || undefined}
                  aria-controls={`${id}-matches`}
                  onChange={(e) => setQuery(e.target.value)}
                  name="studentSearch"
                />
              </label>
              <ul id={`${id}-matches`} className="ac-matches" aria-live="polite">
                {matches?.length === 0 && <li className="muted">{t('academic.newOrder.noMatches')}</li>}
                {matches?.map((row) => (
                  <li key={row.id}>
                    <button type="button" className="ac-match" onClick={() => update({ student: row, toClassId: '' })} data-student-id={row.id}>
                      <span className="data-table__name">{personName(row)}</span>
                      <span className="muted">
                        {showDate(row.birthDate)} · {row.className ?? t('academic.newOrder.noClass')}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
              {missing('student') && <p className="field-issue field-issue--error">{t('academic.newOrder.chooseStudent')}</p>}
            </>
          )}
        </fieldset>
        {draft.kind !== 'withdraw' ? (
          <label className="field ac-form__wide">
            <span className="field__label">{t(draft.kind === 'enroll' ? 'academic.newOrder.enrollToClass' : 'academic.newOrder.toClass')}</span>
            <select className="input input--select" value={draft.toClassId} aria-invalid={missing('toClassId') || undefined} onChange={(e) => update({ toClassId: e.target.value })} name="toClassId">
              <option value="">{t('common.choose')}</option>
              {classes
                .filter((c) => c.label !== draft.student?.className)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
            </select>
            {missing('toClassId') && <span className="field-issue field-issue--error">{t('academic.newOrder.chooseClass')}</span>}
          </label>
        ) : (
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
        )}
        <div className="ac-toolbar">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="submit-order">
            {busy ? t('academic.newOrder.submitting') : t('academic.newOrder.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
