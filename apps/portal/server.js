// The portal in production: adapter-node's request handler behind gzip for HTML and JSON (the
// hashed assets under /_app/immutable are served by the handler with a year's Cache-Control and
// their precompressed .gz/.br files). HOST, PORT, ORIGIN, API_URL and BODY_SIZE_LIMIT as for
// build/index.js.
import { createServer } from 'node:http';
import compression from 'compression';
import { handler } from './build/handler.js';

const compress = compression({ threshold: 1024 });
const host = process.env.HOST ?? '0.0.0.0';
const port = Number(process.env.PORT ?? 3000);

const server = createServer((req, res) => {
  compress(req, res, () => handler(req, res));
});
server.listen(port, host, () => {
  console.log(`Portal tại http://${host}:${port}`);
});

function stop() {
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
