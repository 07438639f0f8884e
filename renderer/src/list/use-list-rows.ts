import { useCallback, useEffect, useState } from 'react';
import { latestRequest } from '../api/call-state';
import { toCallError, type CallError } from '../api/client';

/**
 * Rows of a list for a query; a new query replaces the rows only when its answer arrives, and an answer to an
 * older query (the user typed on) is dropped.
 */
export function useListRows<Query, Row>(query: Query, fetchRows: (q: Query) => Promise<{ rows: Row[] }>) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [loading, setLoading] = useState(true);
  const [revision, setRevision] = useState(0);
  const [requests] = useState(latestRequest);
  const key = JSON.stringify(query);

  useEffect(() => {
    const isLatest = requests.begin();
    setLoading(true);
    fetchRows(JSON.parse(key) as Query).then(
      (r) => {
        if (!isLatest()) return;
        setRows(r.rows);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (!isLatest()) return;
        setError(toCallError(err));
        setLoading(false);
      },
    );
  }, [key, fetchRows, revision, requests]);

  const reload = useCallback(() => setRevision((r) => r + 1), []);
  return { rows, error, loading, reload };
}
