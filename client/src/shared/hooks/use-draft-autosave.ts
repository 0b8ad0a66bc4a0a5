import type { Draft } from '@commonroom/contracts';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { deleteDraft, saveDraft } from '../api/drafts.api';

/** What a draft holds; the title only for a new thread, the post replied to only for a reply. */
export interface DraftContent {
  raw: string;
  title?: string | null | undefined;
  replyToPostId?: string | null | undefined;
}

/** Quiet enough not to send every keystroke, soon enough that little is lost if the tab closes. */
export const AUTOSAVE_DELAY_MS = 1000;

export type AutosaveState = { status: 'idle' } | { status: 'saved'; at: string } | { status: 'failed' };

const fingerprint = (content: DraftContent) =>
  JSON.stringify([content.raw, content.title ?? null, content.replyToPostId ?? null]);
const isEmpty = (content: DraftContent) => content.raw.trim() === '' && !content.title?.trim();

/**
 * Saves a composer's text (a forum post, a private message) to the server as a draft: a second
 * after typing stops, when the box loses focus and when the composer closes. An emptied composer
 * deletes its draft. Only changes are sent: opening a composer (or restoring a draft) sends nothing.
 */
export function useDraftAutosave(key: string, content: DraftContent, restored: Draft | null) {
  const latest = useRef(content);
  useLayoutEffect(() => {
    latest.current = content;
  });
  const saved = useRef(fingerprint(content));
  const hasDraft = useRef(restored !== null);
  // After a successful submit nothing is saved until the person types again.
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [state, setState] = useState<AutosaveState>({ status: 'idle' });

  const inFlight = useRef<Promise<void>>(Promise.resolve());

  const write = useCallback(async () => {
    const current = latest.current;
    const print = fingerprint(current);
    if (stopped.current || print === saved.current) return;
    saved.current = print;
    try {
      if (isEmpty(current)) {
        if (hasDraft.current) await deleteDraft(key);
        hasDraft.current = false;
        setState({ status: 'idle' });
        return;
      }
      const draft = await saveDraft(key, {
        raw: current.raw,
        title: current.title ?? null,
        replyToPostId: current.replyToPostId ?? null,
      });
      hasDraft.current = true;
      setState({ status: 'saved', at: draft.updatedAt });
    } catch {
      // The text is still in the box; the next change or blur tries again.
      saved.current = '';
      setState({ status: 'failed' });
    }
  }, [key]);

  /** One write at a time, in order, so an older text can never overwrite a newer one. */
  const save = useCallback(() => {
    clearTimeout(timer.current);
    inFlight.current = inFlight.current.then(write);
    return inFlight.current;
  }, [write]);

  /** Called on every change: saving waits for a pause in typing. */
  const schedule = useCallback(() => {
    stopped.current = false;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [save]);

  /**
   * After the text was posted, or thrown away: the draft goes, and nothing is saved again until
   * the next change. `resetTo` is what the composer shows next (empty, or the post being edited).
   */
  const discard = useCallback(
    async (resetTo: DraftContent) => {
      clearTimeout(timer.current);
      stopped.current = true;
      setState({ status: 'idle' });
      await inFlight.current;
      saved.current = fingerprint(resetTo);
      if (!hasDraft.current) return;
      hasDraft.current = false;
      await deleteDraft(key).catch(() => undefined);
    },
    [key],
  );

  // Closing the composer (leaving the page, finishing an edit) saves what is not saved yet.
  useEffect(() => () => void save(), [save]);

  return { schedule, flush: save, discard, state };
}
