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
EMERGENCY_ADVICE_FROM = "Emergency advice from: {sources}."
PRIVACY_NOTE = "Nothing you choose is saved or sent anywhere. It stays in this browser tab."

# --- explore page ------------------------------------------------------------------

EXPLORE_TITLE = "Explore symptoms"
EXPLORE_INTRO = (
    "Choose the symptoms you want to learn about, or type them in your own words. "
    "You will see which conditions list them, how often, and where that comes from."
)
SEARCH_LABEL = "Describe a symptom in your own words"
SEARCH_PLACEHOLDER = "For example: pins and needles"
SEARCH_ADDED = "Added: {symptoms}."
SEARCH_ALREADY = "Already chosen: {symptoms}."
SEARCH_NOTHING = "No symptom in our list matched “{query}”. Try other words, or look through the groups below."
SEARCH_SUGGEST = "Did you mean one of these? Choose it in the groups below: {symptoms}."
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
JUMP_TO_RESULTS = "↓ Go to the {n} conditions that list them"
RESULT_COUNT = "{n} conditions list at least one of your symptoms."
LISTS_N_OF_M = "lists {n} of the {m} symptoms you chose"
LISTS_ALL = "lists all {m} symptoms you chose"
LISTS_ONE = "lists the symptom you chose"
NOT_LISTED = "Not listed for it: {symptoms}."
EXCLUDED = "Sources say it does not usually cause: {symptoms}."
SOURCES_LABEL = "Sources"
NOTE_SOURCE = "source"
CARD_COMPARE = "Compare with look-alikes"
MATRIX_SCROLL_NOTE = (
    "On a small screen the chart scrolls sideways inside its frame. The table below holds the same "
    "information, with the symptom names always in view."
)
SOURCE_OF_LINK = "source: {source}"
SHOW_MORE = "Show {n} more conditions"
ORDER_NOTE = (
    "Conditions are ordered by how many of your symptoms they list, then by how common "
    "those symptoms are in them. The order is not a measure of how likely anything is."
)
SELECTION_DESCRIPTION = "Conditions that list {symptoms}"
SELECTION_ONSET = ", that usually start {onset}"
SELECTION_AGE = ", {age}"

# How fast symptoms build to their worst (schema.ONSETS) and whom a condition affects (schema.AGES).
ONSET_WORDS: dict[str, str] = {
    "minutes_hours": "within minutes to hours",
    "days_weeks": "over days to weeks",
    "months_years": "over months to years",
}
AGE_WORDS: dict[str, str] = {"children": "in children", "adults": "in adults"}
ONSET_QUESTION = "How did it start?"
ONSET_OPTIONS: dict[str, str] = {
    "minutes_hours": "Suddenly, within minutes to hours",
    "days_weeks": "Over days to weeks",
    "months_years": "Slowly, over months to years",
}
AGE_QUESTION = "Who is this about?"
AGE_OPTIONS: dict[str, str] = {"children": "A child", "adults": "An adult"}
FACETS_HELP = (
    "“How did it start?” means how long the symptoms took to build up to their worst. Both questions are "
    "optional. Conditions that usually start this way, or affect this age, come first. None are hidden. "
    "Choose an answer again to clear it."
)
CARD_ONSET = "Usually builds up {onset}"
CARD_AGES = {
    ("children",): "Mostly affects children",
    ("adults",): "Mostly affects adults",
    ("children", "adults"): "Affects children and adults",
}
CARD_NOT_USUAL = "Not how it usually starts"
CARD_NOT_USUAL_AGE = "Not the age it usually affects"
SEARCH_FACET = "From your words, “{question}” is now set to “{answer}”. You can change it below the search box."
NO_SELECTION_DESCRIPTION = "No symptoms chosen yet"

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

