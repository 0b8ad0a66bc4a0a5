import { Logger, StreamableFile, type CallHandler, type ExecutionContext } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@commonroom/contracts';
import { lastValueFrom, of } from 'rxjs';
import { z } from 'zod';
import { DomainError } from '../errors/domain-error';
import { Contract } from './contract.decorator';
import { ContractInterceptor } from './contract.interceptor';

class Sample {
  @Contract({
    summary: 'sample',
    query: z.object({ page: z.coerce.number().int().min(1).default(1) }),
    response: z.object({ name: z.string() }),
  })
  handler() {}
}

class FileSample {
  @Contract({ summary: 'file', fileResponse: { description: 'bytes' } })
  handler() {}
}

function contextWith(
  request: Record<string, unknown>,
  target: typeof Sample | typeof FileSample = Sample,
): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => target.prototype.handler,
    getClass: () => target,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

const returning = (value: unknown): CallHandler => ({ handle: () => of(value) });

describe('ContractInterceptor', () => {
  beforeAll(() => Logger.overrideLogger(false));
  const sut = new ContractInterceptor(new Reflector());

  it('coerces and defaults inputs before the handler sees them', async () => {
    const request: Record<string, unknown> = { query: {} };
    await lastValueFrom(sut.intercept(contextWith(request), returning({ name: 'x' })));
    expect(request.query).toEqual({ page: 1 });
  });

  it('rejects invalid input with the field path', () => {
    let error: DomainError | undefined;
    try {
      sut.intercept(contextWith({ query: { page: '0' } }), returning({ name: 'x' }));
    } catch (e) {
      error = e as DomainError;
    }
    expect(error?.code).toBe(ErrorCode.ValidationFailed);
    expect(error?.details?.issues?.[0]?.path).toBe('query.page');
  });

  it('drops every field the response contract does not name, so nothing extra leaks', async () => {
    const output = await lastValueFrom(
      sut.intercept(
        contextWith({ query: {} }),
        returning({ name: 'Ada', email: 'ada@example.org', passwordHash: 'x' }),
      ),
    );
    expect(output).toEqual({ name: 'Ada' });
  });

  it('passes a file answer through as it is, with status 200', async () => {
    const file = new StreamableFile(Buffer.from('bytes'));
    await expect(lastValueFrom(sut.intercept(contextWith({}, FileSample), returning(file)))).resolves.toBe(file);
    expect(Reflect.getMetadata(HTTP_CODE_METADATA, FileSample.prototype.handler)).toBe(200);
  });

  it('refuses to send a response that breaks its contract', async () => {
    await expect(lastValueFrom(sut.intercept(contextWith({ query: {} }), returning({ name: 42 })))).rejects.toThrow(
      'Response does not match its contract',
    );
  });
});
