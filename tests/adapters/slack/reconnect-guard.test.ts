import { SocketModeReceiver } from "@slack/bolt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { quickenReconnects } from "../../../src/adapters/slack/reconnect-guard.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("quickenReconnects", () => {
  it("reconnects 100 ms after a drop instead of the library's 5 s, doubling per consecutive failure", async () => {
    vi.useFakeTimers();
    const client = new SocketModeReceiver({ appToken: "xapp-test", clientPingTimeout: 5000 }).client as unknown as {
      delayReconnectAttempt(cb: () => Promise<unknown>): Promise<unknown>;
      clientPingTimeoutMS: number;
    };
    expect(quickenReconnects(client, 100, 10_000)).toBe(true);
    const reconnect = vi.fn(async () => undefined);

    void client.delayReconnectAttempt(reconnect);
    await vi.advanceTimersByTimeAsync(99);
    expect(reconnect).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(reconnect).toHaveBeenCalledTimes(1);

    // Still failing: the next wait doubles.
    void client.delayReconnectAttempt(reconnect);
    await vi.advanceTimersByTimeAsync(199);
    expect(reconnect).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(reconnect).toHaveBeenCalledTimes(2);

    // The ping timeout itself is left alone.
    expect(client.clientPingTimeoutMS).toBe(5000);
  });

  it("changes nothing on a client without the method", () => {
    expect(quickenReconnects({}, 100, 10_000)).toBe(false);
  });
});
