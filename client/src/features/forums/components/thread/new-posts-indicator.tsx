import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "3 new posts", floating at the foot of the window: it covers nothing the reader is reading
 * and moves nothing, so their place never jumps. The status region is always there, so screen
 * readers announce the count as it changes.
 */
export function NewPostsIndicator({ count, onReveal }: { count: number; onReveal: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      role="status"
      style={{
        position: 'fixed',
        insetInline: 0,
        bottom: 16,
        display: 'flex',
        justifyContent: 'center',
        pointerEvents: 'none',
        zIndex: 20,
      }}
    >
      {count > 0 && (
        <Button onClick={onReveal} radius="xl" style={{ pointerEvents: 'auto', boxShadow: 'var(--mantine-shadow-md)' }}>
          {t('forums.thread.newPosts', { count })}
        </Button>
      )}
    </div>
  );
}
