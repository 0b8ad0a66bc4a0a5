import { Controller, Get, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import type {} from '@fastify/multipart';
import { UPLOAD_FIELD, uploadIdParamsSchema, uploadQuotaSchema, uploadSchema } from '@commonroom/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, type Actor } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { servingHeaders } from './upload-headers';
import { UploadsService } from './uploads.service';

const tags = ['uploads'];

/** Files attached to posts. Multipart has no zod body: the service checks the file itself. */
@Controller('api')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Post('uploads')
  @Contract({
    summary:
      'Attach a file: a picture, PDF, Office document or plain text (type read from its bytes; size and quota limited)',
    tags,
    fileUpload: {
      field: UPLOAD_FIELD,
      description: 'The file. Its claimed type and extension are ignored; the bytes decide.',
    },
    response: uploadSchema,
    status: 201,
  })
  create(
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    // A refusal (rate limit, quota, size) can come before the whole body was read; closing the
    // connection after the answer stops the browser sending the rest and never leaves a
    // half-read connection open (which would also hold up a graceful shutdown).
    void reply.header('connection', 'close');
    return this.uploads.create(actor, () => request.file());
  }

  @Get('uploads/:uploadId')
  @Contract({
    summary:
      'A file, for its owner, or for readers of the community where its owner first posted it while a post shows it (404 for anyone else)',
    tags,
    params: uploadIdParamsSchema,
    fileResponse: { description: 'The bytes, with the type found in them; pictures inline, documents as a download' },
  })
  async read(
    @Param('uploadId') uploadId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { upload, isImage, stream, size } = await this.uploads.open(uploadId, actor);
    void reply.headers(servingHeaders(upload, isImage));
    return new StreamableFile(stream, { length: size });
  }

  @Get('me/uploads/quota')
  @Contract({
    summary: 'How much of the attachment allowance the viewer has used, and what may be attached',
    tags,
    response: uploadQuotaSchema,
  })
  quota(@CurrentActor() actor: Actor) {
    return this.uploads.quota(actor);
  }
}
