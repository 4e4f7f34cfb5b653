"""Unit tests of the PMLR volume reader's front-matter parsing (run by ctest with the others)."""
import os
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True

import snapshot
import source_pmlr_volume

POST = """---
title: 'Invited Open Problem: Online Optimization of Piecewise-Lipschitz Functions
  with Applications to Data-Driven Algorithm Design'
section: Open Problems
abstract: We study $f$-things.
  Over two lines.
id: balcan26a
author:
- given: Maria-Florina
  family: Balcan
---
"""


class FrontMatter(unittest.TestCase):
    def test_folded_single_quoted_title(self):
        got = source_pmlr_volume.front_matter(POST, {'title', 'id', 'section'})
        self.assertEqual(got['title'], 'Invited Open Problem: Online Optimization of Piecewise-Lipschitz '
                                       'Functions with Applications to Data-Driven Algorithm Design')
        self.assertEqual(got['id'], 'balcan26a')
        self.assertEqual(got['section'], 'Open Problems')

    def test_quoting(self):
        fm = source_pmlr_volume.front_matter
        self.assertEqual(fm("title: 'It''s a test'\n", {'title'})['title'], "It's a test")
        self.assertEqual(fm('title: "Say \\"hi\\""\n', {'title'})['title'], 'Say "hi"')
        self.assertEqual(fm("year: '2026'\nvolume: 336\n", {'year', 'volume'}), {'year': '2026', 'volume': '336'})
        self.assertNotIn('given', fm(POST, {'given'}))  # nested keys are not top-level scalars


class TranscribedVolume(unittest.TestCase):
    def test_a_tree_reads_like_a_snapshot_when_there_is_no_clone(self):
        with tempfile.TemporaryDirectory() as mirror:
            tree = os.path.join(mirror, 'mlresearch+v999', 'tree-' + 'a' * 40)
            os.makedirs(os.path.join(tree, '_posts'))
            with open(os.path.join(tree, '_config.yml'), 'w') as f:
                f.write("shortname: UAI\nvolume: '999'\nyear: '2026'\n")
            with open(os.path.join(tree, '_posts', '2026-08-06-x26a.md'), 'w') as f:
                f.write("---\ntitle: 'Kernel Integrated $R^2$: A Measure'\nid: x26a\n---\n")
            with open(os.path.join(tree, '_posts', '2026-08-06-pref26a.md'), 'w') as f:
                f.write("---\ntitle: Preface\nsection: Preface\nid: pref26a\n---\n")
            snap = snapshot.open_source(mirror, 'mlresearch/v999', 'a' * 40, '2026-08-06')
            records, missing = source_pmlr_volume.read(snap)
            self.assertEqual(missing, [])
            self.assertEqual([(r.title, r.id, r.venue, r.year) for r in records],
                             [('Kernel Integrated R2: A Measure', 'x26a@v999', 'uai', 2026)])
            self.assertEqual(snap.date, '2026-08-06')


if __name__ == '__main__':
    unittest.main()
