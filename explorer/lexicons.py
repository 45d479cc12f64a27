"""The words of each language the search box hears: stop words, negations, stems, time words.

One :class:`Lexicon` per language, chosen by the prepared index (explorer.index) of that language.
General language only, never medical facts: which small words carry no meaning, which deny what
follows ("without fever", "sin fiebre"), how plurals and verb endings are stripped, which everyday
words mean the same ("pee"/"wee", "pis"/"orina"), and which phrases say how fast something came on
("over a few days", "desde hace unos días") or whom it is about ("my daughter", "mi hija").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Lexicon:
    """Everything language-specific that explorer.search needs."""

    code: str
    stopwords: frozenset[str]
    """Words that carry no symptom meaning (negations stay: "can't catch my breath" is a phrase)."""
    empty: frozenset[str]
    """Words too empty to keep even inside a phrase ("my", "the")."""
    rewrites: tuple[tuple[re.Pattern, str], ...]
    """Spelling variants, contractions and idioms folded before stemming."""
    no_guess: frozenset[str]
    """Common words that are never a typo of a symptom word ("months" is not "mouth")."""
    canonical: dict[str, str]
    """Everyday words folded onto one form: word -> its group's form."""
    negations: frozenset[str]
    """Words that deny what follows: "no", "without"."""
    capacities: frozenset[str]
    """... except before a capacity, where the negation is the symptom: "no energy", "no puedo tragar"."""
    stem: Callable[[str], str]
    slack: int
    """How many other words may sit inside a found phrase (more in a language of many small words)."""
    onset_patterns: tuple[tuple[str, re.Pattern], ...]
    """(schema.ONSETS value, pattern) for time phrases, on lower-cased, accent-free text."""
    child: re.Pattern
    adult: re.Pattern


def _groups(groups: dict[str, str]) -> dict[str, str]:
    return {word: canon for canon, words in groups.items() for word in words.split()}


# --- English ------------------------------------------------------------------------------------

_EN_STOPWORDS = frozenset(
    (
        "a an the i im ive id me my mine you your we our he she his her they them their it its "
        "is am are was were be been being do does did doing have has had having get gets got getting "
        "of in on at to for from by with about into over under up out off as than then so too very really "
        "just quite bit little lot lots kind sort like feel feels felt feeling seem seems and or but "
        "if when while because also even still again always sometimes often this that these those there "
        "here what which who whom how some any all every each can could would should will may might must "
        "shall thing things stuff something someone one ones way times time day days "
        # How fast or how long: the onset, not a symptom ("over a few days", "suddenly", "for months").
        "few several couple suddenly gradually slowly ago lately recently since "
        "minute minutes hour hours week weeks month months year years start started starts starting "
        "began begun begin now "
    ).split()
)
_EN_REWRITES = (
    (re.compile(r"\bcan\s*not\b|\bcannot\b|\bcan't\b|\bcant\b"), " cant "),
    (re.compile(r"\b(don't|dont|do not|doesn't|doesnt|does not)\b"), " not "),
    (re.compile(r"\b(won't|wont)\b"), " wont "),
    (re.compile(r"\bcouldn't\b|\bcouldnt\b"), " cant "),
    (re.compile(r"\b(\w+)n't\b"), r" \1 not "),  # doesn't, isn't, haven't ... -> "does not"
    (re.compile(r"\b(does|is|are|was|were|has|have|had|did|should|would)nt\b"), r" \1 not "),
    # Everyday idioms that would otherwise fall apart into small words.
    (re.compile(r"\b(cant|not|no|lost|lose|losing)\s+(feel|feeling|sensation)\b"), " numb "),
    (re.compile(r"\bthrow(ing|s)? up\b|\bthrew up\b"), " vomit "),
    (re.compile(r"\b(pass|passed|passing|black|blacked|blacking) out\b"), " faint "),
    (re.compile(r"\b(fall|falls|falling|fell) asleep\b"), " asleep "),
)
_EN_NO_GUESS = frozenset(
    (
        "month months week weeks year years hour hours minute minutes night nights morning evening "
        "later start started worse better after before since doctor hospital school work home house "
        "daughter son child children husband wife mother father mum mom dad baby toddler friend people "
        "person family class room "
    ).split()
)
_EN_GROUPS = {
    "urine": "pee peed wee weed wees weeing peeing urinate urinating urination piss pipi",
    "poo": "poop poos poops pooping pooped stool stools",
    "vomit": "puke puking barf barfing vomiting vomited",
    "belly": "tummy stomach abdomen abdominal gut",
    "tired": "exhausted knackered shattered drained wiped weary tiredness fatigued",
    "vision": "eyesight sight",
    "blur": "blurry blurred blurring fuzzy misty hazy cloudy",
    "pain": "hurt hurts hurting ache aches aching achy sore painful",
    "weak": "weakness feeble strength power powerless",
    "forget": "forgetful forgetting forgot forgets memory",
    "confus": "confused confusion muddled disoriented disorientated bewildered",
    "seizur": "seizure seizures fit fits convulsion convulsions convulsing",
    "sleepy": "drowsy dozy",
    "dizzy": "dizziness lightheaded woozy giddy",
    "speak": "talk talking speech speaking",
    "behavior": "behaviour",
    "color": "colour colours colors",
    "paralyzed": "paralysed",
    "foot": "feet",
    "fall": "fell fallen falls falling",
    "ulcer": "ulcers sores",
}
_EN_CANONICAL = _groups(_EN_GROUPS)
_EN_CANON_FORMS = frozenset(_EN_CANONICAL.values())
# Stems that would collide with an unrelated word ("spine" with "spinning").
_EN_KEEP = frozenset({"spine", "spines"})


