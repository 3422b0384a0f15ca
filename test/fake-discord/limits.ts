/**
 * The checks Discord applies to message payloads before accepting them, so the fake rejects
 * exactly what the real API would (400 "Invalid Form Body", code 50035, or 50006 for empty).
 * Pure functions over the JSON body; the REST layer turns a non-empty result into a response.
 */

export interface FormError {
  /** Path into the body, e.g. ['embeds', 0, 'fields', 3, 'value']. */
  path: (string | number)[];
  code: string;
  message: string;
}

/**
 * Discord's documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
 * Written out again on purpose rather than imported from src/render/limits.ts: the fake is the
 * independent oracle, so a wrong number in the bot's table fails a test instead of agreeing with it.
 */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  rowComponents: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  url: 2048,
} as const;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
// UTF-16 length: never less than Discord's character count, so a payload the fake accepts is safe.
const len = (v: unknown): number => (typeof v === 'string' ? v.length : 0);

function tooLong(path: FormError['path'], max: number): FormError {
  return { path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` };
}

function checkUrl(errors: FormError[], path: FormError['path'], url: unknown): void {
  if (url === undefined || url === null) return;
  if (typeof url !== 'string' || !/^(https?|attachment):\/\/\S+$/.test(url) || url.length > LIMITS.url) {
    errors.push({ path, code: 'URL_TYPE_INVALID_URL', message: 'Not a well formed URL.' });
  }
}

function checkEmbeds(errors: FormError[], embeds: unknown[]): void {
  if (embeds.length > LIMITS.embeds) errors.push(tooLong(['embeds'], LIMITS.embeds));
  let total = 0;
  embeds.forEach((embed, i) => {
    if (!isObject(embed)) {
      errors.push({ path: ['embeds', i], code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' });
      return;
    }
    const at = (...rest: (string | number)[]) => ['embeds', i, ...rest];
    if (len(embed.title) > LIMITS.embedTitle) errors.push(tooLong(at('title'), LIMITS.embedTitle));
    if (len(embed.description) > LIMITS.embedDescription) errors.push(tooLong(at('description'), LIMITS.embedDescription));
    checkUrl(errors, at('url'), embed.url);
    if (embed.color !== undefined && embed.color !== null && (!Number.isInteger(embed.color) || (embed.color as number) < 0 || (embed.color as number) > 0xffffff)) {
      errors.push({ path: at('color'), code: 'NUMBER_TYPE_MAX', message: 'int value should be less than or equal to 16777215.' });
    }
    total += len(embed.title) + len(embed.description);
    if (isObject(embed.footer)) {
      if (len(embed.footer.text) > LIMITS.footerText) errors.push(tooLong(at('footer', 'text'), LIMITS.footerText));
      total += len(embed.footer.text);
    }
    if (isObject(embed.author)) {
      if (len(embed.author.name) > LIMITS.authorName) errors.push(tooLong(at('author', 'name'), LIMITS.authorName));
      checkUrl(errors, at('author', 'url'), embed.author.url);
      total += len(embed.author.name);
    }
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    if (fields.length > LIMITS.embedFields) errors.push(tooLong(at('fields'), LIMITS.embedFields));
    fields.forEach((field: unknown, f) => {
      const name = isObject(field) ? field.name : undefined;
      const value = isObject(field) ? field.value : undefined;
      if (typeof name !== 'string' || name.trim() === '') errors.push({ path: at('fields', f, 'name'), code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
      else if (len(name) > LIMITS.fieldName) errors.push(tooLong(at('fields', f, 'name'), LIMITS.fieldName));
      if (typeof value !== 'string' || value.trim() === '') errors.push({ path: at('fields', f, 'value'), code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
      else if (len(value) > LIMITS.fieldValue) errors.push(tooLong(at('fields', f, 'value'), LIMITS.fieldValue));
      total += len(name) + len(value);
    });
  });
  if (total > LIMITS.embedTotal) {
    errors.push({ path: ['embeds'], code: 'MAX_EMBED_SIZE_EXCEEDED', message: `Embed size exceeds maximum size of ${LIMITS.embedTotal}` });
  }
}

function checkComponents(errors: FormError[], rows: unknown[]): void {
  if (rows.length > LIMITS.actionRows) errors.push(tooLong(['components'], LIMITS.actionRows));
  const seen = new Set<string>();
  rows.forEach((row, r) => {
    if (!isObject(row) || row.type !== 1 || !Array.isArray(row.components)) {
      errors.push({ path: ['components', r], code: 'UNION_TYPE_CHOICES', message: 'Value of field "type" must be one of (1,).' });
      return;
    }
    const items = row.components as unknown[];
    if (items.length === 0 || items.length > LIMITS.rowComponents) {
      errors.push({ path: ['components', r, 'components'], code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between 1 and ${LIMITS.rowComponents} in length.` });
    }
    items.forEach((c, k) => {
      const at = (...rest: (string | number)[]) => ['components', r, 'components', k, ...rest];
      if (!isObject(c)) return;
      const customId = c.custom_id;
      if (typeof customId === 'string') {
        if (customId.length === 0 || customId.length > LIMITS.customId) errors.push(tooLong(at('custom_id'), LIMITS.customId));
        if (seen.has(customId)) errors.push({ path: at('custom_id'), code: 'COMPONENT_CUSTOM_ID_DUPLICATED', message: 'Component custom id cannot be duplicated' });
        seen.add(customId);
      }
      if (c.type !== 2) return; // only buttons are checked in detail
      if (len(c.label) > LIMITS.buttonLabel) errors.push(tooLong(at('label'), LIMITS.buttonLabel));
      if (c.label === undefined && c.emoji === undefined) {
        errors.push({ path: at('label'), code: 'BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED', message: 'A label or emoji is required' });
      }
      if (c.style === 5) {
        if (typeof c.url !== 'string') errors.push({ path: at('url'), code: 'BUTTON_COMPONENT_URL_REQUIRED', message: 'A url is required' });
        else checkUrl(errors, at('url'), c.url);
        if (customId !== undefined) errors.push({ path: at('custom_id'), code: 'BUTTON_COMPONENT_LINK_CUSTOM_ID', message: 'A custom id cannot be set on a link button' });
      } else if (c.style !== 6 && typeof customId !== 'string') {
        errors.push({ path: at('custom_id'), code: 'BUTTON_COMPONENT_CUSTOM_ID_REQUIRED', message: 'A custom id is required' });
      }
    });
  });
}

