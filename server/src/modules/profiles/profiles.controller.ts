import { Body, Controller, Delete, Get, Param, Patch, Put, Req, Res, StreamableFile } from '@nestjs/common';
import type {} from '@fastify/multipart';
import {
  myProfileSchema,
  personIdParamsSchema,
  PROFILE_PHOTO,
  profileViewSchema,
  updateProfileDetailsRequestSchema,
  UPLOAD_FIELD,
  type UpdateProfileDetailsRequest,
} from '@commonroom/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../infrastructure/auth/access.decorators';
import { CurrentActor, type Actor } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { ProfilePhotosService } from './profile-photos.service';
import { ProfilesService } from './profiles.service';

const tags = ['profiles'];
const params = personIdParamsSchema;

/** People's profiles, each field shown only to those its owner chose; and the owner's own profile. */
@Controller('api')
export class ProfilesController {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly photos: ProfilePhotosService,
  ) {}

  @Get('people/:userId')
  @Public()
  @Contract({
    summary:
      'A person’s profile with only the fields the viewer may see (404 for visitors when the name is not public)',
    tags,
    params,
    response: profileViewSchema,
  })
  view(@Param('userId') userId: string, @CurrentActor() actor: Actor | undefined) {
    return this.profiles.view(actor, userId);
  }

  @Get('people/:userId/photo')
  @Public()
  @Contract({
    summary: 'A person’s photo, when the viewer may see it (404 otherwise)',
    tags,
    params,
    fileResponse: { description: 'A 400×400 WebP without metadata' },
  })
  async photo(
    @Param('userId') userId: string,
    @CurrentActor() actor: Actor | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const bytes = await this.photos.read(actor, userId);
    // Private: who may see a photo depends on the viewer, so no shared cache may keep it.
    void reply.headers({
      'content-type': 'image/webp',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=3600',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    return new StreamableFile(bytes);
  }

  @Get('me/profile')
  @Contract({ summary: 'My profile for editing, every field with its visibility', tags, response: myProfileSchema })
  mine(@CurrentActor() actor: Actor) {
    return this.profiles.mine(actor);
  }

  @Patch('me/profile')
  @Contract({
    summary: 'Change my profile and who may see each field',
    tags,
    body: updateProfileDetailsRequestSchema,
    response: myProfileSchema,
  })
  update(@Body() body: UpdateProfileDetailsRequest, @CurrentActor() actor: Actor) {
    return this.profiles.update(actor, body);
  }

  @Put('me/profile/photo')
  @Contract({
    summary: 'Set my photo: JPEG, PNG or WebP, re-encoded to a square WebP without metadata',
    tags,
    fileUpload: {
      field: UPLOAD_FIELD,
      description: 'The photo. Its type is read from its bytes; location and camera data are removed.',
    },
    response: myProfileSchema,
  })
  setPhoto(
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    // As for attachments: a refusal may come before the whole body was read, so close afterwards.
    void reply.header('connection', 'close');
    return this.photos.upload(actor, () => request.file({ limits: { fileSize: PROFILE_PHOTO.maxBytes } }));
  }

  @Delete('me/profile/photo')
  @Contract({ summary: 'Remove my photo', tags })
  removePhoto(@CurrentActor() actor: Actor) {
    return this.photos.remove(actor);
  }
}
