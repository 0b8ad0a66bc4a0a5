import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../infrastructure/auth/actor';
import { slugify } from '../infrastructure/text/slug';
import { UsersRepository } from '../modules/accounts';
import { PostsService } from '../modules/discussions';
import { ForumThreadsService } from '../modules/forums';
import { DEMO_FORUMS } from './demo-forums.data';
import { demoActor } from './demo-actor';

/**
 * Gives the demo communities forum categories and conversations, written through the same
 * services people use (so posts are cooked, counted and streamed as real ones). A community
 * whose forum already has discussions is left alone.
 */
@Injectable()
export class DemoForumsSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ForumThreadsService,
    private readonly posts: PostsService,
    private readonly users: UsersRepository,
  ) {}

  async run(): Promise<{ threadsAdded: number }> {
    let threadsAdded = 0;
    for (const forum of DEMO_FORUMS) {
      const slug = slugify(forum.community);
      const rows: { id: string; has_threads: boolean }[] = await this.dataSource.query(
        'SELECT c.id, EXISTS (SELECT 1 FROM discussion_threads t WHERE t.community_id = c.id) AS has_threads FROM communities c WHERE c.slug = $1',
        [slug],
      );
      const community = rows[0];
      if (!community || community.has_threads) continue;
      for (const [position, category] of forum.categories.entries()) {
        await this.dataSource.query(
          'INSERT INTO forum_categories (community_id, slug, name, description, position) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (community_id, slug) DO NOTHING',
          [community.id, slugify(category.name), category.name, category.description, position],
        );
      }
      for (const thread of forum.threads) {
        const author = await this.actor(thread.author);
        const created = await this.threads.create(
          slug,
          slugify(thread.category),
          author,
          { title: thread.title, tags: thread.tags, raw: thread.raw },
          undefined,
        );
        const replyIds: string[] = [];
        for (const reply of thread.replies)
          replyIds.push(
            (await this.posts.reply(created.id, await this.actor(reply.author), { raw: reply.raw }, undefined)).id,
          );
        if (thread.accepted !== undefined)
          await this.dataSource.query('UPDATE discussion_threads SET accepted_post_id = $2 WHERE id = $1', [
            created.id,
            replyIds[thread.accepted],
          ]);
        if (thread.pinned) {
          await this.dataSource.query('UPDATE discussion_threads SET pinned_at = now() WHERE id = $1', [created.id]);
          await this.dataSource.query('UPDATE forum_threads SET pinned = true WHERE thread_id = $1', [created.id]);
        }
        threadsAdded += 1;
      }
    }
    return { threadsAdded };
  }

  private async actor(email: string): Promise<Actor> {
    const actor = await demoActor(this.users, email);
    if (!actor) throw new Error(`Demo person ${email} is missing`);
    return actor;
  }
}
