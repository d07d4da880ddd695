/** The first answer of a create, under the key its caller sent (issue 18). */
export interface IdempotencyKeysTable {
  actor_kind: 'user' | 'api_client';
  actor_id: string;
  procedure: string;
  key: string;
  /** sha-256 of the input as sent: the same key with another input is refused. */
  input_hash: string;
  /** The first answer, serialised by superjson (dates and all). */
  result: unknown;
  created_at: Date;
}
