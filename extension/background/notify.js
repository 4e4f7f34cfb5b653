// Notifications, plus the last one kept in session storage so the popup can repeat it.

import { INSTALL_COMMAND } from './host.js';

const ICON = 'icons/128.png';

export async function notify(kind, message) {
  const title = 'Cool Papers';
  await chrome.storage.session.set({ lastNotice: { kind, title, message, time: Date.now() } });
  // One id per kind: a newer notice replaces the older one instead of stacking up.
  await chrome.notifications.create(`coolpapers-${kind}`, {
    type: 'basic', iconUrl: chrome.runtime.getURL(ICON), title, message,
  });
}

// The sentence for a HostError: what went wrong and, unless the caller shows it apart, the one
// command that fixes it.
export function describeHostProblem(error, withCommand = true) {
  if (error.kind === 'refused') return error.message;
  const problem = error.kind === 'missing'
    ? 'The Cool Papers helper program is not installed for this browser'
    : 'The Cool Papers helper program failed';
  const fix = error.kind === 'missing' ? ', then try again' : ' to repair it, then try again';
  const sentence = `${problem} (${error.message.replace(/\.$/, '')}).`;
  return withCommand ? `${sentence} Run "${INSTALL_COMMAND}" in a terminal${fix}.` : sentence;
}
