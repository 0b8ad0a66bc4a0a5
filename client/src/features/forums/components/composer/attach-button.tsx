import type { Upload } from '@commonroom/contracts';
import { FileButton } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../../shared/forms/busy-button';
import { uploadFile } from '../../api/composer.api';

interface AttachButtonProps {
  onUploaded: (upload: Upload) => void;
  onError: (error: unknown) => void;
}

/** Markdown for an upload: images are shown in the post, anything else is a link to download. */
export function uploadMarkdown(upload: Upload): string {
  const name = upload.name.replace(/[[\]]/g, '');
  return upload.isImage ? `![${name}](${upload.url})` : `[${name}](${upload.url})`;
}

/** Chooses a file and uploads it; the server checks its type from its content and its size. */
export function AttachButton({ onUploaded, onError }: AttachButtonProps) {
  const { t } = useTranslation();
  const upload = useMutation({ mutationFn: uploadFile, onSuccess: onUploaded, onError });
  return (
    <FileButton onChange={(file) => file && upload.mutate(file)}>
      {(props) => (
        <BusyButton
          {...props}
          busy={upload.isPending}
          busyLabel={t('forums.composer.uploading')}
          variant="subtle"
          size="compact-sm"
        >
          {t('forums.composer.attach')}
        </BusyButton>
      )}
    </FileButton>
  );
}
