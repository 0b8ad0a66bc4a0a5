import pino from 'pino';
import { PinoNestLogger } from './nest-logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { lines, sut: new PinoNestLogger(logger) };
}

describe('PinoNestLogger', () => {
  it('writes Nest messages with their context at the matching level', () => {
    const { lines, sut } = capture();
    sut.warn('Outbox delivery failed', 'OutboxDispatcher');
    expect(lines).toEqual([
      expect.objectContaining({ level: 40, msg: 'Outbox delivery failed', context: 'OutboxDispatcher' }),
    ]);
  });

  it('merges structured fields and keeps the message', () => {
    const { lines, sut } = capture();
    sut.error({ requestId: 'r-1', route: 'X.y' }, 'Request failed', 'HttpErrorFilter');
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'Request failed',
      requestId: 'r-1',
      route: 'X.y',
      context: 'HttpErrorFilter',
    });
  });

  it('turns start-up chatter (routes mapped, modules loaded) into debug lines', () => {
    const { lines, sut } = capture();
    sut.log('Mapped {/api/organisations, GET} route', 'RouterExplorer');
    sut.log('Demo region: added 40 organisations', 'DemoSeed');
    expect(lines.map((l) => l.level)).toEqual([20, 30]);
  });
});
