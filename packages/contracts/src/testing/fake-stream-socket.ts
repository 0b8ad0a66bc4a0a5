import type { StreamSocket } from '../stream-subscriptions.js';
import type { SubscribeAck, SubscribeRequest } from '../streams.js';

type Listener = (...args: never[]) => void;

/**
 * A socket in memory for unit tests, where the test plays the server: it records the
 * subscriptions sent and fires what the server would. Clients extend it with their other events.
 */
export class FakeStreamSocket implements StreamSocket {
  connected = true;
  readonly subscribes: { request: SubscribeRequest; ack: (result: SubscribeAck) => void }[] = [];
  readonly unsubscribes: string[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();

  on(event: string, listener: Listener): this {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }

  off(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  emit(event: string, request: unknown, ack?: (result: never) => void): this {
    if (event === 'stream.subscribe')
      this.subscribes.push({ request: request as SubscribeRequest, ack: ack as (result: SubscribeAck) => void });
    if (event === 'stream.unsubscribe') this.unsubscribes.push((request as { stream: string }).stream);
    return this;
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }

  /** Plays the server: fires an event at the client. */
  fire(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as (...a: unknown[]) => void)(...args);
  }

  /** Answers the latest subscription. */
  acknowledge(ack: SubscribeAck): void {
    const last = this.subscribes[this.subscribes.length - 1];
    if (!last) throw new Error('Nothing was subscribed');
    last.ack(ack);
  }

  drop(): void {
    this.connected = false;
    this.fire('disconnect');
  }

  reconnect(): void {
    this.connected = true;
    this.fire('connect');
  }
}
