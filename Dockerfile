# syntax=docker/dockerfile:1
# aws-masker image: compiled JS only, production dependencies only, non-root.
#
# Base: node:22-slim (Debian bookworm). Node 20 left upstream support on 2026-04-30, while 22 is
# maintained LTS until 2027-04; the code needs nothing newer than Node 20.18 (package.json engines),
# so the same source runs on both. Slim (glibc) rather than alpine: no musl surprises in undici/TLS
# and the same libc as CI.

ARG NODE_IMAGE=node:22-slim

# ---- build: all dependencies, compile TypeScript to dist/ ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# Whole context (.dockerignore keeps out tests, docs, deploy files, local state); tsconfig.build.json
# decides what compiles.
COPY . .
RUN npx tsc -p tsconfig.build.json

# ---- runtime: production dependencies + dist only ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# 1000 is the image's `node` user; numeric so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 3000
# Liveness only (process answers HTTP); readiness (/health/ready) is for load balancers.
# Node's global fetch: no curl in the slim image.
HEALTHCHECK --interval=30s --timeout=10s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node directly (not npm) so SIGTERM reaches the process and the graceful drain runs.
CMD ["node", "dist/server.js"]
