import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The latest sequence number of each stream; its row lock orders concurrent writers. */
@Entity({ name: 'stream_heads' })
export class StreamHeadEntity {
  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: 'pk_stream_heads' })
  stream: string;

  @Column({ type: 'bigint' })
  seq: string;
}
