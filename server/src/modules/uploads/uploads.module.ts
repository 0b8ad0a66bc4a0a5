import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { CommunitiesModule } from '../communities';
import { PostUploadsRepository } from './post-uploads.repository';
import { UploadLinksService } from './upload-links.service';
import { LocalUploadStorage, UploadStorage } from './upload-storage';
import { UploadsController } from './uploads.controller';
import { UploadsRepository } from './uploads.repository';
import { UploadsService } from './uploads.service';

/** Files attached to posts: type checked by content, size limited, with a quota per person. */
@Module({
  imports: [CommunitiesModule],
  controllers: [UploadsController],
  providers: [
    UploadsRepository,
    UploadsService,
    PostUploadsRepository,
    UploadLinksService,
    {
      provide: UploadStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalUploadStorage(config.uploads.dir),
    },
  ],
  exports: [UploadsService, UploadLinksService],
})
export class UploadsModule {}
