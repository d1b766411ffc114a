# One image for every process of the platform; the command chooses which one runs
# (docker-compose.yml and deploy/k8s/ set it: node services/<name>/dist/main.js or node gateway/dist/main.js).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json tsconfig.json ./
COPY libs libs
COPY services services
COPY gateway gateway
COPY web web
COPY proto proto
COPY scripts/build.mjs scripts/build.mjs
# The same build as make build (esbuild, file by file); the types were checked by make test before an image is made.
RUN npm install --no-audit --no-fund && node scripts/build.mjs && npm run build -w web && npm prune --omit=dev

# The nightly backup's image (deploy/k8s/backup.yaml, docs/backups.md): `docker build --target backup .`.
# The built platform plus MongoDB's database tools (mongodump, mongorestore), which the services' image does not need.
FROM node:20-bookworm-slim AS backup
ARG MONGODB_TOOLS_VERSION=100.10.0
ADD https://fastdl.mongodb.org/tools/db/mongodb-database-tools-debian12-x86_64-${MONGODB_TOOLS_VERSION}.deb /tmp/mongodb-database-tools.deb
RUN apt-get update && apt-get install -y --no-install-recommends /tmp/mongodb-database-tools.deb \
  && rm -rf /var/lib/apt/lists/* /tmp/mongodb-database-tools.deb
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules node_modules
COPY --from=build --chown=node:node /app/libs libs
USER node
CMD ["node", "libs/backup/dist/main.js", "backup"]

# The platform's image (the default target).
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules node_modules
COPY --from=build --chown=node:node /app/proto proto
COPY --from=build --chown=node:node /app/libs libs
COPY --from=build --chown=node:node /app/services services
COPY --from=build --chown=node:node /app/gateway gateway
# The web client the gateway serves at / (WEB_ROOT defaults to web/dist beside gateway/).
COPY --from=build --chown=node:node /app/web/dist web/dist
USER node
CMD ["node", "gateway/dist/main.js"]
