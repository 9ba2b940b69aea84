import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { registry } from "./metrics.js";
import type { Readiness } from "./readiness.js";

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

function send(res: import("node:http").ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}

/**
 * METRICS_PORT: `GET /healthz` (200 ready, 503 with what is not ready yet) and `GET /metrics`
 * (Prometheus text format). Nothing else is served.
 */
export async function startMetricsServer(port: number, readiness: Readiness): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain", "method not allowed\n");
    if (path === "/healthz") {
      const { ready, waitingFor } = readiness.report();
      const body = ready ? { status: "ready" } : { status: "not_ready", waiting_for: waitingFor };
      return send(res, ready ? 200 : 503, "application/json", `${JSON.stringify(body)}\n`);
    }
    if (path === "/metrics") {
      registry.metrics().then(
        (text) => send(res, 200, registry.contentType, text),
        (error: unknown) => send(res, 500, "text/plain", `metrics failed: ${String(error)}\n`),
      );
      return;
    }
    send(res, 404, "text/plain", "not found: try /healthz or /metrics\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
