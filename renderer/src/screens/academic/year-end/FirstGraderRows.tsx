import { useTranslation } from 'react-i18next';
import type { FirstGraderDraft } from './year-end-view';

interface FirstGraderRowsProps {
  rows: FirstGraderDraft[];
  /** Keys of rows typed only in part: marked invalid. */
  incomplete: ReadonlySet<number>;
  onChange(rows: FirstGraderDraft[]): void;
}

/** The first graders as a small table of inputs, one row a child, each field named with its row for screen readers. */
export function FirstGraderRows({ rows, incomplete, onChange }: FirstGraderRowsProps) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<FirstGraderDraft>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <table className="data-table data-table--inputs" aria-label={t('academic.yearEnd.firstGraders.tableLabel')}>
      <thead>
        <tr>
          <th scope="col" className="data-table__num">
            {t('academic.common.number')}
          </th>
          <th scope="col">{t('fields.lastName')}</th>
          <th scope="col">{t('fields.firstName')}</th>
          <th scope="col">{t('fields.middleName')}</th>
          <th scope="col">{t('fields.birthDate')}</th>
          <th scope="col">{t('fields.sex')}</th>
          <th scope="col">{t('academic.yearEnd.firstGraders.classLabel')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('common.remove')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          const n = i + 1;
          const label = (field: string) => `${field}, ${t('academic.yearEnd.firstGraders.problem', { row: n })}`;
          return (
            <tr key={row.key} data-first-grader={n} aria-invalid={incomplete.has(row.key) || undefined}>
              <td className="data-table__num">{n}</td>
              <td>
                <input className="input" aria-label={label(t('fields.lastName'))} value={row.lastName} onChange={(e) => update(row.key, { lastName: e.target.value })} name="fg-lastName" />
              </td>
              <td>
                <input className="input" aria-label={label(t('fields.firstName'))} value={row.firstName} onChange={(e) => update(row.key, { firstName: e.target.value })} name="fg-firstName" />
              </td>
              <td>
                <input className="input" aria-label={label(t('fields.middleName'))} value={row.middleName} onChange={(e) => update(row.key, { middleName: e.target.value })} name="fg-middleName" />
              </td>
              <td>
                <input
                  className="input input--date"
                  aria-label={label(t('fields.birthDate'))}
                  placeholder={t('fields.datePlaceholder')}
                  value={row.birthDate}
                  onChange={(e) => update(row.key, { birthDate: e.target.value })}
                  name="fg-birthDate"
                />
              </td>
              <td>
                <select className="input input--select" aria-label={label(t('fields.sex'))} value={row.sex} onChange={(e) => update(row.key, { sex: e.target.value as FirstGraderDraft['sex'] })} name="fg-sex">
                  <option value="">{t('common.choose')}</option>
                  <option value="M">{t('enums.sex.M')}</option>
                  <option value="F">{t('enums.sex.F')}</option>
                </select>
              </td>
              <td>
                <input
                  className="input ye-first__class"
                  aria-label={label(t('academic.yearEnd.firstGraders.classLabel'))}
                  placeholder={t('academic.yearEnd.firstGraders.classPlaceholder')}
                  value={row.classLabel}
                  onChange={(e) => update(row.key, { classLabel: e.target.value })}
                  name="fg-classLabel"
                />
              </td>
              <td>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('academic.yearEnd.firstGraders.remove', { n })}
                  onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                >
                  ✕
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
