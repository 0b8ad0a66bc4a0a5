import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { ContactsModule } from '../contacts';
import { PeopleSearchDocuments } from './people-search-documents';
import { ProfileCards } from './profile-cards';
import { ProfilePhotoStore } from './profile-photos';
import { ProfilePhotosService } from './profile-photos.service';
import { ProfilesController } from './profiles.controller';
import { ProfilesRepository } from './profiles.repository';
import { ProfilesService } from './profiles.service';

/** Profiles: what people say about themselves, each field with its own visibility. */
@Module({
  imports: [ContactsModule],
  controllers: [ProfilesController],
  providers: [
    ProfilesRepository,
    ProfilesService,
    ProfilePhotosService,
    ProfileCards,
    PeopleSearchDocuments,
    // Photos live beside attachments, in their own folder of re-encoded WebP files.
    {
      provide: ProfilePhotoStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new ProfilePhotoStore(join(config.uploads.dir, 'profile-photos')),
    },
  ],
  exports: [ProfilesService, ProfileCards, PeopleSearchDocuments],
})
export class ProfilesModule {}
