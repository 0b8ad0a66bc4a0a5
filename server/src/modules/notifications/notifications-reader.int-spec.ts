import { DataSource } from 'typeorm';
import { signedInPerson } from '../../../test/support/people';
import { useAppAndDatabase } from '../../../test/support/test-app';
import { NotificationsReader } from './notifications-reader';
import { Notifier } from './notifier';
import type { NoticeInput } from './notice.types';

/** What the email channel reads back and marks: never an event it did not send. */
describe('NotificationsReader', () => {
  const env = useAppAndDatabase();
  const reader = () => env.app.app.get(NotificationsReader);
  const notify = (input: NoticeInput) =>
    env.app.app.get(DataSource).transaction((m) => env.app.app.get(Notifier).notify(m, input));

  it('leaves a notice pending when an event joined it after the email read it', async () => {
    const [person, a, b] = await Promise.all([1, 2, 3].map(() => signedInPerson(env.app)));
    const threadId = crypto.randomUUID();
    const base = { userIds: [person!.userId], kind: 'reply' as const, groupKey: `reply:${threadId}`, threadId };
    await notify({ ...base, actorId: a!.userId, postId: crypto.randomUUID(), postNumber: 2 });
    const read = await reader().pendingForEmail(person!.userId, threadId);
    expect(read).toHaveLength(1);

    // The email is being written when a second reply joins the notice.
    await notify({ ...base, actorId: b!.userId, postId: crypto.randomUUID(), postNumber: 3 });
    expect(await reader().markEmailed(read)).toBe(0);
    const still = await reader().pendingForEmail(person!.userId, threadId);
    expect(still).toEqual([expect.objectContaining({ id: read[0]!.id, eventCount: 2 })]);

    // Unchanged since it was read: marked, and nothing is pending any more.
    expect(await reader().markEmailed(still)).toBe(1);
    expect(await reader().pendingForEmail(person!.userId, threadId)).toEqual([]);
  });
});
