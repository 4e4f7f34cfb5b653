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

// What each kind of host problem means, and how the install command fixes it. The fix comes
// before the browser's own message: Firefox's notification window cuts text after 200 characters.
const PROBLEMS = {
  'not-installed': ['The Cool Papers helper program is not installed for this browser, or not allowed ' +
    'for this extension', (command) => `run "${command}" in a terminal, then try again`],
  'not-allowed': ['The Cool Papers helper program is registered for another extension',
    (command) => `run "${command}" in a terminal to allow this one, then try again`],
  moved: ['The Cool Papers helper program was moved or removed since it was registered',
    (command) => `run "${command}" from where it is now, or reinstall it`],
  failed: ['The Cool Papers helper program failed',
    (command) => `run "${command}" in a terminal to repair it, then try again`],
};

// The sentence for a HostError: what went wrong, the one command that fixes it (unless the
// caller shows it apart), and the browser's own words.
export function describeHostProblem(error, withCommand = true) {
  if (error.kind === 'refused') return error.message;
  const [problem, fix] = PROBLEMS[error.reason] || PROBLEMS.failed;
  const cause = `(${error.message.replace(/\.$/, '')})`;
  return withCommand ? `${problem}: ${fix(INSTALL_COMMAND)}. ${cause}` : `${problem} ${cause}.`;
}
