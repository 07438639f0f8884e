import type { MethodInput } from '../../../../../core/api/contract';
import { useCall } from '../../../api/use-call';
import { useDebounced } from '../../../list/use-debounced';

type PreviewInput = MethodInput<'yearEnd.preview'>;

const previewDelay = 300;

/**
 * The transition as it would be for `input`, asked a moment after the last change, and again on `reload`. `input`
 * null (not typed in full) or `paused` (while it runs, or after it ran): nothing is asked; the last preview stays, and
 * so does the last good one when a choice is refused, so it can be taken back.
 */
export function useYearEndPreview(input: PreviewInput | null, paused: boolean) {
  // Keyed by the input's text, so an equal input (a new object) does not ask again.
  const key = input && JSON.stringify(input);
  const settled = useDebounced(key, previewDelay);
  const asked = paused || settled === null ? null : (JSON.parse(settled) as PreviewInput);
  const { data, error, loading, reload } = useCall('yearEnd.preview', asked, [settled, paused]);
  const refreshing = !paused && key !== null && (key !== settled || loading);
  return { preview: data, error, refreshing, reload };
}
