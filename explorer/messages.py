"""Every user-facing string in English, the source language: the gettext message ids.

Plain language, reading grade 8 or lower for lay text, calm, never "you may have", never a
probability. Code reads these through :mod:`explorer.texts`, which gives them in the visitor's
language; ``pybabel extract`` finds them by their ``N_`` mark (explorer/locale/README.md).
"""

from __future__ import annotations


def N_(message: str) -> str:  # noqa: N802 - gettext's conventional name for a deferred translation
    """Mark ``message`` for translation; it is translated where it is shown (gettext_noop)."""
    return message


APP_TITLE = N_("Neuroimmune Symptom Explorer")
APP_ICON = "🧭"
AND = N_("and")
OR = N_("or")

# --- disclaimer and safety ------------------------------------------------------

DISCLAIMER = N_(
    "**For learning only. This is not a diagnosis.** It shows which conditions medical "
    "sources list for a symptom. Many common, harmless things cause the same symptoms. "
    "Please talk to a doctor or nurse about your health."
)
DISCLAIMER_SHORT = N_(
    "These results show what sources list. They are not a diagnosis. "
    "Only a clinician who examines you can say what is causing your symptoms."
)
EMERGENCY_TITLE = N_("Get help now if this is sudden or severe")
EMERGENCY_BODY = N_(
    "You chose: {symptoms}. If this started suddenly, is getting worse fast, or is severe, "
    "**call {number}** or go to the nearest emergency department now. "
    "Do not wait to finish using this app."
)
EMERGENCY_ADVICE_FROM = N_("Emergency advice from: {sources}.")
EMERGENCY_NUMBER_DEFAULT = N_("your local emergency number (for example 911 in the US, 999 in the UK, 112 in the EU)")
LANGUAGE_LABEL = N_("Language")
PAGE_LANGUAGE_FRAME = N_("Page language")
CONDITION_NOTES_IN_ENGLISH = N_(
    "The notes on where each band comes from are written in English. Choose English at the top to read them."
)
ABOUT_LANGUAGES = N_("### Languages")
ABOUT_TRANSLATION = N_("**{name}**: written by {by}. Clinical terms: {terms}.")
ABOUT_TRANSLATION_UNREVIEWED = N_("A medical translator has not yet reviewed this translation.")
ABOUT_TRANSLATION_REVIEWED = N_("Reviewed by a medical translator: {review}.")
ABOUT_BAND_WORDS = N_("Words used here")
ABOUT_BAND_RANGE = N_("Out of 100 people with the condition")
FOOTER = N_("{title} · data version {version}, reviewed {reviewed} · {licence}")
PRIVACY_NOTE = N_("Nothing you choose is saved or sent anywhere. It stays in this browser tab.")

# --- explore page ------------------------------------------------------------------

EXPLORE_TITLE = N_("Explore symptoms")
EXPLORE_INTRO = N_(
    "Choose the symptoms you want to learn about, or type them in your own words. "
    "You will see which conditions list them, how often, and where that comes from."
)
SEARCH_LABEL = N_("Describe a symptom in your own words")
SEARCH_PLACEHOLDER = N_("For example: pins and needles")
SEARCH_ADDED = N_("Added: {symptoms}.")
SEARCH_ALREADY = N_("Already chosen: {symptoms}.")
SEARCH_NOTHING = N_("No symptom in our list matched “{query}”. Try other words, or look through the groups below.")
SEARCH_SUGGEST = N_("Did you mean one of these? Choose it in the groups below: {symptoms}.")
PICKER_TITLE = N_("Symptoms by body system")
PICKER_GROUP_COUNT = N_("{group} ({n} chosen)")
CLEAR_ALL = N_("Clear all")
CHOSEN_TITLE = N_("You chose")
URL_DROPPED = N_("Some symptoms in the link were not recognised and were left out: {ids}.")
URL_DROPPED_MANY = N_("Part of the link was not recognised and was left out.")

