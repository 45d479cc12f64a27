"""Every user-facing string, in the language of the current run (explorer.i18n).

``texts.EXPLORE_TITLE`` is :data:`explorer.messages.EXPLORE_TITLE` translated; dicts and tuples of
messages come back with their values translated. Views and the core read text only from here;
they do not spell text themselves. The helpers below put lists and band facts into words.
"""

from __future__ import annotations

from collections.abc import Sequence

from explorer import i18n, messages, schema


def __getattr__(name: str) -> object:
    """A message of :mod:`explorer.messages`, translated (AttributeError for an unknown name)."""
    return i18n.translate(getattr(messages, name))


def tr(message: str) -> str:
    """Any message id (a category, a body system) in the language of this run."""
    return i18n.gettext_(message)


def join_words(items: Sequence[str], conjunction: str = "and") -> str:
    """'a', 'a and b', 'a, b and c' (or 'a or b' with ``conjunction="or"``), in the run's language."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    word = tr(messages.AND if conjunction == "and" else messages.OR)
    if i18n.current() == "es":  # "y" becomes "e" before an i- sound, "o" becomes "u" before an o- sound
        start = items[-1].lower()
        if word == "y" and start.startswith(("i", "hi")) and not start.startswith(("hie", "hia")):
            word = "e"
        elif word == "o" and start.startswith(("o", "ho")):
            word = "u"
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def onset_words(onsets: Sequence[str]) -> str:
    """How a condition usually comes on, in words: 'over days to weeks or over months to years'."""
    words = tr_dict(messages.ONSET_WORDS)
    return join_words([words[onset] for onset in schema.ONSETS if onset in onsets], "or")


def ages_words(ages: Sequence[str]) -> str:
    """Whom a condition usually affects, in words: 'Mostly affects adults', 'Affects children and adults'."""
    return tr(messages.CARD_AGES[tuple(age for age in schema.AGES if age in ages)])


def tr_dict(values: dict[str, str]) -> dict[str, str]:
    """A dict of messages with its values translated."""
    return {key: tr(value) for key, value in values.items()}


def band_words(frequency: str) -> str:
    """How often, in words: 'most people'."""
    return tr(schema.BAND[frequency].words)


def band_short(frequency: str) -> str:
    """How often, in one short word for a matrix cell: 'most'."""
    return tr(schema.BAND[frequency].short)


def band_range(frequency: str) -> str:
    """How often, as a range: '80 to 99 in 100'."""
    return tr(schema.BAND[frequency].range)
