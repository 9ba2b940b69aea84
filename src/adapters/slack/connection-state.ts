import { countReconnect } from "../../service/metrics.js";

/** The part of @slack/socket-mode's SocketModeClient (an event emitter) this watches. */
interface SocketEvents {
  on(event: string, listener: () => void): unknown;
}

/**
 * Follows the Socket Mode connection from the client's own events: up on "connected" (Slack's
 * hello), down on a close, a reconnect or a disconnect. Every connection after the first is a
 * reconnect, whichever path (the client's back-off, the reconnect guard) brought it back.
 */
export function watchSocket(client: SocketEvents): { connected(): boolean } {
  let up = false;
  let connections = 0;
  client.on("connected", () => {
    up = true;
    connections += 1;
    if (connections > 1) countReconnect("slack");
  });
  for (const down of ["close", "reconnecting", "disconnecting", "disconnected"]) client.on(down, () => (up = false));
  return { connected: () => up };
}
