"""Every user-facing string in one place (ready for translation).

Plain language, reading grade 8 or lower for lay text, calm, never "you may have",
never a probability. Views import from here; they do not spell text themselves.
"""

from __future__ import annotations

from collections.abc import Sequence

APP_TITLE = "Neuroimmune Symptom Explorer"
APP_ICON = "🧭"

# --- disclaimer and safety ------------------------------------------------------

DISCLAIMER = (
    "**For learning only. This is not a diagnosis.** It shows which conditions medical "
    "sources list for a symptom. Many common, harmless things cause the same symptoms. "
    "Please talk to a doctor or nurse about your health."
)
DISCLAIMER_SHORT = (
    "These results show what sources list. They are not a diagnosis. "
    "Only a clinician who examines you can say what is causing your symptoms."
)
EMERGENCY_TITLE = "Get help now if this is sudden or severe"
EMERGENCY_BODY = (
    "You chose: {symptoms}. If this started suddenly, is getting worse fast, or is severe, "
    "**call {number}** or go to the nearest emergency department now. "
    "Do not wait to finish using this app."
)
PRIVACY_NOTE = "Nothing you choose is saved or sent anywhere. It stays in this browser tab."

# --- explore page ------------------------------------------------------------------

EXPLORE_TITLE = "Explore symptoms"
EXPLORE_INTRO = (
    "Tick the symptoms you want to learn about, or type them in your own words. "
    "You will see which conditions list them, how often, and where that comes from."
)
SEARCH_LABEL = "Describe a symptom in your own words"
SEARCH_PLACEHOLDER = "For example: seeing double, legs feel heavy, pins and needles"
SEARCH_ADDED = "Added: {symptoms}."
SEARCH_ALREADY = "Already chosen: {symptoms}."
SEARCH_NOTHING = "No symptom in our list matched “{query}”. Try other words, or look through the groups below."
SEARCH_SUGGEST = "Did you mean one of these? Tick it in the list below: {symptoms}."
PICKER_TITLE = "Symptoms by body system"
PICKER_GROUP_COUNT = "{group} ({n} chosen)"
CLEAR_ALL = "Clear all"
CHOSEN_TITLE = "You chose"
URL_DROPPED = "Some symptoms in the link were not recognised and were left out: {ids}."
URL_DROPPED_MANY = "Part of the link was not recognised and was left out."

EMPTY_STATE = (
    "Choose one or more symptoms to see which conditions list them. "
    "Start with the search box or open a body system below."
)
NO_MATCH = "None of the conditions in this app list the symptoms you chose."
NONE_LISTS_ALL = "No condition here lists all of the symptoms you chose. The conditions below list some of them."
RESULTS_TITLE = "Conditions that list your symptoms"
RESULT_COUNT = "{n} conditions list at least one of your symptoms."
LISTS_N_OF_M = "lists {n} of the {m} symptoms you chose"
LISTS_ALL = "lists all {m} symptoms you chose"
LISTS_ONE = "lists the symptom you chose"
HOW_OFTEN = "{symptom}: {frequency}"
NOT_LISTED = "Not listed for it: {symptoms}."
EXCLUDED = "Sources say it does not usually cause: {symptoms}."
ALSO_TYPICAL = "Also common in it: {symptoms}."
SOURCES_LABEL = "Sources"
SOURCE_OF_LINK = "source: {source}"
SHOW_MORE = "Show {n} more conditions"
ORDER_NOTE = (
    "Conditions are ordered by how many of your symptoms they list, then by how common "
    "those symptoms are in them. The order is not a measure of how likely anything is."
)
SELECTION_DESCRIPTION = "Conditions that list {symptoms}"
NO_SELECTION_DESCRIPTION = "No symptoms chosen yet"

# How often a source says a symptom occurs in people with the condition.
FREQUENCY_WORDS: dict[str, str] = {
    "obligate": "everyone with it",
    "very_frequent": "most people",
    "frequent": "many people",
    "occasional": "some people",
    "very_rare": "a few people",
    "excluded": "not usually",
}
FREQUENCY_RANGES: dict[str, str] = {
    "obligate": "all (100 in 100)",
    "very_frequent": "80 to 99 in 100",
    "frequent": "30 to 79 in 100",
    "occasional": "5 to 29 in 100",
    "very_rare": "1 to 4 in 100",
    "excluded": "0 in 100",
}

# --- about page ----------------------------------------------------------------------

ABOUT_TITLE = "About this app"
ABOUT_WHAT = """
### What this is
A learning tool about **neuroimmune conditions**: illnesses where the body's defence
(immune) system harms the brain, spinal cord, nerves or muscles. You choose symptoms and
see which of these conditions medical sources list them for, how often, and which
source says so.

### What this is not
- It is **not a diagnosis** and not medical advice.
- It does not know you, your history or an exam. Most symptoms here have many common
  causes that are not in this app.
- It does not say how likely anything is. It only shows what sources list.

If you are worried about a symptom, talk to a doctor or nurse. If a symptom is sudden or
severe, get emergency help.
"""
ABOUT_ORDER = """
### How results are ordered
1. Conditions that list **more** of your chosen symptoms come first.
2. If two list the same number, the one where those symptoms are **more common** comes first
   (for example "most people" before "some people").
3. If they are still equal, they are in A to Z order.

The order is a way to read the list. It is not a score and not a chance of having anything.
"""
ABOUT_FREQUENCIES = '### What the "how often" words mean'
ABOUT_DATA = "### The data"
ABOUT_DATA_FACTS = (
    "Data version **{version}**, reviewed on **{reviewed}**. "
    "{n_conditions} conditions, {n_symptoms} symptoms, {n_links} sourced links."
)
ABOUT_PRIVACY = """
### Your privacy
Nothing you choose is stored, logged or sent to anyone. The app makes no requests to
other websites and counts no visitors. Your choices live in this browser tab and in its
web address, so you can share a link if you want to.
"""
ABOUT_SOURCES = "### Sources and licences"
ABOUT_LICENCE = "Licence and credits: {licence}"

# --- navigation -----------------------------------------------------------------------

PAGE_EXPLORE = "Explore"
PAGE_ABOUT = "About"

# --- errors ---------------------------------------------------------------------------

CATALOG_BROKEN_TITLE = "The app's data could not be loaded"
CATALOG_BROKEN_BODY = (
    "Sorry, this app cannot show anything right now because its data has a problem. "
    "Please tell the people who run it. Details for them: {detail}"
)


def join_words(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
