import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type MyProfile,
  type ProfileView,
  type UpdateProfileDetailsRequest,
  type ViewerRelation,
} from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { PeopleSearchDocuments } from './people-search-documents';
import { profileContent } from './profile-content';
import { photoUrl } from './profile-photos';
import { canSee, effectiveVisibility, projectProfile } from './profile-visibility';
import type { ProfileEntity } from './profile.entity';
import { ContactRequestsService } from '../contacts';
import { ProfilesRepository } from './profiles.repository';

/** Profiles as people see them, and as their owners edit them. */
@Injectable()
export class ProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ProfilesRepository,
    private readonly documents: PeopleSearchDocuments,
    private readonly outbox: OutboxService,
    private readonly contacts: ContactRequestsService,
  ) {}

  /**
   * A person's profile with only the fields this viewer may see. Not found when there is no such
   * person, or when an anonymous visitor asks for someone whose name is not public.
   */
  async view(actor: Actor | undefined, userId: string): Promise<ProfileView> {
    const [rows, relations] = await Promise.all([
      this.repository.rows([userId]),
      this.repository.relations(actor?.userId, [userId]),
    ]);
    const row = rows.get(userId);
    const relation = relations.get(userId) ?? 'public';
    if (!row) throw DomainError.notFound('That person');
    const visibility = effectiveVisibility(row.visibility);
    // Past affiliations are read only for someone who may see them.
    const affiliations = await this.repository.affiliations([userId], {
      past: canSee(relation, visibility.pastAffiliations),
    });
    const projected = projectProfile(
      profileContent(row, { current: affiliations.current.get(userId), past: affiliations.past.get(userId) }),
      visibility,
      relation,
    );
    if (!projected) throw DomainError.notFound('That person');
    return { ...projected, viewer: await this.viewerBlock(actor, userId, relation) };
  }

  /** The owner's own profile, every field with its visibility in force. */
  async mine(actor: Actor): Promise<MyProfile> {
    const row = (await this.repository.rows([actor.userId])).get(actor.userId);
    if (!row) throw new DomainError(ErrorCode.NotAuthenticated);
    const { visibility, photoKey, updatedAt, ...fields } = row;
    return {
      ...fields,
      photoUrl: photoUrl(row.userId, photoKey),
      visibility: effectiveVisibility(visibility),
      updatedAt: updatedAt.toISOString(),
    };
  }

  /** Saves the changes, refreshes the search document and tells subscribers, all in one transaction. */
  async update(actor: Actor, changes: UpdateProfileDetailsRequest): Promise<MyProfile> {
    await this.dataSource.transaction(async (manager) => {
      const profile = await this.repository.findForUpdate(actor.userId, manager);
      if (!profile) throw new DomainError(ErrorCode.NotAuthenticated);
      applyChanges(profile, changes);
      await this.repository.save(profile, manager);
      await this.documents.refresh(manager, [actor.userId]);
      await this.outbox.record(manager, 'profile.changed', { userId: actor.userId });
    });
    return this.mine(actor);
  }

  private async viewerBlock(
    actor: Actor | undefined,
    userId: string,
    relation: ViewerRelation,
  ): Promise<ProfileView['viewer']> {
    if (!actor || relation === 'self') return { relation, canRequestContact: false, contactRequest: null };
    const { mayAsk, request } = await this.contacts.standing(actor.userId, userId);
    // Once a request was accepted the page shows the contact route they shared instead of asking again.
    return { relation, canRequestContact: mayAsk && request?.status !== 'accepted', contactRequest: request };
  }
}

/** Copies the given keys onto the entity; visibility choices are merged over the stored ones. */
function applyChanges(profile: ProfileEntity, changes: UpdateProfileDetailsRequest): void {
  const { visibility, ...fields } = changes;
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (profile as unknown as Record<string, unknown>)[key] = value;
  }
  if (visibility) {
    const chosen = Object.fromEntries(Object.entries(visibility).filter(([, v]) => v !== undefined));
    profile.visibility = { ...profile.visibility, ...chosen };
  }
}
