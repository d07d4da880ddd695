# kiemtra: the API and the portal in one image, started by the production start command
# (`node scripts/serve.mjs`, the command e2e/production-start.spec.ts runs). Not built on the
# development machines (they cannot pull base images); see README "Operating it".
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN npm install --global --allow-scripts=pnpm pnpm@12.4.2
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm --filter @kiemtra/portal build \
 && rm -rf data .tools test-results

FROM node:24-bookworm-slim
RUN useradd --system --create-home --uid 10001 kiemtra \
 && mkdir -p /data && chown kiemtra /data
WORKDIR /app
COPY --from=build --chown=kiemtra:kiemtra /app /app
USER kiemtra
# Production: no demo data and no demo account; set up the province once with
# `docker compose run --rm kiemtra pnpm kiemtra setup …` (README). Everything else is configured
# through the environment variables of README "Operating it".
ENV NODE_ENV=production \
    KIEMTRA_MODE=production \
    HOST=0.0.0.0 \
    API_PORT=3001 \
    PORTAL_PORT=5173 \
    DATA_DIR=/data/pglite \
    ATTACHMENTS_DIR=/data/attachments
VOLUME ["/data"]
EXPOSE 5173 3001
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s \
  CMD node -e "fetch('http://127.0.0.1:3001/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
STOPSIGNAL SIGTERM
CMD ["node", "scripts/serve.mjs"]
