import { LineIcon } from '../../../shared/components/line-icon';

/** The feed icon (drawn after Tabler's "rss", MIT), decorative: its link says what it is in words. */
export function RssIcon({ size = 18 }: { size?: number }) {
  return (
    <LineIcon size={size}>
      <path d="M4 19a1 1 0 1 0 2 0 1 1 0 1 0-2 0" />
      <path d="M4 4a16 16 0 0 1 16 16" />
      <path d="M4 11a9 9 0 0 1 9 9" />
    </LineIcon>
  );
}