/** Problems Discord would report for a message body (create or edit); emptiness is checked separately. */
export function checkMessage(body: unknown): FormError[] {
  const errors: FormError[] = [];
  if (!isObject(body)) return [{ path: [], code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' }];
  if (body.content !== undefined && body.content !== null) {
    if (typeof body.content !== 'string') errors.push({ path: ['content'], code: 'BASE_TYPE_STRING', message: 'Must be a string.' });
    else if (len(body.content) > LIMITS.content) errors.push(tooLong(['content'], LIMITS.content));
  }
  if (Array.isArray(body.embeds)) checkEmbeds(errors, body.embeds);
  // Components V2 (flag 1<<15) have different rules; only classic action rows are checked.
  const v2 = typeof body.flags === 'number' && (body.flags & (1 << 15)) !== 0;
  if (Array.isArray(body.components) && !v2) checkComponents(errors, body.components);
  return errors;
}

/** True when a create body has nothing to show (Discord answers 50006 "Cannot send an empty message"). */
export function isEmptyMessage(body: unknown, hasFiles: boolean): boolean {
  if (!isObject(body) || hasFiles) return !hasFiles;
  const nonEmpty = (v: unknown) => Array.isArray(v) && v.length > 0;
  return !(
    (typeof body.content === 'string' && body.content.trim() !== '') ||
    nonEmpty(body.embeds) ||
    nonEmpty(body.components) ||
    nonEmpty(body.sticker_ids) ||
    nonEmpty(body.attachments) ||
    body.poll !== undefined
  );
}

/** Problems with an autocomplete result (callback type 8). */
export function checkChoices(data: unknown): FormError[] {
  const errors: FormError[] = [];
  const choices = isObject(data) ? data.choices : undefined;
  if (!Array.isArray(choices)) return [{ path: ['data', 'choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }];
  if (choices.length > LIMITS.choices) errors.push(tooLong(['data', 'choices'], LIMITS.choices));
  choices.forEach((choice: unknown, i) => {
    const name = isObject(choice) ? choice.name : undefined;
    const value = isObject(choice) ? choice.value : undefined;
    if (typeof name !== 'string' || len(name) < 1 || len(name) > LIMITS.choiceName) {
      errors.push({ path: ['data', 'choices', i, 'name'], code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between 1 and ${LIMITS.choiceName} in length.` });
    }
    if (typeof value === 'string' ? len(value) > LIMITS.choiceValue : typeof value !== 'number') {
      errors.push({ path: ['data', 'choices', i, 'value'], code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between 1 and ${LIMITS.choiceValue} in length.` });
    }
  });
  return errors;
}

/** Discord's nested error body: {"embeds": {"0": {"title": {"_errors": [...]}}}}. */
export function formErrorBody(errors: FormError[], prefix: (string | number)[] = []): Json {
  const root: Json = {};
  for (const error of errors) {
    let node = root;
    for (const key of [...prefix, ...error.path]) {
      const k = String(key);
      if (!isObject(node[k])) node[k] = {};
      node = node[k] as Json;
    }
    const list = (node._errors as unknown[] | undefined) ?? [];
    list.push({ code: error.code, message: error.message });
    node._errors = list;
  }
  return { message: 'Invalid Form Body', code: 50035, errors: root };
}

/**
 * Which pings a message would cause, given its content and allowed_mentions, the way Discord
 * resolves them: '@everyone'/'@here', '<@id>' users and '<@&id>' roles. Empty means nobody is pinged.
 */
export function wouldPing(body: unknown): string[] {
  if (!isObject(body)) return [];
  const texts: string[] = [];
  if (typeof body.content === 'string') texts.push(body.content);
  // Mentions inside embeds never ping; only content counts.
  const content = texts.join('\n');
  const allowed = isObject(body.allowed_mentions) ? body.allowed_mentions : undefined;
  const parse = allowed ? (Array.isArray(allowed.parse) ? (allowed.parse as string[]) : []) : ['users', 'roles', 'everyone'];
  const users = allowed && Array.isArray(allowed.users) ? (allowed.users as string[]) : [];
  const roles = allowed && Array.isArray(allowed.roles) ? (allowed.roles as string[]) : [];
  const pings: string[] = [];
  for (const m of content.matchAll(/@(everyone|here)\b/g)) if (parse.includes('everyone')) pings.push(m[0]);
  for (const m of content.matchAll(/<@!?(\d+)>/g)) if (parse.includes('users') || users.includes(m[1]!)) pings.push(m[0]);
  for (const m of content.matchAll(/<@&(\d+)>/g)) if (parse.includes('roles') || roles.includes(m[1]!)) pings.push(m[0]);
  return pings;
}
