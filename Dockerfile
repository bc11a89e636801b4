# The kg command line on Node 20; by default it ingests examples/articles/ (docker-compose.yml points it at Neo4j).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# Dependencies ship their binaries in npm packages (@ladybugdb/core, esbuild, swc), so no build tools are needed.
RUN npm ci --no-audit --no-fund || npm install --no-audit --no-fund
COPY . .
ENV KG_DATA=/data
CMD ["npx", "kg", "ingest", "examples/articles/"]
