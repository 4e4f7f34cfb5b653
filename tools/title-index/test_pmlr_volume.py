"""Unit tests of the PMLR volume reader's front-matter parsing (run by ctest with the others)."""
import sys
import unittest

sys.dont_write_bytecode = True

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


if __name__ == '__main__':
    unittest.main()
