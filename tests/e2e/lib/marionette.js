// A Marionette client (Firefox's own remote protocol) over TCP with Node's standard library: no
// geckodriver, no npm package. Frames are `<byte length>:<json>`; a request is
// [0, id, command, params] and its reply [1, id, error|null, result].
import net from 'node:net';

export class MarionetteError extends Error {
  constructor(command, error) {
    super(`${command}: ${error.error}: ${error.message}`);
    this.error = error.error;
  }
}

export async function connect(port, host = '127.0.0.1') {
  const socket = net.connect(port, host);
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const waiting = new Map(); // id -> {resolve, reject, command}
  let greeting;
  const greeted = new Promise((resolve) => { greeting = resolve; });
  let closedError = null;

  function onFrame(message) {
    if (!Array.isArray(message)) return greeting(message);
    const [, id, error, result] = message;
    const entry = waiting.get(id);
    if (!entry) return undefined;
    waiting.delete(id);
    return error ? entry.reject(new MarionetteError(entry.command, error)) : entry.resolve(result);
  }

  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(buffer.toString('latin1', 0, colon));
      if (buffer.length < colon + 1 + length) return;
      const body = buffer.toString('utf8', colon + 1, colon + 1 + length);
      buffer = buffer.subarray(colon + 1 + length);
      onFrame(JSON.parse(body));
    }
  });
  socket.on('close', () => {
    closedError = new Error('Marionette connection closed');
    for (const entry of waiting.values()) entry.reject(closedError);
    waiting.clear();
  });
  socket.on('error', () => {}); // 'close' follows and rejects what is waiting

  const hello = await greeted;
  if (hello.applicationType !== 'gecko') throw new Error(`not Marionette: ${JSON.stringify(hello)}`);

  // Sends one command and resolves with its result (the `value` field unwrapped when alone).
  function send(command, params = {}) {
    if (closedError) return Promise.reject(closedError);
    const id = nextId++;
    const body = Buffer.from(JSON.stringify([0, id, command, params]), 'utf8');
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject, command });
      socket.write(`${body.length}:`);
      socket.write(body);
    }).then((r) => (r && typeof r === 'object' && Object.keys(r).length === 1 && 'value' in r ? r.value : r));
  }

  return { send, close: () => socket.destroy() };
}
