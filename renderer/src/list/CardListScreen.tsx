import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { CheckStatus } from '../../../core/schemas/issue';
import { CallErrorBanner } from '../components/CallErrorBanner';
import type { ListView, RegistryFilter, StatusFilter } from './list-store';
import { useDebounced } from './use-debounced';
import { useListKeys } from './use-list-keys';
import { useListRows } from './use-list-rows';
import { VirtualGrid, type Column } from './VirtualGrid';

type ListStoreHook = UseBoundStore<StoreApi<ListView & { update(patch: Partial<ListView>): void; sortBy(key: ListView['sort']): void }>>;

interface ListScreenProps<Row> {
  kind: 'students' | 'staff';
  title: string;
  gridLabel: string;
  newLabel: string;
  searchPlaceholder: string;
  store: ListStoreHook;
  columns: Column<Row>[];
  fetchRows(view: Omit<ListView, 'selectedId'>): Promise<{ rows: Row[] }>;
  /** Filters beside search and status (the students' class). */
  extraFilters?: ReactNode;
  /** Shown under the filters: a failed load of what they offer. */
  notice?: ReactNode;
  onOpen(id: string): void;
  /** Absent for a user who may not create cards: no button, no Ctrl+N. */
  onNew?: () => void;
  /** Beside the title: what else one does with the whole list (import, export). */
  actions?: ReactNode;
}

const statusFilters: StatusFilter[] = ['all', 'error', 'warning', 'ok'];
const registryFilters: RegistryFilter[] = ['all', 'error', 'warning', 'pending', 'verified', 'unchecked'];

/** A searchable, filterable, sortable list of cards with keyboard control: ↑/↓, Enter, Ctrl+F, Ctrl+N. */
export function CardListScreen<Row extends { id: string; status: CheckStatus }>(props: ListScreenProps<Row>) {
  const { t } = useTranslation();
  const { store, onOpen, onNew } = props;
  const view = store();
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const search = useDebounced(view.search, 150);
  const query = useMemo(
    () => ({
      search,
      status: view.status,
      registry: view.registry,
      withLeft: view.withLeft,
      classId: view.classId,
      sort: view.sort,
      direction: view.direction,
    }),
    [search, view.status, view.registry, view.withLeft, view.classId, view.sort, view.direction],
  );
  const { rows, error, loading, reload } = useListRows(query, props.fetchRows);
  useListKeys(searchRef, onNew);

  const list = rows ?? [];
  const selectedIndex = view.selectedId === null ? -1 : list.findIndex((r) => r.id === view.selectedId);
  const select = useCallback((index: number) => store.getState().update({ selectedId: list[index]?.id ?? null }), [list, store]);

  // The first row is selected when nothing in the list is, so Enter in the search box opens the best match.
  useEffect(() => {
    if (rows && rows.length > 0 && selectedIndex < 0) select(0);
  }, [rows, selectedIndex, select]);

  useEffect(() => {
    searchRef.current?.focus();
  }, []);

  return (
    <div className="list-screen" data-testid={`${props.kind}-list`}>
      <div className="list-screen__top">
        <h1 className="page-title">{props.title}</h1>
        {props.actions}
        {onNew && (
          <button type="button" className="button button--primary" onClick={onNew} aria-keyshortcuts="Control+N">
            + {props.newLabel}
          </button>
        )}
      </div>
      <div className="toolbar" role="search">
        <div className="toolbar__search">
          <label className="visually-hidden" htmlFor={`${props.kind}-search`}>
            {t('list.search')}
          </label>
          <input
            ref={searchRef}
            id={`${props.kind}-search`}
            name="search"
            type="search"
            className="input input--search"
            placeholder={props.searchPlaceholder}
            value={view.search}
            autoComplete="off"
            spellCheck={false}
            aria-keyshortcuts="Control+F"
            aria-controls={`${props.kind}-grid`}
            onChange={(e) => store.getState().update({ search: e.target.value, selectedId: null })}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                select(Math.min(list.length - 1, Math.max(0, selectedIndex + (e.key === 'ArrowDown' ? 1 : -1))));
              } else if (e.key === 'Enter') {
                e.preventDefault();
                const row = list[selectedIndex];
                if (row) onOpen(row.id);
              }
            }}
          />
        </div>
        {props.extraFilters}
        <div className="toolbar__filter">
          <label className="toolbar__label" htmlFor={`${props.kind}-status`}>
            {t('list.statusFilter')}
          </label>
          <select
            id={`${props.kind}-status`}
            name="status"
            className="input input--select"
            value={view.status}
            onChange={(e) => store.getState().update({ status: e.target.value as StatusFilter, selectedId: null })}
          >
            {statusFilters.map((s) => (
              <option key={s} value={s}>
                {s === 'all' ? t('list.statusAll') : t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar__filter">
          <label className="toolbar__label" htmlFor={`${props.kind}-registry`}>
            {t('list.registryFilter')}
          </label>
          <select
            id={`${props.kind}-registry`}
            name="registry"
            className="input input--select"
            value={view.registry}
            onChange={(e) => store.getState().update({ registry: e.target.value as RegistryFilter, selectedId: null })}
          >
            {registryFilters.map((s) => (
              <option key={s} value={s}>
                {s === 'all' ? t('list.statusAll') : s === 'unchecked' ? t('list.registryUnchecked') : t(`sync.registryStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar__count" role="status" data-testid="row-count">
          {rows === null ? (loading ? t('list.loading') : '') : t('list.rows', { count: list.length })}
        </div>
      </div>
      {props.notice}
      {error && <CallErrorBanner error={error} onRetry={reload} />}
      <div id={`${props.kind}-grid`} className="list-screen__grid">
        <VirtualGrid
          label={props.gridLabel}
          rows={list}
          columns={props.columns}
          rowId={(r) => r.id}
          sort={view.sort}
          direction={view.direction}
          onSort={(key) => store.getState().sortBy(key)}
          selectedIndex={selectedIndex}
          onSelect={select}
          onOpen={(r) => onOpen(r.id)}
          gridRef={gridRef}
          empty={
            rows === null ? (
              error ? null : t('list.loading')
            ) : (
              <>
                <p>{t('list.empty')}</p>
                {(view.search !== '' || view.status !== 'all' || view.registry !== 'all' || view.classId !== null) && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => store.getState().update({ search: '', status: 'all', classId: null, selectedId: null })}
                  >
                    {t('list.resetFilters')}
                  </button>
                )}
              </>
            )
          }
        />
      </div>
      <p className="keys-hint keys-hint--below">{t('list.keys')}</p>
    </div>
  );
}
