import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Reaction } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../infrastructure/auth/actor';
import { UsersRepository } from '../modules/accounts';
import { PostsService } from '../modules/discussions';
import { ReactionsService } from '../modules/discussions/reactions.service';
import { demoActor } from './demo-actor';

const GRACE = 'grace.whitfield@example.org';
const TOM = 'tom.hughes@example.org';
const ENERGY = 'Misconceptions about energy transfers: what helps trainees explain them?';
const FIRST_WEEK = 'How do you structure the first week of a second placement?';
const WELCOME = 'Welcome — start here and introduce yourself';

/**
 * A reply, a mention and reactions for Grace and Tom, written through the services people use, so
 * the outbox turns them into real notices and the demo's bell has something to show. Runs only
 * right after the forums were seeded (the seed stays idempotent).
 */
@Injectable()
export class DemoNoticesSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly reactions: ReactionsService,
    private readonly users: UsersRepository,
  ) {}

  async run(): Promise<void> {
    const [grace, tom] = [await this.actor(GRACE), await this.actor(TOM)];
    const energy = await this.post(ENERGY, 1);
    const tomsTip = await this.post(FIRST_WEEK, 2);
    const welcome = await this.post(WELCOME, 1);
    if (!grace || !tom || !energy || !tomsTip || !welcome) return;
    await this.posts.reply(
      energy.thread_id,
      tom,
      {
        raw: 'Having trainees predict where the energy ends up before the practical helps: the wrong answers come out early.',
        replyToPostId: energy.id,
      },
      undefined,
    );
    // In the welcome thread, not Tom's: Grace stays someone who has not read the placement thread to its end.
    await this.posts.reply(
      welcome.thread_id,
      grace,
      {
        raw: `@[${tom.displayName}](mention:${tom.userId}) welcome! Could you say in the placement thread how you pair mentors for co-planning?`,
      },
      undefined,
    );
    await this.react(tomsTip.id, 'thanks', grace);
    await this.react(tomsTip.id, 'agree', await this.actor('daniel.mercer@example.org'));
    await this.react(energy.id, 'insightful', await this.actor('mohammed.rahman@example.org'));
  }

  private async react(postId: string, reaction: Reaction, actor: Actor | undefined): Promise<void> {
    if (actor) await this.reactions.set(postId, reaction, true, actor);
  }

  private async post(title: string, number: number): Promise<{ id: string; thread_id: string } | undefined> {
    const rows: { id: string; thread_id: string }[] = await this.dataSource.query(
      `SELECT p.id, p.thread_id FROM discussion_posts p JOIN discussion_threads t ON t.id = p.thread_id
        WHERE t.title = $1 AND p.number = $2`,
      [title, number],
    );
    return rows[0];
  }

  private actor(email: string): Promise<Actor | undefined> {
    return demoActor(this.users, email);
  }
}
