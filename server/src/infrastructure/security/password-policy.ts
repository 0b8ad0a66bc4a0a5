import { createRequire } from 'node:module';
import { PASSWORD_MAX, PASSWORD_MIN, type FieldIssue } from '@commonroom/contracts';

let common: Set<string> | undefined;

/** ~49,000 passwords seen most often in breaches, from the maintained zxcvbn-ts dictionary. */
function commonPasswords(): Set<string> {
  if (!common) {
    const dictionary = createRequire(__filename)('@zxcvbn-ts/language-common') as {
      dictionary: Record<string, string[]>;
    };
    common = new Set((dictionary.dictionary['passwords-common'] ?? []).map((p) => p.toLowerCase()));
  }
  return common;
}

/**
 * NIST SP 800-63B: length, not composition rules, plus a check against known-breached
 * passwords and the person's own email address. Returns the problem for the given field.
 */
export function checkNewPassword(password: string, context: { email?: string }, field: string): FieldIssue | undefined {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    return { path: field, message: `Use between ${PASSWORD_MIN} and ${PASSWORD_MAX} characters.` };
  }
  const lowered = password.toLowerCase();
  const localPart = context.email?.split('@')[0]?.toLowerCase();
  if (commonPasswords().has(lowered) || new Set(lowered).size < 4) {
    return {
      path: field,
      message:
        'That password is too common: it appears in lists used by attackers. A few unrelated words make a strong password.',
    };
  }
  if (lowered === context.email?.toLowerCase() || (localPart && localPart.length >= 4 && lowered.includes(localPart))) {
    return { path: field, message: 'Do not use your email address in your password.' };
  }
  return undefined;
}
