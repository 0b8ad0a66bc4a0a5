import { Global, Module } from '@nestjs/common';
import { SESSION_RESOLVER } from '../../infrastructure/auth/actor';
import { AccountController } from './account.controller';
import { AccountMailService } from './account-mail.service';
import { AccountSecurityService } from './account-security.service';
import { AccountSettingsService } from './account-settings.service';
import { AuthController } from './auth.controller';
import { EmailTokensRepository } from './email-tokens.repository';
import { EmailTokensService } from './email-tokens.service';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { PasswordResetService } from './password-reset.service';
import { RegistrationService } from './registration.service';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { SignInService } from './sign-in.service';
import { TwoFactorService } from './two-factor.service';
import { UsersRepository } from './users.repository';

/** Accounts, sessions and sign-in. Global because the authentication guard resolves sessions here. */
@Global()
@Module({
  controllers: [AuthController, AccountController, OidcController],
  providers: [
    UsersRepository,
    SessionsRepository,
    SessionsService,
    { provide: SESSION_RESOLVER, useExisting: SessionsService },
    EmailTokensRepository,
    EmailTokensService,
    AccountMailService,
    TwoFactorService,
    RegistrationService,
    SignInService,
    PasswordResetService,
    AccountSettingsService,
    AccountSecurityService,
    OidcService,
  ],
  exports: [SESSION_RESOLVER, SessionsService, UsersRepository],
})
export class AccountsModule {}
