export { realtime, resetRealtime, setRealtimeSocketFactory } from './realtime-connection';
export { closeRealtimeWhenPersonChanges } from './realtime-session';
export { useStream, type UseStreamOptions } from './use-stream';
export { useThreadPresence, type ThreadPresenceState } from './use-thread-presence';
