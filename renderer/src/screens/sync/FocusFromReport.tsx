import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { focusField } from '../../editor/focus-field';
import '../../styles/sync.css';

/** Long enough for a card to load on a slow machine; after that the user just sees the card. */
const waitLimit = 10_000;
const highlightClass = 'field-from-report';

/** The element carrying `data-field` for a path, or the nearest enclosing one (as `focusField` finds it). */
function fieldElement(path: string): HTMLElement | null {
  const parts = path.split('.');
  while (parts.length > 0) {
    const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(parts.join('.'))}"]`);
    if (el) return el;
    parts.pop();
  }
  return null;
}

/** Marks the field's whole frame (label, input, issues) until the user changes it. */
function highlight(path: string, note: string): void {
  const el = fieldElement(path);
  const frame = el?.closest<HTMLElement>('.field') ?? el;
  if (!el || !frame) return;
  frame.classList.add(highlightClass);
  frame.dataset.highlightNote = note;
  const clear = () => {
    frame.classList.remove(highlightClass);
    delete frame.dataset.highlightNote;
  };
  frame.addEventListener('input', clear, { once: true });
  frame.addEventListener('change', clear, { once: true });
}

/**
 * Opened from the sync report: once the card editor has loaded, focuses the field and highlights it. Lives
 * beside the editor, so the editor needs no knowledge of where it was opened from.
 */
export function FocusFromReport({ field }: { field: string }) {
  const { t } = useTranslation();
  const note = t('sync.focus.fromReport');
  useEffect(() => {
    let frame = 0;
    const tryFocus = () => {
      if (!document.querySelector('.editor__form')) return false;
      // One more frame so the form's fields are laid out before scrolling to one of them.
      frame = requestAnimationFrame(() => {
        if (focusField(field)) highlight(field, note);
      });
      return true;
    };
    if (tryFocus()) return () => cancelAnimationFrame(frame);
    const observer = new MutationObserver(() => {
      if (tryFocus()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), waitLimit);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  }, [field, note]);
  return null;
}
