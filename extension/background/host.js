// The one channel to the native host (host/nm/PROTOCOL.md).
//
// A connectNative port stays open while the service worker lives, so one host process serves
// every request. When the port dies under a request, that request is sent again once with
// sendNativeMessage (a fresh process) and the next request opens a new port. "Host not found"
// is different: the host is not installed, so nothing is retried until the user acts again.

export const HOST_NAME = 'cool.papers.router';
export const INSTALL_COMMAND = 'coolpapers install';

// The host ends a resolve_pdf itself within 75 s (a 60 s download, then 15 s of reading; PROTOCOL.md),
// so its own error reply always comes before this gives up. Other requests never wait for a PDF:
// the host answers them while PDFs are read, and replies are matched by id.
const TIMEOUT_MS = { resolve_pdf: 90000, default: 10000 };
// Closing an idle port lets the browser retire the worker and the host process.
const IDLE_CLOSE_MS = 5 * 60 * 1000;

// kind: 'missing' (not installed or not allowed: nothing is retried), 'failed' (crashed, hung,
// garbled, or could not be started), 'refused' (the host answered ok:false; `code` is the
// protocol's error code). reason: what the browser's message means, for the sentence the user
// reads (notify.js describeHostProblem).
export class HostError extends Error {
  constructor(kind, message, code = '', reason = kind) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.reason = reason;
  }
}

// The browsers' own wording. Firefox never says "forbidden": a missing manifest, a manifest
// that does not allow this extension and a relative path all read "No such native application";
// a manifest whose program is gone reads "An unexpected error occurred" (Chrome says "not found"
// for that, and "Failed to start native messaging host" when it cannot start the program).
const REASONS = [
  ['not-installed', /not found|invalid native messaging host name|no such native application/i],
  ['not-allowed', /forbidden/i],
  ['moved', /unexpected error occurred|failed to start native messaging host/i],
];

function classify(browserMessage) {
  const text = String(browserMessage || 'Native host has exited.');
  const [reason] = REASONS.find(([, pattern]) => pattern.test(text)) || ['failed'];
  const kind = reason === 'not-installed' || reason === 'not-allowed' ? 'missing' : 'failed';
  return new HostError(kind, text, '', reason);
}

let port = null;
let nextId = 1;
let idleTimer = 0;
const pending = new Map(); // id -> {message, resolve, reject, timer}

// The error for a reply with ok:false.
function refusal(reply) {
  const err = reply.error || {};
  return new HostError('refused', err.message || err.code || 'error', err.code || '');
}

function settle(entry, reply) {
  clearTimeout(entry.timer);
  if (reply && reply.ok === false) entry.reject(refusal(reply));
  else entry.resolve(reply);
}

function armIdleClose() {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (port && pending.size === 0) {
      port.disconnect();
      port = null;
    }
  }, IDLE_CLOSE_MS);
}

function openPort() {
  const p = chrome.runtime.connectNative(HOST_NAME);
  p.onMessage.addListener((reply) => {
    const entry = pending.get(reply && reply.id);
    if (!entry) return;
    pending.delete(reply.id);
    settle(entry, reply);
    armIdleClose();
  });
  p.onDisconnect.addListener((closed) => {
    // Firefox puts the port's own error on the port (runtime.lastError is null there); Chrome
    // sets runtime.lastError.
    const error = (closed && closed.error) || chrome.runtime.lastError;
    const problem = classify(error && error.message);
    if (port === p) port = null;
    const orphans = [...pending.values()];
    pending.clear();
    for (const entry of orphans) {
      clearTimeout(entry.timer);
      if (problem.kind === 'missing') entry.reject(problem);
      else sendOnce(entry.message).then(entry.resolve, entry.reject);
    }
  });
  return p;
}

// One request, one host process: the fallback when the port died.
async function sendOnce(message) {
  let reply;
  try {
    reply = await chrome.runtime.sendNativeMessage(HOST_NAME, message);
  } catch (e) {
    throw classify(e && e.message);
  }
  if (reply && reply.ok === false) throw refusal(reply);
  return reply;
}

// Sends one protocol request ({type, ...fields}) and resolves with the host's reply object.
export function request(message) {
  const id = nextId++;
  const framed = { ...message, id };
  return new Promise((resolve, reject) => {
    const ms = TIMEOUT_MS[message.type] || TIMEOUT_MS.default;
    const entry = { message: framed, resolve, reject };
    entry.timer = setTimeout(() => {
      pending.delete(id);
      reject(new HostError('failed', `The host did not answer within ${ms / 1000} s.`));
    }, ms);
    pending.set(id, entry);
    try {
      if (!port) port = openPort();
      port.postMessage(framed);
    } catch (e) {
      // postMessage on a port that died between checks: go straight to the fallback.
      pending.delete(id);
      clearTimeout(entry.timer);
      port = null;
      sendOnce(framed).then(resolve, reject);
    }
  });
}

// Opens the port (starting the host) ahead of the requests that will follow.
export function connect() {
  try {
    if (!port) port = openPort();
    armIdleClose();
  } catch (e) {
    port = null; // the first request falls back as usual
  }
}

// For the bench: close the port so the next request starts a host process (a cold click).
export function closePort() {
  if (port) port.disconnect();
  port = null;
}
