import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../core/api/contract';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { useStaffList, useStudentList, type StatusFilter } from '../../list/list-store';
import { useNavigation, type Route } from '../../state/navigation-store';
import { useCan } from '../../state/use-can';
import { showDate, showTimestamp } from '../../format/dates';
import { AuditCheckPanel } from './AuditCheckPanel';

type Summary = MethodOutput<'home.summary'>;

export function HomeScreen() {
  const { t } = useTranslation();
  const { data: summary, error, reload } = useCall('home.summary', {}, []);
  const canVerifyAudit = useCan('audit.verify');
  const canListStudents = useCan('students.list');
  const canListStaff = useCan('staff.list');
  const canSeeNames = useCan('students.names');

  return (
    <div className="page-pad home">
      <h1 className="page-title">{t('home.title')}</h1>
      {error && <CallErrorBanner error={error} onRetry={reload} />}
      {!summary && !error && <p className="muted">{t('app.loading')}</p>}
      {summary && (
        <>
          <p className="home__context" data-testid="home-context">
            <span data-testid="home-year">
              {summary.currentYear
                ? t('home.currentYear', { label: summary.currentYear.label, start: showDate(summary.currentYear.start), end: showDate(summary.currentYear.end) })
                : t('home.noCurrentYear')}
            </span>
            {' · '}
            <span data-testid="home-last-sync">{summary.lastSyncAt ? t('home.lastSync', { when: showTimestamp(summary.lastSyncAt) }) : t('home.neverSynced')}</span>
          </p>
          <div className="home__panels">
            {canListStudents && <SummaryPanel kind="students" title={t('home.students')} counts={summary.students} />}
            {canListStaff && <SummaryPanel kind="staff" title={t('home.staff')} counts={summary.staff} />}
            {!canListStudents && canSeeNames && <RosterPanel />}
            {canVerifyAudit && <AuditCheckPanel />}
          </div>
          <p className="muted home__explain">{t('home.explain')}</p>
        </>
      )}
    </div>
  );
}

/** A teacher who may see only names: where their classes' students are. */
function RosterPanel() {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  return (
    <section className="panel" aria-labelledby="home-roster" data-testid="home-roster">
      <h2 className="panel__title" id="home-roster">
        {t('users.roster.title')}
      </h2>
      <p className="muted">{t('users.roster.intro')}</p>
      <button type="button" className="button" onClick={() => navigate({ screen: 'roster' })}>
        {t('users.roster.open')}
      </button>
    </section>
  );
}

function SummaryPanel({ kind, title, counts }: { kind: 'students' | 'staff'; title: string; counts: Summary['students'] }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const open = (status: StatusFilter) => {
    const store = kind === 'students' ? useStudentList : useStaffList;
    store.getState().update({ status, registry: 'all', search: '', classId: null, selectedId: null });
    const route: Route = kind === 'students' ? { screen: 'students' } : { screen: 'staffList' };
    navigate(route);
  };
  return (
    <section className="panel" aria-labelledby={`home-${kind}`} data-testid={`home-${kind}`}>
      <h2 className="panel__title" id={`home-${kind}`}>
        {title}
      </h2>
      <div className="panel__total">
        <span className="panel__number" data-count="total">
          {counts.total}
        </span>
        <span className="muted">{t('home.total')}</span>
      </div>
      <ul className="panel__links">
        <li>
          <button type="button" className="stat-link stat-link--error" onClick={() => open('error')} data-count="error">
            <span className="stat-link__mark" aria-hidden="true">
              ✕
            </span>
            <span className="stat-link__label">{t('home.withErrors')}</span>
            <span className="stat-link__value">{counts.error}</span>
          </button>
          <p className="stat-link__note muted" data-count="errorIssues">
            {t('home.errorIssues', { count: counts.errorIssues })}
          </p>
        </li>
        <li>
          <button type="button" className="stat-link stat-link--warning" onClick={() => open('warning')} data-count="warning">
            <span className="stat-link__mark" aria-hidden="true">
              !
            </span>
            <span className="stat-link__label">{t('home.withWarnings')}</span>
            <span className="stat-link__value">{counts.warning}</span>
          </button>
          <p className="stat-link__note muted" data-count="warningIssues">
            {t('home.warningIssues', { count: counts.warningIssues })}
          </p>
        </li>
      </ul>
      <button type="button" className="button" onClick={() => open('all')}>
        {t('home.openAll')}
      </button>
    </section>
  );
}
