/**
 * A real Redis for tests: Debian's redis-server on 127.0.0.1 and a free port, no persistence,
 * started by the test and stopped after. Where redis-server is missing the Redis tests are skipped,
 * except under CI=true, where they run and fail with a message saying what to install.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

const BINARY = "redis-server";
const START_TIMEOUT_MS = 10_000;

export const REDIS_SERVER_INSTALLED = spawnSync(BINARY, ["--version"], { encoding: "utf8" }).status === 0;
const IN_CI = Boolean(process.env.CI) && !["0", "false"].includes(process.env.CI!.toLowerCase());
/** Whether the Redis tests run: always in CI (missing redis-server is then a failure), else when installed. */
export const RUN_REDIS_TESTS = REDIS_SERVER_INSTALLED || IN_CI;

export const MISSING_MESSAGE =
  "redis-server is not installed, and the Redis tests need a real one. Install it (apt-get install -y redis-server); .ci/run does this itself.";

export interface RedisServer {
  port: number;
  url: string;
  /** Stops the server (SIGTERM to our own child) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function launch(port: number): Promise<ChildProcess> {
  const child = spawn(BINARY, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`redis-server did not start on port ${port} within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with code ${code} before it was ready:\n${output}`));
    });
  });
}

export async function startRedisServer(): Promise<RedisServer> {
  if (!REDIS_SERVER_INSTALLED) throw new Error(MISSING_MESSAGE);
  let port = 0;
  let child: ChildProcess | null = null;
  for (let attempt = 1; child === null; attempt += 1) {
    port = await freePort();
    try {
      child = await launch(port);
    } catch (error) {
      if (attempt >= 3) throw error; // the free port may have been taken in between: try another
    }
  }
  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
      running.kill("SIGTERM");
      await exited;
    },
    async restart() {
      await server.stop();
      child = await launch(port);
    },
  };
  return server;
}
