import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Platform } from "../questions/question-record.js";
import type { Answer } from "../core/answer.js";

/**
 * Every Prometheus metric the bot keeps, in one registry. Adapters call the small functions below;
 * nothing else touches prom-client. Counting is cheap and always on; the numbers are only served
 * when METRICS_PORT is set (see metrics-server.ts).
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "dealdesk_" });

export type { Platform };

const questions = new Counter({
  name: "dealdesk_questions_total",
  help: "Questions answered, by platform and answer status (answered, unsure, no_answer).",
  labelNames: ["platform", "status"] as const,
  registers: [registry],
});

const answerSeconds = new Histogram({
  name: "dealdesk_answer_duration_seconds",
  help: "Time the core took to answer one question.",
  labelNames: ["platform"] as const,
  buckets: [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

const sendRetries = new Counter({
  name: "dealdesk_send_retries_total",
  help: "Posts and edits to a chat platform that were tried again after a failure.",
  labelNames: ["platform"] as const,
  registers: [registry],
});

const sendFailures = new Counter({
  name: "dealdesk_send_failures_total",
  help: "Posts and edits to a chat platform that failed for good.",
  labelNames: ["platform"] as const,
  registers: [registry],
});

const reconnects = new Counter({
  name: "dealdesk_reconnects_total",
  help: "Connections to a chat platform re-established after a drop.",
  labelNames: ["platform"] as const,
  registers: [registry],
});

const knowledgeReloads = new Counter({
  name: "dealdesk_knowledge_reloads_total",
  help: "Knowledge reloads, by result (ok or invalid).",
  labelNames: ["result"] as const,
  registers: [registry],
});

export function countQuestion(platform: Platform, status: Answer["status"]): void {
  questions.inc({ platform, status });
}

export function observeAnswerMs(platform: Platform, ms: number): void {
  answerSeconds.observe({ platform }, ms / 1000);
}

/** One core call, timed and counted by the status `statusOf` reads from its result (null: a silence, not counted). */
export function measure<T>(platform: Platform, run: () => T, statusOf: (result: T) => Answer["status"] | null): T {
  const started = performance.now();
  const result = run();
  const status = statusOf(result);
  if (status === null) return result;
  observeAnswerMs(platform, performance.now() - started);
  countQuestion(platform, status);
  return result;
}

/** `measureAsk("slack", () => desk.ask(q))`. */
export function measureAsk<A extends Answer>(platform: Platform, ask: () => A): A {
  return measure(platform, ask, (answer) => answer.status);
}

export function countSendRetry(platform: Platform): void {
  sendRetries.inc({ platform });
}

export function countSendFailure(platform: Platform): void {
  sendFailures.inc({ platform });
}

export function countReconnect(platform: Platform): void {
  reconnects.inc({ platform });
}

export function countKnowledgeReload(result: "ok" | "invalid"): void {
  knowledgeReloads.inc({ result });
}
