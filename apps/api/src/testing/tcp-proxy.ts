import { createServer, type Server, Socket } from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that a test can break the way networks break: cut() drops
 * every connection at once (a reset), partition() keeps the sockets open but lets nothing through
 * in either direction (and new connections hang) until heal(), and cutAt(text) drops the
 * connection whose client sends `text` (e.g. a COMMIT) before it reaches the server.
 */
export interface TcpProxy {
  port: number;
  cut(): void;
  partition(): void;
  heal(): void;
  cutAt(text: string): void;
  close(): Promise<void>;
}

interface Pair {
  client: Socket;
  upstream: Socket | null;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  let partitioned = false;
  let cutText: Buffer | null = null;
  // While partitioned, whatever arrives waits here, as packets wait for a link to come back.
  const held: { to: () => Socket | null; data: Buffer }[] = [];

  const forward = (pair: Pair, direction: 'up' | 'down', data: Buffer) => {
    const to = () => (direction === 'up' ? pair.upstream : pair.client);
    if (direction === 'up' && cutText && data.includes(cutText)) {
      cutText = null;
      destroy(pair);
      return;
    }
    if (partitioned) held.push({ to, data });
    else to()?.write(data);
  };
  const destroy = (pair: Pair) => {
    pair.client.destroy();
    pair.upstream?.destroy();
    pairs.delete(pair);
  };
  const connectUpstream = (pair: Pair) => {
    const upstream = new Socket();
    pair.upstream = upstream;
    upstream.on('data', (data: Buffer) => forward(pair, 'down', data));
    upstream.on('error', () => destroy(pair));
    upstream.on('close', () => destroy(pair));
    upstream.connect(target.port, target.host);
  };
  const waiting: Pair[] = [];

  const server: Server = createServer((client) => {
    const pair: Pair = { client, upstream: null };
    pairs.add(pair);
    client.on('data', (data) => forward(pair, 'up', data));
    client.on('error', () => destroy(pair));
    client.on('close', () => destroy(pair));
    if (partitioned) waiting.push(pair);
    else connectUpstream(pair);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no TCP address');

  return {
    port: address.port,
    cut: () => {
      for (const pair of [...pairs]) destroy(pair);
    },
    partition: () => {
      partitioned = true;
    },
    heal: () => {
      partitioned = false;
      for (const { to, data } of held.splice(0)) to()?.write(data);
      for (const pair of waiting.splice(0)) if (pairs.has(pair)) connectUpstream(pair);
    },
    cutAt: (text) => {
      cutText = Buffer.from(text);
    },
    close: async () => {
      for (const pair of [...pairs]) destroy(pair);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
