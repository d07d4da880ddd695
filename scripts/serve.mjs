// The production start command (README "Operating it", the Dockerfile, deploy/kiemtra.service):
// the API and the portal as they were installed and built, no install, no build. Configuration
// only through the environment; SIGTERM stops both gracefully.
import { startServices } from './services.mjs';

const started = await startServices();
if (started)
  console.log(`kiemtra đang chạy. Cổng thông tin: ${started.portalUrl} · API: ${started.apiUrl}/trpc`);
