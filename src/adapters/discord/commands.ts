import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from "discord.js";
import type { APIApplicationCommandBooleanOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { MAX_QUESTION_CHARS } from "../../core/messages.js";

export const COMMAND = { ask: "ask", sources: "sources", topics: "topics", digest: "digest" } as const;
export const OPTION = { question: "question", private: "private" } as const;

/** Discord caps a string option at 6,000 characters; the core reads at most MAX_QUESTION_CHARS. */
const QUESTION_MAX = Math.min(MAX_QUESTION_CHARS, 6000);

const privateOption: APIApplicationCommandBooleanOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: OPTION.private,
  description: "Only you see the reply (default: everyone in the channel sees it)",
  required: false,
};

/** The slash commands, as the JSON body of PUT /applications/{id}/commands. Pure. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const common = {
    type: ApplicationCommandType.ChatInput as const,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  };
  return [
    {
      ...common,
      name: COMMAND.ask,
      description: "Ask about the AI-infrastructure deals Deal Desk knows",
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: OPTION.question,
          description: "Your question, e.g. how much is the deal worth?",
          required: true,
          autocomplete: true,
          min_length: 1,
          max_length: QUESTION_MAX,
        },
        privateOption,
      ],
    },
    {
      ...common,
      name: COMMAND.sources,
      description: "List the articles my answers come from",
      options: [privateOption],
    },
    {
      ...common,
      name: COMMAND.topics,
      description: "Show what I know about, grouped by topic",
      options: [privateOption],
    },
    {
      ...common,
      name: COMMAND.digest,
      description: "The latest articles, newest first, with their key facts",
    },
  ];
}
