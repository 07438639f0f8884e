import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { statusOf, type Issue } from '../../../core/schemas/issue';
import type { Acknowledgement } from '../../../core/schemas/student';
import { RegistryBadge } from '../components/RegistryBadge';
import { StatusBadge } from '../components/StatusBadge';
import { CallErrorBanner } from '../components/CallErrorBanner';
import { useNavigation, type Route } from '../state/navigation-store';
import { useCan } from '../state/use-can';
import { EditorFieldsContext, type EditorFields } from './editor-fields';
import { getAt } from './field-path';
import { focusField } from './focus-field';
import { HistoryPanel } from './HistoryPanel';
import { DeleteCardButton } from './DeleteCardButton';
import { DuplicatesNotice } from './DuplicatesNotice';
import { IssueSummary } from './IssueSummary';
import { useDraftDuplicates } from './use-draft-duplicates';
import type { CardEditorState } from './use-card-editor';

export interface SectionRef {
  id: string;
  label: string;
}

interface ShellProps<Card, Extra> {
  editor: CardEditorState<Card, Extra>;
  entity: 'student' | 'staff';
  title: string;
  sections: SectionRef[];
  listRoute: Route;
  children: ReactNode;
}

/** Frame of a card editor: title bar with save/close, save errors, issue summary, section nav, card/history tabs. */
export function CardEditorShell<Card, Extra>({ editor, entity, title, sections, listRoute, children }: ShellProps<Card, Extra>) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'card' | 'history'>('card');
  const navigate = useNavigation((s) => s.navigate);
  const leave = useNavigation((s) => s.leave);
  const { loaded, issues, shownAt, setField, save, dirty, saving, saveError, justSaved } = editor;
  // Who may read a card but not save it (a deputy) sees it read-only; a class teacher saves the contacts of their own
  // class's cards only (the student editor disables the rest); the history needs the audit log.
  const canSaveCard = useCan(entity === 'student' ? 'students.save' : 'staff.save');
  const canSaveContacts = useCan('students.saveContacts');
  const canSave = canSaveCard || (entity === 'student' && canSaveContacts);
  const canReadHistory = useCan('audit.history');

  const fields = useMemo<EditorFields>(() => {
    const byField = new Map<string, Issue[]>();
    for (const issue of issues) {
      if (issue.field === undefined) continue;
      byField.set(issue.field, [...(byField.get(issue.field) ?? []), issue]);
    }
    return {
      value: (path) => (loaded ? getAt(loaded.draft.card, path) : undefined),
      set: setField,
      issuesAt: (path) => (shownAt(path) ? (byField.get(path) ?? []) : []),
    };
  }, [issues, loaded, setField, shownAt]);

  const close = () => navigate(listRoute);
  const duplicates = useDraftDuplicates(entity, loaded?.id ?? null, loaded?.draft.card);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (useNavigation.getState().pending) return;
      if ((e.ctrlKey || e.metaKey) && e.code === 'KeyS') {
        e.preventDefault();
        if (canSave) void save();
      } else if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        navigate(listRoute);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, canSave, navigate, listRoute]);

  const pickIssue = (issue: Issue) => {
    if (!issue.field) return;
    const field = issue.field;
    setTab('card');
    requestAnimationFrame(() => focusField(field));
  };

  // A blank card is not a list of errors: the summary and the badge show what the fields show.
  const shown = issues.filter((i) => shownAt(i.field ?? ''));
  const status = statusOf(shown);
  const errors = shown.filter((i) => i.severity === 'error').length;
  const warnings = shown.length - errors;

  return (
    <div className="editor" data-testid={`${entity}-editor`}>
      {/* Title, actions and save errors stay in view however far down the form the user is. */}
      <div className="editor__top">
        <div className="editor__bar">
          <div className="editor__heading">
            <h1 className="editor__title">{title}</h1>
            <div className="editor__state">
              <StatusBadge status={status} errors={errors} warnings={warnings} />
              {loaded?.meta?.registry && (
                <span className="registry-state" data-testid="registry-state">
                  {t('editor.registry')}: <RegistryBadge status={loaded.meta.registry.status} />
                  {!loaded.meta.registry.current && <span className="muted"> {t('editor.registryStale')}</span>}
                </span>
              )}
              {dirty && (
                <span className="dirty-flag" data-testid="unsaved">
                  {t('editor.unsaved')}
                </span>
              )}
              {!dirty && justSaved && (
                <span className="saved-flag" role="status">
                  ✓ {t('editor.saved')}
                </span>
              )}
            </div>
          </div>
          <div className="editor__actions">
            <span className="keys-hint">{t('editor.keys')}</span>
            {canSave && (
              <button type="button" className="button button--primary" onClick={() => void save()} disabled={saving} aria-keyshortcuts="Control+S">
                {saving ? t('common.saving') : t('common.save')}
              </button>
            )}
            {canSave && loaded?.id && loaded.meta && <DeleteCardButton entity={entity} id={loaded.id} version={loaded.meta.version} name={title} listRoute={listRoute} />}
            <button type="button" className="button" onClick={close} aria-keyshortcuts="Escape">
              {t('common.close')}
            </button>
          </div>
        </div>

        {saveError && (
          <CallErrorBanner error={saveError}>
            {saveError.code === 'STALE_VERSION' && (
              <button type="button" className="button button--small" onClick={() => leave(() => void editor.reload())}>
                {t('editor.reload')}
              </button>
            )}
          </CallErrorBanner>
        )}
        <DuplicatesNotice entity={entity} duplicates={duplicates} />
        {!dirty && justSaved && shown.length > 0 && <div className="banner banner--info">{t('editor.savedWithIssues')}</div>}
      </div>

      <div className="tabs" role="tablist" aria-label={title}>
        <button
          type="button"
          role="tab"
          id="tab-card"
          aria-selected={tab === 'card'}
          aria-controls="panel-card"
          className="tab"
          onClick={() => setTab('card')}
        >
          {t('editor.cardTab')}
        </button>
        <button
          type="button"
          role="tab"
          id="tab-history"
          aria-selected={tab === 'history'}
          aria-controls="panel-history"
          className="tab"
          disabled={!loaded?.id || !canReadHistory}
          onClick={() => setTab('history')}
        >
          {t('editor.historyTab')}
        </button>
      </div>

      {tab === 'card' ? (
        <div className="editor__body" role="tabpanel" id="panel-card" aria-labelledby="tab-card">
          <nav className="section-nav" aria-label={t('editor.sectionsNav')}>
            <ul>
              {sections.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="section-nav__link"
                    onClick={() => document.getElementById(`section-${s.id}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' })}
                  >
                    {s.label}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <form
            className="editor__form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (canSave) void save();
            }}
          >
            <IssueSummary
              issues={shown}
              acknowledgements={(loaded ? (getAt(loaded.draft.card, 'acknowledgements') as Acknowledgement[] | undefined) : undefined) ?? []}
              onPick={pickIssue}
              onAcknowledgements={(acks) => setField('acknowledgements', acks)}
            />
            <fieldset className="editor__fieldset" disabled={!canSave}>
              <EditorFieldsContext.Provider value={fields}>{children}</EditorFieldsContext.Provider>
            </fieldset>
          </form>
        </div>
      ) : (
        loaded?.id && (
          <div role="tabpanel" id="panel-history" aria-labelledby="tab-history" className="editor__history">
            <HistoryPanel entity={entity} id={loaded.id} />
          </div>
        )
      )}
    </div>
  );
}
