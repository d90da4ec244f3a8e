"""Shortlist: everyone ranked by a score whose parts the user weighs, with the reasons and trades for each."""

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import streamlit as st

from frentor import scoring
from frentor.charts.people import score_breakdown
from frentor.markdown import escape_markdown
from frentor.people import ROLES, STAGES, count_people
from frentor.scoring import DEFAULT_WEIGHTS, PARTS
from frentor.skill_trades import trades_for_people
from frentor.ui.caching import cached_figure, data_key
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.page import page
from frentor.ui.widgets import empty_state, page_header

with page("shortlist") as store:
    SIZES = (10, 25, 50)
    CHART_LIMIT = 15

    page_header("shortlist", "shortlist.purpose")

    def one_decimal(value: float) -> str:
        """Half-up rounding, the same as the table shows (Python's format would round 51.25 to 51.2)."""
        return str(Decimal(repr(float(value))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))

    @st.cache_data(show_spinner=False, max_entries=64)
    def _rank(_store, key, weights, roles, stages, limit, offset, today):
        return scoring.rank_people(
            _store, dict(weights), today=today, roles=list(roles), stages=list(stages), limit=limit, offset=offset
        )

    @st.cache_data(show_spinner=False, max_entries=16)
    def _context(_store, key):
        return count_people(_store), scoring.focus_passion_count(_store), scoring.my_skill_counts(_store)

    total_people, focus_count, skill_counts = _context(store, data_key(store))
    if total_people == 0:
        empty_state("shortlist.empty", next_page="people")
        st.stop()
    if focus_count == 0:
        st.info(t("shortlist.no_focus"), icon=":material/favorite:")
        page_link("passions")
    if not skill_counts["offer"] and not skill_counts["want"]:
        st.info(t("shortlist.no_skills"), icon=":material/construction:")
        page_link("skills")

    # -- Weights -------------------------------------------------------------------------------------------------------
    saved = scoring.load_weights(store)
    for part in PARTS:
        st.session_state.setdefault(f"shortlist_w_{part}", saved[part])

    def _reset_weights() -> None:
        for name in PARTS:
            st.session_state[f"shortlist_w_{name}"] = DEFAULT_WEIGHTS[name]

    part_help = {
        "passion": t("part_help.passion", full_at=scoring.PASSION_FULL_AT),
        "skills": t("part_help.skills"),
        "reach": t("part_help.reach"),
        "engagement": t(
            "part_help.engagement", days=scoring.ENGAGEMENT_DAYS, full=f"{scoring.ENGAGEMENT_FULL_POINTS:g}"
        ),
    }
    with st.expander(t("shortlist.weights.title"), expanded=True, icon=":material/tune:"):
        st.caption(t("shortlist.weights.caption"))
        columns = st.columns(2)
        for index, part in enumerate(PARTS):
            columns[index % 2].slider(
                t(f"part.{part}"),
                min_value=0,
                max_value=scoring.WEIGHT_MAX,
                step=5,
                key=f"shortlist_w_{part}",
                help=part_help[part],
            )
        st.button(
            t("shortlist.weights.reset"), key="shortlist_w_reset", on_click=_reset_weights, icon=":material/undo:"
        )
    weights = {part: int(st.session_state[f"shortlist_w_{part}"]) for part in PARTS}
    if weights != saved:
        weights = scoring.save_weights(store, weights)
        st.toast(t("shortlist.weights.saved"), icon=":material/check_circle:")
    if sum(weights.values()) == 0:
        st.warning(t("shortlist.weights.zero"), icon=":material/warning:")
    shares = scoring.weight_shares(weights)

    # -- Filters and page ----------------------------------------------------------------------------------------------
    f1, f2, f3 = st.columns([2, 1, 1])
    roles = f1.multiselect(
        t("shortlist.filter_role"), ROLES, format_func=lambda r: t(f"role.{r}"), key="shortlist_roles"
    )
    size = f2.selectbox(t("shortlist.size"), SIZES, key="shortlist_size")
    page_slot = f3.empty()
    include_paused = st.checkbox(t("shortlist.include_paused"), key="shortlist_include_paused")
    stages = tuple(s for s in STAGES if include_paused or s != "paused")
    today = dt.date.today()
    weights_key = tuple(sorted(weights.items()))

    first = _rank(store, data_key(store), weights_key, tuple(roles), stages, 1, 0, today)
    pages = max(1, -(-first.total // size))
    if st.session_state.get("shortlist_page", 1) > pages:
        st.session_state["shortlist_page"] = pages
    page_number = int(
        page_slot.number_input(
            t("shortlist.page"), min_value=1, max_value=pages, step=1, key="shortlist_page", disabled=pages == 1
        )
    )
    offset = (page_number - 1) * size
    ranking = _rank(store, data_key(store), weights_key, tuple(roles), stages, size, offset, today)
    frame = ranking.frame
    if frame.empty:
        st.info(t("shortlist.no_match"), icon=":material/filter_alt_off:")
        st.stop()

    # -- Top three: what to do next ------------------------------------------------------------------------------------
    if offset == 0:
        st.subheader(t("shortlist.top3.title"))
        lines = []
        for row in frame.head(3).itertuples():
            due = row.next_action_due
            if not row.next_action:
                lines.append(t("shortlist.top3.none", rank=row.rank, name=escape_markdown(row.name)))
            elif due is None or due != due:  # None or NaT
                lines.append(
                    t(
                        "shortlist.top3.undated",
                        rank=row.rank,
                        name=escape_markdown(row.name),
                        action=escape_markdown(row.next_action),
                    )
                )
            else:
                lines.append(
                    t(
                        "shortlist.top3.line",
                        rank=row.rank,
                        name=escape_markdown(row.name),
                        action=escape_markdown(row.next_action),
                        due=due.strftime("%Y-%m-%d"),
                    )
                )
        st.markdown("\n".join(lines))  # each line starts with its rank: a numbered list
        page_link("people", t("shortlist.open_people"))

    # -- Ranked table --------------------------------------------------------------------------------------------------
    st.caption(t("shortlist.showing", start=offset + 1, end=offset + len(frame), total=ranking.total))
    shown = frame.assign(
        role=frame["role"].map(lambda r: t(f"role.{r}")),
        stage=frame["stage"].map(lambda s: t(f"stage.{s}")),
    )
    st.dataframe(
        shown,
        hide_index=True,
        key="shortlist_table",
        column_order=(
            "rank",
            "name",
            "score",
            *(f"points_{p}" for p in PARTS),
            "role",
            "stage",
            "next_action",
            "next_action_due",
        ),
        column_config={
            "rank": st.column_config.NumberColumn(t("shortlist.col.rank"), format="%d", pinned=True),
            "name": st.column_config.TextColumn(t("field.name"), pinned=True),
            "score": st.column_config.ProgressColumn(
                t("shortlist.col.score"), min_value=0, max_value=100, format="%.1f"
            ),
            **{
                f"points_{p}": st.column_config.NumberColumn(t(f"part.{p}"), format="%.1f", help=part_help[p])
                for p in PARTS
            },
            "role": t("field.role"),
            "stage": t("field.stage"),
            "next_action": t("field.person_next_action"),
            "next_action_due": st.column_config.DateColumn(t("field.person_next_action_due"), format="YYYY-MM-DD"),
        },
    )

    # -- Score breakdown chart -----------------------------------------------------------------------------------------
    shown = frame.head(CHART_LIMIT)
    breakdown = cached_figure(
        "shortlist_breakdown",
        (shown,),
        lambda: score_breakdown(
            shown,
            parts=PARTS,
            part_labels={p: t(f"part.{p}") for p in PARTS},
            title=t("shortlist.chart.title"),
            x_title=t("shortlist.chart.x"),
        ),
    )
    st.plotly_chart(breakdown, width="stretch", key="shortlist_chart")
    st.caption(t("shortlist.chart.caption"))

    # -- Why this score, and the trades possible ---------------------------------------------------------------------
    st.subheader(t("shortlist.why.title"))
    ids = frame["id"].tolist()
    shared_titles = scoring.shared_focus_passions(store, ids)
    trades = trades_for_people(store, ids)

    def why_lines(row) -> list[str]:
        titles = shared_titles.get(row.id, [])
        explanations = {
            "passion": t(
                "shortlist.why.passion",
                shared=row.shared_passions,
                titles=", ".join(escape_markdown(x) for x in titles),
            )
            if row.shared_passions
            else t("shortlist.why.passion_none"),
            "skills": t("shortlist.why.skills", gives=row.they_need_i_offer, gets=row.they_offer_i_want),
            "reach": t("shortlist.why.reach", tier=t(f"tier.{row.reach_tier}")),
            "engagement": t("shortlist.why.engagement", points=f"{row.given_recent:g}", days=scoring.ENGAGEMENT_DAYS),
        }
        return [
            t(
                "shortlist.why.line",
                part=t(f"part.{part}"),
                explanation=explanations[part],
                points=one_decimal(getattr(row, f"points_{part}")),
                max=one_decimal(shares[part] * 100),
            )
            for part in PARTS
        ]

    for row in frame.itertuples():
        label = t("shortlist.why.person", rank=row.rank, name=escape_markdown(row.name), score=one_decimal(row.score))
        with st.expander(label, expanded=row.rank <= 3):
            st.markdown("\n".join(f"- {line}" for line in why_lines(row)))
            person_trades = trades.get(row.id, [])
            if person_trades:
                st.markdown("**" + t("trades.title") + "**")
                st.markdown(
                    "\n".join(
                        "- " + t(f"trades.i_{'give' if trade.i_give else 'get'}", skill=escape_markdown(trade.skill))
                        for trade in person_trades
                    )
                )