EMPTY_STATE = N_(
    "Choose one or more symptoms to see which conditions list them. "
    "Start with the search box or open a body system below."
)
NO_MATCH = N_("None of the conditions in this app list the symptoms you chose.")
NONE_LISTS_ALL = N_("No condition here lists all of the symptoms you chose. The conditions below list some of them.")
RESULTS_TITLE = N_("Conditions that list your symptoms")
JUMP_TO_RESULTS = N_("↓ Go to the {n} conditions that list them")
RESULT_COUNT = N_("{n} conditions list at least one of your symptoms.")
LISTS_N_OF_M = N_("lists {n} of the {m} symptoms you chose")
LISTS_ALL = N_("lists all {m} symptoms you chose")
LISTS_ONE = N_("lists the symptom you chose")
NOT_LISTED = N_("Not listed for it: {symptoms}.")
EXCLUDED = N_("Sources say it does not usually cause: {symptoms}.")
SOURCES_LABEL = N_("Sources")
NOTE_SOURCE = N_("source")
CARD_COMPARE = N_("Compare with look-alikes")
MATRIX_SCROLL_NOTE = N_(
    "On a small screen the chart scrolls sideways inside its frame. The table below holds the same "
    "information, with the symptom names always in view."
)
SOURCE_OF_LINK = N_("source: {source}")
SHOW_MORE = N_("Show {n} more conditions")
ORDER_NOTE = N_(
    "Conditions are ordered by how many of your symptoms they list, then by how common "
    "those symptoms are in them. The order is not a measure of how likely anything is."
)
SELECTION_DESCRIPTION = N_("Conditions that list {symptoms}")
SELECTION_ONSET = N_(", that usually start {onset}")
SELECTION_AGE = N_(", {age}")

# How fast symptoms build to their worst (schema.ONSETS) and whom a condition affects (schema.AGES).
ONSET_WORDS: dict[str, str] = {
    "minutes_hours": N_("within minutes to hours"),
    "days_weeks": N_("over days to weeks"),
    "months_years": N_("over months to years"),
}
AGE_WORDS: dict[str, str] = {"children": N_("in children"), "adults": N_("in adults")}
ONSET_QUESTION = N_("How did it start?")
ONSET_OPTIONS: dict[str, str] = {
    "minutes_hours": N_("Suddenly, within minutes to hours"),
    "days_weeks": N_("Over days to weeks"),
    "months_years": N_("Slowly, over months to years"),
}
AGE_QUESTION = N_("Who is this about?")
AGE_OPTIONS: dict[str, str] = {"children": N_("A child"), "adults": N_("An adult")}
FACETS_HELP = N_(
    "“How did it start?” means how long the symptoms took to build up to their worst. Both questions are "
    "optional. Conditions that usually start this way, or affect this age, come first. None are hidden. "
    "Choose an answer again to clear it."
)
CARD_ONSET = N_("Usually builds up {onset}")
CARD_AGES = {
    ("children",): N_("Mostly affects children"),
    ("adults",): N_("Mostly affects adults"),
    ("children", "adults"): N_("Affects children and adults"),
}
CARD_NOT_USUAL = N_("Not how it usually starts")
CARD_NOT_USUAL_AGE = N_("Not the age it usually affects")
SEARCH_FACET = N_("From your words, “{question}” is now set to “{answer}”. You can change it below the search box.")
NO_SELECTION_DESCRIPTION = N_("No symptoms chosen yet")

# --- about page ----------------------------------------------------------------------

ABOUT_TITLE = N_("About this app")
ABOUT_WHAT = N_("""
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
""")
ABOUT_ORDER = N_("""
### How results are ordered
1. Conditions that list **more** of your chosen symptoms come first.
2. If two list the same number, the one where those symptoms are **more common** comes first
   (for example "most people" before "some people").
3. If they are still equal, they are in A to Z order.

The order is only a way to read the list. It is not a score, and it does not say how likely anything is.
""")
ABOUT_FREQUENCIES = N_('### What the "how often" words mean')
ABOUT_DATA = N_("### The data")
ABOUT_DATA_FACTS = N_(
    "Data version **{version}**, reviewed on **{reviewed}**. "
    "{n_conditions} conditions, {n_symptoms} symptoms, {n_links} sourced links."
)
ABOUT_PRIVACY = N_("""
### Your privacy
Nothing you choose is stored, logged or sent to anyone. The app makes no requests to
other websites and counts no visitors. Your choices live in this browser tab and in its
web address, so you can share a link if you want to.
""")
ABOUT_CHECKED = N_(
    "The project team checked each condition against its named authority (its diagnostic criteria "
    "or a major review) on {date}. No independent clinician has reviewed the content yet."
)
ABOUT_HOW_WELL = N_("### How well this works")
ABOUT_HOW_WELL_FIGURES = N_(
    "Measured on {date} for data version {version}:\n\n"
    "- **Criteria checks.** For each of the {conditions} conditions, we chose the symptoms that its "
    "diagnostic criteria call core, and answered how it started and who it is about. Across "
    "{vignettes} such checks, the condition came first {top1} times and in the top three {top3} "
    "times. With the symptoms alone, it was in the top three {top3_symptoms} times.\n"
    "- **Everyday words.** Of {phrasings} ways people describe a symptom, the search box found the "
    "right symptom first for {phrasings_first}. Of {holdout} more, written separately and never "
    "used to tune the search, it found {holdout_first}."
)
ABOUT_HOW_WELL_LIMITS = N_(
    "What these figures do not mean: they check the app against its own sources. They do not say "
    "how often it points to what a person really has, and none of them is a measure of what anyone "
    "has. Real illness is often less typical than the criteria."
)
ABOUT_HOW_WELL_NONE = N_("These figures have not been measured for this data yet.")
ABOUT_SOURCES = N_("### Sources and licences")
ABOUT_LICENCE = N_("Licence and credits: {licence}")

