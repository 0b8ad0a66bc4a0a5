import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { APP_ENTITIES } from './app.entities';
import { AuthModule } from './infrastructure/auth/auth.module';
import { AuthenticationGuard } from './infrastructure/auth/authentication.guard';
import { CsrfGuard } from './infrastructure/auth/csrf.guard';
import type { AppConfig } from './infrastructure/config/app-config';
import { ConfigModule } from './infrastructure/config/config.module';
import type { DatabaseConnection } from './infrastructure/database/data-source';
import { DatabaseModule } from './infrastructure/database/database.module';
import { HttpErrorFilter } from './infrastructure/errors/http-exception.filter';
import { ContentModule } from './infrastructure/content/content.module';
import { EventsModule } from './infrastructure/events/events.module';
import { ContractInterceptor } from './infrastructure/http/contract.interceptor';
import { RouteRegistry } from './infrastructure/http/route-registry';
import { JobsModule } from './infrastructure/jobs/jobs.module';
import { MailModule } from './infrastructure/mail/mail.module';
import { IdempotencyModule } from './infrastructure/idempotency/idempotency.module';
import { ObservabilityModule } from './infrastructure/observability/observability.module';
import { RateLimitModule } from './infrastructure/rate-limit/rate-limit.module';
import { RealtimeModule } from './infrastructure/realtime/realtime.module';
import { SecurityModule } from './infrastructure/security/security.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AuditModule } from './modules/audit/audit.module';
import { CommunitiesModule } from './modules/communities/communities.module';
import { ApiDocsController } from './infrastructure/web/api-docs.controller';
import { ClientAppController } from './infrastructure/web/client-app.controller';
import { DemoModule } from './demo/demo.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { DiscussionsModule } from './modules/discussions/discussions.module';
import { ForumsModule } from './modules/forums/forums.module';
import { PartnershipsModule } from './modules/partnerships/partnerships.module';
import { UploadsModule } from './modules/uploads/uploads.module';
import { ProfilesModule } from './modules/profiles/profiles.module';
import { ContactsModule } from './modules/contacts/contacts.module';
import { ConversationsModule } from './modules/conversations/conversations.module';
import { SearchModule } from './modules/search/search.module';
import { HomeModule } from './modules/home/home.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { EmailAlertsModule } from './modules/email-alerts/email-alerts.module';
import { MailInModule } from './modules/mail-in';

export interface AppModuleOptions {
  config: AppConfig;
  database: DatabaseConnection;
}

/** Features are listed here; infrastructure is global and never imported by features' peers. */
const FEATURES = [
  AuditModule,
  AccountsModule,
  OrganisationsModule,
  CommunitiesModule,
  PartnershipsModule,
  UploadsModule,
  DiscussionsModule,
  ForumsModule,
  ConversationsModule,
  ProfilesModule,
  ContactsModule,
  SearchModule,
  HomeModule,
  NotificationsModule,
  MailInModule,
  EmailAlertsModule,
];

@Module({})
export class AppModule {
  static forRoot({ config, database }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(database, APP_ENTITIES),
        DiscoveryModule,
        EventsModule,
        ObservabilityModule,
        JobsModule,
        MailModule.forRoot(config),
        AuthModule,
        RateLimitModule,
        SecurityModule,
        ContentModule,
        RealtimeModule,
        IdempotencyModule,
        ...FEATURES,
        DemoModule,
      ],
      // The SPA fallback is registered last so its wildcard never shadows an API route.
      controllers: [ApiDocsController, ...(config.client.serve ? [ClientAppController] : [])],
      providers: [
        RouteRegistry,
        // Guards run in this order: a forged request is refused before any session lookup.
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_INTERCEPTOR, useClass: ContractInterceptor },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
      exports: [RouteRegistry],
    };
  }
}
