import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderKind } from '../../../../../core/academic/order';
import { orderKindSchema } from '../../../../../core/academic/order';
import { useCall } from '../../../api/use-call';
import { CallErrorBanner } from '../../../components/CallErrorBanner';
import { useDebounced } from '../../../list/use-debounced';
import { useNavigation } from '../../../state/navigation-store';
import { useCan } from '../../../state/use-can';
import { useAcademicYears } from '../use-academic-years';
import { YearSwitcher } from '../YearSwitcher';
import { OrdersTable } from './OrdersTable';
import '../../../styles/academic.css';

/** Above this many orders the table shows the newest ones and asks for a narrower search. */
const shownRows = 300;

/** Movement orders, newest first: search, filter by kind and year, and the numbers missing from the sequence. */
export function OrdersScreen() {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const { data: years, error: yearsError, reload: reloadYears } = useAcademicYears();
  const [yearId, setYearId] = useState<string | null>(null);
  const [kind, setKind] = useState<OrderKind | ''>('');
  const [search, setSearch] = useState('');
  const settledSearch = useDebounced(search, 200);
  const year = yearId === '' ? null : (years?.find((y) => y.id === yearId) ?? years?.find((y) => y.current) ?? null);
  const canCreate = useCan('orders.create');
  const input = years && { search: settledSearch, ...(kind ? { kind } : {}), ...(year ? { academicYear: year.label } : {}) };
  const { data: listed, error, reload } = useCall('orders.list', input, [years, year, kind, settledSearch]);
  const orders = listed?.orders ?? [];

  return (
    <div className="page-pad ac-page" data-testid="orders-screen">
      <div className="ac-head">
        <h1 className="page-title">{t('academic.orders.title')}</h1>
        {canCreate && (
          <button type="button" className="button button--primary" onClick={() => navigate({ screen: 'newOrder' })} data-testid="new-order">
            {t('academic.orders.newOrder')}
          </button>
        )}
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
      {yearsError && <CallErrorBanner error={yearsError} onRetry={reloadYears} />}
      {error && <CallErrorBanner error={error} onRetry={reload} />}
      {listed && listed.missingNumbers.length > 0 && (
        <div className="banner banner--error" role="alert" data-testid="orders-missing">
          {year
            ? t('academic.orders.missing', { year: year.label, numbers: listed.missingNumbers.join(', ') })
            : t('academic.orders.missingAll', { numbers: listed.missingNumbers.join(', ') })}
        </div>
      )}
      {!listed ? (
        !error && !yearsError && <p className="muted">{t('academic.common.loading')}</p>
      ) : orders.length === 0 ? (
        <p className="muted">{t('academic.orders.empty')}</p>
      ) : (
        <OrdersTable orders={orders.slice(0, shownRows)} />
      )}
      {orders.length > shownRows && <p className="muted">{t('academic.common.shownFirst', { shown: shownRows, count: orders.length })}</p>}
    </div>
  );
}
