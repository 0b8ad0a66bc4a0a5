import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { DevMailController } from './dev-mail.controller';
import { DevOutboxTransport } from './dev-outbox.transport';
import { MAIL_TRANSPORT } from './mail-transport';
import { MailService } from './mail.service';
import { SmtpMailTransport } from './smtp-mail.transport';

/** Email for every feature through `MailService`: SMTP when `SMTP_URL` is set, else the development outbox. */
@Global()
@Module({})
export class MailModule {
  static forRoot(config: AppConfig): DynamicModule {
    const { smtpUrl, devOutbox } = config.mail;
    const transport: Provider[] = smtpUrl
      ? [{ provide: MAIL_TRANSPORT, useFactory: () => new SmtpMailTransport(smtpUrl) }]
      : [DevOutboxTransport, { provide: MAIL_TRANSPORT, useExisting: DevOutboxTransport }];
    return {
      module: MailModule,
      controllers: devOutbox ? [DevMailController] : [],
      providers: [...transport, MailService],
      exports: [MailService],
    };
  }
}
