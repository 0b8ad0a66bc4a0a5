import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/locales/en.json';
import { lookUp } from '../../../test/i18n-keys';
import { KNOWN_ACTIONS } from './recent-activity-section';

// Beside the activity list (not in shared/i18n), so shared code never reaches into a feature.
describe('English resources for the recent-activity list', () => {
  it('describe every security-event action the activity list knows', () => {
    const missing = KNOWN_ACTIONS.map((action) => `settings.activity.action.${action}`).filter(
      (key) => typeof lookUp(en, key) !== 'string',
    );
    expect(missing).toEqual([]);
  });

  it('have no security-event sentences the activity list would never use', () => {
    const unused = Object.keys(en.settings.activity.action).filter(
      (action) => !(KNOWN_ACTIONS as readonly string[]).includes(action),
    );
    expect(unused).toEqual([]);
  });
});