# --- navigation -----------------------------------------------------------------------

PAGE_EXPLORE = N_("Explore")
PAGE_ABOUT = N_("About")

# --- errors ---------------------------------------------------------------------------

CATALOG_BROKEN_TITLE = N_("The app's data could not be loaded")
CATALOG_BROKEN_BODY = N_(
    "Sorry, this app cannot show anything right now because its data has a problem. "
    "Please tell the people who run it. Details for them: {detail}"
)


# --- kiosk and safety ---------------------------------------------------------------

KIOSK_START_OVER = N_("Start over")
KIOSK_IDLE_WARNING = N_("Starting over in {n} seconds — tap to stay")
KIOSK_STAY = N_("Tap to stay")

# --- classroom pages ------------------------------------------------------------------

PAGE_CONDITIONS = N_("Conditions")
PAGE_COMPARE = N_("Compare")
PAGE_MATRIX = N_("Matrix")
PAGE_QUIZ = N_("Quiz")
PAGE_HANDOUT = N_("Handout")

NOT_LISTED_WORD = N_("not listed")
DOWNLOADS_OFF = N_("Downloads are turned off on this screen. You can use this app on your own device to download.")
IDS_DROPPED = N_("Some items in the link were not recognised and were left out: {ids}.")
IDS_MALFORMED = N_("Part of the link was not recognised and was left out.")

CONDITIONS_TITLE = N_("Conditions")
CONDITIONS_INTRO = N_("Browse the conditions in this app. Open one to read about it in plain words.")
CONDITIONS_CATEGORY_LABEL = N_("Kind of condition")
CONDITIONS_ALL_CATEGORIES = N_("All kinds")
CONDITIONS_SEARCH_LABEL = N_("Find a condition by name, other name or code")
CONDITIONS_SEARCH_PLACEHOLDER = N_("For example: myasthenia, MS, G35, ORPHA:802")
CONDITIONS_COUNT = N_("Showing {n} of {total} conditions.")
CONDITIONS_NONE = N_("No condition matches these words. Try another word, or choose all kinds.")
CONDITION_UNKNOWN = N_("The condition in the link was not recognised: {ids}. Here is the list instead.")
CONDITION_BACK = N_("All conditions")
CONDITION_ALSO_CALLED = N_("Also called: {aliases}")
CONDITION_SUMMARY = N_("What it is")
CONDITION_COURSE = N_("How it starts and how it goes")
CONDITION_AFFECTS = N_("Who it affects")
CONDITION_ONSET_LINE = N_("{onset} · {ages} · source: {source}")
CONDITION_ONSET_LINES = N_("{onset} · source: {onset_source}  \n{ages} · source: {ages_source}")
CONDITION_SYMPTOMS = N_("Symptoms its sources list, by how often")
CONDITION_BAND_HEADING = N_("{words} ({range})")
CONDITION_EXCLUDED_HEADING = N_("Sources say it does not usually cause")
CONDITION_NO_SYMPTOMS = N_("No symptoms are recorded for it yet.")
CONDITION_TREATMENT = N_("How it is treated")
CONDITION_TREATMENT_NOTE = N_("General information only. Treatment is decided with a clinician.")
CONDITION_SPECIALISTS = N_("Specialists who care for it")
CONDITION_CODES = N_("Codes")
CONDITION_NO_CODES = N_("No codes are recorded for it.")
CODE_LABELS: dict[str, str] = {"orpha": "ORPHA", "omim": "OMIM", "icd10": "ICD-10", "icd11": "ICD-11"}
CONDITION_SOURCES = N_("Sources")
CONDITION_REVIEWED = N_("Last reviewed on {date}.")
CONDITION_COMPARED = N_("Often compared with")
CONDITION_COMPARE_LINK = N_("Compare with {name}")
CONDITION_OPEN_LINK = N_("About {name}")

