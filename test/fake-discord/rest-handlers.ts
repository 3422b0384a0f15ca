/**
 * What each route of the fake REST API does: register commands, answer an interaction (its
 * callback, follow-ups and edits) and post to a channel, each reply shaped as Discord's.
 */
import type { APIMessage } from 'discord.js';
import { checkChoices, checkMessage, formErrorBody, isEmptyMessage, type FormError } from './limits.js';
import { botMessage, editMessage } from './messages.js';
import { snowflake, type World } from './payloads.js';
import type { InteractionState, RecordedCall, RestState } from './rest.js';

const isEphemeral = (message: APIMessage): boolean => ((message.flags ?? 0) & 64) !== 0;

export interface Reply {
  status: number;
  body?: unknown;
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const noContent: Reply = { status: 204 };
export const error = (status: number, code: number, message: string): Reply => ({ status, body: { message, code } });
export const formError = (errors: FormError[], prefix: (string | number)[] = []): Reply => ({ status: 400, body: formErrorBody(errors, prefix) });

export function application(world: World) {
  return {
    id: world.applicationId,
    name: world.botUser.username,
    icon: null,
    description: '',
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    team: null,
    summary: '',
    owner: { id: world.defaultUserId, username: 'owner', discriminator: '0', global_name: null, avatar: null },
    bot: world.botUser,
  };
}

export function putCommands(state: RestState, appId: string, scope: string, body: unknown): Reply {
  if (appId !== state.world.applicationId) return error(404, 10002, 'Unknown Application');
  if (!Array.isArray(body)) return formError([{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }]);
  const errors: FormError[] = [];
  body.forEach((cmd: any, i) => {
    if (typeof cmd?.name !== 'string' || !/^[-_\p{L}\p{N}]{1,32}$/u.test(cmd.name) || cmd.name !== cmd.name.toLowerCase()) {
      errors.push({ path: [i, 'name'], code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
    }
    if ((cmd?.type ?? 1) === 1 && (typeof cmd?.description !== 'string' || cmd.description.length < 1 || cmd.description.length > 100)) {
      errors.push({ path: [i, 'description'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
    }
  });
  if (errors.length) return formError(errors);
  const previous = state.commands.get(scope) ?? [];
  const saved = body.map((cmd: Record<string, unknown>) => ({
    id: (previous.find((p) => p.name === cmd.name)?.id as string | undefined) ?? snowflake(),
    application_id: appId,
    version: snowflake(),
    type: 1,
    default_member_permissions: null,
    nsfw: false,
    ...(scope === 'global' ? {} : { guild_id: scope }),
    ...cmd,
  }));
  state.commands.set(scope, saved);
  return ok(saved);
}

const CALLBACKS_FOR: Record<number, number[]> = {
  2: [4, 5, 9], // application command
  3: [4, 5, 6, 7, 9], // message component
  4: [8], // autocomplete
  5: [4, 5, 6, 7], // modal submit
};

export function interactionCallback(state: RestState, id: string, token: string, call: RecordedCall): Reply {
  const interaction = state.interactions.get(token);
  if (!interaction || interaction.id !== id) return error(404, 10062, 'Unknown interaction');
  if (interaction.callbackType !== null) return error(400, 40060, 'Interaction has already been acknowledged.');
  if (state.interactionDeadlineMs > 0 && call.at - interaction.sentAt > state.interactionDeadlineMs) {
    return error(404, 10062, 'Unknown interaction');
  }
  const body = (call.body ?? {}) as { type?: number; data?: Record<string, unknown> };
  const type = body.type ?? -1;
  if (!(CALLBACKS_FOR[interaction.type] ?? []).includes(type)) {
    return formError([{ path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Callback type ${type} is not valid for interaction type ${interaction.type}` }]);
  }
  const data = body.data ?? {};
  if (state.validate) {
    if (type === 4 || type === 7) {
      const errors = checkMessage(data);
      if (errors.length) return formError(errors, ['data']);
      if (type === 4 && isEmptyMessage(data, call.files.length > 0)) return error(400, 50006, 'Cannot send an empty message');
    }
    if (type === 8) {
      const errors = checkChoices(data);
      if (errors.length) return formError(errors);
    }
  }

  interaction.callbackType = type;
  interaction.callbackAt = call.at;
  const ephemeral = ((typeof data.flags === 'number' ? data.flags : 0) & 64) !== 0;
  const where = {
    channelId: interaction.channelId,
    ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
    type: interaction.type === 2 ? 20 : 19,
    webhook: true,
  };
  let message: APIMessage | undefined;
  if (type === 4) {
    message = botMessage(state.world, data, { ...where, id: snowflake() });
  } else if (type === 5) {
    message = botMessage(state.world, {}, { ...where, id: snowflake(), flags: 128 | (ephemeral ? 64 : 0) });
  } else if ((type === 6 || type === 7) && interaction.componentMessageId) {
    const onto = state.messages.get(interaction.componentMessageId);
    message = onto && type === 7 ? editMessage(onto, data) : onto;
  }
  if (message) {
    if (type === 4 || type === 5) {
      message.interaction_metadata = {
        id: interaction.id,
        type: interaction.type as 2,
        user: state.world.users.get(interaction.userId)!,
        authorizing_integration_owners: {},
      };
    }
    state.messages.set(message.id, message);
    interaction.originalId = message.id;
    if (!isEphemeral(message) && type !== 6) state.echo(type === 7 ? 'MESSAGE_UPDATE' : 'MESSAGE_CREATE', message);
  }

  if (call.query.with_response !== 'true') return noContent;
  return ok({
    interaction: {
      id: interaction.id,
      type: interaction.type,
      ...(message ? { response_message_id: message.id, response_message_loading: type === 5, response_message_ephemeral: ephemeral } : {}),
    },
    ...(message && type !== 6 ? { resource: { type, message } } : { resource: { type } }),
  });
}

export function followup(state: RestState, interaction: InteractionState, call: RecordedCall): Reply {
  if (interaction.callbackType === null) return error(404, 10015, 'Unknown Webhook');
  const body = (call.body ?? {}) as Record<string, unknown>;
  if (state.validate) {
    const errors = checkMessage(body);
    if (errors.length) return formError(errors);
    if (isEmptyMessage(body, call.files.length > 0)) return error(400, 50006, 'Cannot send an empty message');
  }
  const message = botMessage(state.world, body, {
    id: snowflake(),
    channelId: interaction.channelId,
    ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
    type: 0,
    webhook: true,
  });
  state.messages.set(message.id, message);
  interaction.followupIds.push(message.id);
  if (!isEphemeral(message)) state.echo('MESSAGE_CREATE', message);
  return ok(message);
}

export function edit(state: RestState, message: APIMessage, body: unknown): Reply {
  const patch = (body ?? {}) as Record<string, unknown>;
  if (state.validate) {
    const errors = checkMessage(patch);
    if (errors.length) return formError(errors);
  }
  const next = editMessage(message, patch);
  // An edit that leaves a message with nothing to show is rejected like an empty send.
  if (state.validate && isEmptyMessage(next, next.attachments.length > 0)) return error(400, 50006, 'Cannot send an empty message');
  state.messages.set(next.id, next);
  if (!isEphemeral(next)) state.echo('MESSAGE_UPDATE', next);
  return ok(next);
}

export function channelMessage(state: RestState, channelId: string, call: RecordedCall): Reply {
  const body = (call.body ?? {}) as Record<string, unknown>;
  if (state.validate) {
    const errors = checkMessage(body);
    if (errors.length) return formError(errors);
    if (isEmptyMessage(body, call.files.length > 0)) return error(400, 50006, 'Cannot send an empty message');
  }
  const ref = body.message_reference as { message_id?: string; fail_if_not_exists?: boolean } | undefined;
  if (ref?.message_id && !state.messages.has(ref.message_id) && ref.fail_if_not_exists !== false) {
    return formError([{ path: ['message_reference'], code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }]);
  }
  const guildId = channelId === state.world.channelId ? state.world.guildId : undefined;
  const message = botMessage(state.world, body, { id: snowflake(), channelId, ...(guildId ? { guildId } : {}) });
  state.messages.set(message.id, message);
  state.echo('MESSAGE_CREATE', message);
  return ok(message);
}
