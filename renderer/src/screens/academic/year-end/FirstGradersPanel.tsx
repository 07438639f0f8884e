import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../core/api/contract';
import { api } from '../../../api/api';
import { useTask } from '../../../api/use-action';
import { CallErrorBanner } from '../../../components/CallErrorBanner';
import { issueMessage } from '../../../../../core/rules/messages';
import { base64Of } from '../../../files/read-file';
import { saveBase64File, xlsxType } from '../../../files/save-file';
import { showDate } from '../../../format/dates';
import { currentLanguage, textOf } from '../../../i18n/i18n';
import { FirstGraderRows } from './FirstGraderRows';
import type { FirstGraderDraft } from './year-end-view';

type Problem = MethodOutput<'yearEnd.importFirstGraders'>['problems'][number];
type Imported = MethodOutput<'yearEnd.importFirstGraders'>['firstGraders'][number];

let nextKey = 1;

export function emptyFirstGrader(): FirstGraderDraft {
  return { key: nextKey++, lastName: '', firstName: '', middleName: '', birthDate: '', sex: '', classLabel: '1-А' };
}

function draftOf(row: Imported): FirstGraderDraft {
  return {
    key: nextKey++,
    lastName: row.lastName,
    firstName: row.firstName,
    middleName: row.middleName ?? '',
    birthDate: showDate(row.birthDate),
    sex: row.sex ?? '',
    classLabel: row.classLabel,
  };
}

interface Props {
  rows: FirstGraderDraft[];
  /** Keys of rows typed only in part: not yet sent to the preview. */
  incomplete: ReadonlySet<number>;
  onChange(rows: FirstGraderDraft[]): void;
}

/** New first graders: typed into a small table or read from an Excel list, all rows or none. */
export function FirstGradersPanel({ rows, incomplete, onChange }: Props) {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [imported, setImported] = useState<number | null>(null);
  const reading = useTask(async (file: File) => api.call('yearEnd.importFirstGraders', { fileBase64: await base64Of(file) }));
  const importing = reading.running;
  const template = useTask(async () => api.call('yearEnd.firstGraderTemplate', {}));
  const downloadTemplate = async () => {
    const file = await template.run();
    if (file) saveBase64File(t('academic.yearEnd.firstGraders.templateFile'), file.fileBase64, xlsxType);
  };

  // The backend names columns by field; the secretary knows them by the card's labels.
  const columnName = (column: string) =>
    column === 'classLabel' ? t('academic.yearEnd.firstGraders.classLabel') : textOf(`fields.${column}`, column);

  const importFile = async (file: File) => {
    setProblems([]);
    setImported(null);
    const result = await reading.run(file);
    if (fileRef.current) fileRef.current.value = '';
    if (!result) return;
    if (result.problems.length > 0) setProblems(result.problems);
    else {
      onChange([...rows.filter((r) => r.lastName || r.firstName), ...result.firstGraders.map(draftOf)]);
      setImported(result.firstGraders.length);
    }
  };

  return (
    <section className="ye-first panel" aria-labelledby="ye-first-title" data-testid="ye-first-graders">
      <h2 id="ye-first-title" className="panel__title">
        {t('academic.yearEnd.firstGraders.title')}
      </h2>
      <p className="muted">{t('academic.yearEnd.firstGraders.intro')}</p>
      <div className="ac-toolbar">
        <button type="button" className="button" onClick={() => onChange([...rows, emptyFirstGrader()])} data-testid="ye-first-add">
          {t('academic.yearEnd.firstGraders.add')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => void downloadTemplate()} disabled={template.running} data-testid="ye-first-template">
          {t('academic.yearEnd.firstGraders.template')}
        </button>
        <label className="button">
          {importing ? t('academic.yearEnd.firstGraders.importing') : t('academic.yearEnd.firstGraders.import')}
          <input
            ref={fileRef}
            type="file"
            className="visually-hidden"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={importing}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file);
            }}
            data-testid="ye-first-file"
          />
        </label>
      </div>
      {reading.error && <CallErrorBanner error={reading.error} />}
      {template.error && <CallErrorBanner error={template.error} />}
      {imported !== null && (
        <div className="banner banner--success" role="status">
          {t('academic.yearEnd.firstGraders.imported', { count: imported })}
        </div>
      )}
      {problems.length > 0 && (
        <div className="banner banner--error ye-problems" role="alert" data-testid="ye-import-problems">
          <p>{t('academic.yearEnd.firstGraders.importFailed')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.row}-${p.column ?? ''}-${i}`}>
                <strong>{p.row > 0 ? t('academic.yearEnd.firstGraders.problem', { row: p.row }) : t('academic.yearEnd.firstGraders.problemFile')}</strong>
                {p.column && <> ({t('academic.yearEnd.firstGraders.problemColumn', { column: columnName(p.column) })})</>}: {p.issue ? issueMessage(p.issue, currentLanguage()) : t(`academic.yearEnd.firstGraders.problems.${p.reason}`)}
                {p.duplicateOf !== undefined && <> — {t('academic.yearEnd.firstGraders.duplicateOf', { row: p.duplicateOf })}</>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t('academic.yearEnd.firstGraders.empty')}</p>
      ) : (
        <FirstGraderRows rows={rows} incomplete={incomplete} onChange={onChange} />
      )}
      {rows.map((row, i) =>
        incomplete.has(row.key) ? (
          <p key={row.key} className="field-issue field-issue--warning">
            {t('academic.yearEnd.firstGraders.incomplete', { n: i + 1 })}
          </p>
        ) : null,
      )}
    </section>
  );
}
