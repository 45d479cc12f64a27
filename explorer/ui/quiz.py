"""Quiz: which condition lists these symptoms? The question comes from ``?seed=N``; the score stays in the tab."""

from __future__ import annotations

import secrets
from html import escape

import streamlit as st

from explorer import quiz as core
from explorer import texts
from explorer.index import Index
from explorer.markdown import md
from explorer.ui import cards, state
from explorer.ui.startup import Context

SEED_PARAM = "seed"
MAX_SEED = 10**9
ANSWERS = "quiz-answers"  # {seed: (chosen condition id, right or not)}, this session only


def _seed() -> int:
    """The seed in the URL; a fresh one (with a quiet notice if the URL had a bad one) otherwise."""
    raw = st.query_params.get(SEED_PARAM, "").strip()
    if raw.isdigit() and len(raw) <= 9 and int(raw) < MAX_SEED:
        return int(raw)
    if raw:
        state.add_notice(texts.QUIZ_BAD_SEED)
    seed = secrets.randbelow(MAX_SEED)
    st.query_params[SEED_PARAM] = str(seed)
    return seed


def _answer(question: core.Question, condition_id: str) -> None:
    answers = st.session_state.setdefault(ANSWERS, {})
    answers.setdefault(question.seed, (condition_id, question.is_correct(condition_id)))


def _next(seed: int) -> None:
    st.query_params[SEED_PARAM] = str((seed + 1) % MAX_SEED)


def _choices(ix: Index, question: core.Question, answered: bool) -> None:
    st.markdown(f"**{texts.QUIZ_PICK}**")
    cols = st.columns(2)
    for i, cid in enumerate(question.choices):
        cols[i % 2].button(
            ix.name_md[cid],
            key=state.wk("quiz", "choice", str(i)),
            on_click=_answer,
            args=(question, cid),
            disabled=answered,
            width="stretch",
        )


def _why(ix: Index, view: core.QuizView, links: bool) -> None:
    question, explanations = view.question, view.explanations
    st.markdown(f"**{texts.QUIZ_WHY}**")
    notes = cards.Notes()
    st.html(
        "<div class='nse-card'>"
        f"<p>{escape(texts.QUIZ_ANSWER_LISTS.format(name=ix.condition_names[question.answer]))}</p>"
        f"{cards.symptom_items(ix, explanations[question.answer].matched, notes)}{notes.html(ix, links)}</div>"
    )
    others = []
    for cid in question.choices:
        if cid == question.answer:
            continue
        name = ix.name_md[cid]
        listed = [ix.lay_label(link.symptom_id) for link in explanations[cid].matched]
        if listed:
            symptoms = md(texts.join_words(listed))
            text = texts.QUIZ_OTHER_LISTS.format(name=name, n=len(listed), m=len(question.clues), symptoms=symptoms)
        else:
            text = texts.QUIZ_OTHER_NONE.format(name=name)
        if question.onset and not set(view.onsets[cid]) & set(question.onset):
            onset = texts.onset_words(view.onsets[cid])
            text += " " + texts.QUIZ_OTHER_ONSET.format(onset=onset)
        others.append(f"- {text}")
    st.markdown("\n".join(others))


def _result(ix: Index, view: core.QuizView, chosen: str, right: bool, links: bool) -> None:
    name = ix.name_md[view.question.answer]
    with st.container(key="quiz-result"):
        if right:
            st.success(texts.QUIZ_RIGHT.format(name=name), icon=":material/check_circle:")
        else:
            st.warning(texts.QUIZ_WRONG.format(chosen=ix.name_md[chosen], name=name), icon=":material/lightbulb:")
        _why(ix, view, links)


def _score() -> None:
    answers = st.session_state.get(ANSWERS, {})
    if answers:
        right = sum(1 for _, ok in answers.values() if ok)
        st.caption(texts.QUIZ_SCORE.format(right=right, asked=len(answers)))


def render(ctx: Context) -> None:
    """Draw the page for this run."""
    ix = ctx.index
    st.title(texts.QUIZ_TITLE)
    st.markdown(texts.QUIZ_INTRO)
    seed = _seed()
    state.show_notices()
    try:
        view = core.quiz_page(ix, seed)
    except ValueError:
        st.info(texts.QUIZ_UNAVAILABLE)
        return
    question = view.question
    st.caption(texts.QUIZ_NUMBER.format(seed=seed))
    st.markdown(texts.QUIZ_CLUES)
    with st.container(key="quiz-clues"):
        lines = [f"- **{ix.label_md[s]}**" for s in question.clue_ids]
        if question.onset:
            onset = texts.onset_words(question.onset)
            lines.append("- " + texts.QUIZ_ONSET_CLUE.format(onset=onset))
        st.markdown("\n".join(lines))
    answer = st.session_state.get(ANSWERS, {}).get(seed)
    _choices(ix, question, answered=answer is not None)
    if answer is not None:
        _result(ix, view, answer[0], answer[1], ctx.links)
        st.button(texts.QUIZ_NEXT, key=state.wk("quiz", "next"), on_click=_next, args=(seed,), type="primary")
    _score()