The order is only a way to read the list. It is not a score, and it does not say how likely anything is.
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
ABOUT_CHECKED = (
    "The project team checked each condition against its named authority (its diagnostic criteria "
    "or a major review) on {date}. No independent clinician has reviewed the content yet."
)
ABOUT_HOW_WELL = "### How well this works"
ABOUT_HOW_WELL_FIGURES = (
    "Measured on {date} for data version {version}:\n\n"
    "- **Criteria checks.** For each of the {conditions} conditions, we chose the symptoms that its "
    "diagnostic criteria call core, and answered how it started and who it is about. Across "
    "{vignettes} such checks, the condition came first {top1} times and in the top three {top3} "
    "times. With the symptoms alone, it was in the top three {top3_symptoms} times.\n"
    "- **Everyday words.** Of {phrasings} ways people describe a symptom, the search box found the "
    "right symptom first for {phrasings_first}. Of {holdout} more, written separately and never "
    "used to tune the search, it found {holdout_first}."
)
ABOUT_HOW_WELL_LIMITS = (
    "What these figures do not mean: they check the app against its own sources. They do not say "
    "how often it points to what a person really has, and none of them is a measure of what anyone "
    "has. Real illness is often less typical than the criteria."
)
ABOUT_HOW_WELL_NONE = "These figures have not been measured for this data yet."
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


