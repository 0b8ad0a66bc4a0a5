import { Injectable } from '@nestjs/common';
import type { PersonCard } from '@commonroom/contracts';
import type { Actor } from '../../infrastructure/auth/actor';
import { profileContent } from './profile-content';
import { projectProfile } from './profile-visibility';
import { ProfilesRepository } from './profiles.repository';

/**
 * People as cards in search results, each projected for the searcher's relation to that
 * person. Three queries whatever the number of cards: profiles, current affiliations, relations.
 */
@Injectable()
export class ProfileCards {
  constructor(private readonly repository: ProfilesRepository) {}

  /** Cards in the order of `userIds`; a person who does not exist or whom the searcher may not see is left out. */
  async cards(actor: Actor | undefined, userIds: readonly string[]): Promise<PersonCard[]> {
    const ids = [...new Set(userIds)];
    const [rows, affiliations, relations] = await Promise.all([
      this.repository.rows(ids),
      this.repository.affiliations(ids, { past: false }),
      this.repository.relations(actor?.userId, ids),
    ]);
    const cards: PersonCard[] = [];
    for (const id of ids) {
      const row = rows.get(id);
      if (!row) continue;
      const {
        userId,
        displayName,
        headline,
        photoUrl,
        currentAffiliations,
        phases,
        subjects,
        expertise,
        availability,
      } = profileContent(row, { current: affiliations.current.get(id) });
      const card = projectProfile(
        { userId, displayName, headline, photoUrl, currentAffiliations, phases, subjects, expertise, availability },
        row.visibility,
        relations.get(id) ?? 'public',
      );
      if (card) cards.push({ ...card, highlight: null });
    }
    return cards;
  }
}
