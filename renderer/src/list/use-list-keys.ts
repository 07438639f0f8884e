import { useEffect, type RefObject } from 'react';
import { useNavigation } from '../state/navigation-store';

/** Ctrl+F focuses the list's search box (instead of the browser's find), Ctrl+N starts a new card where one may be made. */
export function useListKeys(searchRef: RefObject<HTMLInputElement | null>, onNew: (() => void) | undefined) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || useNavigation.getState().pending) return;
      // By physical key, so the shortcuts work with a Ukrainian keyboard layout too.
      if (e.code === 'KeyF') {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (e.code === 'KeyN' && onNew) {
        e.preventDefault();
        onNew();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [searchRef, onNew]);
}
