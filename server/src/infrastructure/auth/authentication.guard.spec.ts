import { Controller, Get, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@commonroom/contracts';
import type { AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';
import { AllowWithoutSecondFactor, Public } from './access.decorators';
import type { Actor, SessionResolver } from './actor';
import { AuthenticationGuard } from './authentication.guard';
import type { AuthCookies } from './cookies';

@Controller()
class SampleController {
  @Get() @Public() open() {}
  @Get() closed() {}
  @Get() @AllowWithoutSecondFactor() enrol() {}
}

const member: Actor = {
  userId: 'u1',
  sessionId: 's1',
  email: 'a@b.org',
  displayName: 'A',
  platformRole: 'member',
  emailVerified: true,
  twoFactorEnabled: false,
  hasPassword: true,
  secondFactorPending: false,
};

function setup(actor: Actor | null) {
  // A fake resolver and cookie reader: this unit test is about the guard's decisions only.
  const sessions: SessionResolver = { resolve: async (token) => (token === 'valid' ? actor : null) };
  const cookies = { sessionToken: (request: { token?: string }) => request.token } as unknown as AuthCookies;
  const config = { auth: { twoFactorRequiredRoles: ['admin'] } } as unknown as AppConfig;
  return new AuthenticationGuard(new Reflector(), cookies, sessions, config);
}

function call(sut: AuthenticationGuard, handler: keyof SampleController, token?: string) {
  const request: Record<string, unknown> = { token };
  const context = {
    getHandler: () => SampleController.prototype[handler],
    getClass: () => SampleController,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { result: sut.canActivate(context), request };
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as DomainError).code;
  }
}

describe('AuthenticationGuard', () => {
  it('lets anyone reach a @Public() route, attaching the actor when there is one', async () => {
    const signedIn = call(setup(member), 'open', 'valid');
    await expect(signedIn.result).resolves.toBe(true);
    expect(signedIn.request.actor).toEqual(member);
    await expect(call(setup(member), 'open').result).resolves.toBe(true);
  });

  it('fails closed: other routes need a valid session', async () => {
    expect(await codeOf(call(setup(member), 'closed').result)).toBe(ErrorCode.NotAuthenticated);
    expect(await codeOf(call(setup(member), 'closed', 'forged').result)).toBe(ErrorCode.NotAuthenticated);
    await expect(call(setup(member), 'closed', 'valid').result).resolves.toBe(true);
  });

  it('treats a session still waiting for its second factor as signed out', async () => {
    expect(await codeOf(call(setup({ ...member, secondFactorPending: true }), 'closed', 'valid').result)).toBe(
      ErrorCode.NotAuthenticated,
    );
  });

  it('holds people whose role requires two-factor to the enrolment routes until they turn it on', async () => {
    const admin = { ...member, platformRole: 'admin' };
    expect(await codeOf(call(setup(admin), 'closed', 'valid').result)).toBe(ErrorCode.SecondFactorRequired);
    await expect(call(setup(admin), 'enrol', 'valid').result).resolves.toBe(true);
    await expect(call(setup({ ...admin, twoFactorEnabled: true }), 'closed', 'valid').result).resolves.toBe(true);
  });
});
