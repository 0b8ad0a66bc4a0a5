import { useCallback, useRef } from 'react';

/**
 * The `Idempotency-Key` for a submit. Retrying the same content sends the same key, so a submit
 * whose answer was lost (a dropped connection) cannot create a second post; changed content is a
 * new submission with a new key. After a success the next submit starts afresh.
 */
export function useIdempotencyKey() {
  const current = useRef<{ key: string; content: string } | null>(null);
  const keyFor = useCallback((content: string) => {
    if (current.current?.content !== content) current.current = { key: crypto.randomUUID(), content };
    return current.current.key;
  }, []);
  const reset = useCallback(() => {
    current.current = null;
  }, []);
  return { keyFor, reset };
}
