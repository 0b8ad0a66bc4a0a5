/** What other modules may use of uploads. */
export { UploadsModule } from './uploads.module';
export { UploadsService } from './uploads.service';
export { UploadLinksService, type PostPlace } from './upload-links.service';
/** For foreign-key relations only. */
export { UploadEntity } from './upload.entity';
