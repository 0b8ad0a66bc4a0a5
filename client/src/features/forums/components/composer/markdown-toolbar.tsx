import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MARKDOWN_FORMATS, type MarkdownFormat } from './markdown-format';

interface MarkdownToolbarProps {
  /** The text box the buttons change, for `aria-controls`. */
  textareaId: string;
  onFormat: (format: MarkdownFormat) => void;
  /** The attach button sits with the formatting buttons. */
  children?: ReactNode;
}

/**
 * Buttons that add Markdown around the selection. Plain words rather than icons: a mentor who
 * has never seen Markdown knows what "Bold" does. The mouse-down is cancelled so the text box
 * keeps its selection.
 */
export function MarkdownToolbar({ textareaId, onFormat, children }: MarkdownToolbarProps) {
  const { t } = useTranslation();
  return (
    <Group gap={4} role="group" aria-label={t('forums.composer.toolbar')}>
      {MARKDOWN_FORMATS.map((format) => (
        <Button
          key={format}
          variant="subtle"
          size="compact-sm"
          aria-controls={textareaId}
          aria-label={t(`forums.composer.format.${format}.label`)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onFormat(format)}
        >
          {t(`forums.composer.format.${format}.short`)}
        </Button>
      ))}
      {children}
    </Group>
  );
}
