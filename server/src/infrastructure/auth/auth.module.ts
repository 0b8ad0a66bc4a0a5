import { Global, Module } from '@nestjs/common';
import { AuthCookies } from './cookies';

@Global()
@Module({ providers: [AuthCookies], exports: [AuthCookies] })
export class AuthModule {}
