"""Read files out of a fetched git snapshot (a bare git dir, no work tree) without checking it out,
or out of a transcribed copy of the few files a reader needs when the store holds no snapshot."""
import os
import subprocess


class Snapshot:
    """One repository at one commit, e.g. Snapshot('/work/.mirror/x+y/repo', '3920f0a')."""

    def __init__(self, git_dir, commit, name):
        self.git_dir = git_dir
        self.name = name  # owner/name, for attribution
        self.commit = self._git('rev-parse', commit + '^{commit}').strip()
        self.date = self._git('show', '-s', '--format=%cs', self.commit).strip()  # committer date, YYYY-MM-DD

    def _git(self, *args):
        return subprocess.run(['git', '--git-dir', self.git_dir, *args], check=True,
                              capture_output=True, text=True).stdout

    def files(self, folder, suffix=''):
        """(path, size) of the blobs under folder; size None when the snapshot left the blob out."""
        out = []
        for line in self._git('ls-tree', '-r', '--long', self.commit, *(['--', folder] if folder else [])).splitlines():
            meta, path = line.split('\t', 1)
            size = meta.split()[3]
            if path.endswith(suffix):
                out.append((path, int(size) if size.isdigit() else None))
        return out

    def read_many(self, paths):
        """Yields (path, bytes or None) for each path, streaming through one `git cat-file --batch`."""
        proc = subprocess.Popen(['git', '--git-dir', self.git_dir, 'cat-file', '--batch'],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        try:
            for path in paths:
                proc.stdin.write(f'{self.commit}:{path}\n'.encode())
                proc.stdin.flush()
                header = proc.stdout.readline().split()
                if len(header) != 3:  # "<name> missing": a blob the snapshot does not hold
                    yield path, None
                    continue
                data = proc.stdout.read(int(header[2]))
                proc.stdout.read(1)  # the newline after each object
                yield path, data
        finally:
            proc.stdin.close()
            proc.wait()

    def read_present(self, files):
        """For (path, size) pairs from files(): ([(path, bytes)] of those held, [paths missing]).

        Snapshots leave out files of 4 MiB and more (size None); those, and blobs that cannot be
        read, are reported as missing rather than silently dropped."""
        missing = [path for path, size in files if size is None]
        present = []
        for path, data in self.read_many([path for path, size in files if size is not None]):
            if data is None:
                missing.append(path)
            else:
                present.append((path, data))
        return present, missing

    def read(self, path):
        return next(self.read_many([path]))[1]

    def short(self):
        return self.commit[:7]


class TranscribedTree:
    """The files a reader needs from one repository at one commit, copied into a plain folder
    (<mirror>/<owner>+<name>/tree-<full commit>/) because the store holds no snapshot of that
    repository. Same interface as Snapshot; its TRANSCRIBED file says where the copy came from.
    A clone of the real repository at the commit, when there is one, is read instead."""

    def __init__(self, folder, commit, name, date):
        self.folder = folder
        self.name = name
        self.commit = commit
        self.date = date  # recorded beside the source: a plain folder has no commit date

    def files(self, folder, suffix=''):
        root = os.path.join(self.folder, folder)
        out = []
        for base, _, names in os.walk(root):
            for n in sorted(names):
                path = os.path.relpath(os.path.join(base, n), self.folder)
                if path.endswith(suffix):
                    out.append((path, os.path.getsize(os.path.join(self.folder, path))))
        return sorted(out)

    def read_present(self, files):
        return [(path, self.read(path)) for path, _ in files], []

    def read(self, path):
        with open(os.path.join(self.folder, path), 'rb') as f:
            return f.read()

    def short(self):
        return self.commit[:7] + ' (transcribed)'


def open_source(mirror, repo, commit, date=None):
    """The git snapshot of repo at <mirror>/<owner>+<name>/repo, or else, for a source recorded with
    its full commit and date, its transcribed tree at <mirror>/<owner>+<name>/tree-<commit>."""
    base = os.path.join(mirror, repo.replace('/', '+'))
    git_dir = os.path.join(base, 'repo')
    tree = os.path.join(base, f'tree-{commit}')
    if date and not os.path.isdir(git_dir) and os.path.isdir(tree):
        return TranscribedTree(tree, commit, repo, date)
    return Snapshot(git_dir, commit, repo)
