import {
  DEFAULT_PROFILE_VISIBILITY,
  PROFILE_FIELDS,
  type FieldVisibility,
  type ProfileField,
  type ProfileView,
  type ProfileVisibility,
  type ViewerRelation,
} from '@commonroom/contracts';

/** A profile's content before projection: every field a view can carry, for one person. */
export type ProfileContent = Omit<ProfileView, 'viewer'>;

/** Each relation sees every level up to its own (`self` sees everything). */
const RELATION_RANK: Record<ViewerRelation, number> = { public: 0, member: 1, community: 2, self: 3 };
const VISIBILITY_RANK: Record<FieldVisibility, number> = { public: 0, members: 1, communities: 2, only_me: 3 };

/**
 * The keys of a view that each field governs. Free tags travel with expertise; the name is
 * `displayName`, which a view always carries (a viewer who may not see the name gets no view).
 */
export const FIELD_KEYS: Record<ProfileField, readonly (keyof ProfileContent)[]> = {
  name: ['displayName'],
  headline: ['headline'],
  photo: ['photoUrl'],
  currentAffiliations: ['currentAffiliations'],
  pastAffiliations: ['pastAffiliations'],
  phases: ['phases'],
  subjects: ['subjects'],
  expertise: ['expertise', 'freeTags'],
  mentorStage: ['mentorStage'],
  bio: ['bio'],
  links: ['links'],
  availability: ['availability'],
  contactEmail: ['contactEmail'],
  contactPhone: ['contactPhone'],
};

/**
 * The visibility in force for every field: the stored choice where it is one the field allows,
 * else the field's default. Anything odd in storage therefore falls back to the private default.
 */
export function effectiveVisibility(stored: Partial<Record<string, unknown>> | null | undefined): ProfileVisibility {
  const result = { ...DEFAULT_PROFILE_VISIBILITY };
  for (const field of PROFILE_FIELDS) {
    const chosen = stored?.[field.id];
    if ((field.allowed as readonly unknown[]).includes(chosen)) result[field.id] = chosen as FieldVisibility;
  }
  return result;
}

/** Whether a viewer in this relation may see a field kept at this visibility. */
export function canSee(relation: ViewerRelation, visibility: FieldVisibility): boolean {
  return RELATION_RANK[relation] >= VISIBILITY_RANK[visibility];
}

/**
 * The profile as one viewer may see it, or `undefined` when the viewer may not even see the
 * name (the person does not exist for them). A hidden field's keys are left out altogether,
 * never sent as null. Keys missing from `content` stay missing, so cards can project a subset.
 */
export function projectProfile<T extends Partial<ProfileContent> & Pick<ProfileContent, 'userId' | 'displayName'>>(
  content: T,
  storedVisibility: Partial<Record<string, unknown>> | null | undefined,
  relation: ViewerRelation,
): (Partial<T> & Pick<ProfileContent, 'userId' | 'displayName'>) | undefined {
  const visibility = effectiveVisibility(storedVisibility);
  if (!canSee(relation, visibility.name)) return undefined;
  const projected: Partial<T> & Pick<ProfileContent, 'userId' | 'displayName'> = {
    userId: content.userId,
    displayName: content.displayName,
  } as never;
  for (const field of PROFILE_FIELDS) {
    if (field.id === 'name' || !canSee(relation, visibility[field.id])) continue;
    for (const key of FIELD_KEYS[field.id]) {
      if (key in content) (projected as Record<string, unknown>)[key] = content[key];
    }
  }
  return projected;
}
