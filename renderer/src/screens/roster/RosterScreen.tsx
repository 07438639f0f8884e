import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { personName } from '../../format/person-name';
import { useDebounced } from '../../list/use-debounced';
import '../../styles/users.css';

/**
 * A subject teacher's students: names and classes only, of the classes of their assignments (the backend answers
 * no more). Whoever may read the cards has the Students list instead.
 */
export function RosterScreen() {
  const { t } = useTranslation();
  const [classId, setClassId] = useState('');
  const [search, setSearch] = useState('');
  const settledSearch = useDebounced(search, 200);
  const classes = useCall('classes.list', {}, []);
  const names = useCall('students.names', { search: settledSearch, ...(classId ? { classId } : {}) }, [classId, settledSearch]);

  return (
    <div className="page-pad us-page" data-testid="roster-screen">
      <h1 className="page-title">{t('users.roster.title')}</h1>
      <p className="muted">{t('users.roster.intro')}</p>
      <div className="us-head">
        <div className="field">
          <label className="field__label" htmlFor="roster-class">
            {t('users.roster.class')}
          </label>
          <select id="roster-class" className="input" value={classId} onChange={(e) => setClassId(e.target.value)}>
            <option value="">{t('users.roster.all')}</option>
            {classes.data?.classes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="roster-search">
            {t('users.roster.search')}
          </label>
          <input id="roster-search" className="input" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
      </div>
      {classes.error && <CallErrorBanner error={classes.error} onRetry={classes.reload} />}
      {names.error ? (
        <CallErrorBanner error={names.error} onRetry={names.reload} />
      ) : !names.data ? (
        <p className="muted">{t('users.loading')}</p>
      ) : names.data.rows.length === 0 ? (
        <p className="muted">{t('users.roster.empty')}</p>
      ) : (
        <table className="data-table" aria-label={t('users.roster.tableLabel')} data-testid="roster-table">
          <thead>
            <tr>
              <th scope="col">{t('users.roster.name')}</th>
              <th scope="col">{t('users.roster.class')}</th>
            </tr>
          </thead>
          <tbody>
            {names.data.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{personName(row)}</th>
                <td>{row.className}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
