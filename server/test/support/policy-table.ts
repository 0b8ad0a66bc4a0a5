import type { Policy } from '../../src/infrastructure/auth/policy';

/**
 * One row per action, one column per role (in the order the roles are listed): the expected
 * answer of the policy. Written out in full so a reader sees every rule at a glance.
 */
export type PolicyTable<Action extends string> = Record<Action, readonly boolean[]>;

/**
 * Checks a policy against an explicit role × action table: one test per cell, plus one that the
 * table lists every action of the policy and a column for every role (a new action or role
 * cannot go untested).
 */
export function expectPolicyTable<Action extends string, Subject>(
  policy: Policy<Action, Subject>,
  roles: Record<string, Subject>,
  table: PolicyTable<Action>,
): void {
  const roleNames = Object.keys(roles);

  it('lists every action of the policy and answers for every role', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(policy).sort());
    for (const answers of Object.values<readonly boolean[]>(table)) expect(answers).toHaveLength(roleNames.length);
  });

  const cells = (Object.entries(table) as [Action, readonly boolean[]][]).flatMap(([action, answers]) =>
    roleNames.map((role, column) => [role, action, answers[column]] as const),
  );
  it.each(cells)('%s → %s: %s', (role, action, expected) => {
    expect(policy[action](roles[role] as Subject)).toBe(expected);
  });
}