COMPARE_TITLE = N_("Compare conditions")
COMPARE_INTRO = N_(
    "Pick two to four conditions to see their symptoms side by side, and which symptoms tell them apart."
)
COMPARE_PICK_LABEL = N_("Conditions to compare (two to four)")
COMPARE_PICK_PLACEHOLDER = N_("Choose conditions")
COMPARE_NEED_TWO = N_("Choose at least two conditions to compare.")
COMPARE_TOO_MANY = N_("Only four conditions can be compared at once, so the first four in the link are shown.")
COMPARE_BEST_TITLE = N_("Symptoms that best tell these apart")
COMPARE_BEST_INTRO = N_("Where their sources differ most on how often a symptom occurs.")
COMPARE_BEST_NONE = N_("Their sources list the same symptoms equally often.")
COMPARE_BEST_ITEM = N_("**{symptom}**: {bands}")
COMPARE_BAND_OF = N_("{name}: {words}")
COMPARE_RECORDED_MARK = N_("(a recorded point of difference)")
COMPARE_TABLE_TITLE = N_("All their symptoms side by side")
COMPARE_TABLE_CAPTION = N_(
    "Rows marked “differs” are where the sources give different answers. "
    "Rows that tell the conditions apart most come first."
)
COMPARE_COL_SYMPTOM = N_("Symptom")
COMPARE_ROW_ONSET = N_("How it usually starts")
COMPARE_ROW_AGES = N_("Who it usually affects")
COMPARE_COL_DIFFERS = N_("Differs?")
COMPARE_DIFFERS = N_("≠ differs")
COMPARE_SAME = N_("same")
COMPARE_RECORDED_TITLE = N_("Recorded points of difference")
COMPARE_RECORDED_ITEM = N_("**{symptom}** ({first} compared with {second}): {note} · source: {source}")

NEXT_TITLE = N_("What to ask next")
NEXT_INTRO = N_(
    "Questions a clinician might ask to tell these apart — not advice. "
    "These symptoms are listed very differently for {names}."
)
NEXT_ITEM = N_("**{symptom}?** {bands}")
NEXT_COMPARE_LINK = N_("Compare these conditions side by side")

MATRIX_TITLE = N_("Symptoms and conditions at a glance")
MATRIX_INTRO = N_(
    "Each row is a symptom and each column a condition. A cell shows how often the condition's "
    "sources list the symptom; an empty cell means it is not listed."
)
MATRIX_GROUPS_LABEL = N_("Body systems")
MATRIX_CATEGORIES_LABEL = N_("Kinds of condition")
MATRIX_ONSETS_LABEL = N_("How it usually starts")
MATRIX_FILTER_HELP = N_("Leave empty to show all.")
MATRIX_ORDER_NOTE = N_(
    "Conditions are grouped by kind, and conditions with similar symptoms sit next to each other. "
    "Symptoms are grouped by body system, and those listed by more conditions come first."
)
MATRIX_LEGEND = N_("Cell words: {legend}.")
MATRIX_EMPTY = N_("Nothing to show for these filters. Choose other body systems or kinds of condition.")
MATRIX_AXIS_SYMPTOM = N_("Symptom")
MATRIX_AXIS_CONDITION = N_("Condition")
MATRIX_AXIS_HOW_OFTEN = N_("How often")
MATRIX_TEXT_TITLE = N_("The same data as a table")
MATRIX_TEXT_CAPTION = N_(
    "{n_symptoms} symptoms and {n_conditions} conditions, with {n_cells} sourced links. "
    "Each cell gives how often the condition's sources list the symptom; empty means not listed."
)
MATRIX_DOWNLOADS = N_("Download the data")
MATRIX_DOWNLOAD_NOTE = N_(
    "The files hold what is shown with the current filters. Please cite data version {version} "
    "(reviewed {reviewed}) and the sources named in each link."
)
MATRIX_DOWNLOAD_MATRIX_CSV = N_("Matrix (CSV)")
MATRIX_DOWNLOAD_MATRIX_JSON = N_("Matrix (JSON)")
MATRIX_DOWNLOAD_LINKS_CSV = N_("Links with sources (CSV)")
MATRIX_DOWNLOAD_LINKS_JSON = N_("Links with sources (JSON)")

