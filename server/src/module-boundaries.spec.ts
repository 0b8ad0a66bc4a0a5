import { ENTITIES_BY_OWNER } from './app.entities';
import { ACCOUNTS_READ_MODELS } from './modules/accounts/accounts.read-models';
import { CONTACTS_READ_MODELS } from './modules/contacts/contacts.read-models';
import { COMMUNITIES_READ_MODELS } from './modules/communities/communities.read-models';
import { DISCUSSIONS_READ_MODELS } from './modules/discussions/discussions.read-models';
import { FORUMS_READ_MODELS } from './modules/forums/forums.read-models';
import { ORGANISATIONS_READ_MODELS } from './modules/organisations/organisations.read-models';
import { PARTNERSHIPS_READ_MODELS } from './modules/partnerships/partnerships.read-models';
import { PROFILES_READ_MODELS } from './modules/profiles/profiles.read-models';
import { REALTIME_READ_MODELS } from './infrastructure/realtime/realtime.read-models';
import {
  describeViolation,
  findViolations,
  readSources,
  tableOwners,
  type Ownership,
  type SourceFile,
} from '../test/support/module-boundaries';

const READ_MODELS_BY_OWNER = {
  infrastructure: REALTIME_READ_MODELS,
  accounts: ACCOUNTS_READ_MODELS,
  communities: COMMUNITIES_READ_MODELS,
  contacts: CONTACTS_READ_MODELS,
  discussions: DISCUSSIONS_READ_MODELS,
  forums: FORUMS_READ_MODELS,
  organisations: ORGANISATIONS_READ_MODELS,
  partnerships: PARTNERSHIPS_READ_MODELS,
  profiles: PROFILES_READ_MODELS,
};

const ownership: Ownership = {
  tables: tableOwners(ENTITIES_BY_OWNER),
  readModels: new Map(
    Object.entries(READ_MODELS_BY_OWNER).flatMap(([owner, views]) => views.map((v) => [v.name, owner] as const)),
  ),
};

describe('module boundaries', () => {
  const violations = findViolations(readSources(__dirname), ownership);

  const rules =
    'every module is used through its index, infrastructure knows no feature, SQL names only its own ' +
    'tables or published views, and SQL lives in repositories, not services or controllers';

  it(rules, () => {
    // No exceptions: a breach is fixed, never listed.
    expect(violations.map(describeViolation)).toEqual([]);
  });

  it('knows who owns every registered table', () => {
    expect(ownership.tables.get('users')).toBe('accounts');
    expect(ownership.tables.get('partnership_members')).toBe('partnerships');
    expect(ownership.tables.get('outbox_events')).toBe('infrastructure');
    expect(ownership.readModels.get('people')).toBe('accounts');
  });
});

describe('the boundary check itself', () => {
  const check = (...files: SourceFile[]) => findViolations(files, ownership).map(describeViolation);

  it('reports a deep import of another module with file, line and rule', () => {
    const file = {
      path: 'modules/search/x.ts',
      text: `import a from 'b';\nimport { UsersRepository } from '../accounts/users.repository';\n`,
    };
    expect(check(file)).toEqual([
      `modules/search/x.ts:2 [deep-import] imports '../accounts/users.repository'; use '../accounts' (its index)`,
    ]);
  });

  it('accepts an import through the index and within the module', () => {
    expect(
      check({
        path: 'modules/search/deep/x.ts',
        text: `import { A } from '../../accounts';\nimport { B } from '../search.service';\n`,
      }),
    ).toEqual([]);
  });

  it('reports infrastructure importing a feature', () => {
    const file = {
      path: 'infrastructure/database/x.ts',
      text: `import { ACCOUNTS_ENTITIES } from '../../modules/accounts';`,
    };
    expect(check(file)).toEqual([
      `infrastructure/database/x.ts:1 [infrastructure-imports-feature] infrastructure imports '../../modules/accounts'`,
    ]);
  });

  it("reports SQL naming another module's table, and accepts its published views and one's own tables", () => {
    const sql =
      'const q = `SELECT u.email FROM users u\n  JOIN people p ON p.id = u.id JOIN profiles x ON true`;\n// a comment about FROM users is prose';
    expect(check({ path: 'modules/profiles/x.ts', text: sql })).toEqual([
      `modules/profiles/x.ts:1 [foreign-table] SQL names 'users', a table of accounts; read what accounts publishes`,
    ]);
  });

  it('reports SQL and query builders in services and controllers, and leaves repositories alone', () => {
    const code = 'await this.dataSource.query(`SELECT 1`);\nconst qb = manager.createQueryBuilder(X, "x");';
    const advice = 'move the SQL into a repository of the module';
    expect(check({ path: 'modules/contacts/contacts.service.ts', text: code })).toEqual([
      `modules/contacts/contacts.service.ts:1 [sql-in-service] calls '.query('; ${advice}`,
      `modules/contacts/contacts.service.ts:2 [sql-in-service] calls 'createQueryBuilder('; ${advice}`,
    ]);
    const comment = '// no .query( here, it is a comment';
    expect(check({ path: 'modules/contacts/x.controller.ts', text: comment })).toEqual([]);
    expect(check({ path: 'modules/contacts/contact-requests.repository.ts', text: code })).toEqual([]);
  });

  it('catches writes to a foreign table as well as reads', () => {
    const sql = '`INSERT INTO audit_events (a) VALUES (1)`; `DELETE FROM sessions`; `UPDATE communities SET x = 1`';
    expect(check({ path: 'modules/contacts/x.ts', text: sql }).map((s) => s.split(' [')[0])).toEqual([
      'modules/contacts/x.ts:1',
      'modules/contacts/x.ts:1',
      'modules/contacts/x.ts:1',
    ]);
  });
});
