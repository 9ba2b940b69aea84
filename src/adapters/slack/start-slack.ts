import type { SlackConfig } from "../../config/env.js";
import type { AdapterDeps, RunningAdapter } from "../adapter.js";
import { createRateLimiter } from "../rate-limit.js";
import { createSlackApp, type SlackTuning } from "./create-app.js";
import { createErrorFunnel, describeError } from "./error-funnel.js";
import { EventDedupe } from "./event-dedupe.js";
import { createConversation } from "../../core/conversation/conversation.js";
import type { HandlerContext } from "./handler-context.js";
import { registerHandlers } from "./register-handlers.js";
import { trackInFlight } from "./track-in-flight.js";

export interface SlackAdapter extends RunningAdapter {
  name: "slack";
  mode: SlackConfig["mode"];
  /** The port HTTP mode listens on (useful with PORT=0), null in Socket Mode. */
  port: number | null;
}

/**
 * Starts the Slack adapter: builds the Bolt app, registers the handlers,
 * verifies the token and connects (Socket Mode) or listens (HTTP mode).
 * Rejects with a readable error when Slack refuses the tokens or cannot be reached.
 */
export async function startSlack(config: SlackConfig, deps: AdapterDeps, tuning: SlackTuning = {}): Promise<SlackAdapter> {
  const handle = createSlackApp(config, deps.logger, tuning);
  const ctx: HandlerContext = {
    desk: deps.desk,
    conversation: deps.conversation ?? createConversation(deps.desk),
    feedback: deps.feedback,
    logger: deps.logger,
    funnel: createErrorFunnel(deps.logger),
    dedupe: deps.dedupe ?? new EventDedupe(),
    rateLimiter: deps.rateLimit ?? createRateLimiter(),
    ...(deps.questions ? { questions: deps.questions } : {}),
    ...(deps.channels ? { channels: deps.channels } : {}),
  };
  registerHandlers(handle.app, ctx);
  handle.app.use(trackInFlight(deps.logger));

  let port: number | null;
  try {
    ({ port } = await handle.start());
  } catch (error) {
    await handle.stop().catch(() => undefined);
    deps.logger.error("slack: could not start", describeError(error));
    throw new Error(`Slack adapter could not start (${config.mode} mode): ${startupReason(error)}`, { cause: error });
  }
  deps.logger.info(
    config.mode === "socket" ? "slack: connected over Socket Mode" : `slack: listening for HTTP requests on port ${port}`,
  );

  let stopped = false;
  return {
    name: "slack",
    mode: config.mode,
    port,
    ready: () => handle.ready(),
    async stop() {
      if (stopped) return;
      stopped = true;
      await handle.stop();
      deps.logger.info("slack: stopped");
    },
  };
}

function startupReason(error: unknown): string {
  const e = error as { data?: { error?: unknown }; message?: unknown };
  if (typeof e?.data?.error === "string") {
    const code = e.data.error;
    if (code === "invalid_auth" || code === "not_authed" || code === "account_inactive" || code === "token_revoked")
      return `Slack rejected the token (${code}). Check SLACK_BOT_TOKEN and SLACK_APP_TOKEN.`;
    return `Slack API error: ${code}`;
  }
  return typeof e?.message === "string" ? e.message : String(error);
}
