import type { ClientToServerEvents, PersonRef, ServerToClientEvents } from '@commonroom/contracts';
import type { Server, Socket } from 'socket.io';

/**
 * What other nodes may see of a connection (`fetchSockets` sends it through the adapter): the
 * person only. The session token stays in the node that holds the connection.
 */
export interface SocketData {
  person: PersonRef;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
