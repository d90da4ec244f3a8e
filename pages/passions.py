"""Step 1 of the method: brainstorm passions, score them, narrow to a few in focus, research each, then go find
people. The page walks a newcomer through it top to bottom."""

import streamlit as st

from frentor import communities, passions, research
from frentor.charts.passions import passion_map
from frentor.errors import FrentorError
from frentor.markdown import escape_markdown
from frentor.people import ROLES
from frentor.ui.caching import cached_figure, data_key
from frentor.ui.errors import show_error
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.page import page
from frentor.ui.widgets import page_header

with page("passions") as store:
    page_header("passions", "passions.purpose")

    EDITOR_ROUND = "passions_editor_round"
    RESEARCH_FIELDS = ("research_hashtags", "research_questions", "research_notes")
    st.session_state.setdefault(EDITOR_ROUND, 0)

    @st.cache_data(show_spinner=False, max_entries=32)
    def _passions_cached(_store, key: tuple) -> object:
        return passions.list_passions(_store)

    @st.cache_data(show_spinner=False, max_entries=32)
    def _progress_cached(_store, key: tuple) -> object:
        return research.research_progress(_store)

    def load_passions():
        """The passions table, cached until the next write."""
        return _passions_cached(store, data_key(store))

    def load_progress():
        return _progress_cached(store, data_key(store))

    @st.cache_data(show_spinner=False, max_entries=32)
    def _research_cached(_store, key: tuple, passion_id: str) -> dict:
        return {
            "passion": passions.get_passion(_store, passion_id),
            "people": research.linked_people(_store, passion_id),
            "channels": research.list_channels(_store, passion_id),
            "places": communities.list_communities(_store, passion_id),
        }

    def load_research(passion_id: str) -> dict:
        """One passion's research (the passion, its people, channels and places), cached until the next write."""
        return _research_cached(store, data_key(store), passion_id)

    def status_label(status: str) -> str:
        return t(f"status.{status}")

    def flash(message: str) -> None:
        """A toast that survives the rerun a callback triggers."""
        st.session_state["passions_flash"] = message

    if message := st.session_state.pop("passions_flash", None):
        st.toast(message, icon=":material/check_circle:")

    # --- 2 · scores: apply pending edits of the table before anything reads the data ------------------------------
    editor_key = f"passions_editor_{st.session_state[EDITOR_ROUND]}"
    frame = load_passions()
    pending = st.session_state.get(editor_key)
    edit_error: FrentorError | None = None
    if pending and pending.get("edited_rows"):
        changes, row_numbers = {}, {}
        for position, edit in pending["edited_rows"].items():
            position = int(position)
            if 0 <= position < len(frame):
                passion_id = frame.iloc[position]["id"]
                changes[passion_id] = dict(edit)
                row_numbers[passion_id] = position + 1
        try:
            saved = passions.update_passions(store, changes, row_numbers)
            st.session_state[EDITOR_ROUND] += 1
            editor_key = f"passions_editor_{st.session_state[EDITOR_ROUND]}"
            st.toast(t("passions.scores_saved", count=saved), icon=":material/check_circle:")
            frame = load_passions()
        except FrentorError as exc:
            edit_error = exc

    counts = passions.status_counts(store)
    progress = load_progress()
    focus = progress[progress["status"] == "focus"]
    scored = int((frame["score"] > 0).sum()) if not frame.empty else 0
    researched = int((focus["done"] >= 3).sum()) if not focus.empty else 0

    # --- where am I: three numbers and the one next thing to do ---------------------------------------------------
    left, middle, right = st.columns(3)
    left.metric(t("passions.metric_ideas"), len(frame), border=True)
    middle.metric(t("passions.metric_focus"), f"{counts['focus']} / {passions.FOCUS_TARGET}", border=True)
    right.metric(t("passions.metric_researched"), f"{researched} / {max(counts['focus'], 0)}", border=True)

    if frame.empty:
        st.info(t("passions.next_brainstorm"), icon=":material/lightbulb:")
    elif scored == 0:
        st.info(t("passions.next_score"), icon=":material/lightbulb:")
    elif counts["focus"] == 0:
        st.info(t("passions.next_narrow"), icon=":material/lightbulb:")
    elif researched < counts["focus"]:
        st.info(t("passions.next_research"), icon=":material/lightbulb:")
    else:
        st.success(t("passions.next_people"), icon=":material/celebration:")
        page_link("people", t("passions.go_people"))

    # --- 1 · brainstorm ---------------------------------------------------------------------------------------------
    def capture_lines() -> None:
        try:
            result = passions.brainstorm(store, st.session_state.get("passions_brainstorm_text", ""))
        except FrentorError as exc:
            st.session_state["passions_brainstorm_error"] = exc
            return
        st.session_state["passions_brainstorm_text"] = ""
        flash(
            t(
                "passions.brainstorm_done",
                added=len(result.added),
                existing=len(result.already_there),
                repeated=result.repeated,
            )
        )

    with st.container(border=True):
        st.subheader(t("passions.step_brainstorm"))
        st.caption(t("passions.brainstorm_help"))
        with st.expander(t("passions.prompts_title"), expanded=frame.empty):
            st.markdown(t("passions.prompts"))
        with st.form("passions_brainstorm_form", border=False):
            st.text_area(
                t("passions.brainstorm_label"),
                key="passions_brainstorm_text",
                placeholder=t("passions.brainstorm_placeholder"),
                height=160 if frame.empty else 100,
            )
            st.form_submit_button(
                t("passions.brainstorm_submit"),
                key="passions_brainstorm_submit",
                icon=":material/playlist_add:",
                type="primary" if frame.empty else "secondary",
                on_click=capture_lines,
            )
        if error := st.session_state.pop("passions_brainstorm_error", None):
            show_error(error)

        with (
            st.expander(t("passions.single_title")),
            st.form("passions_single_form", clear_on_submit=False, border=False),
        ):
            title = st.text_input(t("field.passion_title"), key="passions_single_title", max_chars=passions.TITLE_LIMIT)
            note = st.text_area(t("field.notes"), key="passions_single_note", height=80)
            if st.form_submit_button(t("passions.single_submit"), key="passions_single_submit"):
                try:
                    passions.add_passion(store, title, note)
                    flash(t("passions.single_done", title=escape_markdown(title.strip())))
                    st.rerun()
                except FrentorError as exc:
                    show_error(exc)

    if frame.empty:
        st.stop()

    # --- 2 · score --------------------------------------------------------------------------------------------------
    with st.container(border=True):
        st.subheader(t("passions.step_score"))
        st.caption(t("passions.score_help"))
        st.markdown(t("passions.score_formula", max=passions.MAX_SCORE))
        if edit_error is not None:
            show_error(edit_error)
            if st.button(t("passions.discard_edits"), key="passions_discard_edits"):
                st.session_state[EDITOR_ROUND] += 1
                st.rerun()
        rating = {"min_value": 1, "max_value": 5, "step": 1, "format": "%d"}
        st.data_editor(
            frame,
            key=editor_key,
            hide_index=True,
            num_rows="fixed",
            width="stretch",
            column_order=(
                "title",
                "status",
                "excitement",
                "skill_fit",
                "vision_fit",
                *passions.IKIGAI,
                "people",
                "score",
            ),
            column_config={
                "title": st.column_config.TextColumn(
                    t("field.passion_title"), required=True, max_chars=passions.TITLE_LIMIT, pinned=True
                ),
                "status": st.column_config.SelectboxColumn(
                    t("field.passion_status"), options=passions.STATUSES, required=True, format_func=status_label
                ),
                "excitement": st.column_config.NumberColumn(
                    t("field.excitement"), help=t("passions.excitement_help"), **rating
                ),
                "skill_fit": st.column_config.NumberColumn(
                    t("field.skill_fit"), help=t("passions.skill_fit_help"), **rating
                ),
                "vision_fit": st.column_config.NumberColumn(
                    t("field.vision_fit"), help=t("passions.vision_fit_help"), **rating
                ),
                "ikigai_love": st.column_config.CheckboxColumn(
                    t("passions.ikigai_love"), help=t("passions.ikigai_love_help")
                ),
                "ikigai_good_at": st.column_config.CheckboxColumn(
                    t("passions.ikigai_good_at"), help=t("passions.ikigai_good_at_help")
                ),
                "ikigai_world_needs": st.column_config.CheckboxColumn(
                    t("passions.ikigai_world_needs"), help=t("passions.ikigai_world_needs_help")
                ),
                "ikigai_paid_for": st.column_config.CheckboxColumn(
                    t("passions.ikigai_paid_for"), help=t("passions.ikigai_paid_for_help")
                ),
                "people": st.column_config.NumberColumn(t("passions.people_column"), disabled=True, format="%d"),
                "score": st.column_config.ProgressColumn(
                    t("passions.score_column"), min_value=0, max_value=passions.MAX_SCORE, format="%d"
                ),
            },
        )

    # --- 3 · narrow -------------------------------------------------------------------------------------------------
    with st.container(border=True):
        st.subheader(t("passions.step_narrow"))
        st.caption(t("passions.narrow_help"))
        st.caption(" · ".join(f"{status_label(s)} {counts[s]}" for s in passions.STATUSES))
        titles = dict(zip(frame["id"], frame["title"], strict=True))
        suggestion = passions.suggest_focus(frame)
        missing = [pid for pid in suggestion if frame.loc[frame["id"] == pid, "status"].iloc[0] != "focus"]
        if suggestion:
            st.markdown(t("passions.suggestion", count=len(suggestion)))
            st.markdown("\n".join(f"{n}. {escape_markdown(titles[pid])}" for n, pid in enumerate(suggestion, 1)))
            if missing and st.button(
                t("passions.apply_suggestion"),
                key="passions_apply_suggestion",
                type="primary",
                icon=":material/target:",
            ):
                moved = passions.set_status(store, missing, "focus")
                flash(t("passions.moved_to_focus", count=moved))
                st.rerun()
        else:
            st.caption(t("passions.no_suggestion"))
        if passions.too_many_in_focus(counts["focus"]):
            st.warning(t("passions.too_many_focus", count=counts["focus"], handful=passions.FOCUS_HANDFUL))

        def build_map():
            return passion_map(
                frame,
                labels={
                    "title": t("passions.chart_title"),
                    "x_axis": t("passions.chart_x"),
                    "y_axis": t("passions.chart_y"),
                    "x": t("field.skill_fit"),
                    "y": t("field.excitement"),
                    "vision": t("field.vision_fit"),
                    "people": t("passions.people_column"),
                    "score": t("passions.score_column"),
                },
                status_labels={s: status_label(s) for s in passions.STATUSES},
            )

        fig = cached_figure("passions_map", (frame,), build_map)
        st.plotly_chart(fig, width="stretch", key="passions_map")
        unrated = int(
            frame["excitement"].isna().sum() + (frame["excitement"].notna() & frame["skill_fit"].isna()).sum()
        )
        st.caption(t("passions.chart_caption") + (" " + t("passions.chart_unrated", count=unrated) if unrated else ""))

    # --- 4 · research -----------------------------------------------------------------------------------------------
    def research_section() -> None:
        st.subheader(t("passions.step_research"))
        st.caption(t("passions.research_help"))
        if progress.empty:
            st.info(t("passions.research_empty"), icon=":material/lightbulb:")
            return
        options = progress["id"].tolist()
        labels = {
            row.id: t("passions.research_option", title=row.title, status=status_label(row.status), done=row.done)
            for row in progress.itertuples()
        }
        passion_id = st.selectbox(
            t("passions.research_pick"), options, format_func=labels.__getitem__, key="research_passion"
        )
        row = progress[progress["id"] == passion_id].iloc[0]
        st.progress(int(row["done"]) / len(research.STEPS), text=t("passions.research_progress", done=int(row["done"])))
        passion = load_research(passion_id)["passion"]
        if st.session_state.get("research_loaded_for") != passion_id:
            st.session_state["research_hashtags"] = passion["hashtags"]
            st.session_state["research_questions"] = passion["open_questions"]
            st.session_state["research_notes"] = passion["research_notes"]
            st.session_state["research_loaded_for"] = passion_id

        who, where, tags, places = st.tabs(
            [t("passions.tab_who"), t("passions.tab_where"), t("passions.tab_notes"), t("passions.tab_places")]
        )
        with who:
            research_people(passion_id, int(row["people"]))
        with where:
            research_channels(passion_id)
        with tags:
            research_notes(passion_id)
        with places:
            research_places(passion_id)

    def research_people(passion_id: str, count: int) -> None:
        st.caption(t("passions.who_help"))
        linked = load_research(passion_id)["people"]
        if linked.empty:
            st.caption(t("passions.who_empty"))
        else:
            shown = linked.assign(role=linked["role"].map(lambda r: t(f"role.{r}")))
            st.dataframe(
                shown[["name", "role", "organisation"]],
                hide_index=True,
                width="stretch",
                column_config={
                    "name": t("field.name"),
                    "role": t("field.role"),
                    "organisation": t("field.organisation"),
                },
            )
            if count > len(linked):
                st.caption(t("passions.who_more", shown=len(linked), count=count))
        with st.form("research_person_form", clear_on_submit=True):
            st.markdown(t("passions.who_add"))
            name_column, role_column = st.columns([2, 1])
            name = name_column.text_input(t("field.name"), key="research_person_name")
            role = role_column.selectbox(
                t("field.role"),
                ROLES,
                index=ROLES.index("peer"),
                format_func=lambda r: t(f"role.{r}"),
                key="research_person_role",
            )
            if st.form_submit_button(
                t("passions.who_submit"), key="research_person_submit", icon=":material/person_add:"
            ):
                try:
                    research.add_person_for_passion(store, passion_id, name, role)
                    flash(t("passions.who_added", name=escape_markdown(name.strip())))
                    st.rerun()
                except FrentorError as exc:
                    show_error(exc)
        search = st.text_input(t("passions.link_search"), key="research_link_search")
        if search.strip():
            found = research.find_people_to_link(store, passion_id, search)
            if found.empty:
                st.caption(t("passions.link_none"))
            else:
                names = dict(zip(found["id"], found["name"], strict=True))
                person_id = st.selectbox(
                    t("passions.link_pick"), list(names), format_func=names.__getitem__, key="research_link_pick"
                )
                if st.button(t("passions.link_submit"), key="research_link_submit", icon=":material/link:"):
                    research.link_person(store, passion_id, person_id)
                    flash(t("passions.linked", name=escape_markdown(names[person_id])))
                    st.rerun()

    def research_channels(passion_id: str) -> None:
        st.caption(t("passions.where_help"))
        channels = load_research(passion_id)["channels"]
        if channels.empty:
            st.caption(t("passions.where_empty"))
        else:
            st.dataframe(
                channels[["platform", "url", "note"]],
                hide_index=True,
                width="stretch",
                column_config={
                    "platform": t("field.channel_platform"),
                    "url": st.column_config.LinkColumn(t("field.url")),
                    "note": t("field.note"),
                },
            )
        with st.form("research_channel_form", clear_on_submit=True):
            url = st.text_input(t("field.url"), key="research_channel_url", placeholder="https://")
            platform = st.selectbox(
                t("field.channel_platform"),
                research.PLATFORM_SUGGESTIONS,
                index=None,
                accept_new_options=True,
                placeholder=t("passions.platform_placeholder"),
                key="research_channel_platform",
            )
            note = st.text_input(t("field.note"), key="research_channel_note")
            if st.form_submit_button(
                t("passions.where_submit"), key="research_channel_submit", icon=":material/add_link:"
            ):
                try:
                    research.add_channel(store, passion_id, url, platform or "", note)
                    flash(t("passions.where_added"))
                    st.rerun()
                except FrentorError as exc:
                    show_error(exc)
        if not channels.empty:
            with st.expander(t("passions.where_remove_title")):
                labels = {r.id: f"{r.platform} · {r.url}" for r in channels.itertuples()}
                channel_id = st.selectbox(
                    t("passions.where_remove_pick"),
                    list(labels),
                    format_func=labels.__getitem__,
                    key="research_channel_remove_pick",
                )
                st.caption(t("passions.where_remove_note"))
                if st.button(t("ui.confirm_delete"), key="research_channel_remove"):
                    research.delete_channel(store, passion_id, channel_id)
                    flash(t("passions.where_removed"))
                    st.rerun()

    def research_notes(passion_id: str) -> None:
        st.caption(t("passions.notes_help"))
        with st.form("research_notes_form", border=False):
            st.text_input(t("field.passion_hashtags"), key="research_hashtags", placeholder="#创业 #design")
            st.text_area(
                t("field.open_questions"), key="research_questions", placeholder=t("passions.questions_placeholder")
            )
            st.text_area(t("field.research_notes"), key="research_notes")
            submitted = st.form_submit_button(t("ui.save"), key="research_notes_submit", icon=":material/save:")
        if submitted:
            try:
                tags = research.save_notes(
                    store,
                    passion_id,
                    st.session_state["research_hashtags"],
                    st.session_state["research_questions"],
                    st.session_state["research_notes"],
                )
                st.session_state.pop("research_loaded_for", None)  # reload the normalised tags
                flash(t("passions.notes_saved", count=len(tags)))
                st.rerun()
            except FrentorError as exc:
                show_error(exc)
        saved = load_research(passion_id)["passion"]["hashtags"]
        if saved:
            st.markdown(" ".join(f"`{tag}`" for tag in saved.split()))

    def research_places(passion_id: str) -> None:
        st.caption(t("passions.places_help"))
        places = load_research(passion_id)["places"]
        if places.empty:
            st.caption(t("passions.places_empty"))
        else:
            shown = places.assign(kind=places["kind"].map(lambda k: t(f"communities.kind.{k}")))
            st.dataframe(
                shown[["name", "kind", "starts_on", "url"]],
                hide_index=True,
                width="stretch",
                column_config={
                    "name": t("field.community_name"),
                    "kind": t("field.community_kind"),
                    "starts_on": st.column_config.DateColumn(t("field.starts_on"), format="YYYY-MM-DD"),
                    "url": st.column_config.LinkColumn(t("field.url")),
                },
            )
        with st.form("research_community_form", clear_on_submit=True):
            name = st.text_input(t("field.community_name"), key="research_community_name")
            kind = st.selectbox(
                t("field.community_kind"),
                communities.KINDS,
                format_func=lambda k: t(f"communities.kind.{k}"),
                key="research_community_kind",
            )
            url = st.text_input(t("field.url"), key="research_community_url", placeholder="https://")
            starts_on = st.date_input(t("field.starts_on"), value=None, key="research_community_date")
            if st.form_submit_button(
                t("passions.places_submit"), key="research_community_submit", icon=":material/event:"
            ):
                try:
                    communities.add_community(
                        store, name, kind=kind, url=url, starts_on=starts_on, passion_id=passion_id
                    )
                    flash(t("passions.places_added", name=escape_markdown(name.strip())))
                    st.rerun()
                except FrentorError as exc:
                    show_error(exc)

    with st.container(border=True):
        research_section()

    # --- 5 · next: people -------------------------------------------------------------------------------------------
    with st.container(border=True):
        st.subheader(t("passions.step_next"))
        st.caption(t("passions.next_help"))
        page_link("people", t("passions.go_people"))

    # --- delete -----------------------------------------------------------------------------------------------------
    with st.expander(t("passions.delete_title"), icon=":material/delete:"):
        titles = dict(zip(frame["id"], frame["title"], strict=True))
        doomed = st.selectbox(
            t("passions.delete_pick"), list(titles), format_func=titles.__getitem__, key="passions_delete_pick"
        )
        if st.button(t("ui.delete"), key="passions_delete_ask"):
            st.session_state["passions_delete_pending"] = doomed
        pending_id = st.session_state.get("passions_delete_pending")
        if pending_id and pending_id == doomed:
            impact = passions.delete_impact(store, pending_id)
            if impact is not None:
                st.warning(
                    t(
                        "passions.delete_confirm",
                        title=escape_markdown(impact.title),
                        people=impact.people,
                        channels=impact.channels,
                        communities=impact.communities,
                        entries=impact.entries,
                    )
                )
                yes, no = st.columns(2)
                if yes.button(t("ui.confirm_delete"), key="passions_delete_confirm", type="primary"):
                    passions.delete_passion(store, pending_id)
                    st.session_state.pop("passions_delete_pending", None)
                    st.session_state[EDITOR_ROUND] += 1
                    flash(t("passions.deleted", title=escape_markdown(impact.title)))
                    st.rerun()
                if no.button(t("ui.cancel"), key="passions_delete_cancel"):
                    st.session_state.pop("passions_delete_pending", None)
                    st.rerun()
