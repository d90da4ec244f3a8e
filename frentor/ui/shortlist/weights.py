"""The weights of the score's parts: one slider per part, saved for the workspace as they change."""

from __future__ import annotations

import streamlit as st

from frentor import scoring
from frentor.scoring import DEFAULT_WEIGHTS, PARTS
from frentor.store import Store
from frentor.ui.actions import act_in_callback, show_failure
from frentor.ui.i18n import t

WEIGHT_STEP = 5
SLOT = "shortlist_weights"  # where a failed save is shown: under the sliders


def weight_key(part: str) -> str:
    return f"shortlist_w_{part}"


def part_help() -> dict[str, str]:
    """What each part measures, with the numbers it uses."""
    return {
        "passion": t("part_help.passion", full_at=scoring.PASSION_FULL_AT),
        "skills": t("part_help.skills"),
        "reach": t("part_help.reach"),
        "engagement": t(
            "part_help.engagement", days=scoring.ENGAGEMENT_DAYS, full=f"{scoring.ENGAGEMENT_FULL_POINTS:g}"
        ),
    }


def _save_weights(store: Store) -> None:
    """Slider callback: keep the weights for the workspace (the toast shows at the top of the run that follows)."""
    weights = {part: st.session_state[weight_key(part)] for part in PARTS}
    act_in_callback(SLOT, lambda: scoring.save_weights(store, weights), success=t("shortlist.weights.saved"))


def _reset_weights(store: Store) -> None:
    for part in PARTS:
        st.session_state[weight_key(part)] = DEFAULT_WEIGHTS[part]
    _save_weights(store)


def weights_panel(store: Store) -> dict[str, int]:
    """The sliders (keys shortlist_w_<part>, reset: shortlist_w_reset), starting from the saved weights and saved
    as they change; returns the weights in use."""
    if any(weight_key(part) not in st.session_state for part in PARTS):
        saved = scoring.load_weights(store)
        for part in PARTS:
            st.session_state.setdefault(weight_key(part), saved[part])
    helps = part_help()
    with st.expander(t("shortlist.weights.title"), expanded=True, icon=":material/tune:"):
        st.caption(t("shortlist.weights.caption"))
        columns = st.columns(2)
        for index, part in enumerate(PARTS):
            columns[index % 2].slider(
                t(f"part.{part}"),
                min_value=0,
                max_value=scoring.WEIGHT_MAX,
                step=WEIGHT_STEP,
                key=weight_key(part),
                help=helps[part],
                on_change=_save_weights,
                args=(store,),
            )
        st.button(
            t("shortlist.weights.reset"),
            key="shortlist_w_reset",
            on_click=_reset_weights,
            args=(store,),
            icon=":material/undo:",
        )
        show_failure(SLOT)
    weights = {part: int(st.session_state[weight_key(part)]) for part in PARTS}
    if sum(weights.values()) == 0:
        st.warning(t("shortlist.weights.zero"), icon=":material/warning:")
    return weights
