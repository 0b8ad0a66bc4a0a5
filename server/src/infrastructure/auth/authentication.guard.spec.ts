import { Controller, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@commonroom/contracts';
import type { ExecutionContext } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { Public } from './access.decorators';
import { AuthenticationGuard } from './authentication.guard';

@Controller()
class SampleController {
  @Get() @Public() open() {}
  @Get() closed() {}
}

@Controller()
@Public()
class PublicController {
  @Get() anything() {}
}

const contextFor = (controller: new () => object, handler: string) =>
  ({ getHandler: () => (controller.prototype as Record<string, unknown>)[handler], getClass: () => controller }) as unknown as ExecutionContext;

describe('AuthenticationGuard', () => {
  const sut = new AuthenticationGuard(new Reflector());

  it('lets a route marked @Public() through', () => {
    expect(sut.canActivate(contextFor(SampleController, 'open'))).toBe(true);
    expect(sut.canActivate(contextFor(PublicController, 'anything'))).toBe(true);
  });

  it('fails closed: a route without @Public() needs a session', () => {
    expect(() => sut.canActivate(contextFor(SampleController, 'closed'))).toThrow(DomainError);
    try {
      sut.canActivate(contextFor(SampleController, 'closed'));
    } catch (error) {
      expect((error as DomainError).code).toBe(ErrorCode.NotAuthenticated);
    }
  });
});
