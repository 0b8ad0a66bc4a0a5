import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { returningRows } from '../../infrastructure/database/returning-rows';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { UserIdentityEntity } from './user-identity.entity';
import { UserEntity } from './user.entity';

/** Accounts, their linked sign-in methods and their recovery codes. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private users(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(UserEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.users(manager).findOneBy({ id });
  }

  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.users(manager).findOneBy({ email: email.toLowerCase() });
  }

  async create(
    values: Pick<UserEntity, 'email' | 'displayName' | 'passwordHash' | 'emailVerifiedAt'>,
    manager?: EntityManager,
  ): Promise<UserEntity> {
    return this.users(manager).save(this.users(manager).create({ ...values, email: values.email.toLowerCase() }));
  }

  async update(
    id: string,
    values: Partial<Omit<UserEntity, 'id' | 'createdAt' | 'updatedAt'>>,
    manager?: EntityManager,
  ): Promise<void> {
    await this.users(manager).update({ id }, values);
  }

  findIdentity(provider: string, subject: string): Promise<UserIdentityEntity | null> {
    return this.dataSource.getRepository(UserIdentityEntity).findOneBy({ provider, subject });
  }

  listIdentities(userId: string): Promise<UserIdentityEntity[]> {
    return this.dataSource.getRepository(UserIdentityEntity).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async addIdentity(
    values: Pick<UserIdentityEntity, 'userId' | 'provider' | 'subject' | 'email'>,
    manager?: EntityManager,
  ): Promise<void> {
    await (manager ?? this.dataSource.manager).insert(UserIdentityEntity, values);
  }

  async removeIdentity(userId: string, id: string, manager?: EntityManager): Promise<boolean> {
    const result = await (manager ?? this.dataSource.manager).delete(UserIdentityEntity, { id, userId });
    return (result.affected ?? 0) > 0;
  }

  async replaceRecoveryCodes(userId: string, hashes: string[], manager?: EntityManager): Promise<void> {
    const m = manager ?? this.dataSource.manager;
    await m.delete(RecoveryCodeEntity, { userId });
    if (hashes.length > 0)
      await m.insert(
        RecoveryCodeEntity,
        hashes.map((codeHash) => ({ userId, codeHash })),
      );
  }

  /** Marks a recovery code used; false if it does not exist or was used already. */
  async useRecoveryCode(userId: string, codeHash: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(RecoveryCodeEntity)
      .update({ userId, codeHash, usedAt: IsNull() }, { usedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  /** Accepts a TOTP time step only if it is later than the last one used (no replay). */
  async acceptTotpStep(userId: string, timeStep: number): Promise<boolean> {
    const rows = returningRows(
      await this.dataSource.query(
        `UPDATE users SET totp_last_time_step = $2 WHERE id = $1 AND (totp_last_time_step IS NULL OR totp_last_time_step < $2) RETURNING id`,
        [userId, timeStep],
      ),
    );
    return rows.length > 0;
  }
}
