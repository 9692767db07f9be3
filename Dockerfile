# syntax=docker/dockerfile:1
# Build: compile TypeScript, then drop dev dependencies. better-sqlite3 compiles its native addon here.
FROM node:24-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# Dependencies first (cached while only sources change). Scripts are skipped because `prepare` needs the
# sources; the one native addon is built right after.
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev

# Run: production dependencies, compiled code, the reviewed terms. No compiler, no build tools.
FROM node:24-slim
ENV NODE_ENV=production \
    TERMS_DIR=/app/terms \
    DATABASE_PATH=/data/glossary.db \
    PORT=3000 \
    HEALTH_PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY bin ./bin
# Baked in; mount a folder over /app/terms to serve other terms (edits are picked up without a restart).
COPY terms ./terms
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HEALTH_PORT || process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/adapters/main.js"]
