import { expectPolicyTable } from '../../../test/support/policy-table';
import { postPolicy, threadPolicy, type PostSubject, type ThreadSubject } from './discussion.policy';

const nobody = { signedIn: false, canReadCommunity: false, member: false, moderator: false, isThreadAuthor: false };
const reader = { ...nobody, signedIn: true, canReadCommunity: true };
/** Who the viewer is, before the thread's state (locked, deleted) is applied. */
const people = {
  'signed-out visitor': nobody,
  'outsider (cannot read the community)': { ...nobody, signedIn: true },
  'reader of an open community (not a member)': reader,
  member: { ...reader, member: true },
  author: { ...reader, member: true, isThreadAuthor: true },
  moderator: { ...reader, member: true, moderator: true },
  'platform admin (not a member)': { ...reader, moderator: true },
};

const threadState = { open: { locked: false, deleted: false }, locked: { locked: true, deleted: false } };
const inThread = (state: { locked: boolean; deleted: boolean }): Record<string, ThreadSubject> =>
  Object.fromEntries(Object.entries(people).map(([name, person]) => [name, { ...person, ...state }]));

describe('thread policy', () => {
  describe('in an open thread', () => {
    // prettier-ignore
    expectPolicyTable(threadPolicy, inThread(threadState.open), {
      //               visitor outsider reader member author moderator admin
      read:           [false,  false,   true,  true,  true,  true,     true],
      reply:          [false,  false,   false, true,  true,  true,     false],
      react:          [false,  false,   false, true,  true,  true,     false],
      flag:           [false,  false,   true,  true,  true,  true,     true],
      moderate:       [false,  false,   false, false, false, true,     true],
      seeRemovedText: [false,  false,   false, false, false, true,     true],
      acceptAnswer:   [false,  false,   false, false, true,  true,     true],
      editThread:     [false,  false,   false, false, true,  true,     true],
    });
  });

  describe('in a locked thread', () => {
    // prettier-ignore
    expectPolicyTable(threadPolicy, inThread(threadState.locked), {
      //               visitor outsider reader member author moderator admin
      read:           [false,  false,   true,  true,  true,  true,     true],
      reply:          [false,  false,   false, false, false, true,     false],
      react:          [false,  false,   false, true,  true,  true,     false],
      flag:           [false,  false,   true,  true,  true,  true,     true],
      moderate:       [false,  false,   false, false, false, true,     true],
      seeRemovedText: [false,  false,   false, false, false, true,     true],
      acceptAnswer:   [false,  false,   false, false, true,  true,     true],
      editThread:     [false,  false,   false, false, false, true,     true],
    });
  });

  describe('in a deleted thread', () => {
    // prettier-ignore
    expectPolicyTable(threadPolicy, inThread({ locked: false, deleted: true }), {
      //               visitor outsider reader member author moderator admin
      read:           [false,  false,   false, false, false, true,     true],
      reply:          [false,  false,   false, false, false, false,    false],
      react:          [false,  false,   false, false, false, false,    false],
      flag:           [false,  false,   false, false, false, false,    false],
      moderate:       [false,  false,   false, false, false, true,     true],
      seeRemovedText: [false,  false,   false, false, false, true,     true],
      acceptAnswer:   [false,  false,   false, false, false, true,     true],
      editThread:     [false,  false,   false, false, false, true,     true],
    });
  });
});

/** The same people towards one post; "author" wrote the post, and one author has since left. */
const onPost = (thread: { locked: boolean; deleted: boolean }, postState: PostSubject['postState']) => {
  const subjects: Record<string, PostSubject> = {};
  for (const [name, person] of Object.entries(people)) {
    subjects[name] = { ...person, ...thread, isThreadAuthor: false, isPostAuthor: name === 'author', postState };
  }
  subjects['author who left the community'] = { ...reader, ...thread, isPostAuthor: true, postState };
  return subjects;
};

describe('post policy', () => {
  describe('a visible post in an open thread', () => {
    // prettier-ignore
    expectPolicyTable(postPolicy, onPost(threadState.open, 'visible'), {
      //        visitor outsider reader member author moderator admin  author who left
      edit:    [false,  false,   false, false, true,  true,     true,  false],
      delete:  [false,  false,   false, false, true,  true,     true,  false],
      restore: [false,  false,   false, false, false, true,     true,  false],
      react:   [false,  false,   false, true,  true,  true,     false, false],
      // Nobody reports their own post.
      flag:    [false,  false,   true,  true,  false, true,     true,  false],
    });
  });

  describe('a visible post in a locked thread', () => {
    // prettier-ignore
    expectPolicyTable(postPolicy, onPost(threadState.locked, 'visible'), {
      //        visitor outsider reader member author moderator admin  author who left
      edit:    [false,  false,   false, false, false, true,     true,  false],
      delete:  [false,  false,   false, false, true,  true,     true,  false],
      restore: [false,  false,   false, false, false, true,     true,  false],
      react:   [false,  false,   false, true,  true,  true,     false, false],
      flag:    [false,  false,   true,  true,  false, true,     true,  false],
    });
  });

  describe.each(['hidden', 'deleted'] as const)('a %s post in an open thread', (postState) => {
    // prettier-ignore
    expectPolicyTable(postPolicy, onPost(threadState.open, postState), {
      //        visitor outsider reader member author moderator admin  author who left
      edit:    [false,  false,   false, false, false, true,     true,  false],
      delete:  [false,  false,   false, false, false, true,     true,  false],
      restore: [false,  false,   false, false, false, true,     true,  false],
      react:   [false,  false,   false, false, false, false,    false, false],
      flag:    [false,  false,   false, false, false, false,    false, false],
    });
  });
});
