/**
 * Brings the input of a field path into view and focuses it. A path with no input of its own (`documents`) falls
 * back to the nearest enclosing one that has an element marked with `data-field`.
 */
export function focusField(path: string): boolean {
  const parts = path.split('.');
  while (parts.length > 0) {
    const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(parts.join('.'))}"]`);
    if (el) {
      const target = el.matches('input, select, textarea, button') ? el : (el.querySelector<HTMLElement>('input, select, textarea, button') ?? el);
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
      return true;
    }
    parts.pop();
  }
  return false;
}
