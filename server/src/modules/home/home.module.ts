import { Module } from '@nestjs/common';
import { HomeController } from './home.controller';
import { HomeRepository } from './home.repository';
import { HomeService } from './home.service';

/** The home page: a read across modules' published views; it owns no table. */
@Module({ controllers: [HomeController], providers: [HomeRepository, HomeService] })
export class HomeModule {}
