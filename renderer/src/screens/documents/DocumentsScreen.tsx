import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentKindSchema, type DocumentKind } from '../../../../core/archive/document-content';
import type { DocumentEntry } from '../../../../core/archive/document-entry';
import { api } from '../../api/api';
import { useTask } from '../../api/use-action';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { PrintButton } from '../../components/PrintButton';
import { savePrintout } from '../../files/save-file';
import { useCan } from '../../state/use-can';
import { useAcademicYears } from '../academic/use-academic-years';
import { ArchiveForm } from './ArchiveForm';
import { SignForm } from './SignForm';
import '../../styles/documents.css';

/** The document register: what was printed, searchable by title or code and by kind, with reprint and signing. */
export function DocumentsScreen() {
  const { t } = useTranslation();
  const years = useAcademicYears();
  const [yearId, setYearId] = useState('');
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const [signing, setSigning] = useState<DocumentEntry | null>(null);
  const maySign = useCan('documents.sign');
  const mayBuildArchive = useCan('archive.build');
  const listed = useCall('documents.list', { search: search.trim() || undefined, kind: kind || undefined }, [search, kind]);
  const list = listed.data;
  const reprinting = useTask(async (entry: DocumentEntry) => {
    const printout = await api.call('documents.reprint', { id: entry.id });
    savePrintout(printout);
    return printout;
  });

  const reprint = async (entry: DocumentEntry) => {
    if (await reprinting.run(entry)) listed.reload();
  };
  const chosenYear = yearId || years.data?.at(-1)?.id || '';

  return (
    <div className="page-pad doc-page" data-testid="documents">
      <h1 className="page-title">{t('documents.title')}</h1>
      <p className="muted doc-intro">{t('documents.intro')}</p>
      <div className="doc-toolbar">
        <label className="field">
          <span className="field__label">{t('documents.register.year')}</span>
          <select className="input" value={chosenYear} onChange={(e) => setYearId(e.target.value)} name="year">
            {(years.data ?? []).map((y) => (
              <option key={y.id} value={y.id}>
                {y.label}
              </option>
            ))}
          </select>
        </label>
        <span className="doc-toolbar__print">
          <span className="muted">{t('documents.register.title')}</span>{' '}
          <PrintButton
            request={async () => {
              const printout = await api.call('print.ordersRegister', { academicYearId: chosenYear });
              listed.reload();
              return printout;
            }}
            testId="orders-register-print"
          />
        </span>
        <span className="doc-toolbar__print">
          <span className="muted">{t('documents.teachingLoad')}</span>{' '}
          <PrintButton
            request={async () => {
              const printout = await api.call('print.teachingLoad', { academicYearId: chosenYear });
              listed.reload();
              return printout;
            }}
            testId="teaching-load-print"
          />
        </span>
      </div>
      {years.error && <CallErrorBanner error={years.error} onRetry={years.reload} />}
      {mayBuildArchive && chosenYear && (
        <ArchiveForm yearId={chosenYear} yearLabel={years.data?.find((y) => y.id === chosenYear)?.label ?? ''} onBuilt={listed.reload} />
      )}
      <div className="doc-toolbar">
        <label className="field doc-search">
          <span className="field__label">{t('documents.search')}</span>
          <input type="search" className="input input--search" value={search} placeholder={t('documents.searchPlaceholder')} onChange={(e) => setSearch(e.target.value)} name="search" />
        </label>
        <label className="field">
          <span className="field__label">{t('documents.kind')}</span>
          <select className="input" value={kind} onChange={(e) => setKind(documentKindSchema.safeParse(e.target.value).data ?? '')} name="kind">
            <option value="">{t('documents.allKinds')}</option>
            {documentKindSchema.options.map((k) => (
              <option key={k} value={k}>
                {t(`documents.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" role="status" data-testid="documents-count">
          {list ? t('documents.count', { shown: list.documents.length, total: list.total }) : ''}
        </span>
      </div>
      {listed.error && <CallErrorBanner error={listed.error} onRetry={listed.reload} />}
      {reprinting.error && <CallErrorBanner error={reprinting.error} />}
      {signing && (
        <SignForm
          entry={signing}
          onDone={() => {
            setSigning(null);
            listed.reload();
          }}
        />
      )}
      {!list ? (
        !listed.error && <p className="muted">{t('documents.loading')}</p>
      ) : list.documents.length === 0 ? (
        <p className="muted">{t('documents.empty')}</p>
      ) : (
        <table className="data-table" aria-label={t('documents.title')} data-testid="documents-table">
          <thead>
            <tr>
              <th scope="col">{t('documents.columns.title')}</th>
              <th scope="col">{t('documents.columns.code')}</th>
              <th scope="col">{t('documents.columns.pages')}</th>
              <th scope="col">{t('documents.columns.printed')}</th>
              <th scope="col">{t('documents.columns.signed')}</th>
              <th scope="col">{t('documents.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.documents.map((d) => (
              <tr key={d.id} data-code={d.code}>
                <th scope="row">
                  {d.title}
                  <span className="muted doc-kind">
                    {t(`documents.kinds.${d.kind}`)}
                    {d.reprintOf ? ` · ${t('documents.reprinted')}` : ''}
                  </span>
                </th>
                <td className="doc-code">{d.code}</td>
                <td>{d.pages}</td>
                <td>
                  {d.printedAt}
                  <span className="muted doc-kind">{d.printedBy}</span>
                </td>
                <td>{d.signedBy ? `${d.signedBy}, ${d.signedAt ?? ''}` : <span className="muted">{t('documents.unsigned')}</span>}</td>
                <td className="doc-actions">
                  <button type="button" className="button button--small" title={t('documents.reprintHint')} onClick={() => void reprint(d)} data-testid="document-reprint">
                    {t('documents.reprint')}
                  </button>
                  {maySign && (
                    <button type="button" className="button button--small button--quiet" onClick={() => setSigning(d)} data-testid="document-sign">
                      {t('documents.sign')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
