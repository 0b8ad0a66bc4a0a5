import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PasswordHasher } from './password-hasher';
import { SecretBox } from './secret-box';

/**
 * Password hashing and at-rest encryption, built once from the configuration. There is no
 * fallback key: without SECRET_KEY (boot generates one outside production) the app does not start.
 */
@Global()
@Module({
  providers: [
    PasswordHasher,
    {
      provide: SecretBox,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.auth.secretKey) throw new Error('SECRET_KEY is not configured');
        return new SecretBox(config.auth.secretKey);
      },
    },
  ],
  exports: [PasswordHasher, SecretBox],
})
export class SecurityModule {}
