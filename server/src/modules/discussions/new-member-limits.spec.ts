import { newMemberLimitBreach, NEW_MEMBER_LIMITS } from './new-member-limits';

const ids = (n: number) =>
  Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

describe('new member limits', () => {
  it('lets a post at every limit through', () => {
    expect(
      newMemberLimitBreach({
        linkCount: NEW_MEMBER_LIMITS.links,
        mentionIds: ids(NEW_MEMBER_LIMITS.mentions),
        imageCount: NEW_MEMBER_LIMITS.images,
      }),
    ).toBeNull();
  });

  it('names each limit the post goes over, in a sentence a person can act on', () => {
    const message = newMemberLimitBreach({
      linkCount: NEW_MEMBER_LIMITS.links + 1,
      mentionIds: ids(NEW_MEMBER_LIMITS.mentions + 1),
      imageCount: 0,
    });
    expect(message).toBe(
      'Until you have 3 posts here, a post can include at most 2 links and 3 mentions. Please remove some and post again.',
    );
  });

  it('counts images separately from links', () => {
    expect(newMemberLimitBreach({ linkCount: 0, mentionIds: [], imageCount: NEW_MEMBER_LIMITS.images + 1 })).toContain(
      '2 images',
    );
  });
});
