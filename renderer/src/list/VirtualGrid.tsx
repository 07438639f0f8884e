import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties, type ReactNode, type RefObject } from 'react';
import type { SortDirection, SortKey } from './list-store';
import { movedSelection } from './selection-keys';

export interface Column<Row> {
  key: string;
  header: string;
  /** CSS grid track, e.g. `minmax(14rem, 2fr)`. */
  width: string;
  sort?: SortKey;
  cell(row: Row, index: number): ReactNode;
  className?: string;
}

interface GridProps<Row> {
  label: string;
  rows: Row[];
  columns: Column<Row>[];
  rowId(row: Row): string;
  sort: SortKey;
  direction: SortDirection;
  onSort(key: SortKey): void;
  selectedIndex: number;
  onSelect(index: number): void;
  onOpen(row: Row): void;
  gridRef: RefObject<HTMLDivElement | null>;
  empty: ReactNode;
}

const rowHeight = 36;

/** A sortable list of any length: only the visible rows are in the page, so 10,000 rows scroll smoothly. */
export function VirtualGrid<Row>(props: GridProps<Row>) {
  const { rows, columns, selectedIndex } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });

  useEffect(() => {
    if (selectedIndex >= 0 && selectedIndex < rows.length) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, rows.length, virtualizer]);

  const template: CSSProperties = { gridTemplateColumns: columns.map((c) => c.width).join(' ') };
  const selectedRow = rows[selectedIndex];
  const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);

  return (
    <div
      ref={props.gridRef}
      className="grid"
      role="grid"
      aria-label={props.label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={selectedRow ? `row-${props.rowId(selectedRow)}` : undefined}
      tabIndex={0}
      onKeyDown={(e) => {
        // Keys on a column's sort button (Enter, Space) are the button's own.
        if (e.target !== e.currentTarget) return;
        const next = movedSelection(e.key, selectedIndex, rows.length, pageRows);
        if (next !== null) {
          e.preventDefault();
          props.onSelect(next);
        } else if (e.key === 'Enter' && selectedRow) {
          e.preventDefault();
          props.onOpen(selectedRow);
        }
      }}
    >
      <div className="grid__head" role="rowgroup">
        <div className="grid__row grid__row--head" role="row" aria-rowindex={1} style={template}>
          {columns.map((c) => (
            <div
              key={c.key}
              className={`grid__cell grid__cell--head ${c.className ?? ''}`}
              role="columnheader"
              aria-sort={c.sort ? (props.sort === c.sort ? (props.direction === 'asc' ? 'ascending' : 'descending') : 'none') : undefined}
            >
              {c.sort ? (
                <button type="button" className="grid__sort" onClick={() => c.sort && props.onSort(c.sort)} data-sort={c.sort}>
                  {c.header}
                  <span className="grid__sort-mark" aria-hidden="true">
                    {props.sort === c.sort ? (props.direction === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              ) : (
                c.header
              )}
            </div>
          ))}
        </div>
      </div>
      <div className="grid__body" ref={scrollRef} role="rowgroup">
        {rows.length === 0 ? (
          <div className="grid__empty">{props.empty}</div>
        ) : (
          <div className="grid__canvas" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (row === undefined) return null;
              const id = props.rowId(row);
              const selected = item.index === selectedIndex;
              return (
                <div
                  key={id}
                  id={`row-${id}`}
                  data-id={id}
                  className={selected ? 'grid__row grid__row--selected' : 'grid__row'}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={selected}
                  style={{ ...template, height: rowHeight, transform: `translateY(${item.start}px)` }}
                  onClick={() => {
                    props.onSelect(item.index);
                    props.onOpen(row);
                  }}
                >
                  {columns.map((c) => {
                    const content = c.cell(row, item.index);
                    return (
                      // Text cut by the column width stays readable on hover.
                      <div key={c.key} className={`grid__cell ${c.className ?? ''}`} role="gridcell" title={typeof content === 'string' ? content : undefined}>
                        {content}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
