import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentRow } from '../../../../../core/api/cards-api';
import { useCall } from '../../../api/use-call';
import { CallErrorBanner } from '../../../components/CallErrorBanner';
import { showDate } from '../../../format/dates';
import { personName } from '../../../format/person-name';
import { useDebounced } from '../../../list/use-debounced';

const matchesShown = 8;

interface StudentPickerProps {
  student: StudentRow | null;
  /** Only students in no class (an enrollment); otherwise students in a class. */
  withoutClass: boolean;
  invalid: boolean;
  onChoose(student: StudentRow | null): void;
}

/** The student an order moves: found by name as it is typed, then shown with their class and a way to change. */
export function StudentPicker({ student, withoutClass, invalid, onChoose }: StudentPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query, 200);
  const { data, error, reload } = useCall('students.list', settled.trim() ? { search: settled, withoutClass } : null, [settled, withoutClass]);
  const matches = settled.trim() ? (data?.rows.slice(0, matchesShown) ?? null) : null;

  return (
    <fieldset className="ac-fieldset">
      <legend className="field__label">{t('academic.newOrder.student')}</legend>
      {student ? (
        <p className="ac-chosen" data-testid="chosen-student">
          {t('academic.newOrder.chosen', { name: personName(student) })} (
          {student.className ? t('academic.newOrder.currentClass', { label: student.className }) : t('academic.newOrder.noClass')})
          <button type="button" className="button button--small" onClick={() => onChoose(null)}>
            {t('academic.newOrder.change')}
          </button>
        </p>
      ) : (
        <>
          <label className="field">
            <span className="field__label">{t('academic.newOrder.studentSearch')}</span>
            <input
              type="search"
              className="input input--search"
              value={query}
              placeholder={t('academic.newOrder.studentSearchPlaceholder')}
              aria-invalid={invalid || undefined}
              aria-controls={`${id}-matches`}
              onChange={(e) => setQuery(e.target.value)}
              name="studentSearch"
            />
          </label>
          {error && <CallErrorBanner error={error} onRetry={reload} />}
          <ul id={`${id}-matches`} className="ac-matches" aria-live="polite">
            {matches?.length === 0 && <li className="muted">{t('academic.newOrder.noMatches')}</li>}
            {matches?.map((row) => (
              <li key={row.id}>
                <button type="button" className="ac-match" onClick={() => onChoose(row)} data-student-id={row.id}>
                  <span className="data-table__name">{personName(row)}</span>
                  <span className="muted">
                    {showDate(row.birthDate)} · {row.className ?? t('academic.newOrder.noClass')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {invalid && <p className="field-issue field-issue--error">{t('academic.newOrder.chooseStudent')}</p>}
        </>
      )}
    </fieldset>
  );
}
