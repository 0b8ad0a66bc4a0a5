import { Injectable } from '@nestjs/common';
import type { StreamName } from '@commonroom/contracts';
import type { Actor } from '../auth/actor';

export type StreamKind = 'community' | 'thread' | 'user';

/** May this person follow the stream of this thing? Answers false for things that do not exist. */
export type StreamAuthorizer = (actor: Actor, id: string) => Promise<boolean>;

/**
 * Who may follow which stream. The feature that owns a kind of thing registers its rule in its
 * module's `onModuleInit` (communities, discussions); real-time never imports features. A kind
 * nobody registered is refused: the registry fails closed.
 */
@Injectable()
export class StreamAuthorizers {
  private readonly rules = new Map<StreamKind, StreamAuthorizer>();

  constructor() {
    this.register('user', async (actor, id) => actor.userId === id);
  }

  register(kind: StreamKind, authorizer: StreamAuthorizer): void {
    if (this.rules.has(kind)) throw new Error(`A stream authorizer for "${kind}" is already registered`);
    this.rules.set(kind, authorizer);
  }

  async allows(actor: Actor, stream: StreamName): Promise<boolean> {
    const separator = stream.indexOf(':');
    const rule = this.rules.get(stream.slice(0, separator) as StreamKind);
    return rule ? rule(actor, stream.slice(separator + 1)) : false;
  }
}
