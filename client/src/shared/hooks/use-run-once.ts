import { useEffect, useRef } from 'react';

/**
 * Runs `action` once, after the first render, even under <StrictMode>, which runs effects twice
 * in development (refs survive that second run). For requests that must not repeat, such as
 * using a one-time link from an email. Later renders' `action`s are ignored on purpose.
 */
export function useRunOnce(action: () => void): void {
  const started = useRef(false);
  const firstAction = useRef(action);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    firstAction.current();
  }, []);
}
