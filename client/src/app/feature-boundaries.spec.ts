import { describe, expect, it } from 'vitest';
import { checkFeatureBoundaries } from '../test/feature-boundaries';

/** Every source file under `client/src`, keyed by its path from there (`features/auth/index.ts`). */
function clientSources(): Record<string, string> {
  const raw = import.meta.glob<string>('../**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });
  return Object.fromEntries(Object.entries(raw).map(([path, text]) => [path.replace(/^\.\.\//, ''), text]));
}

describe('client layout', () => {
  it('lets features reach one another only through index.ts, without cycles, and keeps shared/ free of them', () => {
    const sources = clientSources();
    expect(Object.keys(sources).filter((path) => path.startsWith('features/')).length).toBeGreaterThan(100);
    expect(checkFeatureBoundaries(sources)).toEqual({ violations: [], cycles: [] });
  });
});

describe('checkFeatureBoundaries', () => {
  it('reports an import into another feature’s internals, but not one through its index', () => {
    const report = checkFeatureBoundaries({
      'features/forums/routes/thread-page.tsx': [
        "import { useLayoutCommunity } from '../../communities/routes/community-layout';",
        "import { useSession } from '../../auth';",
        "import { Composer } from '../components/composer/composer';",
      ].join('\n'),
    });
    expect(report.violations).toEqual([
      'features/forums/routes/thread-page.tsx imports features/communities/routes/community-layout ' +
        '(use features/communities/index.ts)',
    ]);
  });

  it('reports a cycle between features once, even when every import goes through an index', () => {
    const report = checkFeatureBoundaries({
      'features/communities/routes.tsx': "import { forumTool } from '../forums';",
      'features/forums/routes.tsx': "import type { CommunityToolFeature } from '../communities/index';",
      'features/home/routes/home-page.tsx': "import { YourCommunitiesSection } from '../../communities';",
    });
    expect(report).toEqual({ violations: [], cycles: ['communities → forums → communities'] });
  });

  it('reports shared code that depends on a feature, and deep mocks in specs', () => {
    const report = checkFeatureBoundaries({
      'shared/i18n/i18n.spec.tsx': "import { KNOWN_ACTIONS } from '../../features/settings';",
      'features/people/x.spec.tsx': "vi.mock('../auth/api/session', () => ({}));",
    });
    expect(report.violations).toEqual([
      'shared/i18n/i18n.spec.tsx imports features/settings (shared code depends on no feature)',
      'features/people/x.spec.tsx imports features/auth/api/session (use features/auth/index.ts)',
    ]);
  });
});
