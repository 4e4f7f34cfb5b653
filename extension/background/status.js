// The host's status for the popup/options page: ping, or the problem and the fixing command.

import { INSTALL_COMMAND, request } from './host.js';
import { describeHostProblem } from './notify.js';

export async function hostStatus() {
  const started = performance.now();
  try {
    const reply = await request({ type: 'ping' });
    return {
      ok: true,
      version: reply.version,
      capabilities: reply.capabilities || [],
      ms: Math.round(performance.now() - started),
    };
  } catch (e) {
    if (!e.kind) throw e;
    return { ok: false, problem: describeHostProblem(e, false), kind: e.kind, command: INSTALL_COMMAND };
  }
}
