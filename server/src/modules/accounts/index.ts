/** What other modules may use of accounts. Anything not exported here is private to the module. */
export { AccountsModule } from './accounts.module';
export { ACCOUNTS_READ_MODELS } from './accounts.read-models';
export { SessionsService } from './sessions.service';
export { UsersRepository } from './users.repository';
/** For foreign-key relations only. */
export { UserEntity } from './user.entity';
