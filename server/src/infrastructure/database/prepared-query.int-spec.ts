import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../../test/support/data-source';
import { preparedQuery } from './prepared-query';

describe('preparedQuery', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await openTestDataSource();
  });
  afterAll(() => dataSource.destroy());

  it('answers like the plain query, and the connection keeps the statement prepared under its name', async () => {
    const text = 'SELECT $1::int + 1 AS n, name FROM pg_prepared_statements WHERE name = $2';
    // The first run prepares it: the statement sees itself in the connection's list.
    const first = await preparedQuery<{ n: number; name: string }>(dataSource, 'test.prepared', text, [
      1,
      'test.prepared',
    ]);
    const second = await preparedQuery<{ n: number; name: string }>(dataSource, 'test.prepared', text, [
      2,
      'test.prepared',
    ]);
    expect(first).toEqual([{ n: 2, name: 'test.prepared' }]);
    expect(second).toEqual([{ n: 3, name: 'test.prepared' }]);
  });
});
