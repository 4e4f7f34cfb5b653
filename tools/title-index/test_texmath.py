"""Unit tests of the generator's TeX-math rewriting and of the ACL reader's use of it:
python3 -m unittest discover -s tools/title-index -p 'test_*.py' (run by ctest)."""
import sys
import unittest

sys.dont_write_bytecode = True

import source_acl
import texmath
import titlekey


class PrintedTeX(unittest.TestCase):
    def test_commands_go_arguments_stay(self):
        self.assertEqual(texmath.printed(r'\mathcal{O}(n \log n)'), 'O(n log n)')
        self.assertEqual(texmath.printed(r'\texttt{ModSCAN}'), 'ModSCAN')
        self.assertEqual(texmath.printed(r'\textrm{DuReader}_{\textrm{vis}}'), 'DuReadervis')
        self.assertEqual(texmath.printed(r'\mathbf{A-SEA}^3\mathbf{L}'), 'A-SEA3L')
        self.assertEqual(texmath.printed(r'{\it Time}'), 'Time')

    def test_symbols(self):
        self.assertEqual(texmath.printed(r'\infty'), '')
        self.assertEqual(texmath.printed(r'\ell_{1}'), 'ℓ1')
        self.assertEqual(texmath.printed(r'L\_2'), 'L_2')
        self.assertEqual(texmath.printed(r'^{\circ}'), '')
        self.assertEqual(texmath.printed('Great~Truths~are ~Always ~Simple:'), 'Great Truths are Always Simple:')


XML = b'''<?xml version="1.0" encoding="UTF-8"?>
<collection id="2022.acl">
  <volume id="long" ingest-date="2022-05-15" type="proceedings">
    <meta><booktitle>Proceedings</booktitle><venue>acl</venue><year>2022</year></meta>
    <paper id="1"><title><tex-math>\\infty</tex-math>-former: Infinite Memory Transformer</title></paper>
    <paper id="2"><title><fixed-case>S</fixed-case>umm<tex-math>^N</tex-math>: A Multi-Stage Summarization Framework</title></paper>
    <paper id="3"><title>Sub-quadratic <tex-math>\\mathcal{O}(n \\log n)</tex-math> Attention</title></paper>
  </volume>
</collection>'''


class AclTitles(unittest.TestCase):
    def test_titles_read_as_printed(self):
        recs = {r.id: r.title for r in source_acl.parse(XML)}
        self.assertEqual(recs['2022.acl-long.1'], '-former: Infinite Memory Transformer')
        self.assertEqual(recs['2022.acl-long.2'], 'SummN: A Multi-Stage Summarization Framework')
        self.assertEqual(recs['2022.acl-long.3'], 'Sub-quadratic O(n log n) Attention')
        # The key a PDF's "∞-former: Infinite Memory Transformer" gives is the index's key.
        self.assertEqual(titlekey.normalise('∞-former: Infinite Memory Transformer'),
                         titlekey.normalise(recs['2022.acl-long.1']))


if __name__ == '__main__':
    unittest.main()
