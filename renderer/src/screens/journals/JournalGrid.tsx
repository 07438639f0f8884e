import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance } from '../../../../core/journals/journal-entities';
import { api } from '../../api/api';
import { toCallError } from '../../api/client';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { todayIso } from '../../format/dates';
import { errorText } from '../../i18n/error-text';
import { useCan } from '../../state/use-can';
import { AddLesson } from './AddLesson';
import { createCellSaves, type CellOverlay } from './cell-saves';
import { gridKey, type CellEdit, type GridCursor } from './grid-keys';
import { LessonPanel } from './LessonPanel';

const rowHeight = 34;

interface CellShown {
  value: number | null;
  attendance: Attendance;
}

function cellText(cell: CellShown | null, short: Record<Exclude<Attendance, 'present'>, string>): string {
  if (!cell) return '';
  const mark = cell.value === null ? '' : String(cell.value);
  if (cell.attendance === 'present') return mark;
  return mark ? `${mark} ${short[cell.attendance]}` : short[cell.attendance];
}

function edited(change: CellEdit): CellShown {
  if (change.kind === 'mark') return { value: change.value, attendance: 'present' };
  if (change.kind === 'absent') return { value: null, attendance: 'absent' };
  return { value: null, attendance: 'present' };
}

/** Day and month of a lesson for the column header: "17.11". */
function dayOf(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}`;
}

/**
 * Students × lessons of one journal and month. Keyboard first (grid-keys.ts); every cell is saved in the background
 * (cell-saves.ts) and shown at once, so typing never waits for the database. Rows are virtualised.
 */
export function JournalGrid({ assignmentId, month }: { assignmentId: string; month: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useCall('journals.grid', { assignmentId, span: { month } }, [assignmentId, month]);
  const [cursor, setCursorState] = useState<GridCursor>({ row: 0, col: 0, draft: null });
  // Keys arrive faster than React renders: each key must see the cursor the previous key left, not the rendered one.
  const cursorRef = useRef(cursor);
  const setCursor = useCallback((next: GridCursor) => {
    cursorRef.current = next;
    setCursorState(next);
  }, []);
  const [overlay, setOverlay] = useState<ReadonlyMap<string, CellOverlay>>(new Map());
  const [pending, setPending] = useState(0);
  /** A key typed into a closed period's lesson: the grid says why nothing changes. */
  const [typedIntoClosed, setTypedIntoClosed] = useState(false);
  /** Where the cursor goes once the grid has loaded: today's lesson (the last one held before), or a lesson just added. */
  const placeAt = useRef<{ lessonId: string | null } | null>({ lessonId: null });
  const mayAddLesson = useCan('lessons.add');
  // The grid is its own scroll container both ways, so the lesson header stays on top and the names on the left.
  const gridRef = useRef<HTMLDivElement>(null);

  const saves = useMemo(
    () =>
      createCellSaves(
        async (lessonId, studentId, value, attendance) => {
          try {
            await api.call('journals.setMark', { lessonId, studentId, value, attendance });
          } catch (err) {
            throw toCallError(err);
          }
        },
        (key, next) => setOverlay((map) => new Map(map).set(key, next)),
      ),
    [],
  );

  const lessons = data?.lessons ?? [];
  const rows = data?.rows ?? [];
  const locked = useMemo(() => new Set(data?.lockedLessonIds ?? []), [data]);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => gridRef.current, estimateSize: () => rowHeight, overscan: 10 });

  useEffect(() => {
    if (!data || !placeAt.current || data.lessons.length === 0) return;
    const { lessonId } = placeAt.current;
    const today = todayIso();
    const byId = lessonId ? data.lessons.findIndex((l) => l.id === lessonId) : -1;
    const ofToday = data.lessons.findIndex((l) => l.date === today && !l.cancelled);
    const lastHeld = data.lessons.findLastIndex((l) => l.date <= today);
    const col = byId >= 0 ? byId : ofToday >= 0 ? ofToday : Math.max(lastHeld, 0);
    placeAt.current = null;
    setCursor({ row: 0, col, draft: null });
    if (lessonId) gridRef.current?.focus();
  }, [data, setCursor]);

  useEffect(() => {
    if (rows.length > 0) virtualizer.scrollToIndex(cursor.row, { align: 'auto' });
  }, [cursor.row, rows.length, virtualizer]);

  const put = useCallback(
    (row: number, col: number, change: CellEdit) => {
      const lesson = lessons[col];
      const student = rows[row];
      if (!lesson || !student || lesson.cancelled) return;
      if (locked.has(lesson.id)) {
        setTypedIntoClosed(true);
        return;
      }
      const next = edited(change);
      setPending((n) => n + 1);
      void saves.put(lesson.id, student.studentId, next.value, next.attendance).finally(() => setPending((n) => n - 1));
    },
    [lessons, rows, locked, saves],
  );

  // Averages and suggested grades come from the backend: ask again once the typist pauses and every save is in.
  useEffect(() => {
    if (pending > 0 || overlay.size === 0) return;
    const timer = setTimeout(reload, 800);
    return () => clearTimeout(timer);
  }, [pending, overlay, reload]);

  if (error && !data) return <CallErrorBanner error={error} onRetry={reload} />;
  if (!data) return <p className="muted">{t('journals.loading')}</p>;

  const short = t('journals.attendance', { returnObjects: true }) as Record<Exclude<Attendance, 'present'>, string>;
  const failed = [...overlay.values()].find((o) => o.status === 'failed');
  const template: CSSProperties = { gridTemplateColumns: `minmax(12rem, 15rem) repeat(${lessons.length}, 3.2rem) 4rem 6.5rem` };
  const activeLesson = lessons[cursor.col] ?? null;

  const cellOf = (row: number, col: number): { shown: CellShown | null; status: CellOverlay['status'] | null } => {
    const lesson = lessons[col];
    const student = rows[row];
    if (!lesson || !student) return { shown: null, status: null };
    const over = overlay.get(`${lesson.id}:${student.studentId}`);
    if (over) return { shown: over.value === null && over.attendance === 'present' ? null : over, status: over.status };
    return { shown: student.cells[col] ?? null, status: null };
  };

  return (
    <div className="jr-work">
      <div className="jr-status" role="status" data-testid="journal-save-status">
        {pending > 0 ? t('journals.saving', { count: pending }) : overlay.size > 0 ? t('journals.allSaved') : ''}
      </div>
      {failed?.error && (
        <div className="banner banner--error" role="alert" data-testid="journal-save-error" data-code={failed.error.code}>
          {t('journals.notSaved', { reason: errorText(t, failed.error) })}
        </div>
      )}
      {typedIntoClosed && <CallErrorBanner error={{ code: 'PERIOD_CLOSED' }} testId="journal-closed-refusal" />}
      {locked.size > 0 && (
        <div className="banner banner--info" data-testid="journal-locked">
          {t('journals.lockedBanner')}
        </div>
      )}
      <div className="jr-grid-tools">
        <p className="keys-hint">{t('journals.keys')}</p>
        {mayAddLesson && (
          <AddLesson
            assignmentId={assignmentId}
            onAdded={(lessonId) => {
              placeAt.current = { lessonId };
              reload();
            }}
          />
        )}
      </div>
      {lessons.length === 0 ? (
        <p className="muted">{t('journals.empty')}</p>
      ) : (
        <div
          ref={gridRef}
          className="jr-grid"
          role="grid"
          aria-label={t('journals.gridLabel', { classLabel: data.classLabel, subject: data.subjectName })}
          aria-rowcount={rows.length + 1}
          aria-colcount={lessons.length + 3}
          aria-activedescendant={`jr-cell-${cursor.row}-${cursor.col}`}
          tabIndex={0}
          data-testid="journal-grid"
          onKeyDown={(e) => {
            if (e.ctrlKey || e.metaKey || e.altKey) return;
            const outcome = gridKey(cursorRef.current, { key: e.key, shiftKey: e.shiftKey }, rows.length, lessons.length);
            if (!outcome.handled) return;
            e.preventDefault();
            if (outcome.edit) put(outcome.edit.row, outcome.edit.col, outcome.edit.change);
            setCursor(outcome.cursor);
          }}
        >
          <div className="jr-row jr-row--head" role="row" aria-rowindex={1} style={template}>
            <div className="jr-cell jr-cell--name" role="columnheader">
              {t('journals.student')}
            </div>
            {lessons.map((lesson, col) => (
              <div
                key={lesson.id}
                role="columnheader"
                className={`jr-cell jr-cell--head${col === cursor.col ? ' jr-cell--active-col' : ''}${lesson.kind === 'control' ? ' jr-cell--control' : ''}${lesson.cancelled ? ' jr-cell--cancelled' : ''}`}
                title={lesson.cancelled ? t('journals.cancelled') : locked.has(lesson.id) ? t('journals.locked') : lesson.topic}
                data-lesson={lesson.date}
              >
                {dayOf(lesson.date)}
              </div>
            ))}
            <div className="jr-cell jr-cell--head" role="columnheader">
              {t('journals.average')}
            </div>
            <div className="jr-cell jr-cell--head" role="columnheader">
              {t('journals.suggested')}
            </div>
          </div>
          <div className="jr-body" role="rowgroup">
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const student = rows[item.index];
                if (!student) return null;
                return (
                  <div
                    key={student.studentId}
                    className="jr-row"
                    role="row"
                    aria-rowindex={item.index + 2}
                    data-student={student.name}
                    style={{ ...template, height: rowHeight, transform: `translateY(${item.start}px)` }}
                  >
                    <div className="jr-cell jr-cell--name" role="rowheader">
                      {student.name}
                    </div>
                    {lessons.map((lesson, col) => {
                      const active = item.index === cursor.row && col === cursor.col;
                      const { shown, status } = cellOf(item.index, col);
                      const text = active && cursor.draft !== null ? cursor.draft : cellText(shown, short);
                      return (
                        <div
                          key={lesson.id}
                          id={`jr-cell-${item.index}-${col}`}
                          role="gridcell"
                          aria-selected={active}
                          aria-readonly={lesson.cancelled || locked.has(lesson.id) || undefined}
                          className={`jr-cell jr-cell--mark${active ? ' jr-cell--active' : ''}${status ? ` jr-cell--${status}` : ''}${shown?.attendance === 'absent' ? ' jr-cell--absent' : ''}${locked.has(lesson.id) || lesson.cancelled ? ' jr-cell--locked' : ''}`}
                          data-cell={`${item.index}-${col}`}
                          onClick={() => {
                            setCursor({ row: item.index, col, draft: null });
                            gridRef.current?.focus();
                          }}
                        >
                          {text}
                        </div>
                      );
                    })}
                    <div className="jr-cell jr-cell--num" data-testid="row-average">
                      {student.average ?? ''}
                    </div>
                    <div className="jr-cell jr-cell--num jr-cell--grade" title={student.average ? t('journals.suggestedHint', { average: student.average }) : undefined} data-testid="row-suggested">
                      {student.suggested ?? ''}
                    </div>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
      {activeLesson && <LessonPanel key={activeLesson.id} lesson={activeLesson} locked={locked.has(activeLesson.id)} onSaved={reload} />}
    </div>
  );
}
