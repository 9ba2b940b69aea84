import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/env.js";

describe("METRICS_PORT", () => {
  it("is off when unset or blank", () => {
    for (const env of [{}, { METRICS_PORT: "  " }]) {
      const result = parseConfig(env);
      expect(result.status === "ok" && result.config.metricsPort).toBeNull();
    }
  });

  it("reads a port number, 0 included (any free port)", () => {
    for (const [text, port] of [["9464", 9464], ["0", 0], [" 65535 ", 65535]] as const) {
      const result = parseConfig({ METRICS_PORT: text });
      expect(result.status === "ok" && result.config.metricsPort).toBe(port);
    }
  });

  it("names the variable when it is not a port", () => {
    for (const text of ["metrics", "-1", "65536", "80.5", "9464abc"]) {
      const result = parseConfig({ METRICS_PORT: text });
      expect(result.status).toBe("invalid");
      if (result.status === "invalid") expect(result.problems).toEqual([expect.stringContaining(`METRICS_PORT must be a port number (0–65535) for /healthz and /metrics, got "${text}"`)]);
    }
  });
});
