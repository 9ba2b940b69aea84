import { Events, Status, type Client } from "discord.js";
import { countReconnect } from "../../service/metrics.js";

/**
 * Connected = the client is ready and every shard's gateway session is up (a shard that dropped
 * is "connecting" or "resuming" until it is back). A RESUME, or a fresh READY on a shard that was
 * ready before, counts as a reconnect.
 */
export function watchGateway(client: Client): { connected(): boolean } {
  const seen = new Set<number>();
  client.on(Events.ShardReady, (shardId) => {
    if (seen.has(shardId)) countReconnect("discord");
    seen.add(shardId);
  });
  client.on(Events.ShardResume, () => countReconnect("discord"));
  return { connected: () => client.isReady() && client.ws.shards.every((shard) => shard.status === Status.Ready) };
}
