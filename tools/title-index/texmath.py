"""TeX math in Anthology titles (<tex-math>), rewritten as a PDF prints it, so that the title key
of the index matches the key of the title a reader extracts from the PDF.

    Summ<tex-math>^N</tex-math>          → "SummN"      (a superscript prints as the letter)
    <tex-math>\\infty</tex-math>-former  → "∞-former"   (the symbol, which the key then drops)
    <tex-math>\\mathcal{O}(n \\log n)</tex-math> → "O(n log n)"

Command names never print: a symbol command becomes its Unicode symbol where the key keeps a letter
(\\ell → ℓ, which folds to "l"), an operator name its text (\\log → log), anything else nothing;
arguments, letters and digits stay; braces, ^, _, $ and ~ go."""
import re

# Operators TeX sets as upright words.
OPERATORS = {'log', 'ln', 'exp', 'sin', 'cos', 'tan', 'tanh', 'max', 'min', 'sup', 'inf', 'lim',
             'det', 'arg', 'argmax', 'argmin', 'Pr', 'dim', 'ker', 'deg', 'gcd', 'mod'}
# Symbols whose printed form still gives the key a letter or digit.
LETTER_SYMBOLS = {'ell': 'ℓ', 'imath': 'i', 'jmath': 'j', 'aleph': 'ℵ'}
# One pass, so that an escaped \_ stays while a bare _ (a subscript) goes.
_TOKEN = re.compile(r'\\([A-Za-z]+)|\\(.)|([{}^_$~])')


def _replace(m):
    name, escaped, markup = m[1], m[2], m[3]
    if markup is not None:
        return ' ' if markup == '~' else ''
    if escaped is not None:
        return escaped  # \_ \% \& \{ …: the character itself
    if name in OPERATORS:
        return f' {name} '
    return LETTER_SYMBOLS.get(name, ' ' if name in ('quad', 'qquad') else '')


def printed(tex):
    """The text a PDF shows for one <tex-math> body."""
    return ' '.join(_TOKEN.sub(_replace, tex).split())
