import { ErrorCodes, Message, type MessageStrategy, type MessageWriter } from 'vscode-languageserver/node';

type NotificationResult = ReturnType<MessageStrategy['handleMessage']>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Enforces the LSP lifecycle before any handler runs: an `initialize` without capabilities is
 * InvalidParams; requests before `initialize` get ServerNotInitialized and notifications are
 * dropped (except `exit`); requests after `shutdown` get InvalidRequest.
 */
export function lifecycleGate(writer: MessageWriter): MessageStrategy {
  let initialized = false;
  let shutdown = false;
  const refuse = (id: number | string | null, code: number, message: string): void => {
    void writer.write({ jsonrpc: '2.0', id, error: { code, message } } as Message);
  };
  return {
    handleMessage(message: Message, next: (message: Message) => NotificationResult): NotificationResult {
      if (Message.isRequest(message)) {
        if (shutdown) return refuse(message.id, ErrorCodes.InvalidRequest, `${message.method}: the server is shutting down`);
        if (message.method === 'initialize') {
          const params = message.params as { capabilities?: unknown } | undefined;
          if (!isObject(params) || !isObject(params.capabilities)) {
            return refuse(message.id, ErrorCodes.InvalidParams, 'initialize: expected { capabilities, ... }');
          }
          initialized = true;
        } else if (!initialized) {
          return refuse(message.id, ErrorCodes.ServerNotInitialized, `${message.method}: the server is not initialized`);
        }
        if (message.method === 'shutdown') shutdown = true;
      } else if (Message.isNotification(message) && !initialized && message.method !== 'exit') {
        return;
      }
      return next(message);
    },
  };
}
