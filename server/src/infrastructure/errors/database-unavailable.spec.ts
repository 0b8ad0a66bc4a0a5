import { isDatabaseUnavailable } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection, a terminated one and PostgreSQL shutting down or starting', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isDatabaseUnavailable({
        message: 'Query failed',
        driverError: { code: '57P01', message: 'terminating connection due to administrator command' },
      }),
    ).toBe(true);
    expect(isDatabaseUnavailable({ code: '57P03', message: 'the database system is starting up' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '08006' })).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('already released'), { name: 'QueryRunnerProviderAlreadyReleasedError' }),
      ),
    ).toBe(true);
    // Seen in the outage test's server log once PostgreSQL was killed mid-transaction.
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), {
          name: 'QueryRunnerAlreadyReleasedError',
        }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]))).toBe(
      true,
    );
  });

  it('leaves query errors alone: they are bugs or conflicts, not an outage', () => {
    expect(isDatabaseUnavailable({ code: '23505', message: 'duplicate key value violates unique constraint' })).toBe(
      false,
    );
    expect(
      isDatabaseUnavailable({ driverError: { code: '22P02', message: 'invalid input syntax for type uuid' } }),
    ).toBe(false);
    expect(isDatabaseUnavailable(new Error('Response does not match its contract'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
