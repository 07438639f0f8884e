import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice, ChoiceAction, ClassGroup, PreviewRow } from './year-end-view';
import { choiceActions } from './year-end-view';

interface Props {
  groups: ClassGroup[];
  choices: ReadonlyMap<string, Choice>;
  onChoice(studentId: string, choice: Choice | null): void;
}

/** The closing year class by class: where the class goes and, once opened, each student with a decision to take. */
export function YearEndClassList({ groups, choices, onChoice }: Props) {
  const { t } = useTranslation();
  return (
    <section className="ye-classes" aria-labelledby="ye-classes-title" data-testid="ye-classes">
      <h2 id="ye-classes-title" className="ac-section-title">
        {t('academic.yearEnd.classesTitle')}
      </h2>
      <p className="muted">{t('academic.yearEnd.classesHint')}</p>
      <ul className="ye-classes__list">
        {groups.map((group) => (
          <ClassItem key={group.classId} group={group} choices={choices} onChoice={onChoice} />
        ))}
      </ul>
    </section>
  );
}

function ClassItem({ group, choices, onChoice }: { group: ClassGroup; choices: ReadonlyMap<string, Choice>; onChoice: Props['onChoice'] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const bodyId = `ye-class-${group.classId}`;
  return (
    <li className="ye-class" data-class={group.label}>
      <button
        type="button"
        className="ye-class__head"
        aria-expanded={open}
        aria-controls={bodyId}
        aria-label={t(open ? 'academic.yearEnd.collapse' : 'academic.yearEnd.expand', { label: group.label })}
        onClick={() => setOpen(!open)}
      >
        <span className="ye-class__toggle" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="ye-class__move">
          {group.toLabel
            ? t('academic.yearEnd.classHeader', { from: group.label, to: group.toLabel })
            : t('academic.yearEnd.classGraduates', { from: group.label })}
        </span>
        <span className="muted">{t('academic.yearEnd.classCounts', { count: group.rows.length })}</span>
        {group.exceptions > 0 && <span className="ye-class__exceptions">{t('academic.yearEnd.classExceptions', { count: group.exceptions })}</span>}
      </button>
      {open && (
        <div id={bodyId}>
          <table className="data-table data-table--compact" aria-label={t('academic.yearEnd.studentsOf', { label: group.label })}>
            <thead>
              <tr>
                <th scope="col" className="data-table__num">
                  {t('academic.common.number')}
                </th>
                <th scope="col">{t('academic.common.name')}</th>
                <th scope="col">{t('academic.yearEnd.movementColumn')}</th>
                <th scope="col">{t('academic.yearEnd.choiceColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row, i) => (
                <StudentRow key={row.studentId} index={i} row={row} grade={group.grade} choice={choices.get(row.studentId)} onChoice={onChoice} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}

function StudentRow({
  index,
  row,
  grade,
  choice,
  onChoice,
}: {
  index: number;
  row: PreviewRow;
  grade: number | undefined;
  choice: Choice | undefined;
  onChoice: Props['onChoice'];
}) {
  const { t } = useTranslation();
  const { movement } = row;
  const carried = movement.movement !== 'not_carried';
  const change = (action: ChoiceAction | '') => {
    if (action === '') onChoice(row.studentId, null);
    else if (action === 'transfer') onChoice(row.studentId, { action, destinationSchool: '' });
    else onChoice(row.studentId, { action });
  };
  return (
    <tr data-student-id={row.studentId} data-movement={movement.movement}>
      <td className="data-table__num">{index + 1}</td>
      <th scope="row" className="data-table__name">
        {row.name}
      </th>
      <td className={`ye-movement ye-movement--${movement.movement}`}>
        {t(`academic.yearEnd.movements.${movement.movement}`, { to: row.toLabel ?? '', school: movement.destinationSchool ?? '' })}
      </td>
      <td>
        {carried && (
          <div className="ye-choice">
            <select
              className="input input--select"
              aria-label={t('academic.yearEnd.choiceFor', { name: row.name })}
              value={choice?.action ?? ''}
              onChange={(e) => change(e.target.value as ChoiceAction | '')}
              data-testid="ye-choice"
            >
              <option value="">{t('academic.yearEnd.choices.none')}</option>
              {choiceActions(grade).map((action) => (
                <option key={action} value={action}>
                  {t(`academic.yearEnd.choices.${action}`)}
                </option>
              ))}
            </select>
            {choice?.action === 'transfer' && (
              <>
                <input
                  className="input"
                  aria-label={t('academic.yearEnd.destinationFor', { name: row.name })}
                  placeholder={t('academic.yearEnd.destinationPlaceholder')}
                  defaultValue={choice.destinationSchool}
                  maxLength={200}
                  // The preview is asked again only when the name is complete, not on every key.
                  onBlur={(e) => onChoice(row.studentId, { action: 'transfer', destinationSchool: e.target.value })}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') e.currentTarget.blur();
                  }}
                  data-testid="ye-destination"
                />
                {!choice.destinationSchool.trim() && <span className="field__hint">{t('academic.yearEnd.destinationMissing')}</span>}
              </>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}