def _en_stem(word: str) -> str:
    """A light suffix stripper: enough to match 'seeing'/'see', 'eyelids'/'eyelid', 'dizziness'/'dizzy'."""
    word = _EN_CANONICAL.get(word, word)
    if word in _EN_CANON_FORMS:
        return word
    if word in _EN_KEEP:
        return "spine"
    for suffix, repl in (
        ("iness", "y"),
        ("ness", ""),
        ("ings", ""),
        ("ing", ""),
        ("ies", "y"),
        ("ied", "y"),
        ("ed", ""),
        ("es", ""),
        ("ly", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + repl
            break
    else:
        if len(word) >= 5 and word.endswith("y") and word[-2] not in "aeiou":
            word = word[:-1]  # "jerky" -> "jerk", "shaky" -> "shak" (as "shake")
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]  # "stopp(ing)" -> "stop", "dizz" stays short enough
    return word


_EN_EMPTY = frozenset("a an the i im ive id me my mine you your it its is am are was were be been being".split())
_EN_N = r"(?:a|an|one|two|three|four|five|six|a few|a couple of|several|some|\d+)"
_EN_ONSETS = (
    (
        "minutes_hours",
        re.compile(
            r"\b(?:suddenly|all of a sudden|out of nowhere|came on fast|within (?:minutes|hours|an hour)"
            rf"|in (?:minutes|seconds|{_EN_N} (?:minutes|hours))|over (?:{_EN_N} )?hours?|overnight)\b"
        ),
    ),
    (
        "days_weeks",
        re.compile(
            rf"\b(?:over (?:the )?(?:last |past )?(?:{_EN_N} )?(?:days?|weeks?)|for (?:{_EN_N} )?(?:days|weeks)"
            rf"|(?:in|within) (?:{_EN_N} )?(?:days|weeks)|{_EN_N} (?:days|weeks) ago|(?:last|this) week|day by day)\b"
        ),
    ),
    (
        "months_years",
        re.compile(
            rf"\b(?:over (?:the )?(?:last |past )?(?:{_EN_N} )?(?:months?|years?)|for (?:{_EN_N} )?(?:months|years)"
            rf"|{_EN_N} (?:months|years) ago|since (?:childhood|i was (?:a child|young|little))|slowly|gradually"
            r"|for a long time|for ages)\b"
        ),
    ),
)

ENGLISH = Lexicon(
    code="en",
    stopwords=_EN_STOPWORDS,
    empty=_EN_EMPTY,
    rewrites=_EN_REWRITES,
    no_guess=_EN_NO_GUESS,
    canonical=_EN_CANONICAL,
    negations=frozenset({"no", "without", "never", "nor"}),
    capacities=frozenset(
        "drive energy appetite strength power feeling sensation interest motivation control sleep balance "
        "taste smell sex desire voice grip sense".split()
    ),
    stem=_en_stem,
    slack=2,
    onset_patterns=_EN_ONSETS,
    child=re.compile(r"\b(?:my|our|a|the) (?:son|daughter|child|kid|baby|toddler|boy|girl|little one)s?\b"),
    adult=re.compile(r"\b(?:my|our) (?:husband|wife|partner|mum|mom|mother|dad|father|grandmother|grandfather|gran)\b"),
)


# --- Spanish ------------------------------------------------------------------------------------
# Text reaches these after accents are stripped and "ñ" becomes "n" (explorer.search.normalize), so
# every word below is written without accents.

_ES_STOPWORDS = frozenset(
    (
        "el la los las lo un una unos unas al del de a en con por para sin sobre entre hasta desde hacia "
        "y e o u ni pero que como cuando si porque aunque mas muy mucho mucha muchos muchas poco poca "
        "yo tu usted ustedes el ella ellos ellas nosotros me te se le les nos mi mis su sus tu tus "
        "este esta estos estas ese esa eso esos esas aquel aquella algo alguien nada siempre a veces veces "
        "es son soy eres fue era estoy esta estan estas estaba he ha han hay tengo tiene tienen tienes "
        "tenia tuve hace hizo siento sienta noto nota note parece parecen tambien ya aun todavia otra otro "
        "cosa cosas tipo como mas menos bastante algo medio cada vez veces rato ratos ratito ratitos "
        # How fast or how long: the onset, not a symptom ("desde hace unos dias", "de repente").
        "dia dias semana semanas mes meses ano anos hora horas minuto minutos rato repente golpe pronto "
        "lentamente poco despacio ayer hoy anoche manana tarde noche ultimamente empezo empece empieza "
        "comenzo comence varios varias unos pocos"
    ).split()
)
_ES_EMPTY = frozenset("el la los las lo un una unos unas yo tu me mi mis su sus es soy estoy esta".split())
_ES_REWRITES = (
    (re.compile(r"\bno\s+(?:puedo|puede|puedes|consigo|logro)\b"), " nopuede "),
    (re.compile(r"\b(?:no\s+(?:siento|siente|sientes|noto|nota)|perdi la sensibilidad)\b"), " insensible "),
    (re.compile(r"\bse me (?:duerme|duermen|durmio|durmieron)\b"), " adormecido "),
    (re.compile(r"\bpierdo el conocimiento\b|\bme desmayo\b|\bme desmaye\b"), " desmayo "),
)
# Letters that sound alike in most of the Spanish-speaking world, and are often typed for each
# other: folded on the catalogue's phrases and the visitor's words alike ("vorrosa" meets "borrosa",
# "desmallo" meets "desmayo", "ipo" meets "hipo", "rijides" meets "rigidez").
_ES_SPELLING = (
    (re.compile(r"v"), "b"),
    (re.compile(r"z"), "s"),
    (re.compile(r"c(?=[ei])"), "s"),
    (re.compile(r"ll"), "y"),
    (re.compile(r"g(?=[ei])"), "j"),
    (re.compile(r"\bh"), ""),
    (re.compile(r"(?<=[aeiou])h(?=[aeiou])"), ""),
    (re.compile(r"qu(?=[ei])"), "k"),
    (re.compile(r"c(?![eih])"), "k"),
    (re.compile(r"x(?=[aeiou])"), "ks"),
)
_ES_NO_GUESS = frozenset(
    (
        "mes meses semana semanas ano anos hora horas minuto minutos noche noches manana tarde "
        "despues antes desde medico hospital escuela colegio trabajo casa hija hijo nino nina ninos "
        "marido esposo esposa mujer madre padre mama papa bebe abuelo abuela amigo gente persona familia"
    ).split()
)
_ES_GROUPS = {
    "dolor": "duele duelen dolores doloroso dolorosa dolorido dolorida adolorido adolorida molestia molestias",
    "orina": "orinar orino orina pis pipi mear meo",
    "vomito": "vomitar vomito vomitos vomitando devolver devuelvo",
    "cansancio": "cansado cansada agotado agotada agotamiento fatiga fatigado fatigada",
    "mareo": "mareado mareada mareos mareada marearme",
    "debil": "debilidad flojo floja flojera flojedad",
    "hormigueo": "hormigueos cosquilleo cosquilleos hormiguea hormigueando",
    "adormecido": "adormecida adormecimiento entumecido entumecida entumecimiento acorchado acorchada",
    "visiones": "visiones",  # seeing things (hallucinations), not "vision"
    "seco": "seca secos secas reseco reseca resecos resecas sequedad resequedad",
    "heces": "caca cacas popo heces deposicion deposiciones",
    "caminar": "andar ando anda camino camina caminando andando",
    "borroso": "borrosa borrosos borrosas nublada nublado",
    "convulsion": "convulsiones ataque ataques crisis",
    "confusion": "confundido confundida desorientado desorientada",
    "olvido": "olvidos olvidar olvido olvidadizo olvidadiza memoria",
    "tragar": "trago tragarme tragando deglutir",
    "hablar": "habla hablo hablando",
    "barriga": "tripa panza estomago vientre abdomen",
    "caer": "caigo caida caidas caerme",
}
_ES_CANONICAL = _groups(_ES_GROUPS)
_ES_CANON_FORMS = frozenset(_ES_CANONICAL.values())


def _es_stem(word: str) -> str:
    """A light stripper for Spanish: plurals, gender, diminutives, gerunds, participles, common verb endings.

    'hinchadas' and 'hinchado', 'parpados' and 'parpado', 'olvidan' and 'olvidar' meet often enough
    for a search box; it is not a linguistic stemmer. The stem's spelling is then folded by sound
    (b/v, s/z/c, y/ll, silent h), so the commonest Spanish typos meet the right word.
    """
    folded = _es_fold(word)
    if folded in _ES_FOLDED_CANON:
        return _ES_FOLDED_CANON[folded]
    return _es_strip(folded)


def _es_fold(word: str) -> str:
    for pattern, repl in _ES_SPELLING:
        word = pattern.sub(repl, word)
    return word


def _es_strip(word: str) -> str:
    if word in _ES_FOLDED_FORMS:
        return word
    for suffix in _ES_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: len(word) - len(suffix)]
            break
    if len(word) > 4 and word[-1] in "aeo":
        word = word[:-1]
    return word


