import { useEffect, useRef, useState } from 'react';
import { CallError } from '../api/client';

/**
 * Rows of a list for a query; a new query replaces the rows only when its answer arrives, and an answer to an
 * older query (the user typed on) is dropped.
 */
export function useListRows<Query, Row>(query: Query, fetchRows: (q: Query) => Promise<{ rows: Row[] }>) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [loading, setLoading] = useState(true);
  const sequence = useRef(0);
  const key = JSON.stringify(query);

  useEffect(() => {
    const mine = ++sequence.current;
    setLoading(true);
    fetchRows(JSON.parse(key) as Query).then(
      (r) => {
        if (mine !== sequence.current) return;
        setRows(r.rows);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (mine !== sequence.current) return;
        setError(err instanceof CallError ? err : new CallError('INTERNAL'));
        setLoading(false);
      },
    );
  }, [key, fetchRows]);

  return { rows, error, loading };
}
