import { identifier, SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const strategy = new SnakeNamingStrategy();

  it('names tables and columns in snake_case without the Entity suffix', () => {
    expect(strategy.tableName('ForumThreadEntity', undefined)).toBe('forum_thread');
    expect(strategy.tableName('ForumThreadEntity', 'threads')).toBe('threads');
    expect(strategy.columnName('localAuthorityName', undefined, [])).toBe('local_authority_name');
    expect(strategy.columnName('line1', undefined, ['address'])).toBe('address_line1');
  });

  it('gives constraints readable names', () => {
    expect(strategy.primaryKeyName('organisations')).toBe('pk_organisations');
    expect(strategy.uniqueConstraintName('organisations', ['urn'])).toBe('uq_organisations_urn');
    expect(strategy.foreignKeyName('affiliations', ['user_id'])).toBe('fk_affiliations_user_id');
    expect(strategy.indexName('public.posts', ['thread_id', 'created_at'])).toBe('ix_posts_thread_id_created_at');
  });

  it('shortens names past the 63-byte PostgreSQL limit with a stable hash', () => {
    const long = identifier(
      'ix',
      'community_membership_requests',
      'community_id',
      'requested_by_user_id',
      'created_at',
    );
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toBe(
      identifier('ix', 'community_membership_requests', 'community_id', 'requested_by_user_id', 'created_at'),
    );
    expect(long).not.toBe(
      identifier('ix', 'community_membership_requests', 'community_id', 'requested_by_user_id', 'updated_at'),
    );
  });
});
