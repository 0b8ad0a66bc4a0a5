import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** Invitation rows whose state changes must be atomic. */
@Injectable()
export class CommunityInvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Marks a live invitation accepted; false when it was used, withdrawn or expired (single use). */
  async claim(invitationId: string, userId: string, manager?: EntityManager): Promise<boolean> {
    const claimed: unknown[] = await (manager ?? this.dataSource.manager).query(
      `UPDATE community_invitations SET accepted_at = now(), accepted_by_user_id = $2
        WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        RETURNING id`,
      [invitationId, userId],
    );
    return claimed.length > 0;
  }
}
