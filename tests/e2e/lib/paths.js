// Where things are: the repository, the extension, the host binary, the saved pages, the output.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const E2E = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const REPO = path.resolve(E2E, '..', '..');
export const EXTENSION = path.join(REPO, 'extension');
export const FIXTURES = path.join(E2E, 'fixtures');
export const OUTPUT = path.join(E2E, 'output');
// CI checks the repository out with shared/ beside it, as on the development machine.
export const CORPUS = process.env.COOLPAPERS_CORPUS || path.resolve(REPO, '..', 'shared', 'corpus', 'html');
export const HOST_BIN = path.resolve(process.env.COOLPAPERS_BIN || path.join(REPO, 'build', 'coolpapers'));
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