QUIZ_TITLE = N_("Quiz: which condition lists these symptoms?")
QUIZ_INTRO = N_("A practice game for learning how the conditions differ. It says nothing about anyone's health.")
QUIZ_CLUES = N_("The sources for one condition list these symptoms:")
QUIZ_PICK = N_("Which condition is it?")
QUIZ_ONSET_CLUE = N_("It came on {onset}.")
QUIZ_OTHER_ONSET = N_("But it usually builds up {onset}.")
QUIZ_RIGHT = N_("Right — it is {name}.")
QUIZ_WRONG = N_("Not quite: you chose {chosen}. The answer is {name}.")
QUIZ_WHY = N_("Why")
QUIZ_ANSWER_LISTS = N_("The sources for {name} list:")
QUIZ_OTHER_LISTS = N_("{name} lists {n} of these {m} symptoms: {symptoms}.")
QUIZ_OTHER_NONE = N_("{name} lists none of these symptoms.")
QUIZ_NEXT = N_("Next question")
QUIZ_SCORE = N_("Your score this visit: {right} of {asked}. It is not saved.")
QUIZ_NUMBER = N_("Question number {seed} (share the link to ask the same question)")
QUIZ_BAD_SEED = N_("The question number in the link was not recognised, so a new question was picked.")
QUIZ_UNAVAILABLE = N_("There are not enough conditions in the data to make a quiz.")

HANDOUT_PAGE_TITLE = N_("Questions to bring to your clinician")
HANDOUT_PAGE_INTRO = N_(
    "Make a page you can print, with the symptoms you chose on the Explore page, the conditions "
    "sources list for them, and some questions you might ask. It is made only when you ask for it "
    "and is not saved."
)
HANDOUT_EMPTY = N_("No symptoms chosen yet. Choose some on the Explore page first.")
HANDOUT_GO_EXPLORE = N_("Choose symptoms")
HANDOUT_PREVIEW = N_("Your handout will include:")
HANDOUT_PREVIEW_SYMPTOMS = N_("**Symptoms:** {symptoms}")
HANDOUT_PREVIEW_CONDITIONS = N_("**Conditions that list them:** {names}")
HANDOUT_PREVIEW_QUESTIONS = N_("**Questions you might ask:**")
HANDOUT_DOWNLOAD = N_("Download the handout (open it and print it from your browser)")
HANDOUT_FILE = N_("questions-for-my-clinician.html")
HANDOUT_TITLE = N_("Questions to bring to your clinician")
HANDOUT_SUBTITLE = N_("Made with the Neuroimmune Symptom Explorer, a learning tool.")
HANDOUT_SYMPTOMS = N_("The symptoms I looked up")
HANDOUT_COL_SYMPTOM = N_("Symptom")
HANDOUT_COL_TERM = N_("Medical term")
HANDOUT_COL_HPO = N_("HPO code")
HANDOUT_CONDITIONS = N_("Conditions that medical sources list for them")
HANDOUT_LISTS = N_("Lists {n} of the {m} symptoms")
HANDOUT_ANSWER = N_("{question} {answer}")
HANDOUT_PREVIEW_ANSWERS = N_("**Your answers:** {answers}")
HANDOUT_EXCLUDED = N_("Sources say it does not usually cause {symptom}.")
HANDOUT_ALSO = N_("Also listing some of them: {names}.")
HANDOUT_QUESTIONS_TITLE = N_("Questions I could ask")
HANDOUT_QUESTIONS_INTRO = N_("Some neutral questions to start the talk. There is space to write the answers.")
HANDOUT_QUESTIONS: tuple[str, ...] = (
    N_("What could be causing these symptoms, including common causes?"),
    N_("Which exams or tests, if any, would help find the cause?"),
    N_("Which changes mean I should get help quickly?"),
    N_("Should I see a specialist, and which kind?"),
    N_("What should I write down or keep track of before my next visit?"),
)
HANDOUT_EMERGENCY = N_(
    "You looked up {symptoms}. If this is sudden, getting worse fast, or severe, "
    "get emergency help now rather than waiting for an appointment."
)
HANDOUT_DATA = N_("Data: {title}, version {version}, reviewed on {reviewed}. {licence}")
HANDOUT_PRIVACY = N_("This page was made on request and is not saved anywhere.")
