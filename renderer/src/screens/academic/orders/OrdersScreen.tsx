import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderKind } from '../../../../../core/academic/order';
import { orderKindSchema } from '../../../../../core/academic/order';
import type { MethodOutput } from '../../../../../core/api/contract';
import { api } from '../../../api/api';
import { CallError } from '../../../api/client';
import { showDate } from '../../../format/dates';
import { useDebounced } from '../../../list/use-debounced';
import { useNavigation } from '../../../state/navigation-store';
import { useAcademicYears } from '../use-academic-years';
import { YearSwitcher } from '../YearSwitcher';
import { isLate, studentsSummary } from './order-view';
import '../../../styles/academic.css';

type Listed = MethodOutput<'orders.list'>;

/** Above this many orders the table shows the newest ones and asks for a narrower search. */
const shownRows = 300;

/** Movement orders, newest first: search, filter by kind and year, and the numbers missing from the sequence. */
export function OrdersScreen() {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const years = useAcademicYears();
  const [yearId, setYearId] = useState<string | null>(null);
  const [kind, setKind] = useState<OrderKind | ''>('');
  const [search, setSearch] = useState('');
  const settledSearch = useDebounced(search, 200);
  const [listed, setListed] = useState<Listed | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const year = yearId === '' ? null : (years?.find((y) => y.id === yearId) ?? years?.find((y) => y.current) ?? null);

  useEffect(() => {
    if (!years) return;
    let live = true;
    const input = { search: settledSearch, ...(kind ? { kind } : {}), ...(year ? { academicYear: year.label } : {}) };
    api.call('orders.list', input).then(
      (r) => live && (setListed(r), setError(null)),
      (err: unknown) => live && setError(err instanceof CallError ? err : new CallError('INTERNAL')),
    );
    return () => {
      live = false;
    };
  }, [years, year, kind, settledSearch]);

  const orders = listed?.orders ?? [];

  return (
    <div className="page-pad ac-page" data-testid="orders-screen">
      <div className="ac-head">
        <h1 className="page-title">{t('academic.orders.title')}</h1>
        <button type="button" className="button button--primary" onClick={() => navigate({ screen: 'newOrder' })} data-testid="new-order">
          {t('academic.orders.newOrder')}
        </button>
      </div>
      <p className="muted ac-intro">{t('academic.orders.intro')}</p>
      <div className="ac-toolbar">
        <label className="field ac-search">
          <span className="field__label">{t('academic.orders.search')}</span>
          <input
            type="search"
            className="input input--search"
            value={search}
            placeholder={t('academic.orders.searchPlaceholder')}
            onChange={(e) => setSearch(e.target.value)}
            name="search"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('academic.orders.kindFilter')}</span>
          <select className="input input--select" value={kind} onChange={(e) => setKind(e.target.value as OrderKind | '')} name="kind">
            <option value="">{t('academic.orders.allKinds')}</option>
            {orderKindSchema.options.map((k) => (
              <option key={k} value={k}>
                {t(`academic.orders.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {years && <YearSwitcher years={years} value={year?.id ?? ''} onChange={setYearId} allLabel={t('academic.orders.allYears')} />}
        <span className="muted" role="status" data-testid="orders-count">
          {listed ? t('academic.orders.rows', { count: orders.length }) : ''}
        </span>
      </div>
      {error && (
        <div className="banner banner--error" role="alert">
          {t(`errors.${error.code}`, error.params ?? {})}
        </div>
      )}
      {listed && listed.missingNumbers.length > 0 && (
        <div className="banner banner--error" role="alert" data-testid="orders-missing">
          {year
            ? t('academic.orders.missing', { year: year.label, numbers: listed.missingNumbers.join(', ') })
            : t('academic.orders.missingAll', { numbers: listed.missingNumbers.join(', ') })}
        </div>
      )}
      {!listed ? (
        <p className="muted">{t('academic.common.loading')}</p>
      ) : orders.length === 0 ? (
        <p className="muted">{t('academic.orders.empty')}</p>
      ) : (
        <table className="data-table" aria-label={t('academic.orders.tableLabel')} data-testid="orders-table">
          <thead>
            <tr>
              <th scope="col" className="data-table__num">
                {t('academic.orders.number')}
              </th>
              <th scope="col">{t('academic.orders.date')}</th>
              <th scope="col">{t('academic.orders.kind')}</th>
              <th scope="col">{t('academic.orders.students')}</th>
            </tr>
          </thead>
          <tbody>
            {orders.slice(0, shownRows).map((o) => {
              const { names, more } = studentsSummary(o.items);
              return (
                <tr key={o.id} data-order-id={o.id} data-kind={o.kind}>
                  <th scope="row" className="data-table__num">
                    <button type="button" className="ac-link" onClick={() => navigate({ screen: 'order', id: o.id })}>
                      {o.number}
                    </button>
                  </th>
                  <td>
                    {showDate(o.date)}
                    {isLate(o) && (
                      <span className="badge badge--warning ac-late">
                        <span className="badge__mark" aria-hidden="true">
                          !
                        </span>
                        {t('academic.orders.late')}
                      </span>
                    )}
                  </td>
                  <td>
                    {t(`academic.orders.kinds.${o.kind}`)}
                    {o.yearEndOf && <span className="data-table__sub">{t('academic.orders.yearEnd', { year: o.yearEndOf })}</span>}
                  </td>
                  <td>
                    {names.join(', ')}
                    {more > 0 && <span className="muted"> {t('academic.orders.more', { count: more })}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {orders.length > shownRows && <p className="muted">{t('academic.common.shownFirst', { shown: shownRows, count: orders.length })}</p>}
    </div>
  );
}
