import type { PublishedReadModel } from '../database/read-model';

/** What real-time streams publish for features to read in SQL (migration `1795385000000-stream-positions`). */
export const REALTIME_READ_MODELS: readonly PublishedReadModel[] = [
  {
    name: 'stream_positions',
    columns: ['stream', 'seq'],
    purpose: "Each stream's latest sequence number: the `streamSeq` a page returns for live updates to follow from.",
  },
];
