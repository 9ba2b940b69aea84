import { MessageFlags } from "discord.js";
import type { Interaction, Message } from "discord.js";
import { messages } from "../../core/messages.js";
import type { Logger } from "../../logging/logger.js";
import { NO_MENTIONS } from "./limits.js";

/**
 * The one place failures go. Every handler runs inside `funnel.interaction(...)` or
 * `funnel.message(...)`: an error is logged once, the user gets a short apology
 * (ephemeral for interactions), and nothing is rethrown, so the client stays up.
 */
export interface ErrorFunnel {
  interaction(context: string, interaction: Interaction, work: () => Promise<void>): Promise<void>;
  message(context: string, message: Message, work: () => Promise<void>): Promise<void>;
  /** Errors with nobody to apologise to (client errors, shard errors). */
  background(context: string, error: unknown): void;
}

export function createErrorFunnel(logger: Logger): ErrorFunnel {
  const apology = { content: messages.somethingWentWrong, allowedMentions: NO_MENTIONS };

  async function apologise(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply({ ...apology, flags: MessageFlags.Ephemeral });
      return;
    }
    if (interaction.deferred && !interaction.replied) {
      if (interaction.ephemeral) {
        await interaction.editReply({ ...apology, embeds: [], components: [] });
        return;
      }
      // The first follow-up after a public defer would inherit the defer's (public) visibility,
      // so drop the "thinking…" placeholder first, then apologise privately.
      try {
        await interaction.deleteReply();
      } catch (error) {
        logger.warn("discord: could not remove the deferred reply; apologising in it instead", error);
        await interaction.editReply({ ...apology, embeds: [], components: [] });
        return;
      }
    }
    await interaction.followUp({ ...apology, flags: MessageFlags.Ephemeral });
  }

  return {
    async interaction(context, interaction, work) {
      try {
        await work();
      } catch (error) {
        logger.error(`discord: ${context} failed (interaction ${interaction.id})`, error);
        try {
          await apologise(interaction);
        } catch (second) {
          logger.error(`discord: could not tell the user that ${context} failed`, second);
        }
      }
    },
    async message(context, message, work) {
      try {
        await work();
      } catch (error) {
        logger.error(`discord: ${context} failed (message ${message.id})`, error);
        try {
          await message.reply({ ...apology, failIfNotExists: false });
        } catch (second) {
          logger.error(`discord: could not tell the user that ${context} failed`, second);
        }
      }
    },
    background(context, error) {
      logger.error(`discord: ${context}`, error);
    },
  };
}
