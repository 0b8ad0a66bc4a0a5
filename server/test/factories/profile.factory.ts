import type { DataSource } from 'typeorm';
import { PeopleSearchDocuments } from '../../src/modules/profiles/people-search-documents';
import { ProfileEntity } from '../../src/modules/profiles/profile.entity';

/**
 * Fills in a person's profile (every user already has a row, made by a trigger) and recomputes
 * their search document the way the profiles module does after an edit.
 */
export async function buildProfile(
  dataSource: DataSource,
  userId: string,
  values: Partial<Omit<ProfileEntity, 'userId' | 'user' | 'searchVector'>> = {},
): Promise<void> {
  await dataSource.getRepository(ProfileEntity).update({ userId }, values);
  await new PeopleSearchDocuments(dataSource).refresh(dataSource.manager, [userId]);
}
