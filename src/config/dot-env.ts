import { existsSync } from "node:fs";

/** Reads ./.env into process.env when it exists; variables already exported win. */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
