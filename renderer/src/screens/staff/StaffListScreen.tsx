import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRow } from '../../../../core/api/cards-api';
import { api } from '../../api/api';
import { RegistryBadge } from '../../components/RegistryBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { showDate } from '../../format/dates';
import { personName } from '../../format/person-name';
import { CardListScreen } from '../../list/CardListScreen';
import { CardFileActions } from '../card-files/CardFileActions';
import { useStaffList, type ListView } from '../../list/list-store';
import type { Column } from '../../list/VirtualGrid';
import { useNavigation } from '../../state/navigation-store';
import { useCan } from '../../state/use-can';

function fetchStaff({ search, status, registry, sort, direction }: Omit<ListView, 'selectedId'>) {
  return api.call('staff.list', { search, status, registry, sort, direction });
}

export function StaffListScreen() {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);

  const columns = useMemo<Column<StaffRow>[]>(
    () => [
      { key: 'n', header: '№', width: '3.5rem', cell: (_r, i) => i + 1, className: 'grid__cell--num' },
      { key: 'name', header: t('columns.name'), width: 'minmax(14rem, 2fr)', sort: 'name', cell: (r) => personName(r), className: 'grid__cell--name' },
      { key: 'birthDate', header: t('columns.birthDate'), width: '10.5rem', sort: 'birthDate', cell: (r) => showDate(r.birthDate) },
      { key: 'position', header: t('columns.position'), width: 'minmax(12rem, 2fr)', cell: (r) => r.position },
      { key: 'taxId', header: t('columns.taxId'), width: '8.5rem', cell: (r) => r.taxId },
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

  const onOpen = useCallback((id: string) => navigate({ screen: 'staff', id }), [navigate]);
  const canCreate = useCan('staff.save');
  const onNew = useCallback(() => navigate({ screen: 'staff', id: null }), [navigate]);

  return (
    <CardListScreen
      kind="staff"
      title={t('list.staffTitle')}
      gridLabel={t('list.staffGrid')}
      newLabel={t('list.newStaff')}
      searchPlaceholder={t('list.staffSearchPlaceholder')}
      store={useStaffList}
      columns={columns}
      fetchRows={fetchStaff}
      onOpen={onOpen}
      onNew={canCreate ? onNew : undefined}
      actions={<CardFileActions kind="staff" />}
    />
  );
}
