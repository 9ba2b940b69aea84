/**
 * An HTTP proxy in front of the fake Slack's Web API that holds chosen calls until the test lets
 * them through: an answer stays "in flight" for as long as the test needs.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface HoldingProxy {
  /** Use as SLACK_API_URL. */
  apiUrl: string;
  /** Calls to `method` waiting to be let through. */
  held(): number;
  /** Lets every held call through to the fake. */
  release(): void;
  close(): Promise<void>;
}

export async function startHoldingProxy(targetApiUrl: string, method: string): Promise<HoldingProxy> {
  const waiting: (() => void)[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = (req.url ?? "/").replace(/^\/api\//, "");
    if (path.startsWith(method)) await new Promise<void>((resolve) => waiting.push(resolve));
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([k, v]) => typeof v === "string" && !["host", "content-length", "connection"].includes(k)),
    ) as Record<string, string>;
    try {
      const upstream = await fetch(new URL(path, targetApiUrl), { method: req.method ?? "GET", headers, ...(chunks.length ? { body: Buffer.concat(chunks) } : {}) });
      res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      res.writeHead(502);
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    held: () => waiting.length,
    release: () => {
      for (const go of waiting.splice(0)) go();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
