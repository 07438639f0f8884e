import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentRow } from '../../../../core/api/cards-api';
import { api } from '../../api/api';
import { RegistryBadge } from '../../components/RegistryBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { showDate } from '../../format/dates';
import { personName } from '../../format/person-name';
import { CardListScreen } from '../../list/CardListScreen';
import { CardFileActions } from '../card-files/CardFileActions';
import { useStudentList, type ListView } from '../../list/list-store';
import type { Column } from '../../list/VirtualGrid';
import { useNavigation } from '../../state/navigation-store';
import { useClasses } from '../../state/use-classes';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { useCan } from '../../state/use-can';

function fetchStudents({ classId, ...filter }: Omit<ListView, 'selectedId'>) {
  return api.call('students.list', classId ? { ...filter, classId } : filter);
}

export function StudentListScreen() {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const classes = useClasses();
  const classId = useStudentList((s) => s.classId);
  const withLeft = useStudentList((s) => s.withLeft);

  const columns = useMemo<Column<StudentRow>[]>(
    () => [
      { key: 'n', header: '№', width: '3.5rem', cell: (_r, i) => i + 1, className: 'grid__cell--num' },
      { key: 'name', header: t('columns.name'), width: 'minmax(14rem, 3fr)', sort: 'name', cell: (r) => personName(r), className: 'grid__cell--name' },
      { key: 'birthDate', header: t('columns.birthDate'), width: '10.5rem', sort: 'birthDate', cell: (r) => showDate(r.birthDate) },
      { key: 'class', header: t('columns.class'), width: '5.5rem', sort: 'class', cell: (r) => r.className ?? '—' },
      { key: 'document', header: t('columns.document'), width: 'minmax(9rem, 1.3fr)', cell: (r) => r.document },
      {
        key: 'status',
        header: t('columns.status'),
        width: '12.5rem',
        sort: 'status',
        cell: (r) => <StatusBadge status={r.status} errors={r.errorCount} warnings={r.warningCount} />,
      },
      {
        key: 'registry',
        header: t('columns.registry'),
        width: '10.5rem',
        cell: (r) => (r.registryStatus ? <RegistryBadge status={r.registryStatus} /> : '—'),
      },
    ],
    [t],
  );

  const onOpen = useCallback((id: string) => navigate({ screen: 'student', id }), [navigate]);
  const canCreate = useCan('students.save');
  const onNew = useCallback(() => navigate({ screen: 'student', id: null }), [navigate]);

  return (
    <CardListScreen
      kind="students"
      title={t('list.studentsTitle')}
      gridLabel={t('list.studentsGrid')}
      newLabel={t('list.newStudent')}
      searchPlaceholder={t('list.searchPlaceholder')}
      store={useStudentList}
      columns={columns}
      fetchRows={fetchStudents}
      onOpen={onOpen}
      onNew={canCreate ? onNew : undefined}
      actions={<CardFileActions kind="student" />}
      notice={classes.error && <CallErrorBanner error={classes.error} onRetry={classes.reload} title={t('list.classesFailed')} />}
      extraFilters={
        <div className="toolbar__filter">
          <label className="toolbar__label" htmlFor="students-class">
            {t('list.classFilter')}
          </label>
          <select
            id="students-class"
            name="classId"
            className="input input--select"
            value={classId ?? ''}
            onChange={(e) => useStudentList.getState().update({ classId: e.target.value || null, selectedId: null })}
          >
            <option value="">{t('list.allClasses')}</option>
            {(classes.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          <label className="toolbar__check">
            <input
              type="checkbox"
              name="withLeft"
              checked={withLeft}
              onChange={(e) => useStudentList.getState().update({ withLeft: e.target.checked, selectedId: null })}
            />
            {t('list.withLeft')}
          </label>
        </div>
      }
    />
  );
}
