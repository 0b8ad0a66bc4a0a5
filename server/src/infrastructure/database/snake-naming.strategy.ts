import { createHash } from 'node:crypto';
import { DefaultNamingStrategy, type NamingStrategyInterface, type Table } from 'typeorm';
import { snakeCase } from 'typeorm/util/StringUtils';

const MAX_IDENTIFIER = 63;

/**
 * snake_case tables and columns, and readable constraint names (`pk_users`,
 * `uq_users_email`, `fk_affiliations_user_id`, `ix_posts_thread_id_created_at`) instead of
 * TypeORM's hashes, so migrations and error messages say what they mean.
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(targetName: string, userSpecifiedName: string | undefined): string {
    return userSpecifiedName ?? snakeCase(targetName.replace(/Entity$/, ''));
  }

  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snakeCase([...prefixes, customName ?? propertyName].join('_'));
  }

  override relationName(propertyName: string): string {
    return snakeCase(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snakeCase(`${relationName}_${referencedColumnName}`);
  }

  override joinTableName(firstTableName: string, secondTableName: string, firstPropertyName: string): string {
    return snakeCase(`${firstTableName}_${firstPropertyName.replace(/\./g, '_')}_${secondTableName}`);
  }

  override joinTableColumnName(tableName: string, propertyName: string, columnName?: string): string {
    return snakeCase(`${tableName}_${columnName ?? propertyName}`);
  }

  override primaryKeyName(table: Table | string): string {
    return identifier('pk', this.getTableName(table));
  }

  override uniqueConstraintName(table: Table | string, columns: string[]): string {
    return identifier('uq', this.getTableName(table), ...columns);
  }

  override relationConstraintName(table: Table | string, columns: string[]): string {
    return identifier('rel', this.getTableName(table), ...columns);
  }

  override foreignKeyName(table: Table | string, columns: string[]): string {
    return identifier('fk', this.getTableName(table), ...columns);
  }

  override indexName(table: Table | string, columns: string[]): string {
    return identifier('ix', this.getTableName(table), ...columns);
  }

  override defaultConstraintName(table: Table | string, column: string): string {
    return identifier('df', this.getTableName(table), column);
  }
}

/** Joins parts into a PostgreSQL identifier, shortening with a stable hash past 63 bytes. */
export function identifier(prefix: string, table: string, ...columns: string[]): string {
  const name = [prefix, table.replace(/^.*\./, ''), ...columns].join('_');
  if (name.length <= MAX_IDENTIFIER) return name;
  const digest = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, MAX_IDENTIFIER - 9)}_${digest}`;
}
