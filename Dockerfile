# Deal Desk as a container: `docker build -t deal-desk .` then `docker run --env-file .env deal-desk`.
# Build stage: every dependency, compile src/ to dist/, then drop the dev dependencies.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

# Run stage: the compiled code, production dependencies and the knowledge; no compiler, runs as `node`.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
RUN mkdir -p data && chown node:node data
USER node
# 3000: Slack HTTP mode (PORT). /healthz and /metrics are served only when METRICS_PORT is set.
EXPOSE 3000
CMD ["node", "dist/main.js"]