# Longest first: nouns, adverbs, participles and the commonest verb endings, then plurals; spelt as
# _es_fold leaves them ("-ciones" is "-siones" by then).
_ES_SUFFIXES = (
    "amientos", "imientos", "amiento", "imiento", "asiones", "isiones", "asion", "ision", "mente",
    "ieron", "aron", "aban", "ando", "iendo", "adas", "idas", "ados", "idos", "amos", "emos", "imos",
    "ada", "ida", "ado", "ido", "itos", "itas", "ito", "ita", "ar", "er", "ir", "an", "en", "as", "es", "os", "s",
)  # fmt: skip


# The word groups as _es_stem meets them: folded by sound first, so a misspelt "vorrosa" still meets
# "borroso" (computed once, after _es_fold and the groups exist).
_ES_FOLDED_CANON = {_es_fold(word): _es_fold(canon) for word, canon in _ES_CANONICAL.items()}
_ES_FOLDED_CANON.update({_es_fold(canon): _es_fold(canon) for canon in _ES_CANON_FORMS})
_ES_FOLDED_FORMS = frozenset(_ES_FOLDED_CANON.values())

_ES_N = r"(?:un|una|unos|unas|dos|tres|cuatro|cinco|seis|pocos|pocas|varios|varias|algunos|algunas|\d+)"
_ES_ONSETS = (
    (
        "minutes_hours",
        re.compile(
            r"\b(?:de repente|de golpe|repentinamente|subitamente|de un momento a otro|en (?:pocos )?minutos"
            rf"|en (?:unas |pocas |{_ES_N} )?horas|de la noche a la manana|en cuestion de horas)\b"
        ),
    ),
    (
        "days_weeks",
        re.compile(
            rf"\b(?:(?:desde )?hace (?:{_ES_N} )?(?:dias|semanas)|en (?:{_ES_N} )?(?:dias|semanas)"
            rf"|durante (?:{_ES_N} )?(?:dias|semanas)|desde (?:el|la) (?:lunes|martes|miercoles|jueves|viernes"
            r"|sabado|domingo|semana pasada)|la semana pasada|esta semana|dia a dia|de un dia para otro)\b"
        ),
    ),
    (
        "months_years",
        re.compile(
            rf"\b(?:(?:desde )?hace (?:{_ES_N} )?(?:meses|anos)|durante (?:{_ES_N} )?(?:meses|anos)"
            r"|desde (?:la infancia|nino|nina|pequeno|pequena|chico|chica|siempre)|poco a poco|lentamente"
            r"|despacito|hace mucho(?: tiempo)?|desde hace tiempo)\b"
        ),
    ),
)

