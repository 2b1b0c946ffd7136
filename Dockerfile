# syntax=docker/dockerfile:1
# Build: compile TypeScript with every dependency, then keep only the production ones (without optional
# native accelerators: BullMQ's msgpackr runs in plain JavaScript without its prebuilt addon).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts/deploy-commands.ts ./scripts/deploy-commands.ts
COPY scripts/doctor.ts ./scripts/doctor.ts
RUN npm run build && npm prune --omit=dev --omit=optional --no-audit --no-fund

# Run: the compiled bot, production dependencies only, as the unprivileged node user.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    STORE_URL=sqlite:///app/data/bot.sqlite \
    WEB_PORT=8080
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.HEALTH_PORT||process.env.WEB_PORT)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: SIGTERM reaches Node itself, which finishes work in flight and exits 0.
# The young generation capped at 8 MiB a semi-space, as in `npm start` (see package.json and bench/RESULTS.md).
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=8", "dist/src/index.js"]