def join_words(items: Sequence[str], conjunction: str = "and") -> str:
    """'a', 'a and b', 'a, b and c' (or 'a or b' with ``conjunction="or"``)."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def onset_words(onsets: Sequence[str]) -> str:
    """How a condition usually comes on, in words: 'over days to weeks or over months to years'."""
    return join_words([words for onset, words in ONSET_WORDS.items() if onset in onsets], "or")


def ages_words(ages: Sequence[str]) -> str:
    """Whom a condition usually affects, in words: 'Mostly affects adults', 'Affects children and adults'."""
    return CARD_AGES[tuple(age for age in AGE_WORDS if age in ages)]


# --- kiosk and safety ---------------------------------------------------------------

KIOSK_START_OVER = "Start over"
KIOSK_IDLE_WARNING = "Starting over in {n} seconds — tap to stay"
KIOSK_STAY = "Tap to stay"

# --- classroom pages ------------------------------------------------------------------

PAGE_CONDITIONS = "Conditions"
PAGE_COMPARE = "Compare"
PAGE_MATRIX = "Matrix"
PAGE_QUIZ = "Quiz"
PAGE_HANDOUT = "Handout"

NOT_LISTED_WORD = "not listed"
DOWNLOADS_OFF = "Downloads are turned off on this screen. You can use this app on your own device to download."
IDS_DROPPED = "Some items in the link were not recognised and were left out: {ids}."
IDS_MALFORMED = "Part of the link was not recognised and was left out."

CONDITIONS_TITLE = "Conditions"
CONDITIONS_INTRO = "Browse the conditions in this app. Open one to read about it in plain words."
CONDITIONS_CATEGORY_LABEL = "Kind of condition"
CONDITIONS_ALL_CATEGORIES = "All kinds"
CONDITIONS_SEARCH_LABEL = "Find a condition by name, other name or code"
CONDITIONS_SEARCH_PLACEHOLDER = "For example: myasthenia, MS, G35, ORPHA:802"
CONDITIONS_COUNT = "Showing {n} of {total} conditions."
CONDITIONS_NONE = "No condition matches these words. Try another word, or choose all kinds."
CONDITION_UNKNOWN = "The condition in the link was not recognised: {ids}. Here is the list instead."
CONDITION_BACK = "All conditions"
CONDITION_ALSO_CALLED = "Also called: {aliases}"
CONDITION_SUMMARY = "What it is"
CONDITION_COURSE = "How it starts and how it goes"
CONDITION_AFFECTS = "Who it affects"
CONDITION_ONSET_LINE = "{onset} · {ages} · source: {source}"
CONDITION_ONSET_LINES = "{onset} · source: {onset_source}  \n{ages} · source: {ages_source}"
CONDITION_SYMPTOMS = "Symptoms its sources list, by how often"
CONDITION_BAND_HEADING = "{words} ({range})"
CONDITION_EXCLUDED_HEADING = "Sources say it does not usually cause"
CONDITION_NO_SYMPTOMS = "No symptoms are recorded for it yet."
CONDITION_TREATMENT = "How it is treated"
CONDITION_TREATMENT_NOTE = "General information only. Treatment is decided with a clinician."
CONDITION_SPECIALISTS = "Specialists who care for it"
CONDITION_CODES = "Codes"
CONDITION_NO_CODES = "No codes are recorded for it."
CODE_LABELS: dict[str, str] = {"orpha": "ORPHA", "omim": "OMIM", "icd10": "ICD-10", "icd11": "ICD-11"}
CONDITION_SOURCES = "Sources"
CONDITION_REVIEWED = "Last reviewed on {date}."
CONDITION_COMPARED = "Often compared with"
CONDITION_COMPARE_LINK = "Compare with {name}"
CONDITION_OPEN_LINK = "About {name}"

COMPARE_TITLE = "Compare conditions"
COMPARE_INTRO = "Pick two to four conditions to see their symptoms side by side, and which symptoms tell them apart."
COMPARE_PICK_LABEL = "Conditions to compare (two to four)"
COMPARE_PICK_PLACEHOLDER = "Choose conditions"
COMPARE_NEED_TWO = "Choose at least two conditions to compare."
COMPARE_TOO_MANY = "Only four conditions can be compared at once, so the first four in the link are shown."
COMPARE_BEST_TITLE = "Symptoms that best tell these apart"
COMPARE_BEST_INTRO = "Where their sources differ most on how often a symptom occurs."
COMPARE_BEST_NONE = "Their sources list the same symptoms equally often."
COMPARE_BEST_ITEM = "**{symptom}**: {bands}"
COMPARE_BAND_OF = "{name}: {words}"
COMPARE_RECORDED_MARK = "(a recorded point of difference)"
COMPARE_TABLE_TITLE = "All their symptoms side by side"
COMPARE_TABLE_CAPTION = (
    "Rows marked “differs” are where the sources give different answers. "
    "Rows that tell the conditions apart most come first."
)
COMPARE_COL_SYMPTOM = "Symptom"
COMPARE_ROW_ONSET = "How it usually starts"
COMPARE_ROW_AGES = "Who it usually affects"
COMPARE_COL_DIFFERS = "Differs?"
COMPARE_DIFFERS = "≠ differs"
COMPARE_SAME = "same"
COMPARE_RECORDED_TITLE = "Recorded points of difference"
COMPARE_RECORDED_ITEM = "**{symptom}** ({first} compared with {second}): {note} · source: {source}"

NEXT_TITLE = "What to ask next"
NEXT_INTRO = (
    "Questions a clinician might ask to tell these apart — not advice. "
    "These symptoms are listed very differently for {names}."
)
NEXT_ITEM = "**{symptom}?** {bands}"
NEXT_COMPARE_LINK = "Compare these conditions side by side"

MATRIX_TITLE = "Symptoms and conditions at a glance"
MATRIX_INTRO = (
    "Each row is a symptom and each column a condition. A cell shows how often the condition's "
    "sources list the symptom; an empty cell means it is not listed."
)
MATRIX_GROUPS_LABEL = "Body systems"
MATRIX_CATEGORIES_LABEL = "Kinds of condition"
MATRIX_ONSETS_LABEL = "How it usually starts"
MATRIX_FILTER_HELP = "Leave empty to show all."
MATRIX_ORDER_NOTE = (
    "Conditions are grouped by kind, and conditions with similar symptoms sit next to each other. "
    "Symptoms are grouped by body system, and those listed by more conditions come first."
)
MATRIX_LEGEND = "Cell words: {legend}."
MATRIX_EMPTY = "Nothing to show for these filters. Choose other body systems or kinds of condition."
MATRIX_AXIS_SYMPTOM = "Symptom"
MATRIX_AXIS_CONDITION = "Condition"
MATRIX_AXIS_HOW_OFTEN = "How often"
MATRIX_TEXT_TITLE = "The same data as a table"
MATRIX_TEXT_CAPTION = (
    "{n_symptoms} symptoms and {n_conditions} conditions, with {n_cells} sourced links. "
    "Each cell gives how often the condition's sources list the symptom; empty means not listed."
)
MATRIX_DOWNLOADS = "Download the data"
MATRIX_DOWNLOAD_NOTE = (
    "The files hold what is shown with the current filters. Please cite data version {version} "
    "(reviewed {reviewed}) and the sources named in each link."
)
MATRIX_DOWNLOAD_MATRIX_CSV = "Matrix (CSV)"
MATRIX_DOWNLOAD_MATRIX_JSON = "Matrix (JSON)"
MATRIX_DOWNLOAD_LINKS_CSV = "Links with sources (CSV)"
MATRIX_DOWNLOAD_LINKS_JSON = "Links with sources (JSON)"

QUIZ_TITLE = "Quiz: which condition lists these symptoms?"
QUIZ_INTRO = "A practice game for learning how the conditions differ. It says nothing about anyone's health."
QUIZ_CLUES = "The sources for one condition list these symptoms:"
QUIZ_PICK = "Which condition is it?"
QUIZ_ONSET_CLUE = "It came on {onset}."
QUIZ_OTHER_ONSET = "But it usually builds up {onset}."
QUIZ_RIGHT = "Right — it is {name}."
QUIZ_WRONG = "Not quite: you chose {chosen}. The answer is {name}."
QUIZ_WHY = "Why"
QUIZ_ANSWER_LISTS = "The sources for {name} list:"
QUIZ_OTHER_LISTS = "{name} lists {n} of these {m} symptoms: {symptoms}."
QUIZ_OTHER_NONE = "{name} lists none of these symptoms."
QUIZ_NEXT = "Next question"
QUIZ_SCORE = "Your score this visit: {right} of {asked}. It is not saved."
QUIZ_NUMBER = "Question number {seed} (share the link to ask the same question)"
QUIZ_BAD_SEED = "The question number in the link was not recognised, so a new question was picked."
QUIZ_UNAVAILABLE = "There are not enough conditions in the data to make a quiz."

HANDOUT_PAGE_TITLE = "Questions to bring to your clinician"
HANDOUT_PAGE_INTRO = (
    "Make a page you can print, with the symptoms you chose on the Explore page, the conditions "
    "sources list for them, and some questions you might ask. It is made only when you ask for it "
    "and is not saved."
)
HANDOUT_EMPTY = "No symptoms chosen yet. Choose some on the Explore page first."
HANDOUT_GO_EXPLORE = "Choose symptoms"
HANDOUT_PREVIEW = "Your handout will include:"
HANDOUT_PREVIEW_SYMPTOMS = "**Symptoms:** {symptoms}"
HANDOUT_PREVIEW_CONDITIONS = "**Conditions that list them:** {names}"
HANDOUT_PREVIEW_QUESTIONS = "**Questions you might ask:**"
HANDOUT_DOWNLOAD = "Download the handout (open it and print it from your browser)"
HANDOUT_FILE = "questions-for-my-clinician.html"
HANDOUT_TITLE = "Questions to bring to your clinician"
HANDOUT_SUBTITLE = "Made with the Neuroimmune Symptom Explorer, a learning tool."
HANDOUT_SYMPTOMS = "The symptoms I looked up"
HANDOUT_COL_SYMPTOM = "Symptom"
HANDOUT_COL_TERM = "Medical term"
HANDOUT_COL_HPO = "HPO code"
HANDOUT_CONDITIONS = "Conditions that medical sources list for them"
HANDOUT_LISTS = "Lists {n} of the {m} symptoms"
HANDOUT_ANSWER = "{question} {answer}"
HANDOUT_PREVIEW_ANSWERS = "**Your answers:** {answers}"
HANDOUT_EXCLUDED = "Sources say it does not usually cause {symptom}."
HANDOUT_ALSO = "Also listing some of them: {names}."
HANDOUT_QUESTIONS_TITLE = "Questions I could ask"
HANDOUT_QUESTIONS_INTRO = "Some neutral questions to start the talk. There is space to write the answers."
HANDOUT_QUESTIONS: tuple[str, ...] = (
    "What could be causing these symptoms, including common causes?",
    "Which exams or tests, if any, would help find the cause?",
    "Which changes mean I should get help quickly?",
    "Should I see a specialist, and which kind?",
    "What should I write down or keep track of before my next visit?",
)
HANDOUT_EMERGENCY = (
    "You looked up {symptoms}. If this is sudden, getting worse fast, or severe, "
    "get emergency help now rather than waiting for an appointment."
)
HANDOUT_DATA = "Data: {title}, version {version}, reviewed on {reviewed}. {licence}"
HANDOUT_PRIVACY = "This page was made on request and is not saved anywhere."
