#!/usr/bin/env python3
"""Writes a synthetic multilingual corpus for the search benchmark (tests/bench/search_bench.cpp).

One passage per line: LANG <tab> TEXT (no tabs or newlines in TEXT). Deterministic for a given seed.

  scripts/make-search-corpus.py OUT.tsv [--passages 100000] [--bytes 1000] [--seed 1]

Passages are in the corpus's languages with a share like a UK migrant-integration project (English
first, then Welsh, Arabic, Persian, Polish, French, Lithuanian, Pashto, Tigrinya). Words are drawn
from a Zipf-like distribution over each language's vocabulary, so a few words are very common and most
are rare, as in real text; the vocabularies are the Hunspell dictionaries Cairn's dependencies install
(en_GB, fr, pl_PL, lt_LT, ar, fa), the Welsh mutation table of the tests (radicals and mutated forms)
and short Pashto and Tigrinya lists. A quarter of the passages also carry one of the interview
sentences below (so queries such as "waiting list" or Nghaerdydd have realistic hit counts), and one
in ten switches language for a few words, as speakers do.
"""

import argparse
import bisect
import itertools
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

LANGUAGE_SHARES = [("en", 34), ("cy", 16), ("ar", 11), ("fa", 8), ("pl", 9), ("fr", 6), ("lt", 6), ("ps", 6),
                   ("ti", 4)]

HUNSPELL = {"en": ("en_GB", "utf-8"), "fr": ("fr", "utf-8"), "pl": ("pl_PL", "iso-8859-2"),
            "lt": ("lt_LT", "iso-8859-13"), "ar": ("ar", "utf-8"), "fa": ("fa", "utf-8")}

WELSH_COMMON = ("a ac ar am i o yn y yr mae oedd roedd dw rwy ti fe hi ni chi nhw ei eu fy dy ein eich "
                "gyda heb wedi bod gan yng ym ond felly achos pan lle pwy beth sut pam iawn hefyd dim "
                "Cymraeg Saesneg gwaith ysgol plant teulu tŷ dref dinas swyddfa cyngor cymuned dosbarth "
                "llyfrgell ffrindiau blynedd wythnos heddiw eto erioed gobeithio helpu dysgu siarad byw").split()
PASHTO = ("زه ته هغه موږ تاسو دوی دی ده وه کې په له سره ته د او یا خو چې کور کار ښوونځی ماشومان "
          "انګلیسي ژبه ښار ورځ کال میاشت ډېر لږ ښه بد مرسته ډاکټر روغتون پیسې کرایه").split()
TIGRINYA = ("ኣነ ንስኻ ንሱ ንሕና ንሳቶም እዩ ኣሎ ነይሩ ኣብ ካብ ምስ ናብ ግን እሞ ትምህርቲ ቤት ስራሕ ቋንቋ "
            "እንግሊዝኛ ከተማ ዓመት ወርሒ መዓልቲ ሓገዝ ሓኪም ሆስፒታል ገንዘብ ቆልዑ ስድራ").split()

SENTENCES = {
    "en": ["The ESOL waiting list in our area is now longer than nine months.",
           "I volunteered at the food bank because I was not allowed to work.",
           "Registering with a GP took three visits and an interpreter.",
           "Nobody explained the letters from the Home Office to us.",
           "Waiting lists for housing are very long in this borough.",
           "My children settled quickly at the primary school and made friends.",
           "The hotel was far from the town centre and the bus fare was too much.",
           "We met at the Cymraeg i Oedolion class in Cardiff."],
    "cy": ["Mae'r dosbarth Cymraeg yn y llyfrgell bob nos Fawrth.",
           "Dw i wedi byw yng Nghaerdydd ers tair blynedd.",
           "Mae'r ffurflen ar gael yn Gymraeg ac yn Saesneg.",
           "Mae'n anodd dod o hyd i dŷ yng Nghasnewydd.",
           "Aeth ei phlant i'r ysgol gynradd leol."],
    "ar": ["تعلمت اللغة الإنجليزية في مركز المجتمع.", "الحصول على السكن صعب جداً.",
           "أبحث عن عمل في مجال التمريض."],
    "fa": ["بچه‌ها به مدرسه می‌روند.", "کار کردن بدون اجازه ممکن نیست."],
    "pl": ["Szukam pracy w Łodzi od trzech miesięcy.", "Moja córka chodzi do szkoły w Birmingham."],
    "fr": ["L'accueil à la mairie était très chaleureux.", "Nous avons cherché un logement pendant des mois."],
    "lt": ["Mano žmona dirba ligoninėje.", "Vaikai lanko mokyklą netoli namų."],
    "ps": ["زه په کور کې انګلیسي ژبه زده کوم."],
    "ti": ["ኣብ ቤት ትምህርቲ እንግሊዝኛ ንመሃር።"],
}


