import { rawMarkdownSchema, type Draft, type PersonRef } from '@commonroom/contracts';
import { Box, Button, Group, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import {
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import { fetchDraft } from '../../../../shared/api/drafts.api';
import { LiveMessage } from '../../../../shared/components/live-message';
import { LoadingState } from '../../../../shared/components/loading-state';
import { SubmitButton } from '../../../../shared/forms/submit-button';
import { useFormatDateTime } from '../../../../shared/i18n/format-date';
import { forumKeys } from '../../api/forum-keys';
import { ForumError } from '../forum-error';
import { AttachButton, uploadMarkdown } from './attach-button';
import { ComposerPreview } from './composer-preview';
import { LinkDialog } from './link-dialog';
import {
  applyFormat,
  insertBlock,
  linkMarkdown,
  replaceSelection,
  type MarkdownFormat,
  type TextEdit,
} from './markdown-format';
import { MarkdownToolbar } from './markdown-toolbar';
import { findMentionQuery, insertMention } from './mention-query';
import { isKnownMention, mentionLabel, showMentions, storeMentions, type KnownMentions } from './mention-display';
import { MentionListbox, mentionOptionId } from './mention-listbox';
import { useDraftAutosave, type AutosaveState } from '../../../../shared/hooks/use-draft-autosave';
import { useIdempotencyKey } from '../../../../shared/hooks/use-idempotency-key';
import { useMentionSuggestions } from './use-mention-suggestions';

export interface ComposerHandle {
  /** Adds a block (a quote) at the end of the text, and puts focus and caret after it. */
  insertBlock: (block: string) => void;
  focus: () => void;
}

export interface ComposerProps {
  /** Whose members "@" suggests. */
  communitySlug: string;
  /** Where the server keeps the draft: `new-thread:<categoryId>`, `reply:<threadId>`, `edit:<postId>`. */
  draftKey: string;
  label: string;
  submitLabel: string;
  pendingLabel: string;
  /** The text to start from when there is no draft (the post being edited). */
  initialValue?: string;
  /** A new thread's title, kept in its draft. */
  title?: string;
  /** The post a reply answers, kept in its draft. */
  replyToPostId?: string | null;
  onDraftRestored?: (draft: Draft) => void;
  onDraftDiscarded?: () => void;
  /**
   * Sends the text. Resolves 'invalid' when the page refused before sending (no title yet);
   * rejects with the server's refusal, and the text stays in the box.
   */
  onSubmit: (raw: string, idempotencyKey: string) => Promise<'sent' | 'invalid'>;
  /** What is sent beside the text (title, tags): changing it makes the next submit a new one. */
  submitContext?: string;
  /** Every change of the text, e.g. to tell others "is typing". */
  onTextChange?: () => void;
  onCancel?: () => void;
  handleRef?: Ref<ComposerHandle>;
  /** Shown above the text box, e.g. "Replying to Ana". */
  children?: ReactNode;
}

/**
 * Where people write: Markdown with a toolbar, a preview cooked by the server, "@" mentions,
 * attachments, and a draft kept on the server, so nothing typed is lost to a closed tab, a
 * failed submit or a change of device. Opens once the draft (if any) has arrived.
 */
export function Composer(props: ComposerProps) {
  const draft = useQuery({
    queryKey: forumKeys.draft(props.draftKey),
    queryFn: ({ signal }) => fetchDraft(props.draftKey, { signal }),
    // Always the server's latest: another device may have saved since.
    staleTime: 0,
    gcTime: 0,
  });
  const { t } = useTranslation();
  // As tall as the empty form (a phone's, and from `sm` up), so the form replaces it without
  // pushing what is below it down the screen.
  if (draft.isPending)
    return (
      <Box mih={{ base: 364, sm: 320 }}>
        <LoadingState label={t('forums.composer.loadingDraft')} />
      </Box>
    );
  // Without the draft (it failed to load) the composer still works; autosave replaces it.
  return <ComposerForm {...props} restored={draft.data ?? null} />;
}

function ComposerForm({ restored, ...props }: ComposerProps & { restored: Draft | null }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const textareaId = useId();
  const listboxId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  // The box shows mentions as "@Name"; `stored` is the Markdown with their tokens, which is saved and sent.
  const known = useRef<KnownMentions>(new Map());
  const [value, setValue] = useState(() => showMentions(restored?.raw ?? props.initialValue ?? '', known.current));
  const stored = storeMentions(value, known.current);
  const [caret, setCaret] = useState(value.length);
  const [tab, setTab] = useState<string | null>('write');
  const [restoredNotice, setRestoredNotice] = useState(restored);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [linkSelection, setLinkSelection] = useState<TextEdit | null>(null);
  const submitting = useRef(false);
  const pendingSelection = useRef<[number, number] | null>(null);
  const keys = useIdempotencyKey();
  const autosave = useDraftAutosave(
    props.draftKey,
    { raw: stored, title: props.title, replyToPostId: props.replyToPostId },
    restored,
  );
  const typedMention = findMentionQuery(value, caret);
  const mentionQuery = typedMention && !isKnownMention(typedMention.text, known.current) ? typedMention : null;
  const mentions = useMentionSuggestions(props.communitySlug, mentionQuery);

  // The page restores what it owns (title, the post replied to) from the draft, once.
  const onDraftRestored = useRef(props.onDraftRestored);
  useLayoutEffect(() => {
    if (restored) onDraftRestored.current?.(restored);
  }, [restored]);

  // A title or reply target changed by the page is saved like typing.
  const { schedule } = autosave;
  const firstContext = useRef(true);
  useLayoutEffect(() => {
    if (firstContext.current) firstContext.current = false;
    else schedule();
  }, [props.title, props.replyToPostId, schedule]);

  // After a toolbar button or an insertion, the text box keeps focus with the right selection.
  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    if (!selection || !textarea.current) return;
    pendingSelection.current = null;
    textarea.current.focus();
    textarea.current.setSelectionRange(selection[0], selection[1]);
  }, [value]);

  const changed = (next: string, nextCaret: number) => {
    setValue(next);
    setCaret(nextCaret);
    mentions.reset();
    autosave.schedule();
    props.onTextChange?.();
  };
  const applyEdit = (edit: TextEdit) => {
    pendingSelection.current = [edit.selectionStart, edit.selectionEnd];
    changed(edit.value, edit.selectionEnd);
  };
  const currentEdit = (): TextEdit => ({
    value,
    selectionStart: textarea.current?.selectionStart ?? value.length,
    selectionEnd: textarea.current?.selectionEnd ?? value.length,
  });
  const chooseMention = (person: PersonRef) => {
    if (!mentionQuery) return;
    known.current.set(mentionLabel(person), person);
    applyEdit(insertMention(currentEdit(), mentionQuery, person));
  };
  const format = (format: MarkdownFormat) => {
    if (format === 'link') setLinkSelection(currentEdit());
    else applyEdit(applyFormat(currentEdit(), format));
  };

  useImperativeHandle(props.handleRef, () => ({
    insertBlock: (block) => {
      setTab('write');
      applyEdit(insertBlock({ value, selectionStart: value.length, selectionEnd: value.length }, block));
    },
    focus: () => {
      setTab('write');
      textarea.current?.focus();
    },
  }));

  const submit = async () => {
    if (submitting.current) return;
    const check = rawMarkdownSchema.safeParse(value);
    if (!check.success) {
      setFieldError(check.error.issues[0]?.message ?? null);
      setTab('write');
      textarea.current?.focus();
      return;
    }
    submitting.current = true;
    setFieldError(null);
    setError(null);
    setPending(true);
    try {
      const outcome = await props.onSubmit(stored, keys.keyFor(JSON.stringify([stored, props.submitContext ?? ''])));
      if (outcome === 'invalid') return;
      keys.reset();
      setValue('');
      setTab('write');
      setRestoredNotice(null);
      void autosave.discard({ raw: '' });
    } catch (failure) {
      // The text stays exactly as it was; the same key goes with a retry of the same text.
      setError(failure);
    } finally {
      submitting.current = false;
      setPending(false);
    }
  };

  const discardDraft = () => {
    const initial = props.initialValue ?? '';
    setRestoredNotice(null);
    setValue(showMentions(initial, known.current));
    props.onDraftDiscarded?.();
    void autosave.discard({ raw: initial });
    textarea.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (mentions.handleKey(event, chooseMention)) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {restoredNotice && (
          <LiveMessage>
            {t('forums.composer.draftRestored', { date: formatDateTime(restoredNotice.updatedAt) })}
            <Group>
              <Button variant="default" size="compact-sm" onClick={discardDraft}>
                {t('forums.composer.discardDraft')}
              </Button>
            </Group>
          </LiveMessage>
        )}
        {props.children}
        <Tabs value={tab} onChange={setTab} keepMounted>
          <Tabs.List>
            <Tabs.Tab value="write">{t('forums.composer.write')}</Tabs.Tab>
            <Tabs.Tab value="preview">{t('forums.composer.preview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="sm">
            <Stack gap="xs">
              <MarkdownToolbar textareaId={textareaId} onFormat={format}>
                <AttachButton
                  onUploaded={(upload) => applyEdit(replaceSelection(currentEdit(), uploadMarkdown(upload)))}
                  onError={setError}
                />
              </MarkdownToolbar>
              <Textarea
                ref={textarea}
                id={textareaId}
                label={props.label}
                description={t('forums.composer.hint')}
                value={value}
                error={fieldError}
                rows={6}
                resize="vertical"
                aria-autocomplete="list"
                aria-controls={mentions.open ? listboxId : undefined}
                aria-activedescendant={mentions.open ? mentionOptionId(listboxId, mentions.activeIndex) : undefined}
                onChange={(event) => changed(event.currentTarget.value, event.currentTarget.selectionEnd)}
                onSelect={(event) => setCaret(event.currentTarget.selectionEnd)}
                onKeyDown={onKeyDown}
                onBlur={() => void autosave.flush()}
              />
              <MentionListbox
                id={listboxId}
                people={mentions.people}
                activeIndex={mentions.activeIndex}
                onChoose={chooseMention}
              />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="sm">
            {tab === 'preview' && <ComposerPreview raw={stored} />}
          </Tabs.Panel>
        </Tabs>
        <LinkDialog
          opened={linkSelection !== null}
          initialText={
            linkSelection ? linkSelection.value.slice(linkSelection.selectionStart, linkSelection.selectionEnd) : ''
          }
          onClose={() => {
            setLinkSelection(null);
            textarea.current?.focus();
          }}
          onInsert={(text, url) => {
            if (linkSelection) applyEdit(replaceSelection(linkSelection, linkMarkdown(text, url)));
            setLinkSelection(null);
          }}
        />
        <ForumError error={error} />
        <ComposerFooter
          draft={autosave.state}
          pending={pending}
          submitLabel={props.submitLabel}
          pendingLabel={props.pendingLabel}
          onCancel={props.onCancel}
        />
      </Stack>
    </form>
  );
}

interface ComposerFooterProps {
  draft: AutosaveState;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  onCancel: (() => void) | undefined;
}

/** Whether the draft is safe on the server, quietly (not announced on every save), and the buttons. */
function ComposerFooter({ draft, pending, submitLabel, pendingLabel, onCancel }: ComposerFooterProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Group justify="space-between" align="center">
      <Text size="sm" c="dimmed">
        {draft.status === 'saved' && t('forums.composer.draftSaved', { date: formatDateTime(draft.at) })}
        {draft.status === 'failed' && t('forums.composer.draftFailed')}
      </Text>
      <Group gap="sm">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('forums.common.cancel')}
          </Button>
        )}
        <SubmitButton pending={pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </Group>
    </Group>
  );
}
