import { EmailTokenEntity } from './email-token.entity';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { UserIdentityEntity } from './user-identity.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const ACCOUNTS_ENTITIES = [UserEntity, UserIdentityEntity, SessionEntity, EmailTokenEntity, RecoveryCodeEntity];
