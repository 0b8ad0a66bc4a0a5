import type { ClientToServerEvents, PersonRef, ServerToClientEvents, StreamEnvelope } from '@commonroom/contracts';
import type { Server, Socket } from 'socket.io';

/**
 * What other nodes may see of a connection (`fetchSockets` sends it through the adapter): the
 * person only. The session token stays in the node that holds the connection.
 */
export interface SocketData {
  person: PersonRef;
}

/** Requests between nodes, through the adapter. */
export interface InterServerEvents {
  /** Re-check this person's connections (access ended somewhere); `done` once this node has. */
  'access.changed': (userId: string, done: (ok: boolean) => void) => void;
  /** Many events at once (a notice to thousands): each node emits those its own sockets follow. */
  'stream.events': (envelopes: StreamEnvelope[]) => void;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
