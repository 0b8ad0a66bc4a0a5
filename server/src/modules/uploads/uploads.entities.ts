import { PostUploadEntity } from './post-upload.entity';
import { UploadEntity } from './upload.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const UPLOADS_ENTITIES = [UploadEntity, PostUploadEntity];
