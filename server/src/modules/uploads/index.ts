/** What other modules may use of uploads. */
export { UploadsModule } from './uploads.module';
export { UploadsService } from './uploads.service';
/** For foreign-key relations only. */
export { UploadEntity } from './upload.entity';
