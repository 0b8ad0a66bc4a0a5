import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StreamEnvelope, StreamName } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/** What a reconnecting client can be given: the stream's head, its oldest kept event, and events after a position. */
export interface StreamBacklog {
  headSeq: number;
  /** Null when nothing is kept (a new stream, or everything was pruned). */
  oldestSeq: number | null;
  events: StreamEnvelope[];
}

interface BacklogRow {
  head_seq: string | null;
  oldest_seq: string | null;
  seq: string | null;
  type: string | null;
  payload: unknown;
  occurred_at: Date | null;
}

/** The sequenced log behind real-time streams (`stream_events`, `stream_heads`). */
@Injectable()
export class StreamEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends an event in the caller's transaction. Taking the next number updates the stream's
   * head row, whose lock makes concurrent writers of one stream wait for each other, so numbers
   * are gap-free and commit in order.
   */
  async append<TPayload>(
    manager: EntityManager,
    stream: StreamName,
    type: string,
    payload: TPayload,
  ): Promise<StreamEnvelope<TPayload>> {
    const [head] = (await manager.query(
      `INSERT INTO stream_heads (stream, seq) VALUES ($1, 1)
       ON CONFLICT (stream) DO UPDATE SET seq = stream_heads.seq + 1 RETURNING seq`,
      [stream],
    )) as { seq: string }[];
    const [row] = (await manager.query(
      'INSERT INTO stream_events (stream, seq, type, payload) VALUES ($1, $2, $3, $4) RETURNING occurred_at',
      [stream, head!.seq, type, JSON.stringify(payload)],
    )) as { occurred_at: Date }[];
    return { stream, seq: Number(head!.seq), type, payload, occurredAt: row!.occurred_at.toISOString() };
  }

  /**
   * `append` for many streams in one statement. Heads are taken in stream order, so two writers
   * locking overlapping sets of heads cannot deadlock; a stream may appear only once.
   */
  async appendMany<TPayload>(
    manager: EntityManager,
    type: string,
    items: { stream: StreamName; payload: TPayload }[],
  ): Promise<StreamEnvelope<TPayload>[]> {
    if (items.length === 0) return [];
    const rows = (await manager.query(
      `WITH input AS (
         SELECT x.stream, x.payload FROM jsonb_to_recordset($1::jsonb) AS x(stream varchar, payload jsonb)
       ), heads AS (
         INSERT INTO stream_heads (stream, seq) SELECT stream, 1 FROM input ORDER BY stream
         ON CONFLICT (stream) DO UPDATE SET seq = stream_heads.seq + 1 RETURNING stream, seq
       )
       INSERT INTO stream_events (stream, seq, type, payload)
       SELECT h.stream, h.seq, $2, i.payload FROM heads h JOIN input i ON i.stream = h.stream
       RETURNING stream, seq, payload, occurred_at`,
      [JSON.stringify(items), type],
    )) as { stream: StreamName; seq: string; payload: TPayload; occurred_at: Date }[];
    return rows.map((r) => ({
      stream: r.stream,
      seq: Number(r.seq),
      type,
      payload: r.payload,
      occurredAt: r.occurred_at.toISOString(),
    }));
  }

  /**
   * The head and up to `limit` events after `afterSeq`, read in one statement so they come from
   * one snapshot: an event is either in the events or above the head, never half of each.
   */
  async backlog(stream: StreamName, afterSeq: number, limit: number): Promise<StreamBacklog> {
    const rows: BacklogRow[] = await this.dataSource.query(
      `SELECT h.seq AS head_seq, o.oldest_seq, e.seq, e.type, e.payload, e.occurred_at
         FROM (SELECT $1::varchar AS stream) s
         LEFT JOIN stream_heads h ON h.stream = s.stream
         LEFT JOIN LATERAL (SELECT min(seq) AS oldest_seq FROM stream_events WHERE stream = s.stream) o ON true
         LEFT JOIN LATERAL (
           SELECT seq, type, payload, occurred_at FROM stream_events
            WHERE stream = s.stream AND seq > $2 ORDER BY seq LIMIT $3
         ) e ON true
        ORDER BY e.seq`,
      [stream, afterSeq, limit],
    );
    const first = rows[0];
    return {
      headSeq: Number(first?.head_seq ?? 0),
      oldestSeq: first?.oldest_seq == null ? null : Number(first.oldest_seq),
      events: rows
        .filter((r) => r.seq !== null)
        .map((r) => ({
          stream,
          seq: Number(r.seq),
          type: r.type!,
          payload: r.payload,
          occurredAt: r.occurred_at!.toISOString(),
        })),
    };
  }

  /** Read with the page's own manager (in a transaction) to get the position that data is at. */
  async headSeq(stream: StreamName, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = (await manager.query('SELECT seq FROM stream_heads WHERE stream = $1', [stream])) as {
      seq: string;
    }[];
    return Number(row?.seq ?? 0);
  }

  /** Deletes events older than the retention; heads stay, so numbering never restarts. */
  async pruneOlderThan(hours: number): Promise<number> {
    const [, affected] = (await this.dataSource.query(
      `DELETE FROM stream_events WHERE occurred_at < now() - make_interval(hours => $1)`,
      [hours],
    )) as [unknown, number];
    return affected;
  }
}