def hunspell_words(name, encoding, limit, rng):
    path = "/usr/share/hunspell/%s.dic" % name
    if not os.path.exists(path):
        return []
    with open(path, encoding=encoding, errors="replace") as f:
        next(f, None)  # the word count
        words = [line.split("/")[0].split("\t")[0].strip() for line in f]
    words = [w for w in words if w and " " not in w]
    rng.shuffle(words)
    return words[:limit]


def welsh_words():
    words = list(WELSH_COMMON)
    path = os.path.join(ROOT, "tests", "data", "welsh", "mutations.tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("surface\t"):
                    continue
                words.extend(line.split("\t")[:2])
    return [w for w in dict.fromkeys(words) if w]


class Vocabulary:
    """Words of one language with Zipf-like weights (rank r has weight 1 / (r + 2))."""

    def __init__(self, words):
        self.words = words
        self.cumulative = list(itertools.accumulate(1.0 / (r + 2) for r in range(len(words))))

    def draw(self, rng, n):
        total = self.cumulative[-1]
        return [self.words[bisect.bisect_left(self.cumulative, rng.random() * total)] for _ in range(n)]


def passage(rng, lang, vocabularies, target_bytes):
    parts = []
    size = 0
    if rng.random() < 0.25:
        sentence = rng.choice(SENTENCES[lang])
        parts.append(sentence)
        size += len(sentence.encode())
    while size < target_bytes:
        n = rng.randint(6, 16)
        source = lang
        if rng.random() < 0.1:  # code switching: a few words of another language
            source = rng.choice([l for l, _ in LANGUAGE_SHARES if l != lang])
            n = rng.randint(2, 5)
        words = vocabularies[source].draw(rng, n)
        if source in ("en", "cy", "fr", "pl", "lt") and words:
            words[0] = words[0][:1].upper() + words[0][1:]
        sentence = " ".join(words) + rng.choice([".", ".", ".", ",", "?", "!"])
        parts.append(sentence)
        size += len(sentence.encode()) + 1
    return " ".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--passages", type=int, default=100000)
    parser.add_argument("--bytes", type=int, default=1000, help="mean passage size in bytes")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    vocabularies = {}
    for lang, (name, encoding) in HUNSPELL.items():
        words = hunspell_words(name, encoding, 30000, rng)
        if not words:
            sys.exit("make-search-corpus: /usr/share/hunspell/%s.dic is missing (scripts/install-deps.sh)" % name)
        vocabularies[lang] = Vocabulary(words)
    vocabularies["cy"] = Vocabulary(welsh_words())
    vocabularies["ps"] = Vocabulary(PASHTO)
    vocabularies["ti"] = Vocabulary(TIGRINYA)

    languages = [l for l, _ in LANGUAGE_SHARES]
    weights = [w for _, w in LANGUAGE_SHARES]
    written = 0
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("lang\ttext\n")
        for _ in range(args.passages):
            lang = rng.choices(languages, weights)[0]
            target = int(args.bytes * rng.uniform(0.5, 1.5))
            text = passage(rng, lang, vocabularies, target).replace("\t", " ").replace("\n", " ")
            out.write(lang + "\t" + text + "\n")
            written += len(text.encode()) + 1
    print("make-search-corpus: %d passages, %.1f MB of text in %s" % (args.passages, written / 1e6, args.out))


if __name__ == "__main__":
    main()
