import {
  updateProfileDetailsRequestSchema,
  type MyProfile,
  type ProfileLink,
  type ProfileVisibility,
  type UpdateProfileDetailsRequest,
} from '@commonroom/contracts';
import { isApiError } from '../../../../shared/api/api-error';

/** What the editor holds while the person types: text as typed, lists as chosen. */
export interface ProfileDraft {
  headline: string;
  bio: string;
  phases: string[];
  subjects: string[];
  expertise: string[];
  freeTags: string[];
  mentorStage: string | null;
  links: ProfileLink[];
  availability: string[];
  contactEmail: string;
  contactPhone: string;
  visibility: ProfileVisibility;
}

export type DraftErrors = Partial<Record<keyof ProfileDraft, string>>;

export function draftFrom(profile: MyProfile): ProfileDraft {
  return {
    headline: profile.headline ?? '',
    bio: profile.bio ?? '',
    phases: [...profile.phases],
    subjects: [...profile.subjects],
    expertise: [...profile.expertise],
    freeTags: [...profile.freeTags],
    mentorStage: profile.mentorStage,
    links: profile.links.map((link) => ({ ...link })),
    availability: [...profile.availability],
    contactEmail: profile.contactEmail ?? '',
    contactPhone: profile.contactPhone ?? '',
    visibility: { ...profile.visibility },
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

/** The whole draft, checked against the contract (the server's own rules and messages). */
export function requestFrom(draft: ProfileDraft): { request: UpdateProfileDetailsRequest } | { errors: DraftErrors } {
  const parsed = updateProfileDetailsRequestSchema.safeParse({
    ...draft,
    headline: orNull(draft.headline),
    bio: orNull(draft.bio),
    contactEmail: orNull(draft.contactEmail.trim()),
    contactPhone: orNull(draft.contactPhone),
    // A link row left empty is no link, rather than an error.
    links: draft.links.filter((link) => link.label.trim() !== '' || link.url.trim() !== ''),
  });
  if (parsed.success) return { request: parsed.data };
  const errors: DraftErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '') as keyof ProfileDraft;
    errors[field] ??= issue.message;
  }
  return { errors };
}

/** A refusal's `body.<field>` issues under their fields; null when none is about a field here. */
export function serverErrors(error: unknown, draft: ProfileDraft): DraftErrors | null {
  const errors: DraftErrors = {};
  for (const issue of isApiError(error) ? error.issues : []) {
    const field = issue.path.replace(/^body\./, '').split('.')[0] as keyof ProfileDraft;
    if (Object.hasOwn(draft, field)) errors[field] ??= issue.message;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
