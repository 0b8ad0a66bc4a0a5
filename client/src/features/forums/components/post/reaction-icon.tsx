import type { Reaction } from '@commonroom/contracts';
import { LineIcon } from '../../../../shared/components/line-icon';

/**
 * Outline icons (drawn after Tabler's, MIT) for the stored reaction keys. Inline SVG, so they show on school machines
 * and phones without an emoji font; decorative, as every button says its reaction in words.
 */
const PATHS: Record<Reaction, string[]> = {
  agree: [
    'M7 11v8a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1h3a4 4 0 0 0 4-4V6a2 2 0 0 1 4 0v5h3a2 2 0 0 1 2 2l-1 5a2 3 0 0 1-2 2h-7a3 3 0 0 1-3-3',
  ],
  thanks: ['M19.5 12.57 12 20l-7.5-7.43A5 5 0 1 1 12 6.01a5 5 0 1 1 7.5 6.57'],
  insightful: [
    'M3 12h1m8-9v1m8 8h1M5.6 5.6l.7.7m12.1-.7-.7.7',
    'M9 16a5 5 0 1 1 6 0 3.5 3.5 0 0 0-1 3 2 2 0 0 1-4 0 3.5 3.5 0 0 0-1-3',
    'M9.7 17h4.6',
  ],
  celebrate: ['M12 17.75 5.83 21l1.18-6.88-5-4.87 6.9-1L12 2l3.09 6.25 6.9 1-5 4.87L18.17 21z'],
  question: ['M3 12a9 9 0 1 0 18 0 9 9 0 1 0-18 0', 'M12 16v.01', 'M12 13a2 2 0 0 0 .91-3.78 2 2 0 0 0-2.41.48'],
};

export function ReactionIcon({ reaction, size = 18 }: { reaction: Reaction; size?: number }) {
  return (
    <LineIcon size={size} data-reaction-icon={reaction}>
      {PATHS[reaction].map((d) => (
        <path key={d} d={d} />
      ))}
    </LineIcon>
  );
}
