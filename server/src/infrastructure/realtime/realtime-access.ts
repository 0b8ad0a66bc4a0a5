/**
 * The port features tell when someone's access may have shrunk (left or removed from a community,
 * an affiliation ended, a session revoked). Call it after commit; it resolves once every node has
 * re-checked that person's connections: each leaves the streams it may no longer follow (and is
 * told, `stream.revoked`), and a connection whose session ended is closed. Never throws.
 *
 * The outbox events of the same changes trigger it too (`AccessChangeSubscriber`), as a safety net
 * for paths that do not call it; calling it is what makes delivery stop before the HTTP answer.
 */
export abstract class RealtimeAccess {
  abstract accessChanged(userId: string): Promise<void>;
}