SPANISH = Lexicon(
    code="es",
    stopwords=_ES_STOPWORDS,
    empty=_ES_EMPTY,
    rewrites=_ES_REWRITES,
    no_guess=_ES_NO_GUESS,
    canonical=_ES_CANONICAL,
    negations=frozenset({"no", "sin", "nunca", "ni", "tampoco", "jamas"}),
    capacities=frozenset(
        "fuerza fuerzas energia ganas apetito sensibilidad control equilibrio voz olfato gusto deseo "
        "nopuede insensible sueno".split()
    ),
    stem=_es_stem,
    slack=3,
    onset_patterns=_ES_ONSETS,
    child=re.compile(
        r"\b(?:mi|mis|nuestro|nuestra|el|la|un|una) (?:hijo|hija|nino|nina|bebe|nene|nena|crio|cria|hijito|hijita"
        r"|pequeno|pequena)s?\b"
    ),
    adult=re.compile(
        r"\b(?:mi|nuestro|nuestra) (?:marido|esposo|esposa|mujer|pareja|madre|padre|mama|papa|abuelo|abuela)\b"
    ),
)

LEXICONS: dict[str, Lexicon] = {"en": ENGLISH, "es": SPANISH}


def lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang``; English for a language without one of its own (a new language's first days)."""
    return LEXICONS.get(lang, ENGLISH)
