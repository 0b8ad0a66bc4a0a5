import { ErrorCode } from '@commonroom/contracts';
import { DEFAULT_MESSAGES, errorCodeForStatus, STATUS_BY_ERROR_CODE } from './error-status';

describe('error status mapping', () => {
  it('maps every error code to an error status and a sentence', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(STATUS_BY_ERROR_CODE[code]).toBeGreaterThanOrEqual(400);
      expect(DEFAULT_MESSAGES[code]).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('answers a forbidden resource like a missing one only through the not_found code', () => {
    expect(STATUS_BY_ERROR_CODE[ErrorCode.NotFound]).toBe(404);
    expect(errorCodeForStatus(405)).toBe(ErrorCode.NotFound);
  });

  it('maps framework statuses to codes', () => {
    expect(errorCodeForStatus(400)).toBe(ErrorCode.ValidationFailed);
    expect(errorCodeForStatus(413)).toBe(ErrorCode.PayloadTooLarge);
    expect(errorCodeForStatus(415)).toBe(ErrorCode.ValidationFailed);
    expect(errorCodeForStatus(429)).toBe(ErrorCode.RateLimited);
    expect(errorCodeForStatus(502)).toBe(ErrorCode.Internal);
  });
});
