import type { AutocompleteInteraction } from "discord.js";
import type { Desk } from "../../core/desk.js";
import type { AdapterDeps } from "../adapter.js";
import { COMMAND, OPTION } from "./commands.js";
import { LIMITS } from "./limits.js";

export interface Choice {
  name: string;
  value: string;
}

/**
 * Up to 25 choices, each name and value 1–100 characters, no duplicates. An empty box shows
 * example questions; otherwise the core's suggestions for the partial question, best first.
 */
export function suggestionChoices(desk: Desk, partial: string): Choice[] {
  const typed = partial.trim();
  const raw = typed
    ? desk.suggest(typed, LIMITS.autocompleteChoices, LIMITS.choiceLength)
    : desk.examples(LIMITS.autocompleteChoices);
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const suggestion of raw) {
    const text = suggestion.replace(/\s+/g, " ").trim().slice(0, LIMITS.choiceLength).trim();
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    choices.push({ name: text, value: text });
    if (choices.length >= LIMITS.autocompleteChoices) break;
  }
  return choices;
}

export async function handleAutocomplete(interaction: AutocompleteInteraction, deps: AdapterDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (interaction.commandName !== COMMAND.ask || focused.name !== OPTION.question) {
    await interaction.respond([]);
    return;
  }
  await interaction.respond(suggestionChoices(deps.desk, String(focused.value)));
}
