import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlphabetBookEntry } from '../../../../../core/api/academic-api';
import { api } from '../../../api/api';
import { useCall } from '../../../api/use-call';
import { CallErrorBanner } from '../../../components/CallErrorBanner';
import { PrintButton } from '../../../components/PrintButton';
import { showDate } from '../../../format/dates';
import { useNavigation } from '../../../state/navigation-store';
import { filterEntries, lettersOf } from './alphabet-view';
import '../../../styles/academic.css';

/** Every personal file number the school issued, by letter: the alphabet book (алфавітна книга). */
export function AlphabetBookScreen() {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const { data, error, reload } = useCall('alphabetBook.list', {}, []);
  const entries = data?.entries ?? null;
  const [letter, setLetter] = useState<string | null>(null);
  const [search, setSearch] = useState('');

  const letters = useMemo(() => lettersOf(entries ?? []), [entries]);
  const shown = useMemo(() => filterEntries(entries ?? [], letter, search), [entries, letter, search]);

  return (
    <div className="page-pad ac-page" data-testid="alphabet-book">
      <button type="button" className="button button--quiet button--small ac-back" onClick={() => navigate({ screen: 'classes' })}>
        ← {t('academic.classPage.back')}
      </button>
      <h1 className="page-title">{t('academic.alphabet.title')}</h1>
      <p className="muted ac-intro">{t('academic.alphabet.intro')}</p>
      <div>
        <PrintButton request={() => api.call('print.alphabetBook', {})} testId="alphabet-print" />
      </div>
      {error && <CallErrorBanner error={error} onRetry={reload} />}
      <div className="ac-toolbar">
        <label className="field ac-search">
          <span className="field__label">{t('academic.alphabet.search')}</span>
          <input
            type="search"
            className="input input--search"
            value={search}
            placeholder={t('academic.alphabet.searchPlaceholder')}
            onChange={(e) => setSearch(e.target.value)}
            name="search"
          />
        </label>
        <span className="muted" role="status" data-testid="alphabet-count">
          {entries ? t('academic.alphabet.rows', { count: shown.length }) : ''}
        </span>
      </div>
      <div className="ac-letters" role="group" aria-label={t('academic.alphabet.letters')}>
        <button type="button" className="ac-letter" aria-pressed={letter === null} onClick={() => setLetter(null)}>
          {t('academic.alphabet.allLetters')}
        </button>
        {letters.map((l) => (
          <button key={l} type="button" className="ac-letter" aria-pressed={letter === l} onClick={() => setLetter(l)} data-letter={l}>
            {l}
          </button>
        ))}
      </div>
      {!entries ? (
        !error && <p className="muted">{t('academic.common.loading')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('academic.alphabet.empty')}</p>
      ) : (
        <table className="data-table" aria-label={t('academic.alphabet.tableLabel')} data-testid="alphabet-table">
          <thead>
            <tr>
              <th scope="col">{t('academic.alphabet.fileNumber')}</th>
              <th scope="col">{t('academic.common.name')}</th>
              <th scope="col">{t('academic.common.birthDate')}</th>
              <th scope="col">{t('academic.alphabet.enrolledOn')}</th>
              <th scope="col">{t('academic.alphabet.leftOn')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e, i) => (
              <LetterRows key={e.personalFileNumber} entry={e} first={i === 0 || shown[i - 1]?.letter !== e.letter} onOpen={() => navigate({ screen: 'student', id: e.studentId })} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function LetterRows({ entry, first, onOpen }: { entry: AlphabetBookEntry; first: boolean; onOpen(): void }) {
  const { t } = useTranslation();
  return (
    <>
      {first && (
        <tr className="data-table__group">
          <th scope="rowgroup" colSpan={5}>
            {entry.letter}
          </th>
        </tr>
      )}
      <tr data-file-number={entry.personalFileNumber} className={entry.leftOn ? 'data-table__row--past' : undefined}>
        <td className="data-table__file">{entry.personalFileNumber}</td>
        <th scope="row" className="data-table__name">
          <button type="button" className="ac-link" onClick={onOpen}>
            {entry.name}
          </button>
        </th>
        <td>{showDate(entry.birthDate)}</td>
        <td>{entry.enrolledOn ? showDate(entry.enrolledOn) : t('common.empty')}</td>
        <td>{entry.leftOn ? showDate(entry.leftOn) : t('common.empty')}</td>
      </tr>
    </>
  );
}
