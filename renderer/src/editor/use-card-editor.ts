import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CardMeta } from '../../../core/api/cards-api';
import type { Country } from '../../../core/schemas/common';
import type { Issue } from '../../../core/schemas/issue';
import { toCallError, type CallError } from '../api/client';
import { useNavigation, type Route } from '../state/navigation-store';
import { getAt, setAt } from './field-path';

/** A card being edited together with what is saved next to it (a student's class for a new card). */
export interface Draft<Card, Extra> {
  card: Card;
  extra: Extra;
}

export interface CardSource<Card, Extra> {
  /** A new card of a school in `country`. */
  blank(country: Country): Draft<Card, Extra>;
  load(id: string): Promise<Draft<Card, Extra> & { meta: CardMeta }>;
  save(id: string | null, version: number | undefined, draft: Draft<Card, Extra>): Promise<{ meta: CardMeta }>;
  routeOf(id: string): Route;
}

/** Issues only the backend can find (it sees the other cards): kept from the last save while their field is unchanged. */
const backendOnlyCodes = new Set(['DUPLICATE_IN_SCHOOL', 'DUPLICATE_ENROLLMENT']);
function isBackendOnly(code: string) {
  return backendOnlyCodes.has(code) || code.startsWith('REGISTRY_');
}

interface Loaded<Card, Extra> {
  id: string | null;
  meta: CardMeta | null;
  saved: Draft<Card, Extra>;
  draft: Draft<Card, Extra>;
}

function sameJson(a: unknown, b: unknown) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * State of one open card: the saved version, the draft, saving and its errors, and the issues shown — the local
 * checks of core (`check`, run on every change) plus what only the backend could find.
 * `source` must be a stable value (a module constant).
 */
export function useCardEditor<Card, Extra>(source: CardSource<Card, Extra>, id: string | null, check: (draft: Draft<Card, Extra>) => Issue[], country: Country) {
  const [loaded, setLoaded] = useState<Loaded<Card, Extra> | null>(() => {
    if (id !== null) return null;
    const blank = source.blank(country);
    return { id: null, meta: null, saved: blank, draft: blank };
  });
  const [loadError, setLoadError] = useState<CallError | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<CallError | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  // A new card shows a field's issues once the user has been there, and all of them after the first save.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [triedSave, setTriedSave] = useState(false);
  const latest = useRef(loaded);
  latest.current = loaded;

  const load = useCallback(
    async (cardId: string) => {
      setLoadError(null);
      try {
        const { meta, ...draft } = await source.load(cardId);
        setLoaded({ id: cardId, meta, saved: draft, draft });
        setSaveError(null);
      } catch (err) {
        setLoadError(toCallError(err));
      }
    },
    [source],
  );

  useEffect(() => {
    // After a new card is saved the route gets its id, but the editor already holds it.
    if (id !== null && latest.current?.id !== id) void load(id);
  }, [id, load]);

  const dirty = loaded !== null && !sameJson(loaded.draft, loaded.saved);
  const setDirty = useNavigation((s) => s.setDirty);
  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  useEffect(() => () => setDirty(false), [setDirty]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const setField = useCallback((path: string, value: unknown) => {
    setJustSaved(false);
    setTouched((t) => (t.has(path) ? t : new Set(t).add(path)));
    setLoaded((s) => (s ? { ...s, draft: { ...s.draft, card: setAt(s.draft.card, path, value) } } : s));
  }, []);

  const setExtra = useCallback((patch: Partial<Extra>) => {
    setJustSaved(false);
    setTouched((t) => new Set([...t, ...Object.keys(patch)]));
    setLoaded((s) => (s ? { ...s, draft: { ...s.draft, extra: { ...s.draft.extra, ...patch } } } : s));
  }, []);

  const localIssues = useMemo(() => (loaded ? check(loaded.draft) : []), [loaded, check]);
  const issues = useMemo(() => {
    if (!loaded?.meta) return localIssues;
    // The registry's verdict counts only while it is about the version stored here, not one changed since.
    const registry = loaded.meta.registry?.current ? loaded.meta.registry.issues : [];
    const kept = [...loaded.meta.issues, ...registry].filter(
      (i) => isBackendOnly(i.code) && (i.field === undefined || sameJson(getAt(loaded.draft.card, i.field), getAt(loaded.saved.card, i.field))),
    );
    return [...localIssues, ...kept];
  }, [loaded, localIssues]);

  const replaceRoute = useNavigation((s) => s.replace);
  const save = useCallback(async () => {
    const current = latest.current;
    if (!current || saving) return;
    const sent = current.draft;
    setTriedSave(true);
    setSaving(true);
    setSaveError(null);
    try {
      const { meta } = await source.save(current.id, current.meta?.version, sent);
      const { meta: stored, ...storedDraft } = await source.load(meta.id);
      // What the user typed while the save was under way stays in the form, still unsaved.
      setLoaded((s) => ({ id: meta.id, meta: stored, saved: storedDraft, draft: s && s.draft !== sent ? s.draft : storedDraft }));
      setJustSaved(true);
      if (current.id === null) replaceRoute(source.routeOf(meta.id));
    } catch (err) {
      setSaveError(toCallError(err));
    } finally {
      setSaving(false);
    }
  }, [saving, source, replaceRoute]);

  const reload = useCallback(async () => {
    if (latest.current?.id) await load(latest.current.id);
  }, [load]);

  /** After a card failed to open: asks for it again. */
  const retryLoad = useCallback(() => {
    if (id !== null) void load(id);
  }, [id, load]);

  const revealAll = loaded?.id !== null || triedSave;
  const shownAt = useCallback(
    (path: string) => revealAll || touched.has(path) || [...touched].some((t) => t.startsWith(`${path}.`)),
    [revealAll, touched],
  );

  return { loaded, loadError, retryLoad, dirty, saving, saveError, justSaved, issues, shownAt, setField, setExtra, save, reload };
}

export type CardEditorState<Card, Extra> = ReturnType<typeof useCardEditor<Card, Extra>>;
