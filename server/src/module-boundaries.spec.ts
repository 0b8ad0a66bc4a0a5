import { ENTITIES_BY_OWNER } from './app.entities';
import { ACCOUNTS_READ_MODELS } from './modules/accounts/accounts.read-models';
import { COMMUNITIES_READ_MODELS } from './modules/communities/communities.read-models';
import { DISCUSSIONS_READ_MODELS } from './modules/discussions/discussions.read-models';
import { ORGANISATIONS_READ_MODELS } from './modules/organisations/organisations.read-models';
import { PARTNERSHIPS_READ_MODELS } from './modules/partnerships/partnerships.read-models';
import { PROFILES_READ_MODELS } from './modules/profiles/profiles.read-models';
import {
  describeViolation,
  findViolations,
  readSources,
  tableOwners,
  type Ownership,
  type SourceFile,
  type Violation,
} from '../test/support/module-boundaries';

const READ_MODELS_BY_OWNER = {
  accounts: ACCOUNTS_READ_MODELS,
  communities: COMMUNITIES_READ_MODELS,
  discussions: DISCUSSIONS_READ_MODELS,
  organisations: ORGANISATIONS_READ_MODELS,
  partnerships: PARTNERSHIPS_READ_MODELS,
  profiles: PROFILES_READ_MODELS,
};

const ownership: Ownership = {
  tables: tableOwners(ENTITIES_BY_OWNER),
  readModels: new Map(Object.entries(READ_MODELS_BY_OWNER).flatMap(([owner, views]) => views.map((v) => [v.name, owner] as const))),
};

/**
 * The only exceptions, all inside discussions and forums, whose own change (one write path, SQL
 * out of their services, their index.ts) removes them at merge: the lead empties this list then.
 * Keyed by file, rule and the imported path or table, so a new breach in the same file still fails.
 */
const ALLOWED_UNTIL_ENGINE_MERGE: readonly string[] = [
  // SQL still in discussions' and forums' services (their repositories are being written in parallel).
  'modules/discussions/drafts.service.ts sql-in-service .query(',
  'modules/discussions/moderation.service.ts sql-in-service .query(',
  'modules/discussions/post-edits.service.ts sql-in-service .query(',
  'modules/discussions/posts.service.ts sql-in-service .query(',
  'modules/discussions/reactions.service.ts sql-in-service .query(',
  'modules/discussions/thread-access.service.ts sql-in-service .query(',
  'modules/discussions/thread-reading.service.ts sql-in-service .query(',
  'modules/forums/forum-categories.service.ts sql-in-service .query(',
  'modules/forums/forum-threads.service.ts sql-in-service .query(',
  // Imports and tables across module lines.
  'modules/discussions/discussion-draft.entity.ts deep-import ../accounts/user.entity',
  'modules/discussions/discussion-post.entity.ts deep-import ../search/search-columns',
  'modules/discussions/discussion-post.entity.ts deep-import ../accounts/user.entity',
  'modules/discussions/discussion-thread.entity.ts deep-import ../search/search-columns',
  'modules/discussions/discussion-thread.entity.ts deep-import ../accounts/user.entity',
  'modules/discussions/discussion-thread.entity.ts deep-import ../communities/community.entity',
  'modules/discussions/discussions.module.ts deep-import ../audit/audit.module',
  'modules/discussions/discussions.module.ts deep-import ../communities/communities.module',
  'modules/discussions/discussions.repository.ts foreign-table post_uploads',
  'modules/discussions/discussions.repository.ts foreign-table users',
  'modules/discussions/discussions.repository.ts foreign-table uploads',
  'modules/discussions/moderation.service.ts deep-import ../audit/audit.service',
  'modules/discussions/moderation.service.ts deep-import ../communities/community-access.service',
  'modules/discussions/moderation.service.ts foreign-table users',
  'modules/discussions/post-edits.service.ts deep-import ../audit/audit.service',
  'modules/discussions/post-edits.service.ts foreign-table users',
  'modules/discussions/post-flag.entity.ts deep-import ../accounts/user.entity',
  'modules/discussions/post-reaction.entity.ts deep-import ../accounts/user.entity',
  'modules/discussions/post-view.ts foreign-table users',
  'modules/discussions/posts.service.ts foreign-table users',
  'modules/discussions/thread-access.service.ts deep-import ../communities/community-access.service',
  'modules/discussions/thread-access.service.ts deep-import ../communities/community.policy',
  'modules/discussions/thread-access.service.ts foreign-table users',
  'modules/discussions/thread-access.service.ts foreign-table stream_heads',
  'modules/discussions/thread-reader.entity.ts deep-import ../accounts/user.entity',
  'modules/forums/forum-categories.service.ts deep-import ../audit/audit.service',
  'modules/forums/forum-categories.service.ts deep-import ../communities/community-access.service',
  'modules/forums/forum-categories.service.ts deep-import ../discussions/moderation.service',
  'modules/forums/forum-categories.service.ts foreign-table thread_readers',
  'modules/forums/forum-categories.service.ts foreign-table discussion_threads',
  'modules/forums/forum-categories.service.ts foreign-table stream_heads',
  'modules/forums/forum-categories.service.ts foreign-table users',
  'modules/forums/forum-categories.service.ts foreign-table communities',
  'modules/forums/forum-category.entity.ts deep-import ../accounts/user.entity',
  'modules/forums/forum-category.entity.ts deep-import ../communities/community.entity',
  'modules/forums/forum-category.entity.ts deep-import ../discussions/discussion-thread.entity',
  'modules/forums/forum-category.entity.ts deep-import ../discussions/thread-reader.entity',
  'modules/forums/forum-defaults.ts foreign-table communities',
  'modules/forums/forum-kind.ts deep-import ../discussions/discussion-kinds',
  'modules/forums/forum-threads.repository.ts foreign-table discussion_threads',
  'modules/forums/forum-threads.repository.ts foreign-table users',
  'modules/forums/forum-threads.repository.ts foreign-table thread_readers',
  'modules/forums/forum-threads.service.ts deep-import ../audit/audit.service',
  'modules/forums/forum-threads.service.ts deep-import ../communities/community-access.service',
  'modules/forums/forum-threads.service.ts deep-import ../discussions/discussion-kinds',
  'modules/forums/forum-threads.service.ts deep-import ../discussions/discussion.policy',
  'modules/forums/forum-threads.service.ts deep-import ../discussions/discussions.repository',
  'modules/forums/forum-threads.service.ts deep-import ../discussions/drafts.service',
  'modules/forums/forum-threads.service.ts deep-import ../discussions/posts.service',
  'modules/forums/forum-threads.service.ts deep-import ../discussions/thread-access.service',
  'modules/forums/forum-threads.service.ts deep-import ../discussions/thread-reading.service',
  'modules/forums/forum-threads.service.ts foreign-table discussion_threads',
  'modules/forums/forum.policy.ts deep-import ../communities/community.policy',
  'modules/forums/forums.controller.ts deep-import ../discussions/moderation.service',
  'modules/forums/forums.module.ts deep-import ../audit/audit.module',
  'modules/forums/forums.module.ts deep-import ../communities/communities.module',
  'modules/forums/forums.module.ts deep-import ../discussions/discussions.module',
];

