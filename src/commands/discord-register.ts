import { runDiscordRegister } from "../adapters/discord/register-cli.js";
import { loadDotEnv } from "../config/dot-env.js";

loadDotEnv();
/** `npm run discord:register`: PUTs /ask, /sources, /topics and /digest (to DISCORD_GUILD_ID when set, else globally). */
process.exitCode = await runDiscordRegister(process.env, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
