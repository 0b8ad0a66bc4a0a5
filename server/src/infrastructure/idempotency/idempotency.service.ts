import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error';

/** The outcome of claiming a key: a fresh id to create the resource with, or the earlier result. */
export type IdempotencyClaim = { fresh: true; resourceId: string } | { fresh: false; resourceId: string };

/**
 * Makes create requests safe to retry. `claim` runs first inside the creating transaction and
 * inserts the key with the id the new resource will have. A second request with the same key
 * blocks on that insert until the first commits, then finds the row and gets the first id back;
 * if the first rolled back, the second simply goes ahead.
 */
@Injectable()
export class IdempotencyService {
  async claim(
    manager: EntityManager,
    userId: string,
    key: string | undefined,
    scope: string,
  ): Promise<IdempotencyClaim> {
    const resourceId = randomUUID();
    if (key === undefined) return { fresh: true, resourceId };
    const inserted: unknown[] = await manager.query(
      `INSERT INTO idempotency_keys (user_id, key, scope, resource_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, key) DO NOTHING RETURNING resource_id`,
      [userId, key, scope, resourceId],
    );
    if (inserted.length > 0) return { fresh: true, resourceId };
    const rows: { scope: string; resource_id: string }[] = await manager.query(
      'SELECT scope, resource_id FROM idempotency_keys WHERE user_id = $1 AND key = $2',
      [userId, key],
    );
    const earlier = rows[0];
    if (!earlier || earlier.scope !== scope) {
      throw new DomainError(
        ErrorCode.Conflict,
        'This request reused the key of a different request. Please try again.',
      );
    }
    return { fresh: false, resourceId: earlier.resource_id };
  }
}
