import type { ProfileAffiliation } from '@commonroom/contracts';
import { photoUrl } from './profile-photos';
import type { ProfileContent } from './profile-visibility';
import type { ProfileRow } from './profiles.repository';

/** Everything a view can carry for one person, before projection for a viewer. */
export function profileContent(
  row: ProfileRow,
  affiliations: { current?: ProfileAffiliation[]; past?: ProfileAffiliation[] },
): ProfileContent {
  return {
    userId: row.userId,
    displayName: row.displayName,
    headline: row.headline,
    photoUrl: photoUrl(row.userId, row.photoKey),
    currentAffiliations: affiliations.current ?? [],
    pastAffiliations: affiliations.past ?? [],
    phases: row.phases,
    subjects: row.subjects,
    expertise: row.expertise,
    freeTags: row.freeTags,
    mentorStage: row.mentorStage,
    bio: row.bio,
    links: row.links,
    availability: row.availability,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
  };
}
