import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OverviewAnswer, OverviewSort, OverviewView, SchoolOverview } from '../../../core/overview/overview';
import { schoolStatus, schoolsInView, verifiedShare } from '../../../core/overview/school-list';
import { isSchoolStatus, schoolStatuses } from '../../../core/overview/school-status';
import { dashboardTime, type DashboardLanguage } from '../dashboard-text';
import type { DashboardTextKey } from '../dashboard-uk';
import { useText } from './dashboard-language';
import { IssuesView } from './issues-view';
import { failureText } from './login-view';
import { CallError, downloadWorkbook, fetchOverview, type CallFailure } from './overview-client';

const sortable: readonly { sort: OverviewSort; label: DashboardTextKey; numeric?: boolean }[] = [
  { sort: 'code', label: 'code' },
  { sort: 'name', label: 'name' },
  { sort: 'district', label: 'district' },
  { sort: 'lastSyncAt', label: 'lastSync' },
  { sort: 'students', label: 'students', numeric: true },
  { sort: 'staff', label: 'staff', numeric: true },
  { sort: 'total', label: 'total', numeric: true },
  { sort: 'verifiedShare', label: 'verifiedShare', numeric: true },
  { sort: 'error', label: 'error', numeric: true },
  { sort: 'warning', label: 'warning', numeric: true },
  { sort: 'pending', label: 'pending', numeric: true },
];

const firstView: OverviewView = { q: '', district: '', status: '', sort: 'code', dir: 'asc' };

function percent(share: number | null, lang: DashboardLanguage): string {
  return share === null ? '—' : new Intl.NumberFormat(lang === 'uk' ? 'uk-UA' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

function districtsOf(schools: readonly SchoolOverview[]): { code: string; name: string }[] {
  const byCode = new Map(schools.flatMap((s) => (s.district ? [[s.district.code, s.district] as const] : [])));
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'uk'));
}

/** The schools table of the officer's scope: search, district and status filters, sort by any column, drill-down. */
export function SchoolsView({
  token,
  lang,
  onFailure,
  onDistricts,
}: {
  token: string;
  lang: DashboardLanguage;
  onFailure: (failure: CallFailure) => void;
  /** The districts of the schools shown, so the header can name the officer's district rather than give its code. */
  onDistricts: (districts: readonly { code: string; name: string }[]) => void;
}) {
  const t = useText();
  const [answer, setAnswer] = useState<OverviewAnswer | null>(null);
  const [failure, setFailure] = useState<CallFailure | null>(null);
  const [view, setView] = useState<OverviewView>(firstView);
  const [open, setOpen] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  const handle = useCallback(
    (err: unknown) => {
      const reason = err instanceof CallError ? err.failure : ({ kind: 'failed' } as const);
      if (reason.kind === 'session-ended') onFailure(reason);
      else setFailure(reason);
    },
    [onFailure],
  );

  const load = useCallback(() => {
    setFailure(null);
    fetchOverview(token).then(setAnswer, handle);
  }, [token, handle]);
  useEffect(load, [load]);

  const shown = useMemo(() => (answer ? schoolsInView(answer.schools, view) : []), [answer, view]);
  const districts = useMemo(() => districtsOf(answer?.schools ?? []), [answer]);
  useEffect(() => onDistricts(districts), [districts, onDistricts]);

  const sortBy = (sort: OverviewSort) => setView((v) => ({ ...v, sort, dir: v.sort === sort && v.dir === 'asc' ? 'desc' : 'asc' }));
  const exportShown = async () => {
    setExporting(true);
    try {
      await downloadWorkbook(token, view, lang);
    } catch (err) {
      handle(err);
    } finally {
      setExporting(false);
    }
  };

  if (failure) {
    return (
      <div className="error-banner" role="alert">
        {failureText(t, failure, lang)} <button onClick={load}>{t('retry')}</button>
      </div>
    );
  }
  if (!answer) return <p className="loading">{t('loading')}</p>;

  return (
    <>
      <div className="toolbar" role="search">
        <input type="search" aria-label={t('search')} placeholder={t('search')} maxLength={200} value={view.q} onChange={(e) => setView({ ...view, q: e.target.value })} />
        {districts.length > 1 && (
          <label>
            {t('district')}
            <select name="district" value={view.district} onChange={(e) => setView({ ...view, district: e.target.value })}>
              <option value="">{t('allDistricts')}</option>
              {districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('status')}
          <select name="status" value={view.status} onChange={(e) => setView({ ...view, status: isSchoolStatus(e.target.value) ? e.target.value : '' })}>
            <option value="">{t('allStatuses')}</option>
            {schoolStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button onClick={() => void exportShown()} disabled={exporting || shown.length === 0}>
          {t('export')}
        </button>
        <span className="count" aria-live="polite">
          {t('shown', { shown: shown.length, total: answer.schools.length })} · {t('generatedAt', { time: dashboardTime(answer.generatedAt, lang) })}
        </span>
      </div>
      <table className="schools">
        <thead>
          <tr>
            {sortable.map((c) => (
              <th key={c.sort} className={c.numeric ? 'num' : undefined} aria-sort={view.sort === c.sort ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button onClick={() => sortBy(c.sort)}>
                  {t(c.label)}
                  {view.sort === c.sort && <span aria-hidden="true">{view.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
                </button>
              </th>
            ))}
            <th>{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => {
            const status = schoolStatus(s);
            return (
              <tr key={s.code} data-school-code={s.code} className={open === s.code ? 'open' : undefined}>
                <td className="code">{s.code}</td>
                <td>
                  <button className="link" onClick={() => setOpen(s.code)}>
                    {s.name}
                  </button>
                </td>
                <td>{s.district?.name ?? '—'}</td>
                <td>{s.lastSyncAt ? dashboardTime(s.lastSyncAt, lang) : t('never')}</td>
                <td className="num">{s.students}</td>
                <td className="num">{s.staff}</td>
                <td className="num">{s.cards.total}</td>
                <td className="num share">
                  <meter min={0} max={1} low={0.5} high={0.9} optimum={1} value={verifiedShare(s) ?? 0} aria-hidden="true" /> {percent(verifiedShare(s), lang)}
                </td>
                <td className="num">{s.cards.error}</td>
                <td className="num">{s.cards.warning}</td>
                <td className="num">{s.cards.pending}</td>
                <td>
                  <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length === 0 && <p className="empty">{t('noSchools')}</p>}
      <p className="hint">{t('journalsNote')}</p>
      {open && <IssuesView token={token} code={open} lang={lang} onClose={() => setOpen(null)} onFailure={onFailure} />}
    </>
  );
}
