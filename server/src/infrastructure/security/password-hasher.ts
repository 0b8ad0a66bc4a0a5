import { Inject, Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 exports Algorithm as a const enum; its value for argon2id is 2.
const ARGON2ID = 2;
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** argon2id with the configured cost; knows when a stored hash is weaker than today's setting. */
@Injectable()
export class PasswordHasher {
  private readonly options;
  /** Verified against when an account does not exist, so timing does not reveal which emails are registered. */
  private dummyHash: Promise<string> | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { memoryKib, iterations, parallelism } = config.auth.argon2;
    this.options = { algorithm: ARGON2ID, memoryCost: memoryKib, timeCost: iterations, parallelism };
  }

  hash(password: string): Promise<string> {
    return hash(password, this.options);
  }

  async verify(storedHash: string | null, password: string): Promise<boolean> {
    if (!storedHash) {
      this.dummyHash ??= this.hash('commonroom-timing-equaliser');
      await verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return verify(storedHash, password).catch(() => false);
  }

  /** True when the hash was made with other parameters than today's (upgrade it on sign-in). */
  needsRehash(storedHash: string): boolean {
    const match = /^\$argon2id\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(storedHash);
    if (!match) return true;
    const [, m, t, p] = match.map(Number);
    return m !== this.options.memoryCost || t !== this.options.timeCost || p !== this.options.parallelism;
  }
}
