import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueMessage } from '../../../../core/rules/messages';
import type { CardFileProblem } from '../../../../core/api/card-files-api';
import { useTask } from '../../api/use-action';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { JobProgressBar } from '../../components/JobProgressBar';
import { base64Of } from '../../files/read-file';
import { saveBase64File, xlsxType } from '../../files/save-file';
import { showDate } from '../../format/dates';
import { fieldLabel } from '../../format/field-label';
import { currentLanguage } from '../../i18n/i18n';
import { useNavigation } from '../../state/navigation-store';
import { useProgress, useProgressStore } from '../../state/progress-store';
import { cardFileMethods, importFile, templateOf, type CardKind, type ImportResult } from './card-file-methods';
import { phaseText } from './phase-text';
import '../../styles/card-files.css';

function ProblemsTable({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const text = (p: CardFileProblem) => {
    if (p.issue) return `${p.issue.field ? `${fieldLabel(p.issue.field)}: ` : ''}${issueMessage(p.issue, lang)}`;
    return t(`cardFiles.problems.${p.reason}`, { row: p.duplicateOf ?? '' });
  };
  return (
    <section className="banner banner--error card-import__problems" role="alert" data-testid="card-import-problems">
      <h2 className="card-import__subtitle">{t('cardFiles.problemsTitle')}</h2>
      {result.problemCount > result.problems.length && <p>{t('cardFiles.problemCount', { count: result.problemCount, shown: result.problems.length })}</p>}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('cardFiles.columns.row')}</th>
            <th scope="col">{t('cardFiles.columns.column')}</th>
            <th scope="col">{t('cardFiles.columns.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {result.problems.map((p, i) => (
            <tr key={`${p.row}-${p.column ?? ''}-${i}`} data-row={p.row}>
              <td className="grid__cell--num">{p.row > 0 ? p.row : t('cardFiles.fileRow')}</td>
              <td>{p.column ?? ''}</td>
              <td>{text(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PreviewTable({ kind, result }: { kind: CardKind; result: ImportResult }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <>
      {result.preview.length < result.cards && <p className="muted">{t('cardFiles.previewShown', { shown: result.preview.length, cards: result.cards })}</p>}
      <table className="data-table card-import__preview" data-testid="card-import-preview">
        <thead>
          <tr>
            <th scope="col">{t('cardFiles.columns.row')}</th>
            <th scope="col">{t('cardFiles.columns.name')}</th>
            <th scope="col">{t('cardFiles.columns.birthDate')}</th>
            <th scope="col">{t(`cardFiles.columns.detail.${kind}`)}</th>
            <th scope="col">{t('cardFiles.columns.issues')}</th>
          </tr>
        </thead>
        <tbody>
          {result.preview.map((row) => (
            <tr key={row.row}>
              <td className="grid__cell--num">{row.row}</td>
              <th scope="row">{row.name}</th>
              <td>{showDate(row.birthDate)}</td>
              <td>{row.detail}</td>
              <td>
                {row.issues.length === 0 ? (
                  <span className="muted">{t('cardFiles.noIssues')}</span>
                ) : (
                  <ul className="card-import__issues">
                    {row.issues.map((issue, i) => (
                      <li key={`${issue.code}-${issue.field ?? ''}-${i}`} className={`field-issue field-issue--${issue.severity}`}>
                        {issue.field ? `${fieldLabel(issue.field)}: ` : ''}
                        {issueMessage(issue, lang)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * Cards read from an Excel file: the template to fill in, a preview that stores nothing (every bad row and cell
 * named, or what will be saved), then — confirmed — the import of all of them in one step after a backup.
 */
export function CardImportScreen({ kind }: { kind: CardKind }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<string | null>(null);
  const [read, setRead] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const job = cardFileMethods[kind].import;
  const progress = useProgress(job);
  const running = useTask(async (fileBase64: string, apply: boolean) => {
    useProgressStore.getState().clear(job);
    return importFile(kind, fileBase64, apply);
  });
  const template = useTask(async () => {
    const { fileBase64 } = await templateOf(kind);
    saveBase64File(t(`cardFiles.templateFile.${kind}`), fileBase64, xlsxType);
  });
  const listRoute = kind === 'student' ? ({ screen: 'students' } as const) : ({ screen: 'staffList' } as const);

  const choose = async (chosen: File) => {
    setRead(null);
    setDone(null);
    const fileBase64 = await base64Of(chosen);
    setFile(fileBase64);
    setRead(await running.run(fileBase64, false));
    if (fileRef.current) fileRef.current.value = '';
  };

  const apply = async () => {
    setConfirming(false);
    if (!file) return;
    const result = await running.run(file, true);
    if (!result) return;
    if (result.imported > 0) {
      setDone(result);
      setRead(null);
      setFile(null);
    } else setRead(result);
  };

  return (
    <div className="page-pad card-import" data-testid="card-import">
      <div className="list-screen__top">
        <h1 className="page-title">{t(`cardFiles.title.${kind}`)}</h1>
        <button type="button" className="button button--quiet" onClick={() => navigate(listRoute)}>
          {t('cardFiles.back')}
        </button>
      </div>
      <p className="muted card-import__intro">{t('cardFiles.intro')}</p>
      <div className="ac-toolbar">
        <button type="button" className="button" onClick={() => void template.run()} disabled={template.running} data-testid="card-import-template">
          {t('cardFiles.template')}
        </button>
        <label className="button button--primary">
          {t('cardFiles.chooseFile')}
          <input
            ref={fileRef}
            type="file"
            className="visually-hidden"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={running.running}
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              if (chosen) void choose(chosen);
            }}
            data-testid="card-import-file"
          />
        </label>
      </div>
      {template.error && <CallErrorBanner error={template.error} />}
      {running.error && <CallErrorBanner error={running.error} />}
      {running.running && (
        <JobProgressBar progress={progress} label={t('cardFiles.progressLabel')} text={phaseText(t, progress)} note={t('cardFiles.progressNote')} testId="card-import-progress" announce />
      )}
      {done && (
        <div className="banner banner--success" role="status" data-testid="card-import-done">
          <p>
            {done.orderNumber === null
              ? t('cardFiles.imported', { count: done.imported })
              : t('cardFiles.importedOrder', { count: done.imported, number: done.orderNumber })}
          </p>
          {done.backupPath && <p className="muted">{t('cardFiles.backupNote', { path: done.backupPath })}</p>}
        </div>
      )}
      {read && read.problemCount > 0 && <ProblemsTable result={read} />}
      {read && read.problemCount === 0 && (
        <section className="card-import__ready" data-testid="card-import-ready">
          <div className="banner banner--info" role="status">
            {t('cardFiles.ready', { cards: read.cards, enrolled: read.enrolled, withIssues: read.withIssues })}
          </div>
          <div className="ac-toolbar">
            <button type="button" className="button button--primary" onClick={() => setConfirming(true)} disabled={running.running} data-testid="card-import-apply">
              {t('cardFiles.apply')}
            </button>
          </div>
          <PreviewTable kind={kind} result={read} />
        </section>
      )}
      {confirming && read && (
        <ConfirmDialog
          title={t('cardFiles.confirmTitle', { cards: read.cards })}
          body={t('cardFiles.confirmBody')}
          confirmLabel={t('cardFiles.confirm')}
          cancelLabel={t('cardFiles.cancel')}
          testId="card-import-confirm"
          onConfirm={() => void apply()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
