import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../../test/support/data-source';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditService } from './audit.service';

describe('audit log', () => {
  let dataSource: DataSource;
  let sut: AuditService;
  const subject = crypto.randomUUID();

  beforeAll(async () => {
    dataSource = await openTestDataSource();
    sut = new AuditService(new AuditEventsRepository(dataSource));
  });
  afterAll(() => dataSource.destroy());

  it('records facts and returns a person’s history newest first', async () => {
    await sut.record({
      action: 'sign_in',
      actorUserId: subject,
      subjectUserId: subject,
      client: { ip: '203.0.113.7', userAgent: 'Firefox' },
      metadata: { method: 'password' },
    });
    await sut.record({ action: 'password_changed', actorUserId: subject, subjectUserId: subject });
    const history = await sut.forSubject(subject);
    expect(history.map((e) => e.action)).toEqual(['password_changed', 'sign_in']);
    expect(history[1]).toMatchObject({ ip: '203.0.113.7', userAgent: 'Firefox', metadata: { method: 'password' } });
  });

  it('cannot be rewritten or deleted, even by the application’s own connection', async () => {
    await sut.record({ action: 'sign_in_failed', subjectUserId: subject });
    await expect(
      dataSource.query(`UPDATE audit_events SET action = 'nothing_happened' WHERE subject_user_id = $1`, [subject]),
    ).rejects.toThrow('audit_events is append-only');
    await expect(dataSource.query('DELETE FROM audit_events WHERE subject_user_id = $1', [subject])).rejects.toThrow(
      'audit_events is append-only',
    );
    expect((await sut.forSubject(subject)).length).toBe(3);
  });
});
