import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type DatabaseConnection } from './data-source';
import { DATABASE_CONNECTION } from './database.tokens';
import type { EntityClasses } from './entities';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(connection: DatabaseConnection, entities: EntityClasses): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(connection, entities), autoLoadEntities: false })],
      providers: [{ provide: DATABASE_CONNECTION, useValue: connection }],
      exports: [DATABASE_CONNECTION],
    };
  }
}
