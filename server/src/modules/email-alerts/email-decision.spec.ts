import type { EmailMode, NotificationKind } from '@commonroom/contracts';
import { emailsNow } from './email-decision';
import type { DeliveryPlanRow } from './email-preferences.repository';

const plan = (change: Partial<DeliveryPlanRow> = {}): DeliveryPlanRow => ({
  user_id: 'u',
  thread_id: 't',
  community_id: 'c',
  mode: 'daily',
  all_off: false,
  mentions: true,
  replies: true,
  opted_out: false,
  quiet_start: null,
  quiet_end: null,
  ...change,
});

describe('emailsNow', () => {
  it.each<[EmailMode, NotificationKind, boolean]>([
    ['immediately', 'new_post', true],
    ['immediately', 'reaction', true],
    ['daily', 'new_post', false],
    ['weekly', 'new_thread', false],
    ['never', 'new_post', false],
    // Mentions and direct replies come at once even when the community is on a digest (or never).
    ['daily', 'mention', true],
    ['weekly', 'reply', true],
    ['never', 'quote', true],
  ])('mode %s, %s → %s', (mode, kind, expected) => {
    expect(emailsNow(plan({ mode }), kind)).toBe(expected);
  });

  it('a switched-off mention or reply falls back to the community mode', () => {
    expect(emailsNow(plan({ mentions: false }), 'mention')).toBe(false);
    expect(emailsNow(plan({ replies: false, mode: 'immediately' }), 'reply')).toBe(true);
  });

  it('all email off and a thread opt-out beat everything', () => {
    expect(emailsNow(plan({ all_off: true, mode: 'immediately' }), 'mention')).toBe(false);
    expect(emailsNow(plan({ opted_out: true, mode: 'immediately' }), 'reply')).toBe(false);
  });
});
