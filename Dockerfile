# The webhook relay (`oncall relay`) as a container image.
#
# Build stage: installs the dependencies and bundles dist/ from the sources (the same build as `npm run build`).
# Runtime stage: Node and dist/ only — the bundle carries every dependency it uses, so the image needs no
# node_modules, no npm and no sources. It runs as the unprivileged `node` user and listens on $PORT (default 8080).
#
#   docker build -t oncall-relay .
#   docker run -p 8080:8080 -e PAGERDUTY_WEBHOOK_SECRET -e GITHUB_TOKEN -e GITHUB_REPOSITORY oncall-relay
#
# Settings come from the environment; see docs/relay.md and docs/deploy.md.

FROM node:24-alpine AS build
WORKDIR /src
COPY package.json package-lock.json ./
# No install scripts: nothing the build needs runs one, and none should run with the sources at hand.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json ./
COPY scripts/build.mjs scripts/esbuild-options.mjs scripts/
COPY src/ src/
RUN node scripts/build.mjs

FROM node:24-alpine
ENV NODE_ENV=production \
    PORT=8080
WORKDIR /app
COPY --from=build /src/dist/ /app/dist/
USER node
EXPOSE 8080
# Node's own fetch: the image has no curl, and busybox wget would be one more thing to trust.
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "/app/dist/cli.js", "relay"]