const key = (v: Violation) => `${v.file} ${v.rule} ${/'([^']+)'/.exec(v.detail)?.[1]}`;

describe('module boundaries', () => {
  const violations = findViolations(readSources(__dirname), ownership);

  const rules = 'every module is used through its index, infrastructure knows no feature, SQL names only its own '
    + 'tables or published views, and SQL lives in repositories, not services or controllers';

  it(rules, () => {
    const breaches = violations.filter((v) => !ALLOWED_UNTIL_ENGINE_MERGE.includes(key(v))).map(describeViolation);
    expect(breaches).toEqual([]);
  });

  it('allows nothing that no longer happens, so the allow-list only ever shrinks', () => {
    const current = new Set(violations.map(key));
    expect(ALLOWED_UNTIL_ENGINE_MERGE.filter((k) => !current.has(k))).toEqual([]);
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
    const file = { path: 'modules/search/x.ts', text: `import a from 'b';\nimport { UsersRepository } from '../accounts/users.repository';\n` };
    expect(check(file)).toEqual([`modules/search/x.ts:2 [deep-import] imports '../accounts/users.repository'; use '../accounts' (its index)`]);
  });

  it('accepts an import through the index and within the module', () => {
    expect(check({ path: 'modules/search/deep/x.ts', text: `import { A } from '../../accounts';\nimport { B } from '../search.service';\n` })).toEqual([]);
  });

  it('reports infrastructure importing a feature', () => {
    const file = { path: 'infrastructure/database/x.ts', text: `import { ACCOUNTS_ENTITIES } from '../../modules/accounts';` };
    expect(check(file)).toEqual([`infrastructure/database/x.ts:1 [infrastructure-imports-feature] infrastructure imports '../../modules/accounts'`]);
  });

  it("reports SQL naming another module's table, and accepts its published views and one's own tables", () => {
    const sql = 'const q = `SELECT u.email FROM users u\n  JOIN people p ON p.id = u.id JOIN profiles x ON true`;\n// a comment about FROM users is prose';
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
