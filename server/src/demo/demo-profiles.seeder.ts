import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { updateProfileDetailsRequestSchema } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import { OutboxService } from '../infrastructure/events/outbox.service';
import { ProfileEntity } from '../modules/profiles/profile.entity';
import { DEMO_PROFILES } from './demo-profiles.data';

/**
 * Fills in the demo people's profiles. Idempotent and respectful: a profile someone has already
 * filled in (any headline, bio or visibility choice) is left as they made it.
 */
@Injectable()
export class DemoProfilesSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async run(): Promise<{ profilesAdded: number }> {
    return this.dataSource.transaction(async (manager) => {
      const empty: { user_id: string; email: string }[] = await manager.query(
        `SELECT p.user_id, u.email FROM profiles p JOIN people u ON u.id = p.user_id
          WHERE u.email = ANY($1) AND p.headline IS NULL AND p.bio IS NULL AND p.visibility = '{}'::jsonb`,
        [Object.keys(DEMO_PROFILES)],
      );
      for (const { user_id: userId, email } of empty) {
        // Parsed like a real edit, so the demo data obeys the same rules (and free tags are normalised).
        const { visibility, ...fields } = updateProfileDetailsRequestSchema.parse(DEMO_PROFILES[email]);
        await manager.getRepository(ProfileEntity).update({ userId }, { ...fields, visibility: visibility ?? {} });
      }
      await this.outbox.recordMany(
        manager,
        'profile.changed',
        empty.map((p) => ({ userId: p.user_id })),
      );
      return { profilesAdded: empty.length };
    });
  }
}
