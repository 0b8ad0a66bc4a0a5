import { Injectable, type OnModuleInit } from '@nestjs/common';
import { StreamAuthorizers } from '../../infrastructure/realtime/stream-authorizers';
import { CommunityAccessService } from './community-access.service';

/** A community's real-time stream (forum activity) is open to whoever may read the community. */
@Injectable()
export class CommunityStreams implements OnModuleInit {
  constructor(
    private readonly authorizers: StreamAuthorizers,
    private readonly access: CommunityAccessService,
  ) {}

  onModuleInit(): void {
    this.authorizers.register('community', (actor, id) => this.access.canRead(id, actor));
  }
}
